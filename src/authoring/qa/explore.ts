/**
 * Explores every path of one compiled scenario, the way the trainee's session plays it
 * (src/engine/session.ts): lines are read with `Continue()`, the decision at a choice point is the
 * latest `# decision:` since the previous choice, option ids come from `# id:`, and the ending of a
 * path is the first `# ending:` met on it.
 *
 * Exhaustive search: a breadth-first search over choice points that branches by saving and loading
 * the ink state, and merges states that behave the same from there on. Two states are the same when
 * their variables, their offered choices (with the threads they resume), the visit counts the story
 * can read, the ending already met and the current decision agree. Turn counters, the output
 * already read and internal thread numbers are left out (unless the story reads TURNS()).
 *
 * When the number of distinct states passes a cap, the search stops and seeded random playthroughs
 * take over: each run prefers options it has not yet taken from that state (then picks at random),
 * up to a cap on choices per run, so long loops show as runs that never end.
 */
import { createHash } from 'node:crypto';
import { Story } from 'inkjs';
import { stateToJson } from '../../engine/ink-json.ts';
import { decisionFrom, firstTag, presentOptions as presentEngineOptions } from '../../engine/choices.ts';
import { parseTags, splitIdAndText, type IdAndTitle, type StandardRef } from '../../engine/tags.ts';
import type { DecisionInfo } from '../../engine/types.ts';

export interface ExploreOptions {
  /** Distinct choice-point states before exhaustive search gives way to random playthroughs. */
  readonly maxStates: number;
  /** Seeded random playthroughs when the exhaustive search is cut short. */
  readonly randomRuns: number;
  /** Choices in one random playthrough before it counts as a loop that does not end. */
  readonly maxSteps: number;
  readonly seed: number;
  /**
   * Safety net on a very slow machine: the exhaustive search stops at 70% of this (so that random
   * playthroughs still get a turn) and the playthroughs at 100%. The report says when it happened.
   */
  readonly timeLimitMs: number;
}

export const DEFAULT_EXPLORE: ExploreOptions = {
  maxStates: 4_000,
  randomRuns: 300,
  maxSteps: 300,
  seed: 20_251_125,
  timeLimitMs: 180_000,
};

/** One option as the session presents it. */
export interface QaOption {
  readonly id: string;
  readonly index: number;
  readonly text: string;
  readonly feedback: string | null;
  readonly standards: readonly StandardRef[];
  readonly words: number;
}

export type NodeKind = 'choice' | 'ending' | 'dead-end' | 'error';

export interface Edge {
  readonly to: number;
  /** Words of story text read between the choice and the next choice point or the end. */
  readonly words: number;
  /** Knots and stitches entered, in order (ink paths such as `explore` or `explore.disclosure`). */
  readonly places: readonly string[];
  /** `# ending:` tags met on the way (the first one on a path names its ending). */
  readonly endingTags: readonly IdAndTitle[];
}

export interface GraphNode {
  readonly id: number;
  readonly kind: NodeKind;
  /** Ending met so far on the way here (for a choice point), or the path's ending (for an end). */
  readonly ending: IdAndTitle | null;
  readonly decision: DecisionInfo | null;
  readonly options: readonly QaOption[];
  readonly error: string | null;
  /** The knot or stitch where a path stopped (dead ends and errors) or the choice point sits. */
  readonly place: string | null;
  /** One edge per option; null until that option has been tried from this state. */
  readonly edges: (Edge | null)[];
}

export interface ExploreResult {
  readonly nodes: readonly GraphNode[];
  /** From the start of the story to the first choice point (or the end). */
  readonly start: Edge;
  /** True when every state was expanded: the graph is the whole story. */
  readonly complete: boolean;
  readonly mode: 'exhaustive' | 'exhaustive+random';
  /** Distinct states found by the exhaustive search (before any random playthroughs). */
  readonly exhaustiveStates: number;
  readonly randomRuns: number;
  /** Random runs that reached the choice cap: each is the list of (node, option) steps taken. */
  readonly longRuns: readonly { readonly steps: readonly Step[] }[];
  readonly warnings: readonly string[];
  readonly timedOut: boolean;
  readonly elapsedMs: number;
  readonly usesRandom: boolean;
  readonly usesTurns: boolean;
  /** Knots used as tunnels (they end with `->->`). */
  readonly tunnels: readonly string[];
}

export interface Step {
  readonly node: number;
  readonly option: number;
}

