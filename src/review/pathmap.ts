/**
 * The path map: decisions → options chosen → next decisions (or the ending), as a Sankey layout
 * (d3-sankey) that the page draws as SVG, plus the same flows as table rows. Pure: layout only,
 * no DOM, so it runs in the worker.
 *
 * d3-sankey needs an acyclic graph. Decisions are ranked in story order; a flow that goes back to
 * an earlier (or the same) decision is left out of the drawing, counted in `loops`, and still
 * listed in the table.
 */
import { sankey, sankeyLinkHorizontal, type SankeyLink, type SankeyNode } from 'd3-sankey';
import type { PathFlow, PathLink, PathMap, PathNode } from './types.ts';

/** One decision that stands in an attempt (a decision entry of the log will do). */
export interface PathStep {
  readonly decisionId: string;
  readonly prompt: string;
  readonly chosen: string;
  readonly offered: readonly { readonly id: string; readonly text: string }[];
}

const optionText = (s: PathStep): string => s.offered.find((o) => o.id === s.chosen)?.text ?? s.chosen;

export interface PathInput {
  readonly steps: readonly PathStep[];
  readonly ending: { readonly id: string; readonly title: string } | null;
}

export const STOP_LABEL = 'Left before an ending';
const COLUMN = 230;
const NODE_WIDTH = 14;
/** Room above for decision labels and on the right for ending labels. */
const MARGIN = { top: 30, right: 250, bottom: 12, left: 16 };

export function shorten(text: string, max = 30): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= max ? flat : `${flat.slice(0, max - 1).trimEnd()}…`;
}

interface N {
  id: string;
  kind: PathNode['kind'];
  label: string;
  title: string;
}
interface L {
  source: string;
  target: string;
  value: number;
}

const round = (n: number | undefined): number => Math.round((n ?? 0) * 10) / 10;

interface Tally {
  count: number;
  step: PathStep;
  next: PathStep | null;
  ending: PathInput['ending'];
}

