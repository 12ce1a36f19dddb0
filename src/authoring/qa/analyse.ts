/**
 * Turns an exploration (the graph of choice points) and the scenario's source into the QA findings:
 * endings, decisions and options, knots and stitches, dead ends, loops, runtime errors, path lengths
 * against `# minutes:`, framework coverage and repeated feedback, plus a map of the story.
 */
import type { Framework } from '../../schemas/framework.ts';
import type { IdAndTitle } from '../../engine/tags.ts';
import type { Edge, ExploreResult, GraphNode } from './explore.ts';
import type { ScenarioSource, SourcePlace } from './source.ts';

/** Reading speed assumed for playing time. */
export const WORDS_PER_MINUTE = 180;
/** Time to weigh up an assessed decision, on top of reading its options. */
export const SECONDS_PER_DECISION = 15;
/** Time for a plain (unassessed) choice, on top of reading its options. */
export const SECONDS_PER_CHOICE = 5;

export interface QaProblem {
  readonly file: string;
  /** Null when no line is known (e.g. an ink runtime warning). */
  readonly line: number | null;
  readonly severity: 'error' | 'warning';
  readonly message: string;
}

export function formatProblem(p: QaProblem): string {
  return `${p.file}${p.line !== null ? `:${p.line}` : ''}: ${p.severity}: ${p.message}`;
}

/** One choice on a path: the decision and option ids, or the text of a plain choice. */
export interface PathStep {
  readonly decision: string | null;
  readonly option: string;
  readonly text: string;
}

export interface PathFigures {
  readonly steps: readonly PathStep[];
  readonly ending: IdAndTitle | null;
  readonly words: number;
  readonly decisions: number;
  readonly choices: number;
  readonly minutes: number;
}

export interface EndingFinding {
  readonly id: string;
  readonly title: string;
  readonly file: string;
  readonly line: number;
  readonly reached: boolean;
  /** A path with the fewest choices that ends here. */
  readonly example: readonly PathStep[] | null;
}

export interface OptionFinding {
  readonly id: string;
  readonly text: string;
  readonly line: number;
  readonly offered: boolean;
  readonly standards: readonly { readonly code: string; readonly weight: number }[];
}

export interface DecisionFinding {
  readonly id: string;
  readonly prompt: string;
  readonly key: boolean;
  readonly file: string;
  readonly line: number;
  readonly offered: boolean;
  readonly options: readonly OptionFinding[];
}

export interface PlaceFinding extends SourcePlace {
  readonly visited: boolean;
}

export interface PathFinding {
  readonly kind: 'dead-end' | 'loop' | 'error';
  readonly file: string;
  readonly line: number | null;
  readonly place: string | null;
  /** A few words: what goes wrong. */
  readonly summary: string;
  readonly message: string;
  readonly path: readonly PathStep[];
  /** For loops: the choices that go round. */
  readonly cycle: readonly PathStep[];
}

export interface CoverageRow {
  readonly code: string;
  readonly title: string;
  readonly framework: string;
  readonly up: readonly { readonly decision: string; readonly option: string; readonly weight: number }[];
  readonly down: readonly { readonly decision: string; readonly option: string; readonly weight: number }[];
}

export interface DuplicateFeedback {
  readonly text: string;
  readonly options: readonly { readonly decision: string; readonly option: string; readonly file: string; readonly line: number }[];
}

export interface MapNode {
  readonly id: string;
  readonly kind: 'start' | 'knot' | 'decision' | 'ending' | 'dead-end' | 'error';
  readonly label: string;
  /** Source line (knot, decision or ending tag) when known. */
  readonly line: number | null;
  readonly problem: boolean;
}

export interface MapEdge {
  readonly from: string;
  readonly to: string;
  /** Option ids (from a decision) or choice texts that take this edge; empty for plain flow. */
  readonly via: readonly string[];
}