interface Segment {
  readonly words: number;
  readonly places: string[];
  readonly decision: DecisionInfo | null;
  readonly endingTags: IdAndTitle[];
  readonly error: string | null;
  readonly options: QaOption[];
  readonly stopPlace: string | null;
}

// --- the parts of inkjs's runtime this module reads (not all are in its public typings) ---
interface InkPath {
  toString(): string;
}
interface InkContainerLike {
  readonly path: InkPath;
  readonly content: readonly unknown[];
  readonly namedContent: Map<string, unknown>;
}
interface InkStateLike {
  LoadJsonObj(value: unknown): void;
  storySeed: number;
  previousRandom: number;
  readonly previousPointer: { readonly isNull: boolean; readonly container: InkContainerLike | null };
  ToJson(): string;
  WriteJson(writer: unknown): unknown;
}

const CMD_POP_TUNNEL = 6;
const CMD_TURNS = 11;
const CMD_TURNS_SINCE = 12;
const CMD_READ_COUNT = 13;
const CMD_RANDOM = 14;
const CMD_VISIT_INDEX = 16;
const CMD_SHUFFLE = 17;
const CMD_LIST_RANDOM = 23;

interface StoryFacts {
  /**
   * The global variables and visit counts that can still be read from a point in the story: what
   * the knots (or functions) listed, and every knot they can divert, call or tunnel to, read.
   * Null means "all of them" (the story diverts through variables or reads counts of computed targets).
   */
  liveFor(units: readonly string[]): { readonly vars: readonly string[] | null; readonly counts: readonly string[] | null };
  readonly usesTurns: boolean;
  readonly usesRandom: boolean;
  /** Knots that return with `->->` (tunnels): called from other knots rather than flowed through. */
  readonly tunnels: ReadonlySet<string>;
}

function isContainer(o: unknown): o is InkContainerLike {
  return typeof o === 'object' && o !== null && Array.isArray((o as { content?: unknown }).content) && (o as { namedContent?: unknown }).namedContent instanceof Map;
}

/** The top-level knot, function or root weave an ink path lies in. */
export function unitOf(path: string): string {
  const dot = path.indexOf('.');
  return dot === -1 ? path : path.slice(0, dot);
}

const DIVERT_TARGET_TYPE = 4;

/**
 * Walks the compiled story once: per top-level knot or function, which global variables and visit
 * counts it reads and which knots it can go to; and whether turns or randomness are used.
 */
