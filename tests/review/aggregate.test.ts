/** Cohort aggregation: counts, endings, times, the heatmap, the path map and the filters, checked against plain recounts. */
import { beforeAll, describe, expect, it } from 'vitest';
import { buildStories } from '../../src/authoring/build.ts';
import { logText } from '../../src/bench/generate.ts';
import { verifyLog } from '../../src/engine/integrity.ts';
import type { DecisionLog } from '../../src/schemas/decision-log.ts';
import type { Framework } from '../../src/schemas/framework.ts';
import type { ScenarioMeta } from '../../src/schemas/scenario.ts';
import { aggregate, localDate, matchesFilter, timeStats } from '../../src/review/aggregate.ts';
import type { Attempt } from '../../src/review/attempts.ts';
import { memorySource } from '../../src/review/ingest.ts';
import { buildPathMap } from '../../src/review/pathmap.ts';
import { ReviewStore } from '../../src/review/store.ts';
import { editedLog, playedLogs, reseal } from '../fixtures/logs/make.ts';

let logs: DecisionLog[];
let context: { scenarios: ScenarioMeta[]; frameworks: Framework[] };
let attempts: Attempt[];

beforeAll(() => {
  logs = playedLogs(40, 7);
  const built = buildStories(process.cwd());
  context = { scenarios: built.catalogue.scenarios, frameworks: [...built.frameworks] };
  attempts = logs.map((log, i) => ({ id: log.attempt.id, kept: { file: `f${i}.json`, log, verification: verifyLog(log) }, copies: [] }));
  attempts = attempts.map((a) => ({ ...a, copies: [a.kept] }));
}, 120_000);

describe('timeStats', () => {
  it('gives median, quartiles and range', () => {
    expect(timeStats([])).toBeNull();
    expect(timeStats([5])).toEqual({ n: 1, median: 5, q1: 5, q3: 5, min: 5, max: 5 });
    expect(timeStats([4, 1, 3, 2])).toEqual({ n: 4, median: 2.5, q1: 1.75, q3: 3.25, min: 1, max: 4 });
    expect(timeStats([10, 20, 30, 40, 1000])).toMatchObject({ median: 30, q1: 20, q3: 40, min: 10, max: 1000 });
  });
});