export interface StoryMap {
  readonly nodes: readonly MapNode[];
  readonly edges: readonly MapEdge[];
  /** Knots used as tunnels (`->->`): left out of the map, since they return to wherever they were called from. */
  readonly tunnels: readonly { readonly path: string; readonly line: number | null }[];
}

export interface ExplorationSummary {
  readonly mode: ExploreResult['mode'];
  readonly complete: boolean;
  readonly states: number;
  /** States found before the exhaustive search stopped. */
  readonly exhaustiveStates: number;
  readonly transitions: number;
  readonly randomRuns: number;
  readonly timedOut: boolean;
  readonly seconds: number;
  readonly usesRandom: boolean;
}

export interface ScenarioFindings {
  readonly exploration: ExplorationSummary;
  readonly endings: readonly EndingFinding[];
  readonly decisions: readonly DecisionFinding[];
  readonly places: readonly PlaceFinding[];
  readonly paths: readonly PathFinding[];
  readonly runtimeWarnings: readonly string[];
  readonly shortest: PathFigures | null;
  readonly longest: PathFigures | null;
  readonly minutesHeader: number | null;
  readonly coverage: readonly CoverageRow[];
  readonly duplicates: readonly DuplicateFeedback[];
  readonly map: StoryMap;
  readonly problems: readonly QaProblem[];
}

const seconds = (words: number): number => (words / WORDS_PER_MINUTE) * 60;

function nodeSeconds(n: GraphNode): number {
  if (n.kind !== 'choice') return 0;
  const words = n.options.reduce((sum, o) => sum + o.words, 0);
  return seconds(words) + (n.decision ? SECONDS_PER_DECISION : SECONDS_PER_CHOICE);
}

function stepOf(n: GraphNode, option: number): PathStep {
  const o = n.options[option]!;
  return { decision: n.decision?.id ?? null, option: o.id, text: o.text };
}

/** A path for the terminal: `first-response: open-and-attend › believe-me: honest-validation` (decision: option). */
export function describePath(steps: readonly PathStep[], max = 40): string {
  if (steps.length === 0) return '(at the start, before any choice)';
  const words = steps.map((s) => (s.decision ? `${s.decision}: ${s.option}` : `"${s.text.length > 40 ? `${s.text.slice(0, 39)}…` : s.text}"`));
  if (words.length <= max) return words.join(' › ');
  return `${words.slice(0, max / 2).join(' › ')} › … (${words.length - max} more) … › ${words.slice(-max / 2).join(' › ')}`;
}

const normalise = (text: string): string =>
  text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s]/gu, ' ')
    .split(/\s+/)
    .filter(Boolean)
    .join(' ');

interface Graph {
  readonly nodes: readonly GraphNode[];
  readonly root: number;
  /** Shortest (fewest choices) way to each node from the start: parent node and option. */
  readonly parent: Map<number, { node: number; option: number } | null>;
}

function bfs(result: ExploreResult): Graph {
  const root = result.start.to;
  const parent = new Map<number, { node: number; option: number } | null>([[root, null]]);
  const queue = [root];
  for (let i = 0; i < queue.length; i++) {
    const id = queue[i]!;
    result.nodes[id]!.edges.forEach((e, option) => {
      if (e && !parent.has(e.to)) {
        parent.set(e.to, { node: id, option });
        queue.push(e.to);
      }
    });
  }
  return { nodes: result.nodes, root, parent };
}

function pathTo(g: Graph, id: number): PathStep[] {
  const steps: PathStep[] = [];
  let at = g.parent.get(id);
  while (at) {
    steps.push(stepOf(g.nodes[at.node]!, at.option));
    at = g.parent.get(at.node);
  }
  return steps.reverse();
}