export function storyFacts(story: Story): StoryFacts {
  interface Unit {
    vars: Set<string>;
    counts: Set<string>;
    succ: Set<string>;
    tunnel: boolean;
  }
  const units = new Map<string, Unit>();
  const unit = (name: string): Unit => {
    let u = units.get(name);
    if (!u) {
      u = { vars: new Set(), counts: new Set(), succ: new Set(), tunnel: false };
      units.set(name, u);
    }
    return u;
  };
  let readAllCounts = false;
  let dynamicDivert = false;
  let usesTurns = false;
  let usesRandom = false;
  const seen = new Set<unknown>();
  const pathOf = (x: unknown): string | null => {
    try {
      const p = x as InkPath | null;
      return p ? p.toString() : null;
    } catch {
      return null;
    }
  };
  const walk = (c: InkContainerLike, u: Unit): void => {
    if (seen.has(c)) return;
    seen.add(c);
    for (const o of [...c.content, ...c.namedContent.values()]) {
      if (typeof o !== 'object' || o === null) continue;
      const r = o as Record<string, unknown>;
      if ('pathForCount' in r) {
        if (r.pathForCount) {
          const target = (o as { containerForCount: InkContainerLike | null }).containerForCount;
          if (target) u.counts.add(target.path.toString());
          else readAllCounts = true;
        } else if (typeof r.name === 'string') u.vars.add(r.name);
      }
      if ('_pathOnChoice' in r) {
        const target = pathOf((o as { pathOnChoice: unknown }).pathOnChoice);
        if (target) u.succ.add(unitOf(target));
        if (r.onceOnly === true) {
          const container = (o as { choiceTarget: InkContainerLike | null }).choiceTarget;
          if (container) u.counts.add(container.path.toString());
        }
      }
      if ('variableDivertName' in r) {
        if (r.variableDivertName) dynamicDivert = true;
        else {
          const target = pathOf((o as { targetPath: unknown }).targetPath);
          if (target) u.succ.add(unitOf(target));
        }
      }
      if (r.valueType === DIVERT_TARGET_TYPE) {
        const target = pathOf((o as { targetPath: unknown }).targetPath);
        if (target) u.succ.add(unitOf(target));
      }
      if (typeof r.commandType === 'number') {
        const t = r.commandType;
        if (t === CMD_VISIT_INDEX) u.counts.add(c.path.toString());
        if (t === CMD_POP_TUNNEL) u.tunnel = true;
        if (t === CMD_READ_COUNT) readAllCounts = true;
        if (t === CMD_TURNS || t === CMD_TURNS_SINCE) usesTurns = true;
        if (t === CMD_RANDOM || t === CMD_SHUFFLE || t === CMD_LIST_RANDOM) usesRandom = true;
      }
      if (isContainer(o)) walk(o, u);
    }
  };
  const root = story.mainContentContainer as unknown as InkContainerLike;
  seen.add(root);
  for (const child of [...root.content, ...root.namedContent.values()]) {
    if (isContainer(child)) walk(child, unit(unitOf(child.path.toString())));
  }
  const memo = new Map<string, { vars: readonly string[] | null; counts: readonly string[] | null }>();
  const liveFor = (names: readonly string[]): { vars: readonly string[] | null; counts: readonly string[] | null } => {
    const memoKey = [...new Set(names)].sort().join(' ');
    const hit = memo.get(memoKey);
    if (hit) return hit;
    if (dynamicDivert) {
      const all = { vars: null, counts: null };
      memo.set(memoKey, all);
      return all;
    }
    const reached = new Set<string>();
    const queue = [...names];
    while (queue.length > 0) {
      const name = queue.pop()!;
      if (reached.has(name)) continue;
      reached.add(name);
      const u = units.get(name);
      if (!u) {
        // Content outside any knot we know: be safe and keep everything.
        const all = { vars: null, counts: null };
        memo.set(memoKey, all);
        return all;
      }
      for (const next of u.succ) if (!reached.has(next)) queue.push(next);
    }
    const vars = new Set<string>();
    const counts = new Set<string>();
    for (const name of reached) {
      const u = units.get(name)!;
      for (const v of u.vars) vars.add(v);
      for (const n of u.counts) counts.add(n);
    }
    const live = { vars: [...vars].sort(), counts: readAllCounts ? null : [...counts].sort() };
    memo.set(memoKey, live);
    return live;
  };
  const tunnels = new Set([...units].filter(([, u]) => u.tunnel).map(([name]) => name));
  return { liveFor, usesTurns, usesRandom, tunnels };
}

/** Words in a piece of text: runs of characters between spaces (what a reader reads). */
export function countWords(text: string): number {
  let words = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const space = c === 32 || c === 9 || c === 10 || c === 13 || c === 160;
    if (!space && !inWord) words++;
    inWord = !space;
  }
  return words;
}


type InkChoice = Story['currentChoices'][number];

/** The session's own rules (src/engine/choices.ts), plus the words a trainee reads per option. */
function presentOptions(choices: readonly InkChoice[], assessed: boolean): QaOption[] {
  return presentEngineOptions(choices, assessed).map((o) => ({ ...o, words: countWords(o.text) }));
}

/** ink's runtime error text without its internal pointer prefix. */
function cleanError(message: string): string {
  return message.replace(/^RUNTIME ERROR: /, '').replace(/^\(Ink Pointer [^)]*\): /, '').trim();
}

/** A small seeded PRNG (mulberry32), so random playthroughs are repeatable. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface InkValue {
  readonly valueType: number;
  toString(): string;
}
interface InkPointer {
  readonly isNull: boolean;
  readonly container: { readonly path: InkPath } | null;
  readonly index: number;
}
interface InkStateInternals {
  readonly variablesState: { readonly _globalVariables: Map<string, InkValue> };
  readonly _visitCounts: Map<string, number>;
  readonly _turnIndices: Map<string, number>;
  readonly currentTurnIndex: number;
  readonly storySeed: number;
  readonly previousRandom: number;
  readonly evaluationStack: readonly InkValue[];
  readonly divertedPointer: InkPointer;
  readonly currentChoices: readonly {
    readonly text: string;
    readonly targetPath: InkPath | null;
    readonly sourcePath: string;
    readonly isInvisibleDefault: boolean;
    readonly tags: readonly string[] | null;
    readonly threadAtGeneration: {
      readonly previousPointer: InkPointer;
      readonly callstack: readonly {
        readonly currentPointer: InkPointer;
        readonly type: number;
        readonly inExpressionEvaluation: boolean;
        readonly temporaryVariables: Map<string, InkValue>;
      }[];
    } | null;
  }[];
}

function valueKey(v: InkValue | null | undefined): string {
  return v ? `${v.valueType}:${v.toString()}` : '-';
}

function pointerKey(p: InkPointer | null | undefined): string {
  return !p || p.isNull || !p.container ? '-' : `${p.container.path.toString()}#${p.index}`;
}

/**
 * Explores one scenario. `places` are the knot and stitch paths to record as they are entered
 * (from the source: `knot` and `knot.stitch`).
 */