describe('aggregate', () => {
  it('counts every option chosen at every decision, leaving out choices stepped back from', () => {
    const agg = aggregate(attempts, context);
    expect(agg.shown).toBe(logs.length);
    expect(agg.scenarios.reduce((n, s) => n + s.attempts, 0)).toBe(logs.length);
    for (const sv of agg.scenarios) {
      const mine = logs.filter((l) => l.scenario.id === sv.id);
      expect(sv.attempts).toBe(mine.length);
      for (const dv of sv.decisions) {
        const made = mine.flatMap((l) => l.decisions.filter((d) => d.decisionId === dv.id));
        expect(dv.reached).toBe(made.filter((d) => !d.rewound).length);
        expect(dv.rewound).toBe(made.filter((d) => d.rewound).length);
        for (const ov of dv.options) {
          expect(ov.count, `${sv.id}/${dv.id}/${ov.id}`).toBe(made.filter((d) => !d.rewound && d.chosen === ov.id).length);
          const offered = made[0]!.offered.find((o) => o.id === ov.id);
          if (offered) expect([ov.text, ov.feedback]).toEqual([offered.text, offered.feedback]);
        }
        expect(dv.options.reduce((n, o) => n + o.count, 0)).toBe(dv.reached);
        const times = made.filter((d) => !d.rewound).map((d) => d.timeToDecideMs).sort((a, b) => a - b);
        if (times.length) expect([dv.time!.min, dv.time!.max, dv.time!.n]).toEqual([times[0], times[times.length - 1], times.length]);
      }
      // Decisions come in story order, as the catalogue lists them.
      const order = context.scenarios.find((s) => s.id === sv.id)!.decisions.map((d) => d.id);
      const shownOrder = sv.decisions.map((d) => d.id);
      expect(shownOrder).toEqual(order.filter((id) => shownOrder.includes(id)));
      // Endings.
      const endings = new Map<string, number>();
      for (const l of mine) if (l.ending) endings.set(l.ending.id, (endings.get(l.ending.id) ?? 0) + 1);
      expect(Object.fromEntries(sv.endings.map((e) => [e.id, e.count]))).toEqual(Object.fromEntries(endings));
      expect(sv.noEnding).toBe(mine.filter((l) => !l.ending).length);
    }
  });

  it('builds the heatmap as each learner’s average per attempt, per framework item', () => {
    const agg = aggregate(attempts, context);
    expect(agg.frameworks.map((f) => f.id)).toEqual(expect.arrayContaining(['SWE', 'PCF', 'HCPC']));
    for (const fw of agg.frameworks) {
      for (const row of fw.rows) {
        const mine = logs.filter((l) => (l.learner.id ?? `Anonymous (attempt ${l.attempt.id.slice(0, 8)})`) === row.learner);
        expect(row.attempts).toBe(mine.length);
        fw.items.forEach((item, i) => {
          const perAttempt = mine
            .map((l) => l.decisions.filter((d) => !d.rewound).flatMap((d) => d.standards.filter((s) => s.code === item.code)))
            .filter((refs) => refs.length > 0)
            .map((refs) => refs.reduce((n, s) => n + s.weight, 0));
          const cell = row.cells[i];
          if (perAttempt.length === 0) expect(cell).toBeNull();
          else expect(cell).toEqual({ mean: perAttempt.reduce((a, b) => a + b, 0) / perAttempt.length, total: perAttempt.reduce((a, b) => a + b, 0), attempts: perAttempt.length });
        });
      }
      // Items follow the framework's order and only those touched appear.
      const order = context.frameworks.find((f) => f.id === fw.id)!.items.map((i) => i.code);
      expect(fw.items.map((i) => i.code)).toEqual(order.filter((c) => fw.items.some((i) => i.code === c)));
      for (const [i, s] of fw.summary.entries()) {
        const means = fw.rows.flatMap((r) => (r.cells[i] ? [r.cells[i]!.mean] : []));
        expect(s.learners).toBe(means.length);
        expect(s.min).toBe(Math.min(...means));
        expect(s.max).toBe(Math.max(...means));
      }
    }
  });

  it('draws a path map whose bands add up to the choices and endings', () => {
    const agg = aggregate(attempts, context);
    for (const sv of agg.scenarios) {
      const map = sv.pathMap!;
      expect(map.loops).toBe(0);
      for (const dv of sv.decisions) {
        for (const ov of dv.options) {
          const into = map.links.filter((l) => l.source === `d:${dv.id}` && l.target === `o:${dv.id}/${ov.id}`).reduce((n, l) => n + l.value, 0);
          const out = map.links.filter((l) => l.source === `o:${dv.id}/${ov.id}`).reduce((n, l) => n + l.value, 0);
          expect(into).toBe(ov.count);
          expect(out).toBe(ov.count);
        }
      }
      const toEndings = map.links.filter((l) => l.target.startsWith('e:')).reduce((n, l) => n + l.value, 0);
      expect(toEndings).toBe(sv.endings.reduce((n, e) => n + e.count, 0) - logs.filter((l) => l.scenario.id === sv.id && l.ending && l.decisions.every((d) => d.rewound)).length);
      expect(map.flows.reduce((n, f) => n + f.count, 0)).toBe(sv.decisions.reduce((n, d) => n + d.reached, 0));
      for (const node of map.nodes) {
        expect(node.x1).toBeGreaterThan(node.x0);
        expect(node.y1).toBeGreaterThanOrEqual(node.y0);
        expect(node.x1).toBeLessThanOrEqual(map.width);
      }
      expect(map.links.every((l) => /^M[\d.,-]+C/.test(l.d))).toBe(true);
    }
  });

  it('keeps a path map drawable when an attempt goes back to an earlier decision', () => {
    const steps = (ids: string[]) => ids.map((id) => ({ decisionId: id, prompt: `Prompt ${id}`, chosen: 'go', offered: [{ id: 'go', text: 'Go' }] }));
    const map = buildPathMap(
      [
        { steps: steps(['a', 'b', 'a', 'c']), ending: { id: 'end', title: 'The end' } },
        { steps: steps(['a', 'c']), ending: null },
      ],
      ['a', 'b', 'c'],
    )!;
    expect(map.loops).toBe(1);
    expect(map.flows.find((f) => f.decision === 'b' && f.next === 'd:a')?.count).toBe(1);
    expect(map.nodes.find((n) => n.kind === 'stop')?.label).toBe('Left here');
    expect(buildPathMap([{ steps: [], ending: null }], [])).toBeNull();
  });
});