function figures(g: Graph, start: Edge, hops: readonly { node: number; option: number }[], end: GraphNode): PathFigures {
  let words = start.words;
  let decisions = 0;
  let choices = 0;
  let secs = 0;
  for (const h of hops) {
    const n = g.nodes[h.node]!;
    words += n.options.reduce((sum, o) => sum + o.words, 0) + (n.edges[h.option]?.words ?? 0);
    secs += n.decision ? SECONDS_PER_DECISION : SECONDS_PER_CHOICE;
    if (n.decision) decisions++;
    else choices++;
  }
  secs += seconds(words);
  return {
    steps: hops.map((h) => stepOf(g.nodes[h.node]!, h.option)),
    ending: end.ending,
    words,
    decisions,
    choices,
    minutes: Math.round((secs / 60) * 10) / 10,
  };
}

/** Shortest playing time from the start to any ending (Dijkstra over the explored graph). */
function shortestPath(g: Graph, start: Edge): PathFigures | null {
  const n = g.nodes.length;
  const dist = new Float64Array(n).fill(Infinity);
  const prev = new Map<number, { node: number; option: number }>();
  const done = new Uint8Array(n);
  dist[g.root] = seconds(start.words);
  const heap: [number, number][] = [[dist[g.root]!, g.root]];
  const push = (item: [number, number]): void => {
    heap.push(item);
    let i = heap.length - 1;
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (heap[p]![0] <= heap[i]![0]) break;
      [heap[p], heap[i]] = [heap[i]!, heap[p]!];
      i = p;
    }
  };
  const pop = (): [number, number] => {
    const top = heap[0]!;
    const last = heap.pop()!;
    if (heap.length > 0) {
      heap[0] = last;
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        const r = l + 1;
        let m = i;
        if (l < heap.length && heap[l]![0] < heap[m]![0]) m = l;
        if (r < heap.length && heap[r]![0] < heap[m]![0]) m = r;
        if (m === i) break;
        [heap[m], heap[i]] = [heap[i]!, heap[m]!];
        i = m;
      }
    }
    return top;
  };
  let best: number | null = null;
  while (heap.length > 0) {
    const [d, id] = pop();
    if (done[id]) continue;
    done[id] = 1;
    const node = g.nodes[id]!;
    if (node.kind === 'ending') {
      best = id;
      break;
    }
    const cost = nodeSeconds(node);
    node.edges.forEach((e, option) => {
      if (!e) return;
      const nd = d + cost + seconds(e.words);
      if (nd < dist[e.to]!) {
        dist[e.to] = nd;
        prev.set(e.to, { node: id, option });
        push([nd, e.to]);
      }
    });
  }
  if (best === null) return null;
  const hops: { node: number; option: number }[] = [];
  for (let at = prev.get(best); at; at = prev.get(at.node)) hops.push(at);
  return figures(g, start, hops.reverse(), g.nodes[best]!);
}

/**
 * Longest playing time from the start to an ending without going round a loop: a depth-first search
 * drops the edges that lead back into the current path, and the rest is a DAG.
 */
function longestPath(g: Graph, start: Edge): PathFigures | null {
  const n = g.nodes.length;
  const best = new Float64Array(n).fill(-Infinity);
  const next = new Int32Array(n).fill(-1);
  const state = new Uint8Array(n); // 0 new, 1 on stack, 2 done
  const stack: { id: number; i: number }[] = [{ id: g.root, i: 0 }];
  state[g.root] = 1;
  while (stack.length > 0) {
    const top = stack[stack.length - 1]!;
    const node = g.nodes[top.id]!;
    if (top.i < node.edges.length) {
      const e = node.edges[top.i++];
      if (e && state[e.to] === 0) {
        state[e.to] = 1;
        stack.push({ id: e.to, i: 0 });
      }
      continue;
    }
    stack.pop();
    state[top.id] = 2;
    if (node.kind === 'ending') {
      best[top.id] = 0;
      continue;
    }
    const cost = nodeSeconds(node);
    node.edges.forEach((e, option) => {
      if (!e || state[e.to] !== 2 || best[e.to] === -Infinity) return;
      const v = cost + seconds(e.words) + best[e.to]!;
      if (v > best[top.id]!) {
        best[top.id] = v;
        next[top.id] = option;
      }
    });
  }
  if (best[g.root] === -Infinity) return null;
  const hops: { node: number; option: number }[] = [];
  let at = g.root;
  const guard = new Set<number>();
  while (g.nodes[at]!.kind === 'choice' && next[at]! >= 0 && !guard.has(at)) {
    guard.add(at);
    hops.push({ node: at, option: next[at]! });
    at = g.nodes[at]!.edges[next[at]!]!.to;
  }
  return figures(g, start, hops, g.nodes[at]!);
}