export function explore(json: string, places: readonly string[], options: Partial<ExploreOptions> = {}): ExploreResult {
  const opts: ExploreOptions = { ...DEFAULT_EXPLORE, ...options };
  const started = performance.now();
  const story = new Story(json);
  // inkjs swaps its state object while it runs (snapshots for look-ahead), so always go through story.state.
  const inkState = (): InkStateLike => story.state as unknown as InkStateLike;
  const facts = storyFacts(story);
  if (facts.usesRandom) {
    inkState().storySeed = opts.seed % 100;
    inkState().previousRandom = 0;
  }
  const placeSet = new Set(places);
  let entered: string[] = [];
  // Record knots and stitches as they are entered (same rule as ink's visit counting).
  const runtime = story as unknown as { VisitContainer(container: InkContainerLike & { countingAtStartOnly: boolean }, atStart: boolean): void };
  const visit = runtime.VisitContainer.bind(story);
  runtime.VisitContainer = (container, atStart): void => {
    if (!container.countingAtStartOnly || atStart) {
      const p = container.path.toString();
      if (placeSet.has(p) && entered[entered.length - 1] !== p) entered.push(p);
    }
    visit(container, atStart);
  };
  // ink reads ahead past each line end (to see whether glue follows) and rewinds to a snapshot when
  // it does not; forget the knots entered during that look-ahead, they are entered again for real.
  const snapshots = story as unknown as { StateSnapshot(): void; RestoreStateSnapshot(): void };
  const snapshot = snapshots.StateSnapshot.bind(story);
  const restore = snapshots.RestoreStateSnapshot.bind(story);
  let mark = 0;
  snapshots.StateSnapshot = (): void => {
    mark = entered.length;
    snapshot();
  };
  snapshots.RestoreStateSnapshot = (): void => {
    entered.length = Math.min(entered.length, mark);
    restore();
  };
  const errors: string[] = [];
  const warnings = new Set<string>();
  story.onError = (message, type) => {
    if (type === 2) errors.push(message);
    else warnings.add(message);
  };
  const initialState: unknown = JSON.parse(stateToJson(inkState()));

  const placeOf = (): string | null => {
    const pointer = inkState().previousPointer;
    if (!pointer || pointer.isNull || !pointer.container) return entered[entered.length - 1] ?? null;
    const parts = pointer.container.path.toString().split('.');
    const stitch = parts.length > 1 ? `${parts[0]}.${parts[1]}` : null;
    if (stitch && placeSet.has(stitch)) return stitch;
    return parts[0] && placeSet.has(parts[0]) ? parts[0] : (entered[entered.length - 1] ?? null);
  };

  /** ink's runtime errors name the pointer: `(Ink Pointer -> knot.stitch.0.c-1 -- index 5)`. */
  const placeInMessage = (message: string): string | null => {
    const m = /Ink Pointer -> ([A-Za-z0-9_.-]+)/.exec(message);
    if (!m || !m[1]) return null;
    const parts = m[1].split('.');
    const stitch = parts.length > 1 ? `${parts[0]}.${parts[1]}` : null;
    if (stitch && placeSet.has(stitch)) return stitch;
    return parts[0] && placeSet.has(parts[0]) ? parts[0] : null;
  };

  /** Runs from the current ink state to the next choice point or the end, like session.runToChoice. */
  const runSegment = (): Segment => {
    errors.length = 0;
    let words = 0;
    let decision: DecisionInfo | null = null;
    const endingTags: IdAndTitle[] = [];
    let error: string | null = null;
    try {
      while (story.canContinue) {
        const text = (story.Continue() ?? '').trim();
        if (errors.length > 0) {
          error = errors.splice(0).join('\n');
          break;
        }
        words += countWords(text);
        const raw = story.currentTags;
        if (!raw || !raw.some((t) => t.includes('decision') || t.includes('ending'))) continue;
        const tags = parseTags(raw);
        const d = decisionFrom(tags);
        if (d) decision = d;
        const endingValue = firstTag(tags, 'ending');
        const ending = endingValue ? splitIdAndText(endingValue) : null;
        if (ending) endingTags.push(ending);
      }
    } catch (cause) {
      error = cause instanceof Error ? cause.message : String(cause);
    }
    if (!error && errors.length > 0) error = errors.splice(0).join('\n');
    const placesHere = entered;
    entered = [];
    const stopPlace = (error ? placeInMessage(error) : null) ?? placeOf() ?? placesHere[placesHere.length - 1] ?? null;
    if (error) error = cleanError(error);
    if (error) return { words, places: placesHere, decision, endingTags, error, options: [], stopPlace };
    const choices = story.currentChoices;
    return { words, places: placesHere, decision, endingTags, error: null, options: presentOptions(choices, decision !== null), stopPlace };
  };

  /** What decides the rest of the story from this choice point (see the header comment). */
  const keyOf = (pending: IdAndTitle | null, decision: DecisionInfo | null): string => {
    const st = story.state as unknown as InkStateInternals;
    const parts: string[] = [pending?.id ?? '', decision?.id ?? '', '|c'];
    const here: string[] = [];
    for (const c of st.currentChoices) {
      const target = c.targetPath ? c.targetPath.toString() : '';
      here.push(unitOf(target));
      parts.push(c.text, target, c.sourcePath, c.isInvisibleDefault ? 'i' : '', (c.tags ?? []).join('\u0001'));
      const thread = c.threadAtGeneration;
      if (thread) {
        parts.push(pointerKey(thread.previousPointer));
        for (const el of thread.callstack) {
          const at = pointerKey(el.currentPointer);
          if (at !== '-') here.push(unitOf(at));
          parts.push(`${at}/${el.type}/${el.inExpressionEvaluation ? 1 : 0}`);
          for (const [name, v] of el.temporaryVariables) parts.push(name, valueKey(v));
        }
      }
      parts.push('|');
    }
    const live = facts.liveFor(here);
    const globals = st.variablesState._globalVariables;
    parts.push('|g');
    if (live.vars) {
      for (const name of live.vars) if (globals.has(name)) parts.push(name, valueKey(globals.get(name)));
    } else for (const [name, v] of globals) parts.push(name, valueKey(v));
    parts.push('|v');
    if (live.counts) for (const p of live.counts) parts.push(String(st._visitCounts.get(p) ?? 0));
    else for (const [p, n] of [...st._visitCounts].sort((x, y) => (x[0] < y[0] ? -1 : 1))) parts.push(p, String(n));
    parts.push('|e', ...st.evaluationStack.map(valueKey), pointerKey(st.divertedPointer));
    if (facts.usesTurns) parts.push('|t', String(st.currentTurnIndex), ...[...st._turnIndices].map(([p, n]) => `${p}=${n}`).sort());
    if (facts.usesRandom) parts.push('|r', String(st.storySeed), String(st.previousRandom));
    return createHash('sha1').update(parts.join('\u0000')).digest('base64');
  };

  const nodes: GraphNode[] = [];
  const byKey = new Map<string, number>();
  /**
   * Saved ink state (float-faithful JSON) of choice nodes waiting to be expanded, freed once expanded.
   * The writer marks whole floats as "3.0f", so plain JSON.parse gives what ink's own reader would.
   */
  const saved = new Map<number, string>();
  let saveStates = true;

  /** Turns a finished segment into a node (new or merged) and returns its id. */
  const nodeFor = (seg: Segment, pendingBefore: IdAndTitle | null): { id: number; isNew: boolean } => {
    const ending = pendingBefore ?? seg.endingTags[0] ?? null;
    let key: string;
    let kind: NodeKind;
    if (seg.error) {
      kind = 'error';
      key = `E|${seg.stopPlace}|${seg.error}`;
    } else if (seg.options.length === 0) {
      kind = ending ? 'ending' : 'dead-end';
      key = ending ? `T|${ending.id}|${ending.title}` : `D|${seg.stopPlace}`;
    } else {
      kind = 'choice';
      key = '';
    }
    if (kind === 'choice') key = `C|${keyOf(ending, seg.decision)}`;
    const existing = byKey.get(key);
    if (existing !== undefined) return { id: existing, isNew: false };
    const id = nodes.length;
    nodes.push({
      id,
      kind,
      ending,
      decision: kind === 'choice' ? seg.decision : null,
      options: seg.options,
      error: seg.error,
      place: seg.stopPlace,
      edges: seg.options.map(() => null),
    });
    byKey.set(key, id);
    if (kind === 'choice' && saveStates) saved.set(id, stateToJson(inkState()));
    return { id, isNew: true };
  };

  const edgeOf = (seg: Segment, to: number): Edge => ({ to, words: seg.words, places: seg.places, endingTags: seg.endingTags });

  const choose = (index: number): Segment | null => {
    errors.length = 0;
    try {
      story.ChooseChoiceIndex(index);
    } catch (cause) {
      return { words: 0, places: entered.splice(0), decision: null, endingTags: [], error: cause instanceof Error ? cause.message : String(cause), options: [], stopPlace: placeOf() };
    }
    return null;
  };

  const step = (from: GraphNode, optionIndex: number): { id: number; isNew: boolean } => {
    const option = from.options[optionIndex]!;
    const seg = choose(option.index) ?? runSegment();
    const result = nodeFor(seg, from.ending);
    from.edges[optionIndex] = edgeOf(seg, result.id);
    return result;
  };

  // --- start ---
  inkState().LoadJsonObj(initialState);
  entered = [];
  const firstSeg = runSegment();
  const root = nodeFor(firstSeg, null);
  const start = edgeOf(firstSeg, root.id);
  const overTime = (share = 1): boolean => performance.now() - started > opts.timeLimitMs * share;

  // --- exhaustive breadth-first search (so that, if it is cut short, every early choice was tried) ---
  let timedOut = false;
  let capped = false;
  const queue: number[] = root.isNew && nodes[root.id]!.kind === 'choice' ? [root.id] : [];
  let steps = 0;
  search: for (let q = 0; q < queue.length; q++) {
    const node = nodes[queue[q]!]!;
    const text = saved.get(node.id)!;
    saved.delete(node.id);
    // ink reads a state object without changing it, so one parse serves every option.
    const stateObject: unknown = JSON.parse(text);
    for (let optionIndex = 0; optionIndex < node.options.length; optionIndex++) {
      if (nodes.length >= opts.maxStates) {
        capped = true;
        break search;
      }
      if ((++steps & 63) === 0 && overTime(0.7)) {
        timedOut = true;
        break search;
      }
      inkState().LoadJsonObj(stateObject);
      entered = [];
      const child = step(node, optionIndex);
      if (child.isNew && nodes[child.id]!.kind === 'choice') queue.push(child.id);
    }
  }
  const complete = !capped && !timedOut;
  const exhaustiveStates = nodes.length;
  saved.clear();
  saveStates = false;

  // --- random playthroughs when the search was cut short ---
  const longRuns: { steps: Step[] }[] = [];
  let runs = 0;
  if (!complete) {
    const random = prng(opts.seed);
    for (let run = 0; run < opts.randomRuns && !overTime(); run++) {
      runs++;
      inkState().LoadJsonObj(initialState);
      entered = [];
      const seg = runSegment();
      let current = nodeFor(seg, null).id;
      const path: Step[] = [];
      while (nodes[current]!.kind === 'choice') {
        if (path.length >= opts.maxSteps) {
          longRuns.push({ steps: path });
          break;
        }
        const node = nodes[current]!;
        const untried = node.edges.flatMap((e, i) => (e === null ? [i] : []));
        const pool = untried.length > 0 ? untried : node.options.map((_, i) => i);
        const pick = pool[Math.floor(random() * pool.length)]!;
        path.push({ node: current, option: pick });
        const option = node.options[pick]!;
        const stepSeg = choose(option.index) ?? runSegment();
        const next = nodeFor(stepSeg, node.ending);
        if (!node.edges[pick]) node.edges[pick] = edgeOf(stepSeg, next.id);
        current = next.id;
      }
    }
  }
  return {
    nodes,
    start,
    complete,
    mode: complete ? 'exhaustive' : 'exhaustive+random',
    exhaustiveStates,
    randomRuns: runs,
    longRuns,
    warnings: [...warnings],
    timedOut: timedOut || (!complete && overTime()),
    elapsedMs: performance.now() - started,
    usesRandom: facts.usesRandom,
    usesTurns: facts.usesTurns,
    tunnels: [...facts.tunnels].sort(),
  };
}
