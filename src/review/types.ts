/** Plain data shared by the dashboard's worker side (store, aggregation) and its page side (views). */
import type { DecisionLog } from '../schemas/decision-log.ts';
import type { FileProblem, Progress } from './ingest.ts';
import type { MergeNote } from './attempts.ts';

export type IntegrityFilter = 'all' | 'verified' | 'flagged';

/** What to show. Absent or null means "all"; for cohort, '' means "no cohort given". */
export interface Filter {
  readonly cohort?: string | null;
  readonly scenario?: string | null;
  /** `<scenario-id>/<ending-id>`, or `none` for attempts that did not reach an ending. */
  readonly ending?: string | null;
  /** Local dates `YYYY-MM-DD`, inclusive, on the attempt's start. */
  readonly from?: string | null;
  readonly to?: string | null;
  readonly integrity?: IntegrityFilter;
}

export type IntegrityStatus = { readonly ok: true } | { readonly ok: false; readonly problem: string; readonly message: string };

export interface AttemptRow {
  readonly id: string;
  readonly learner: string | null;
  readonly cohort: string | null;
  readonly scenarioId: string;
  readonly scenarioTitle: string;
  readonly scenarioVersion: number;
  readonly status: DecisionLog['attempt']['status'];
  readonly ending: DecisionLog['ending'];
  readonly startedAt: string;
  readonly endedAt: string | null;
  readonly durationMs: number | null;
  /** Decisions that stand (not stepped back from). */
  readonly decisions: number;
  readonly rewinds: number;
  readonly pauses: number;
  readonly integrity: IntegrityStatus;
  readonly file: string;
  readonly copies: number;
}

export interface OptionView {
  readonly id: string;
  readonly text: string;
  readonly feedback: string | null;
  readonly standards: readonly { readonly code: string; readonly weight: number }[];
  readonly score: number;
  readonly count: number;
  /** Times this option was chosen and then stepped back from. */
  readonly rewound: number;
}

export interface TimeStats {
  readonly n: number;
  readonly median: number;
  readonly q1: number;
  readonly q3: number;
  readonly min: number;
  readonly max: number;
}

export interface DecisionView {
  readonly id: string;
  readonly prompt: string;
  readonly key: boolean;
  /** Attempts in which this decision was made (and stands). */
  readonly reached: number;
  readonly options: readonly OptionView[];
  readonly rewound: number;
  readonly rationales: number;
  readonly time: TimeStats | null;
}

export interface PathNode {
  readonly id: string;
  readonly kind: 'decision' | 'option' | 'ending' | 'stop';
  readonly label: string;
  /** The full text (prompt, option text or ending title). */
  readonly title: string;
  readonly value: number;
  readonly x0: number;
  readonly x1: number;
  readonly y0: number;
  readonly y1: number;
}

export interface PathLink {
  readonly source: string;
  readonly target: string;
  readonly value: number;
  readonly width: number;
  /** SVG path data (a horizontal link). */
  readonly d: string;
}

/** One row of the path table: after choosing `option` at `decision`, the next step was `next`. */
export interface PathFlow {
  readonly decision: string;
  readonly decisionPrompt: string;
  readonly option: string;
  readonly optionText: string;
  readonly next: string;
  readonly nextLabel: string;
  readonly count: number;
}

export interface PathMap {
  readonly width: number;
  readonly height: number;
  readonly nodes: readonly PathNode[];
  readonly links: readonly PathLink[];
  readonly flows: readonly PathFlow[];
  /** Links left out of the drawing because they loop back to an earlier decision (kept in the table). */
  readonly loops: number;
}

export interface ScenarioView {
  readonly id: string;
  readonly title: string;
  readonly versions: readonly number[];
  readonly attempts: number;
  readonly completed: number;
  readonly endings: readonly { readonly id: string; readonly title: string; readonly count: number }[];
  readonly noEnding: number;
  readonly decisions: readonly DecisionView[];
  readonly pathMap: PathMap | null;
}

export interface HeatCell {
  /** Mean, per attempt that touched the item, of the summed weights of the chosen options. */
  readonly mean: number;
  readonly total: number;
  readonly attempts: number;
}

export interface FrameworkView {
  readonly id: string;
  readonly name: string;
  readonly items: readonly { readonly code: string; readonly title: string }[];
  readonly rows: readonly { readonly learner: string; readonly attempts: number; readonly cells: readonly (HeatCell | null)[] }[];
  readonly summary: readonly {
    readonly code: string;
    readonly title: string;
    readonly learners: number;
    readonly mean: number;
    readonly min: number;
    readonly max: number;
    readonly positive: number;
    readonly negative: number;
  }[];
}

export interface FilterOptions {
  readonly cohorts: readonly string[];
  readonly noCohort: boolean;
  readonly scenarios: readonly { readonly id: string; readonly title: string }[];
  readonly endings: readonly { readonly value: string; readonly title: string; readonly scenarioTitle: string }[];
  readonly noEnding: boolean;
  readonly firstDate: string | null;
  readonly lastDate: string | null;
}

export interface Aggregate {
  readonly shown: number;
  /** Distinct learner ids among the attempts shown (attempts without an id are not counted). */
  readonly learners: number;
  readonly completed: number;
  readonly verified: number;
  readonly flagged: number;
  readonly scenarios: readonly ScenarioView[];
  readonly frameworks: readonly FrameworkView[];
}

export interface ViewModel extends Aggregate {
  readonly total: number;
  readonly rows: readonly AttemptRow[];
  /** Every loaded attempt whose integrity check failed, whatever the filter. */
  readonly edited: readonly AttemptRow[];
  readonly options: FilterOptions;
  readonly problems: readonly FileProblem[];
  readonly notes: readonly MergeNote[];
}

export interface AttemptDetail {
  readonly row: AttemptRow;
  readonly log: DecisionLog;
  readonly files: readonly string[];
}

export interface LoadSummary {
  readonly files: number;
  readonly entries: number;
  readonly logs: number;
  readonly added: number;
  readonly duplicates: number;
  readonly problems: number;
  readonly flagged: number;
  /** Where the time went (ms): reading files, decoding + parsing + checking, verifying, and the hasher used. */
  readonly timings: { readonly read: number; readonly parse: number; readonly verify: number; readonly total: number; readonly hasher: string };
}

/** Messages between the page and the worker. */
export type Request =
  | { readonly id: number; readonly type: 'init'; readonly context: import('./store.ts').ReviewContext }
  | { readonly id: number; readonly type: 'load'; readonly files: readonly File[] }
  | { readonly id: number; readonly type: 'view'; readonly filter: Filter }
  | { readonly id: number; readonly type: 'attempt'; readonly attemptId: string }
  | { readonly id: number; readonly type: 'csv'; readonly filter: Filter }
  | { readonly id: number; readonly type: 'clear' };

export type Response =
  | { readonly id: number; readonly type: 'progress'; readonly progress: Progress }
  | { readonly id: number; readonly type: 'done'; readonly value: unknown }
  | { readonly id: number; readonly type: 'error'; readonly message: string };