/** Choice points from which no end can be reached (nor any state left unexplored): loops with no way out. */
function trappedNodes(result: ExploreResult): Set<number> {
  const incoming = new Map<number, number[]>();
  const exits: number[] = [];
  for (const node of result.nodes) {
    if (node.kind !== 'choice' || node.edges.some((e) => e === null)) exits.push(node.id);
    for (const e of node.edges) {
      if (!e) continue;
      let list = incoming.get(e.to);
      if (!list) incoming.set(e.to, (list = []));
      list.push(node.id);
    }
  }
  const canExit = new Set(exits);
  const queue = [...exits];
  while (queue.length > 0) {
    const id = queue.pop()!;
    for (const from of incoming.get(id) ?? []) {
      if (!canExit.has(from)) {
        canExit.add(from);
        queue.push(from);
      }
    }
  }
  return new Set(result.nodes.filter((n) => !canExit.has(n.id)).map((n) => n.id));
}

function cycleFrom(g: Graph, entry: number, trapped: Set<number>): PathStep[] {
  const steps: PathStep[] = [];
  const seen = new Map<number, number>();
  let at = entry;
  while (!seen.has(at) && steps.length < 30) {
    seen.set(at, steps.length);
    const node = g.nodes[at]!;
    const option = node.edges.findIndex((e) => e !== null && trapped.has(e.to));
    if (option < 0) break;
    steps.push(stepOf(node, option));
    at = node.edges[option]!.to;
  }
  return steps.slice(seen.get(at) ?? 0);
}

export interface AnalyseInput {
  readonly result: ExploreResult;
  readonly source: ScenarioSource;
  readonly frameworks: readonly Framework[];
}

