/**
 * Cohort aggregation: attempts in, everything the dashboard's views show out. Pure (no DOM, no
 * Node): it runs in the Web Worker, in the page when workers are unavailable, in unit tests and in
 * the bench.
 */
import type { Framework } from '../schemas/framework.ts';
import type { ScenarioMeta } from '../schemas/scenario.ts';
import type { DecisionLog } from '../schemas/decision-log.ts';
import type { Attempt } from './attempts.ts';
import { buildPathMap, type PathStep } from './pathmap.ts';
import type {
  Aggregate,
  AttemptRow,
  DecisionView,
  Filter,
  FilterOptions,
  FrameworkView,
  HeatCell,
  OptionView,
  ScenarioView,
  TimeStats,
} from './types.ts';

export interface AggregateContext {
  /** Scenario metadata from the catalogue: story order of decisions, ending titles. Optional. */
  readonly scenarios: readonly Pick<ScenarioMeta, 'id' | 'title' | 'decisions' | 'endings'>[];
  readonly frameworks: readonly Pick<Framework, 'id' | 'name' | 'items'>[];
}

const pad = (n: number): string => String(n).padStart(2, '0');

/** One collator for every sort of names (making one per comparison is slow). */
export const byName = new Intl.Collator('en-GB', { numeric: true }).compare;
/** Plain code-unit order, for ISO dates and ids. */
export const byCode = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** The attempt's start as a local calendar date, `YYYY-MM-DD`. */
export function localDate(iso: string): string {
  const d = new Date(iso);
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

export function attemptRow(a: Attempt): AttemptRow {
  const { log, verification, file } = a.kept;
  const started = Date.parse(log.attempt.startedAt);
  const ended = log.attempt.endedAt ? Date.parse(log.attempt.endedAt) : null;
  return {
    id: a.id,
    learner: log.learner.id,
    cohort: log.learner.cohort,
    scenarioId: log.scenario.id,
    scenarioTitle: log.scenario.title,
    scenarioVersion: log.scenario.version,
    status: log.attempt.status,
    ending: log.ending,
    startedAt: log.attempt.startedAt,
    endedAt: log.attempt.endedAt,
    durationMs: ended === null ? null : Math.max(0, ended - started),
    decisions: log.decisions.reduce((n, d) => n + (d.rewound ? 0 : 1), 0),
    rewinds: log.rewinds.length,
    pauses: log.pauses.length,
    integrity: verification.ok ? { ok: true } : { ok: false, problem: verification.problem, message: verification.message },
    file,
    copies: a.copies.length,
  };
}

export function endingValue(log: Pick<DecisionLog, 'scenario' | 'ending'>): string {
  return log.ending ? `${log.scenario.id}/${log.ending.id}` : 'none';
}

export function matchesFilter(a: Attempt, filter: Filter): boolean {
  const { log, verification } = a.kept;
  if (filter.cohort !== undefined && filter.cohort !== null && (log.learner.cohort ?? '') !== filter.cohort) return false;
  if (filter.scenario && log.scenario.id !== filter.scenario) return false;
  if (filter.ending && endingValue(log) !== filter.ending) return false;
  if (filter.integrity === 'verified' && !verification.ok) return false;
  if (filter.integrity === 'flagged' && verification.ok) return false;
  if (filter.from || filter.to) {
    const day = localDate(log.attempt.startedAt);
    if (filter.from && day < filter.from) return false;
    if (filter.to && day > filter.to) return false;
  }
  return true;
}

export function filterOptions(attempts: Iterable<Attempt>): FilterOptions {
  const cohorts = new Set<string>();
  let noCohort = false;
  let noEnding = false;
  const scenarios = new Map<string, string>();
  const endings = new Map<string, { value: string; title: string; scenarioTitle: string }>();
  let first: string | null = null;
  let last: string | null = null;
  for (const a of attempts) {
    const log = a.kept.log;
    if (log.learner.cohort) cohorts.add(log.learner.cohort);
    else noCohort = true;
    scenarios.set(log.scenario.id, log.scenario.title);
    if (log.ending) {
      const value = endingValue(log);
      if (!endings.has(value)) endings.set(value, { value, title: log.ending.title, scenarioTitle: log.scenario.title });
    } else noEnding = true;
    const day = localDate(log.attempt.startedAt);
    if (first === null || day < first) first = day;
    if (last === null || day > last) last = day;
  }
  const byText = byName;
  return {
    cohorts: [...cohorts].sort(byText),
    noCohort,
    scenarios: [...scenarios].map(([id, title]) => ({ id, title })).sort((a, b) => byText(a.title, b.title)),
    endings: [...endings.values()].sort((a, b) => byText(a.scenarioTitle, b.scenarioTitle) || byText(a.title, b.title)),
    noEnding,
    firstDate: first,
    lastDate: last,
  };
}

/** Quartiles by linear interpolation between closest ranks. `sorted` must be ascending and non-empty. */
function quantile(sorted: readonly number[], q: number): number {
  const pos = (sorted.length - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  return sorted[lo]! + (sorted[hi]! - sorted[lo]!) * (pos - lo);
}

export function timeStats(values: readonly number[]): TimeStats | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  return {
    n: sorted.length,
    median: quantile(sorted, 0.5),
    q1: quantile(sorted, 0.25),
    q3: quantile(sorted, 0.75),
    min: sorted[0]!,
    max: sorted[sorted.length - 1]!,
  };
}

const weightSum = (standards: readonly { weight: number }[]): number => standards.reduce((s, x) => s + x.weight, 0);

interface DecisionAcc {
  id: string;
  prompt: string;
  key: boolean;
  reached: number;
  rewound: number;
  rationales: number;
  times: number[];
  options: Map<string, { id: string; text: string; feedback: string | null; standards: OptionView['standards']; count: number; rewound: number }>;
  /** `offered` lists already read (they are shared between logs, so most are seen once). */
  seen: Set<unknown>;
  /** Sum of the step index at which it was reached, to order decisions not in the catalogue. */
  stepSum: number;
}

function scenarioView(id: string, attempts: readonly Attempt[], meta: AggregateContext['scenarios'][number] | undefined): ScenarioView {
  const decisions = new Map<string, DecisionAcc>();
  const endings = new Map<string, { id: string; title: string; count: number }>();
  const versions = new Set<number>();
  const paths: PathStep[][] = [];
  let completed = 0;
  let noEnding = 0;
  let title = meta?.title ?? id;
  for (const a of attempts) {
    const log = a.kept.log;
    title = meta?.title ?? log.scenario.title;
    versions.add(log.scenario.version);
    if (log.attempt.status === 'completed') completed++;
    if (log.ending) {
      const e = endings.get(log.ending.id) ?? { id: log.ending.id, title: log.ending.title, count: 0 };
      e.count++;
      endings.set(log.ending.id, e);
    } else noEnding++;
    const path: PathStep[] = [];
    let step = 0;
    for (const d of log.decisions) {
      let acc = decisions.get(d.decisionId);
      if (!acc) {
        acc = { id: d.decisionId, prompt: d.prompt, key: d.key, reached: 0, rewound: 0, rationales: 0, times: [], options: new Map(), stepSum: 0, seen: new Set() };
        decisions.set(d.decisionId, acc);
      }
      if (!acc.seen.has(d.offered)) {
        acc.seen.add(d.offered);
        for (const o of d.offered) {
          if (!acc.options.has(o.id)) acc.options.set(o.id, { id: o.id, text: o.text, feedback: o.feedback, standards: o.standards, count: 0, rewound: 0 });
        }
      }
      let option = acc.options.get(d.chosen);
      if (!option) acc.options.set(d.chosen, (option = { id: d.chosen, text: d.chosen, feedback: null, standards: d.standards, count: 0, rewound: 0 }));
      if (d.rewound) {
        acc.rewound++;
        option.rewound++;
        continue;
      }
      acc.reached++;
      option.count++;
      acc.times.push(d.timeToDecideMs);
      if (d.rationale) acc.rationales++;
      acc.stepSum += step++;
      path.push(d);
    }
    paths.push(path);
  }
  const order = new Map((meta?.decisions ?? []).map((d, i) => [d.id, i] as const));
  const ranked = [...decisions.values()].sort((a, b) => {
    const oa = order.get(a.id);
    const ob = order.get(b.id);
    if (oa !== undefined && ob !== undefined) return oa - ob;
    if (oa !== undefined) return -1;
    if (ob !== undefined) return 1;
    return a.stepSum / Math.max(1, a.reached) - b.stepSum / Math.max(1, b.reached);
  });
  const views: DecisionView[] = ranked.map((acc) => ({
    id: acc.id,
    prompt: acc.prompt,
    key: acc.key,
    reached: acc.reached,
    rewound: acc.rewound,
    rationales: acc.rationales,
    options: [...acc.options.values()].map((o) => ({ ...o, score: weightSum(o.standards) })),
    time: timeStats(acc.times),
  }));

  const endingOrder = new Map((meta?.endings ?? []).map((e, i) => [e.id, i] as const));
  const endingList = [...endings.values()].sort((a, b) => (endingOrder.get(a.id) ?? 99) - (endingOrder.get(b.id) ?? 99) || b.count - a.count);
  const pathMap = buildPathMap(
    paths.map((steps, i) => ({ steps, ending: attempts[i]!.kept.log.ending })),
    views.map((v) => v.id),
  );
  return {
    id,
    title,
    versions: [...versions].sort((a, b) => a - b),
    attempts: attempts.length,
    completed,
    endings: endingList,
    noEnding,
    decisions: views,
    pathMap,
  };
}

function learnerKey(log: DecisionLog): string {
  return log.learner.id ?? `Anonymous (attempt ${log.attempt.id.slice(0, 8)})`;
}

function frameworkViews(attempts: readonly Attempt[], frameworks: AggregateContext['frameworks']): FrameworkView[] {
  // Per learner, per item: summed weights over the attempts that touched the item, and how many
  // attempts did (`last` marks the attempt that last counted, so each counts once).
  type Cell = { total: number; attempts: number; positive: number; negative: number; last: number };
  const learners = new Map<string, { attempts: number; items: Map<string, Cell> }>();
  for (let ai = 0; ai < attempts.length; ai++) {
    const log = attempts[ai]!.kept.log;
    const key = learnerKey(log);
    let learner = learners.get(key);
    if (!learner) learners.set(key, (learner = { attempts: 0, items: new Map() }));
    learner.attempts++;
    for (const d of log.decisions) {
      if (d.rewound) continue;
      for (const s of d.standards) {
        let cell = learner.items.get(s.code);
        if (!cell) learner.items.set(s.code, (cell = { total: 0, attempts: 0, positive: 0, negative: 0, last: -1 }));
        cell.total += s.weight;
        if (s.weight > 0) cell.positive++;
        if (s.weight < 0) cell.negative++;
        if (cell.last !== ai) {
          cell.last = ai;
          cell.attempts++;
        }
      }
    }
  }
  const seen = new Set<string>();
  for (const l of learners.values()) for (const code of l.items.keys()) seen.add(code);
  const known = new Set<string>();
  const groups: { id: string; name: string; items: { code: string; title: string }[] }[] = frameworks.map((fw) => ({
    id: fw.id,
    name: fw.name,
    items: fw.items.filter((i) => {
      known.add(i.code);
      return seen.has(i.code);
    }).map((i) => ({ code: i.code, title: i.title })),
  }));
  const unknown = [...seen].filter((c) => !known.has(c)).sort();
  if (unknown.length > 0) groups.push({ id: 'OTHER', name: 'Other framework items', items: unknown.map((code) => ({ code, title: code })) });
  const learnerNames = [...learners.keys()].sort(byName);
  return groups
    .filter((g) => g.items.length > 0)
    .map((g) => {
      const rows = learnerNames
        .map((name) => {
          const l = learners.get(name)!;
          const cells = g.items.map((item): HeatCell | null => {
            const c = l.items.get(item.code);
            return c ? { mean: c.total / c.attempts, total: c.total, attempts: c.attempts } : null;
          });
          return { learner: name, attempts: l.attempts, cells };
        })
        .filter((r) => r.cells.some((c) => c !== null));
      const summary = g.items.map((item, i) => {
        const means = rows.flatMap((r) => (r.cells[i] ? [r.cells[i]!.mean] : []));
        let positive = 0;
        let negative = 0;
        for (const name of learnerNames) {
          const c = learners.get(name)!.items.get(item.code);
          if (c) {
            positive += c.positive;
            negative += c.negative;
          }
        }
        return {
          code: item.code,
          title: item.title,
          learners: means.length,
          mean: means.reduce((s, m) => s + m, 0) / Math.max(1, means.length),
          min: Math.min(...means),
          max: Math.max(...means),
          positive,
          negative,
        };
      });
      return { id: g.id, name: g.name, items: g.items, rows, summary };
    });
}

/** Everything the views need about these attempts. */
export function aggregate(attempts: readonly Attempt[], context: AggregateContext): Aggregate {
  const byScenario = new Map<string, Attempt[]>();
  const learners = new Set<string>();
  let verified = 0;
  let completed = 0;
  for (const a of attempts) {
    if (a.kept.verification.ok) verified++;
    if (a.kept.log.attempt.status === 'completed') completed++;
    if (a.kept.log.learner.id !== null) learners.add(a.kept.log.learner.id);
    const list = byScenario.get(a.kept.log.scenario.id) ?? [];
    list.push(a);
    byScenario.set(a.kept.log.scenario.id, list);
  }
  const metas = new Map(context.scenarios.map((s) => [s.id, s] as const));
  const scenarios = [...byScenario]
    .map(([id, list]) => scenarioView(id, list, metas.get(id)))
    .sort((a, b) => byName(a.title, b.title));
  return {
    shown: attempts.length,
    learners: learners.size,
    completed,
    verified,
    flagged: attempts.length - verified,
    scenarios,
    frameworks: frameworkViews(attempts, context.frameworks),
  };
}
