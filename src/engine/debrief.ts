/**
 * The debrief model: pure data built from a decision log and the frameworks. The DOM renders it;
 * the dashboard reuses the profile arithmetic.
 */
import type { DecisionEntry, DecisionLog, OfferedOption } from '../schemas/decision-log.ts';
import type { Framework } from '../schemas/framework.ts';

export interface ProfileItem {
  readonly code: string;
  readonly title: string;
  /** Summed weight of the chosen options that name this item (rewound choices excluded). */
  readonly total: number;
  /** How many chosen options named this item. */
  readonly count: number;
  readonly positive: number;
  readonly negative: number;
}

export interface FrameworkProfile {
  readonly id: string;
  readonly name: string;
  readonly items: readonly ProfileItem[];
}

export interface MomentOption {
  readonly id: string;
  readonly text: string;
  readonly feedback: string | null;
  readonly standards: OfferedOption['standards'];
  /** Sum of the option's weights: how defensible the option was judged to be. */
  readonly score: number;
}

export interface Moment {
  readonly seq: number;
  readonly decisionId: string;
  readonly prompt: string;
  readonly key: boolean;
  readonly chosen: MomentOption;
  readonly alternatives: readonly MomentOption[];
  readonly rationale: string | null;
  readonly timeToDecideMs: number;
  /** True when the chosen option was among the most defensible on offer. */
  readonly strongest: boolean;
}

export interface DebriefModel {
  readonly ending: DecisionLog['ending'];
  /** Decisions where the chosen option was the most defensible on offer or scored above zero: shown first. */
  readonly strengths: readonly Moment[];
  readonly profile: readonly FrameworkProfile[];
  /** Every key moment, and every other decision after them. */
  readonly keyMoments: readonly Moment[];
  readonly otherMoments: readonly Moment[];
  readonly rewound: readonly { readonly decisionId: string; readonly prompt: string; readonly chosenText: string }[];
  readonly pauses: number;
  readonly reflections: DecisionLog['reflections'];
  readonly totalTimeMs: number;
}

const score = (o: Pick<OfferedOption, 'standards'>): number => o.standards.reduce((sum, s) => sum + s.weight, 0);

function toMomentOption(o: OfferedOption): MomentOption {
  return { id: o.id, text: o.text, feedback: o.feedback, standards: o.standards, score: score(o) };
}

export function toMoment(d: DecisionEntry): Moment {
  const options = d.offered.map(toMomentOption);
  const chosen = options.find((o) => o.id === d.chosen) ?? { id: d.chosen, text: d.chosen, feedback: null, standards: d.standards, score: score(d) };
  const best = Math.max(...options.map((o) => o.score));
  return {
    seq: d.seq,
    decisionId: d.decisionId,
    prompt: d.prompt,
    key: d.key,
    chosen,
    alternatives: options.filter((o) => o.id !== d.chosen),
    rationale: d.rationale,
    timeToDecideMs: d.timeToDecideMs,
    strongest: chosen.score >= best,
  };
}

/** Sums the weights of the chosen options (not rewound) per framework item. */
/**
 * Per framework item, over the decisions that stand (stepped-back ones left out): the summed
 * weight, how many choices touched it, and the positive and negative parts of the sum. In the
 * order items were first met.
 */
export function standardTotals(decisions: readonly DecisionEntry[]): Map<string, { total: number; count: number; positive: number; negative: number }> {
  const totals = new Map<string, { total: number; count: number; positive: number; negative: number }>();
  for (const d of decisions) {
    if (d.rewound) continue;
    for (const s of d.standards) {
      const t = totals.get(s.code) ?? { total: 0, count: 0, positive: 0, negative: 0 };
      t.total += s.weight;
      t.count += 1;
      if (s.weight > 0) t.positive += s.weight;
      if (s.weight < 0) t.negative += s.weight;
      totals.set(s.code, t);
    }
  }
  return totals;
}

export function buildProfile(decisions: readonly DecisionEntry[], frameworks: readonly Framework[]): FrameworkProfile[] {
  const totals = standardTotals(decisions);
  const known = new Set<string>();
  const profiles: FrameworkProfile[] = frameworks.map((fw) => {
    const items = fw.items.flatMap((item) => {
      known.add(item.code);
      const t = totals.get(item.code);
      return t ? [{ code: item.code, title: item.title, ...t }] : [];
    });
    return { id: fw.id, name: fw.name, items };
  });
  const unknown = [...totals.entries()].filter(([code]) => !known.has(code));
  if (unknown.length > 0) {
    profiles.push({
      id: 'OTHER',
      name: 'Other framework items',
      items: unknown.map(([code, t]) => ({ code, title: code, ...t })),
    });
  }
  return profiles.filter((p) => p.items.length > 0);
}

export function buildDebrief(log: DecisionLog, frameworks: readonly Framework[]): DebriefModel {
  const live = log.decisions.filter((d) => !d.rewound);
  const moments = live.map(toMoment);
  const started = Date.parse(log.attempt.startedAt);
  const ended = log.attempt.endedAt ? Date.parse(log.attempt.endedAt) : started;
  return {
    ending: log.ending,
    strengths: moments.filter((m) => m.strongest || m.chosen.score > 0),
    profile: buildProfile(live, frameworks),
    keyMoments: moments.filter((m) => m.key),
    otherMoments: moments.filter((m) => !m.key),
    rewound: log.decisions
      .filter((d) => d.rewound)
      .map((d) => ({ decisionId: d.decisionId, prompt: d.prompt, chosenText: d.offered.find((o) => o.id === d.chosen)?.text ?? d.chosen })),
    pauses: log.pauses.length,
    reflections: log.reflections,
    totalTimeMs: Math.max(0, ended - started),
  };
}