export function analyse({ result, source, frameworks }: AnalyseInput): ScenarioFindings {
  const problems: QaProblem[] = [];
  const file = source.file;
  const g = bfs(result);
  const reachable = (id: number): boolean => g.parent.has(id);
  const placeLine = (place: string | null): { file: string; line: number | null } => {
    if (!place) return { file, line: null };
    const exact = source.places.find((p) => p.path === place) ?? source.places.find((p) => p.path === place.split('.')[0]);
    return exact ? { file: exact.file, line: exact.line } : { file, line: null };
  };
  const sampled = !result.complete;

  // --- endings ---
  const reachedEndings = new Map<string, number>();
  for (const node of result.nodes) {
    if (node.kind === 'ending' && node.ending && reachable(node.id) && !reachedEndings.has(node.ending.id)) reachedEndings.set(node.ending.id, node.id);
  }
  const endingIds = new Map<string, (typeof source.endings)[number]>();
  for (const e of source.endings) if (!endingIds.has(e.id)) endingIds.set(e.id, e);
  const endings: EndingFinding[] = [...endingIds.values()].map((e) => {
    const at = reachedEndings.get(e.id);
    return { id: e.id, title: e.title, file: e.file, line: e.line, reached: at !== undefined, example: at !== undefined ? pathTo(g, at) : null };
  });
  for (const e of endings) {
    if (!e.reached) {
      problems.push({
        file: e.file,
        line: e.line,
        severity: 'error',
        message: `ending '${e.id}' is never reached${sampled ? ' in any playthrough tried' : ' on any path'}: check the conditions and diverts that lead to this line, or remove the ending.`,
      });
    }
  }

  // --- endings met in the middle of a path, or twice ---
  const endingLine = (id: string): { file: string; line: number | null } => {
    const e = endingIds.get(id);
    return e ? { file: e.file, line: e.line } : { file, line: null };
  };
  const reported = new Set<string>();
  for (const node of result.nodes) {
    if (node.kind === 'choice' && node.ending && reachable(node.id) && !reported.has(`c|${node.ending.id}`)) {
      reported.add(`c|${node.ending.id}`);
      problems.push({
        ...endingLine(node.ending.id),
        severity: 'warning',
        message: `the path passes '# ending: ${node.ending.id}' and then offers more choices (path: ${describePath(pathTo(g, node.id), 12)}): put '# ending:' on the last line before -> END.`,
      });
    }
    node.edges.forEach((e, option) => {
      if (!e) return;
      const before = node.ending ? [node.ending, ...e.endingTags] : e.endingTags;
      for (const second of before.slice(1)) {
        const key = `2|${before[0]!.id}|${second.id}`;
        if (reported.has(key)) continue;
        reported.add(key);
        problems.push({
          ...endingLine(second.id),
          severity: 'warning',
          message: `a path meets '# ending: ${before[0]!.id}' and then '# ending: ${second.id}' (path: ${describePath([...pathTo(g, node.id), stepOf(node, option)], 12)}); the first one names the ending. Each path must reach exactly one '# ending:'.`,
        });
      }
    });
  }

  // --- decisions and options ---
  const offered = new Map<string, Map<string, { standards: readonly { code: string; weight: number }[] }>>();
  for (const node of result.nodes) {
    if (node.kind !== 'choice' || !node.decision || !reachable(node.id)) continue;
    let m = offered.get(node.decision.id);
    if (!m) offered.set(node.decision.id, (m = new Map()));
    for (const o of node.options) if (!m.has(o.id)) m.set(o.id, { standards: o.standards });
  }
  const decisions: DecisionFinding[] = source.decisions.map((d) => {
    const seen = offered.get(d.id);
    return {
      id: d.id,
      prompt: d.prompt,
      key: d.key,
      file: d.file,
      line: d.line,
      offered: seen !== undefined,
      options: d.options.map((o) => ({ id: o.id, text: o.text, line: o.line, offered: seen?.has(o.id) ?? false, standards: seen?.get(o.id)?.standards ?? [] })),
    };
  });
  for (const d of decisions) {
    if (!d.offered) {
      problems.push({
        file: d.file,
        line: d.line,
        severity: 'error',
        message: `decision '${d.id}' is never offered${sampled ? ' in any playthrough tried' : ' on any path'}: nothing leads to it, or the conditions before it are never true.`,
      });
      continue;
    }
    for (const o of d.options) {
      if (!o.offered) {
        problems.push({
          file: d.file,
          line: o.line,
          severity: 'error',
          message: `option '${o.id}' of decision '${d.id}' is never offered${sampled ? ' in any playthrough tried' : ' on any path'}: check its condition ({...} before the text) or whether it is a once-only (*) choice already used.`,
        });
      }
    }
  }

  // --- knots and stitches ---
  const visited = new Set<string>(result.start.places);
  for (const node of result.nodes) for (const e of node.edges) if (e) for (const p of e.places) visited.add(p);
  for (const p of [...visited]) if (p.includes('.')) visited.add(p.split('.')[0]!);
  const places: PlaceFinding[] = source.places.map((p) => ({ ...p, visited: visited.has(p.path) }));
  for (const p of places) {
    if (!p.visited) {
      problems.push({
        file: p.file,
        line: p.line,
        severity: 'warning',
        message: `${p.kind} '${p.path}' is never visited${sampled ? ' in any playthrough tried' : ' on any path'}: nothing diverts to it (or only under conditions that are never true). Remove it or divert to it.`,
      });
    }
  }

  // --- dead ends, runtime errors, loops ---
  const paths: PathFinding[] = [];
  for (const node of result.nodes) {
    if (!reachable(node.id)) continue;
    if (node.kind === 'dead-end') {
      const where = placeLine(node.place);
      const path = pathTo(g, node.id);
      const message = `a path stops${node.place ? ` in '${node.place}'` : ''} without an '# ending:' (no choices left and nothing more to read); path: ${describePath(path)}. Add '# ending: id, Title' on its last line before -> END, or divert it on.`;
      paths.push({ kind: 'dead-end', ...where, place: node.place, summary: 'The path stops without an ending.', message, path, cycle: [] });
      problems.push({ ...where, severity: 'error', message });
    }
    if (node.kind === 'error') {
      const where = placeLine(node.place);
      const path = pathTo(g, node.id);
      const message = `ink runtime error${node.place ? ` in '${node.place}'` : ''}: ${node.error ?? 'unknown'} Path: ${describePath(path)}.`;
      paths.push({ kind: 'error', ...where, place: node.place, summary: `Runtime error: ${node.error ?? 'unknown'}`, message, path, cycle: [] });
      problems.push({ ...where, severity: 'error', message });
    }
  }
  const trapped = trappedNodes(result);
  const loopPlaces = new Set<string>();
  for (const id of trapped) {
    if (!reachable(id)) continue;
    const from = g.parent.get(id);
    if (from && trapped.has(from.node)) continue; // not where the trap is entered
    const node = g.nodes[id]!;
    const key = node.place ?? `#${id}`;
    if (loopPlaces.has(key)) continue;
    loopPlaces.add(key);
    const where = placeLine(node.place);
    const path = pathTo(g, id);
    const cycle = cycleFrom(g, id, trapped);
    const message = `a loop with no way out${node.place ? ` in '${node.place}'` : ''}: from here no choice ever leads to an ending (it goes round: ${describePath(cycle, 10)}); path in: ${describePath(path)}. Give the loop an exit that is always offered.`;
    paths.push({ kind: 'loop', ...where, place: node.place, summary: 'From here no choice leads to an ending.', message, path, cycle });
    problems.push({ ...where, severity: 'error', message });
  }
  for (const run of result.longRuns) {
    const last = run.steps[run.steps.length - 1];
    const node = last ? g.nodes[last.node]! : null;
    const key = `long|${node?.place ?? ''}`;
    if (loopPlaces.has(key) || loopPlaces.has(node?.place ?? '') || loopPlaces.size > 5) continue;
    loopPlaces.add(key);
    const where = placeLine(node?.place ?? null);
    const path = run.steps.map((s) => stepOf(g.nodes[s.node]!, s.option));
    const message = `a random playthrough made ${run.steps.length} choices without reaching an end${node?.place ? ` (last in '${node.place}')` : ''}: probably a loop with no way out. Its choices: ${describePath(path, 16)}.`;
    paths.push({ kind: 'loop', ...where, place: node?.place ?? null, summary: `A random playthrough made ${run.steps.length} choices without reaching an end.`, message, path, cycle: [] });
    problems.push({ ...where, severity: 'error', message });
  }
  for (const w of result.warnings) problems.push({ file, line: null, severity: 'warning', message: `ink runtime warning: ${w}` });

  // --- playing time ---
  const shortest = shortestPath(g, result.start);
  const longest = longestPath(g, result.start);
  const minutesHeader = source.minutes?.value ?? null;
  if (shortest && longest && minutesHeader !== null && source.minutes) {
    const low = Math.floor(shortest.minutes);
    const high = Math.ceil(longest.minutes);
    if (minutesHeader < low || minutesHeader > high) {
      problems.push({
        file: source.minutes.file,
        line: source.minutes.line,
        severity: 'warning',
        message: `'# minutes: ${minutesHeader}' is outside the playing time of its paths, ${shortest.minutes}-${longest.minutes} minutes (${WORDS_PER_MINUTE} words a minute, plus ${SECONDS_PER_DECISION} s a decision and ${SECONDS_PER_CHOICE} s a plain choice): set it within that range.`,
      });
    }
  }

  // --- coverage ---
  const items = new Map<string, { title: string; framework: string; order: number }>();
  let order = 0;
  for (const f of frameworks) for (const item of f.items) items.set(item.code, { title: item.title, framework: f.id, order: order++ });
  const rows = new Map<string, { up: CoverageRow['up'][number][]; down: CoverageRow['down'][number][] }>();
  for (const d of decisions) {
    for (const o of d.options) {
      if (!o.offered) continue;
      for (const s of o.standards) {
        let row = rows.get(s.code);
        if (!row) rows.set(s.code, (row = { up: [], down: [] }));
        (s.weight >= 0 ? row.up : row.down).push({ decision: d.id, option: o.id, weight: s.weight });
      }
    }
  }
  const coverage: CoverageRow[] = [...rows.entries()]
    .map(([code, r]) => ({ code, title: items.get(code)?.title ?? '', framework: items.get(code)?.framework ?? '', up: r.up, down: r.down }))
    .sort((a, b) => (items.get(a.code)?.order ?? 1e9) - (items.get(b.code)?.order ?? 1e9) || a.code.localeCompare(b.code));

  // --- feedback repeated word for word ---
  const byText = new Map<string, DuplicateFeedback['options'][number][]>();
  const originals = new Map<string, string>();
  for (const d of source.decisions) {
    for (const o of d.options) {
      if (!o.feedback) continue;
      const key = normalise(o.feedback);
      if (!key) continue;
      let list = byText.get(key);
      if (!list) {
        byText.set(key, (list = []));
        originals.set(key, o.feedback);
      }
      list.push({ decision: d.id, option: o.id, file: o.file, line: o.line });
    }
  }
  const duplicates: DuplicateFeedback[] = [];
  for (const [key, list] of byText) {
    if (list.length < 2) continue;
    duplicates.push({ text: originals.get(key) ?? key, options: list });
    const firstOne = list[0]!;
    for (const o of list.slice(1)) {
      problems.push({
        file: o.file,
        line: o.line,
        severity: 'warning',
        message: `the feedback of option '${o.option}' (decision '${o.decision}') repeats word for word the feedback of option '${firstOne.option}' (decision '${firstOne.decision}', line ${firstOne.line}): write feedback about this choice.`,
      });
    }
  }

  const transitions = result.nodes.reduce((sum, n) => sum + n.edges.filter(Boolean).length, 0);
  return {
    exploration: {
      mode: result.mode,
      complete: result.complete,
      states: result.nodes.length,
      exhaustiveStates: result.exhaustiveStates,
      transitions,
      randomRuns: result.randomRuns,
      timedOut: result.timedOut,
      seconds: Math.round(result.elapsedMs / 100) / 10,
      usesRandom: result.usesRandom,
    },
    endings,
    decisions,
    places,
    paths,
    runtimeWarnings: result.warnings,
    shortest,
    longest,
    minutesHeader,
    coverage,
    duplicates,
    map: buildMap(result, g, source, problems, visited),
    problems: problems.sort((a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0) || a.message.localeCompare(b.message)),
  };
}