describe('filters', () => {
  it('filter by cohort, scenario, ending, integrity and dates', () => {
    const [a] = attempts;
    const log = a!.kept.log;
    const day = localDate(log.attempt.startedAt);
    expect(matchesFilter(a!, {})).toBe(true);
    expect(matchesFilter(a!, { cohort: log.learner.cohort })).toBe(true);
    expect(matchesFilter(a!, { cohort: 'nobody' })).toBe(false);
    expect(matchesFilter(a!, { cohort: '' })).toBe(log.learner.cohort === null);
    expect(matchesFilter(a!, { scenario: log.scenario.id })).toBe(true);
    expect(matchesFilter(a!, { scenario: 'other' })).toBe(false);
    expect(matchesFilter(a!, { ending: log.ending ? `${log.scenario.id}/${log.ending.id}` : 'none' })).toBe(true);
    expect(matchesFilter(a!, { ending: 'x/y' })).toBe(false);
    expect(matchesFilter(a!, { from: day, to: day })).toBe(true);
    expect(matchesFilter(a!, { from: '2999-01-01' })).toBe(false);
    expect(matchesFilter(a!, { to: '2000-01-01' })).toBe(false);
    expect(matchesFilter(a!, { integrity: 'verified' })).toBe(true);
    expect(matchesFilter(a!, { integrity: 'flagged' })).toBe(false);
  });

  it('the store applies the filter to every view and to the CSV', async () => {
    const store = new ReviewStore(context);
    const edited = editedLog(logs[0]!, 0);
    await store.load([...logs.slice(1).map((l, i) => memorySource(`l${i}.json`, logText(l))), memorySource('edited.json', logText(edited))]);
    const all = store.view();
    expect(all.total).toBe(logs.length);
    expect(all.flagged).toBe(1);
    expect(all.edited.map((r) => r.id)).toEqual([edited.attempt.id]);
    const cohort = all.options.cohorts[0]!;
    const some = store.view({ cohort });
    const expected = logs.filter((l) => l.learner.cohort === cohort);
    expect(some.shown).toBe(expected.length);
    expect(some.rows.every((r) => r.cohort === cohort)).toBe(true);
    expect(some.scenarios.reduce((n, s) => n + s.attempts, 0)).toBe(expected.length);
    expect(some.edited).toHaveLength(1); // the edited list ignores the filter
    expect(store.view({ integrity: 'verified' }).shown).toBe(logs.length - 1);
    expect(store.view({ integrity: 'flagged' }).rows.map((r) => r.id)).toEqual([edited.attempt.id]);
    const csvRows = store.csv({ cohort }).trim().split('\r\n').length - 1;
    expect(csvRows).toBe(expected.reduce((n, l) => n + l.decisions.length, 0));
    expect(store.attempt(edited.attempt.id)?.row.integrity).toMatchObject({ ok: false, problem: 'chain' });
    expect(store.attempt('nope')).toBeNull();
    store.clear();
    expect(store.view().total).toBe(0);
  });

  it('reseal gives logs that verify (so payload fixtures are realistic)', () => {
    expect(verifyLog(reseal(editedLog(logs[1]!, 0))).ok).toBe(true);
  });
});