export function buildPathMap(paths: readonly PathInput[], decisionOrder: readonly string[]): PathMap | null {
  // Count (decision, option, what came next) once per step, with no string building per step.
  const tallies = new Map<string, Map<string, Map<string, Tally>>>();
  for (const path of paths) {
    const steps = path.steps;
    for (let i = 0; i < steps.length; i++) {
      const s = steps[i]!;
      const next = steps[i + 1] ?? null;
      const nextKey = next ? next.decisionId : path.ending ? `\u0000e:${path.ending.id}` : '\u0000x';
      let byOption = tallies.get(s.decisionId);
      if (!byOption) tallies.set(s.decisionId, (byOption = new Map()));
      let byNext = byOption.get(s.chosen);
      if (!byNext) byOption.set(s.chosen, (byNext = new Map()));
      const t = byNext.get(nextKey);
      if (t) t.count++;
      else byNext.set(nextKey, { count: 1, step: s, next, ending: next ? null : path.ending });
    }
  }
  if (tallies.size === 0) return null;

  const rank = new Map<string, number>(decisionOrder.map((id, i) => [`d:${id}`, 2 * i]));
  const nodes = new Map<string, N>();
  const counts = new Map<string, number>();
  const flows: PathFlow[] = [];
  const add = (source: string, target: string, value: number): void => {
    const key = `${source}\u0000${target}`;
    counts.set(key, (counts.get(key) ?? 0) + value);
  };
  const decisionNode = (s: PathStep): string => {
    const id = `d:${s.decisionId}`;
    if (!nodes.has(id)) nodes.set(id, { id, kind: 'decision', label: shorten(s.prompt, 62), title: s.prompt });
    if (!rank.has(id)) rank.set(id, 2 * rank.size + 1000);
    return id;
  };
  for (const byOption of tallies.values()) {
    for (const byNext of byOption.values()) {
      for (const { count, step: s, next, ending } of byNext.values()) {
        const d = decisionNode(s);
        const o = `o:${s.decisionId}/${s.chosen}`;
        const text = optionText(s);
        if (!nodes.has(o)) nodes.set(o, { id: o, kind: 'option', label: shorten(text), title: text });
        add(d, o, count);
        let target: string;
        let nextLabel: string;
        if (next) {
          target = decisionNode(next);
          nextLabel = next.prompt;
        } else if (ending) {
          target = `e:${ending.id}`;
          nextLabel = `Ending: ${ending.title}`;
          if (!nodes.has(target)) nodes.set(target, { id: target, kind: 'ending', label: shorten(ending.title, 36), title: ending.title });
        } else {
          // Left here: its own node right after the option, so the band stops where the attempt did.
          target = `x:${s.decisionId}`;
          nextLabel = STOP_LABEL;
          if (!nodes.has(target)) nodes.set(target, { id: target, kind: 'stop', label: 'Left here', title: `${STOP_LABEL} (after: ${s.prompt})` });
        }
        add(o, target, count);
        flows.push({ decision: s.decisionId, decisionPrompt: s.prompt, option: s.chosen, optionText: text, next: target, nextLabel, count });
      }
    }
  }

  const order = (id: string): number => {
    if (id.startsWith('d:')) return rank.get(id)!;
    if (id.startsWith('o:')) return rank.get(`d:${id.slice(2, id.indexOf('/'))}`)! + 1;
    if (id.startsWith('x:')) return rank.get(`d:${id.slice(2)}`)! + 1.5;
    return Number.MAX_SAFE_INTEGER;
  };
  let loops = 0;
  const links: L[] = [];
  for (const [key, value] of counts) {
    const [source, target] = key.split('\u0000') as [string, string];
    if (order(target) <= order(source)) {
      loops += value;
      continue;
    }
    links.push({ source, target, value });
  }
  // Only nodes that take part in a drawn link.
  const used = new Set(links.flatMap((l) => [l.source, l.target]));
  const nodeList = [...nodes.values()].filter((n) => used.has(n.id)).sort((a, b) => order(a.id) - order(b.id));

  // Columns: the longest path from a start; endings all in the last column; "left here" right
  // after the option where the attempt stopped. Nodes are already in topological order.
  const depth = new Map<string, number>(nodeList.map((n) => [n.id, 0]));
  const hasOut = new Set(links.map((l) => l.source));
  const outgoing = new Map<string, L[]>();
  for (const l of links) outgoing.set(l.source, [...(outgoing.get(l.source) ?? []), l]);
  for (const n of nodeList) {
    const d = depth.get(n.id)!;
    for (const l of outgoing.get(n.id) ?? []) depth.set(l.target, Math.max(depth.get(l.target)!, d + 1));
  }
  const maxDepth = Math.max(0, ...depth.values());
  const column = (n: { id: string; kind: PathNode['kind'] }): number => (n.kind === 'ending' || (!hasOut.has(n.id) && n.kind !== 'stop') ? maxDepth : depth.get(n.id)!);
  const perColumn = new Map<number, number>();
  for (const n of nodeList) perColumn.set(column(n), (perColumn.get(column(n)) ?? 0) + 1);
  const busiest = Math.max(1, ...perColumn.values());
  const width = MARGIN.left + MARGIN.right + maxDepth * COLUMN + NODE_WIDTH;
  const height = Math.max(320, MARGIN.top + MARGIN.bottom + busiest * 46);
  const layout = (w: number, h: number) =>
    sankey<N, L>()
      .nodeId((n) => n.id)
      .nodeAlign((n) => column(n as N))
      .nodeWidth(NODE_WIDTH)
      .nodePadding(14)
      .nodeSort(null)
      .iterations(4)
      .extent([
        [MARGIN.left, MARGIN.top],
        [w - MARGIN.right, h - MARGIN.bottom],
      ])({ nodes: nodeList.map((n) => ({ ...n })), links: links.map((l) => ({ ...l })) });
  const graph = layout(width, height);
  const path = sankeyLinkHorizontal<N, L>();

  const outNodes: PathNode[] = graph.nodes.map((n: SankeyNode<N, L>) => ({
    id: n.id,
    kind: n.kind,
    label: n.label,
    title: n.title,
    value: n.value ?? 0,
    x0: round(n.x0),
    x1: round(n.x1),
    y0: round(n.y0),
    y1: round(n.y1),
  }));
  const outLinks: PathLink[] = graph.links.map((l: SankeyLink<N, L>) => ({
    source: (l.source as SankeyNode<N, L>).id,
    target: (l.target as SankeyNode<N, L>).id,
    value: l.value,
    width: round(Math.max(1, l.width ?? 1)),
    d: path(l) ?? '',
  }));
  const decisionRank = (id: string): number => rank.get(`d:${id}`) ?? 0;
  const flowRows = flows.sort((a, b) => decisionRank(a.decision) - decisionRank(b.decision) || (a.option < b.option ? -1 : a.option > b.option ? 1 : 0) || b.count - a.count);
  return { width, height, nodes: outNodes, links: outLinks, flows: flowRows, loops };
}