/** Knots, decisions and endings as a graph, from the order in which each explored path entered them. */
function buildMap(result: ExploreResult, g: Graph, source: ScenarioSource, problems: readonly QaProblem[], visited: ReadonlySet<string>): StoryMap {
  const tunnels = new Set(result.tunnels);
  const inTunnel = (place: string): boolean => tunnels.has(place.split('.')[0]!);
  const nodes = new Map<string, MapNode>();
  const problemLines = new Set(problems.filter((p) => p.severity === 'error' && p.line !== null).map((p) => `${p.file}:${p.line}`));
  const placeLineOf = (place: string): number | null => source.places.find((p) => p.path === place)?.line ?? null;
  const addNode = (n: MapNode): string => {
    if (!nodes.has(n.id)) nodes.set(n.id, n);
    return n.id;
  };
  const knotId = (place: string): string => addNode({ id: `k:${place}`, kind: 'knot', label: place, line: placeLineOf(place), problem: false });
  const anchor = (n: GraphNode): string | null => {
    if (n.kind === 'choice') {
      if (!n.decision) return null;
      const d = source.decisions.find((x) => x.id === n.decision!.id);
      const bad = d ? problemLines.has(`${d.file}:${d.line}`) || d.options.some((o) => problemLines.has(`${o.file}:${o.line}`)) : false;
      return addNode({ id: `d:${n.decision.id}`, kind: 'decision', label: n.decision.id, line: d?.line ?? null, problem: bad });
    }
    if (n.kind === 'ending' && n.ending) {
      const e = source.endings.find((x) => x.id === n.ending!.id);
      return addNode({ id: `e:${n.ending.id}`, kind: 'ending', label: n.ending.id, line: e?.line ?? null, problem: false });
    }
    const label = n.kind === 'dead-end' ? `dead end${n.place ? ` (${n.place})` : ''}` : `runtime error${n.place ? ` (${n.place})` : ''}`;
    return addNode({ id: `x:${n.kind}:${n.place ?? ''}`, kind: n.kind === 'dead-end' ? 'dead-end' : 'error', label, line: null, problem: true });
  };
  const edges = new Map<string, { from: string; to: string; via: Set<string> }>();
  const link = (from: string, to: string, via: string | null): void => {
    if (from === to) return;
    const key = `${from}\u0000${to}`;
    let e = edges.get(key);
    if (!e) edges.set(key, (e = { from, to, via: new Set() }));
    if (via) e.via.add(via);
  };
  const walk = (from: string, via: string | null, places: readonly string[], end: GraphNode): void => {
    const seq: string[] = [];
    for (const p of places) {
      if (inTunnel(p)) continue;
      const id = knotId(p);
      if (seq[seq.length - 1] !== id) seq.push(id);
    }
    const last = anchor(end);
    if (last === null && end.place && seq.length === 0 && !inTunnel(end.place)) seq.push(knotId(end.place));
    if (last !== null) seq.push(last);
    let prev = from;
    let label = via;
    for (const id of seq) {
      link(prev, id, label);
      prev = id;
      label = null;
    }
  };
  addNode({ id: 'start', kind: 'start', label: 'story begins', line: null, problem: false });
  walk('start', null, result.start.places, g.nodes[g.root]!);
  for (const node of result.nodes) {
    if (node.kind !== 'choice' || !g.parent.has(node.id)) continue;
    const from = anchor(node) ?? (node.place ? knotId(node.place) : 'start');
    node.edges.forEach((e, option) => {
      if (!e) return;
      const o = node.options[option]!;
      walk(from, node.decision ? o.id : `“${o.text.length > 30 ? `${o.text.slice(0, 29)}…` : o.text}”`, e.places, g.nodes[e.to]!);
    });
  }
  for (const p of source.places) {
    if (!nodes.has(`k:${p.path}`) && !visited.has(p.path) && !inTunnel(p.path)) nodes.set(`k:${p.path}`, { id: `k:${p.path}`, kind: 'knot', label: p.path, line: p.line, problem: true });
  }
  for (const e of source.endings) {
    if (!nodes.has(`e:${e.id}`)) nodes.set(`e:${e.id}`, { id: `e:${e.id}`, kind: 'ending', label: e.id, line: e.line, problem: true });
  }
  for (const d of source.decisions) {
    if (!nodes.has(`d:${d.id}`)) nodes.set(`d:${d.id}`, { id: `d:${d.id}`, kind: 'decision', label: d.id, line: d.line, problem: true });
  }
  return {
    nodes: [...nodes.values()],
    edges: [...edges.values()].map((e) => ({ from: e.from, to: e.to, via: [...e.via].sort() })),
    tunnels: [...tunnels].map((t) => ({ path: t, line: placeLineOf(t) })),
  };
}
