/**
 * The QA report as self-contained HTML (no scripts, no external fonts or styles): one page per
 * scenario with a map of the story (an SVG laid out here, with the same links as a table) and the
 * findings as tables, plus an index page.
 */
import {
  describePath,
  formatProblem,
  SECONDS_PER_CHOICE,
  SECONDS_PER_DECISION,
  WORDS_PER_MINUTE,
  type MapEdge,
  type MapNode,
  type PathFigures,
  type PathStep,
  type QaProblem,
  type ScenarioFindings,
} from './analyse.ts';
import type { QaRun, ScenarioQa } from './index.ts';

export function esc(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

const STYLE = `
:root { color-scheme: light; --ink: #1b1f24; --muted: #555d66; --line: #c9ced4; --bad: #b3261e; --bad-bg: #fdecea; --warn: #7a4b00; --warn-bg: #fff4d6; --ok: #1e6b34; --ok-bg: #e6f4ea; --dec: #fff1c7; --dec-line: #8a6100; }
* { box-sizing: border-box; }
body { margin: 0; font: 16px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif; color: var(--ink); background: #fff; }
main { max-width: 1320px; margin: 0 auto; padding: 24px 28px 64px; }
h1 { font-size: 1.9rem; margin: 0.2em 0 0.1em; }
h2 { font-size: 1.35rem; margin: 2em 0 0.5em; padding-bottom: 0.2em; border-bottom: 2px solid var(--ink); }
h3 { font-size: 1.1rem; margin: 1.4em 0 0.4em; }
p { margin: 0.4em 0 0.8em; }
a { color: #0b57d0; }
td > code:first-child { white-space: nowrap; }
code, .mono { font-family: ui-monospace, "SFMono-Regular", Menlo, Consolas, monospace; font-size: 0.92em; }
.meta { color: var(--muted); }
.cards { display: flex; flex-wrap: wrap; gap: 12px; margin: 16px 0; padding: 0; list-style: none; }
.cards li { border: 1px solid var(--line); border-radius: 8px; padding: 10px 14px; min-width: 150px; }
.cards strong { display: block; font-size: 1.5rem; line-height: 1.2; }
.cards .bad { border-color: var(--bad); background: var(--bad-bg); }
.cards .warn { border-color: #d9a400; background: var(--warn-bg); }
.cards .ok { border-color: #5aa469; background: var(--ok-bg); }
table { border-collapse: collapse; width: 100%; margin: 8px 0 16px; font-size: 0.95rem; }
th, td { text-align: left; vertical-align: top; padding: 6px 8px; border-bottom: 1px solid var(--line); }
th { background: #f3f4f6; font-weight: 600; }
td.num, th.num { text-align: right; white-space: nowrap; }
.yes { color: var(--ok); font-weight: 600; }
.no { color: var(--bad); font-weight: 600; }
ul.problems { list-style: none; padding: 0; }
ul.problems li { padding: 8px 10px; margin: 6px 0; border-left: 5px solid; border-radius: 4px; }
ul.problems li.error { border-color: var(--bad); background: var(--bad-bg); }
ul.problems li.warning { border-color: #d9a400; background: var(--warn-bg); }
.tag { display: inline-block; font-size: 0.8rem; font-weight: 700; padding: 0 6px; border-radius: 4px; margin-right: 6px; text-transform: uppercase; }
.tag.error { background: var(--bad); color: #fff; }
.tag.warning { background: #f0c000; color: #1b1f24; }
.path { font-family: ui-monospace, Menlo, Consolas, monospace; font-size: 0.85rem; color: #333; }
.map { overflow-x: auto; border: 1px solid var(--line); border-radius: 8px; background: #fbfbfc; }
.map svg { display: block; }
.legend { display: flex; flex-wrap: wrap; gap: 16px; padding: 0; list-style: none; font-size: 0.95rem; }
.legend span.sw { display: inline-block; width: 22px; height: 14px; border: 2px solid; border-radius: 4px; vertical-align: -2px; margin-right: 6px; }
details { margin: 8px 0 16px; }
summary { cursor: pointer; font-weight: 600; }
.ok-note { color: var(--ok); font-weight: 600; }
@media print { .map { overflow: visible; } }
`;

function page(title: string, body: string): string {
  return `<!doctype html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(title)}</title>
<style>${STYLE}</style>
</head>
<body>
<main>
${body}
</main>
</body>
</html>
`;
}

function where(p: { file: string; line: number | null }): string {
  return `${p.file}${p.line !== null ? `:${p.line}` : ''}`;
}

function problemList(problems: readonly QaProblem[]): string {
  if (problems.length === 0) return '<p class="ok-note">No problems found.</p>';
  return `<ul class="problems">${problems
    .map((p) => `<li class="${p.severity}"><span class="tag ${p.severity}">${p.severity}</span><code>${esc(where(p))}</code> ${esc(p.message)}</li>`)
    .join('')}</ul>`;
}

function pathText(steps: readonly PathStep[] | null): string {
  if (!steps) return '';
  return `<span class="path">${esc(describePath(steps))}</span>`;
}

function yesNo(ok: boolean, yes = 'yes', no = 'no'): string {
  return ok ? `<span class="yes">${yes}</span>` : `<span class="no">${no}</span>`;
}

// --- the map ---

interface Placed {
  readonly node: MapNode;
  readonly row: number;
  x: number;
  readonly y: number;
  readonly w: number;
  readonly label: string;
}

const ROW_HEIGHT = 78;
const NODE_HEIGHT = 34;
const GAP = 22;
const MARGIN = 40;
const CHAR = 7.4;
/** Wider layers wrap (the page is about this wide). */
const MAX_WIDTH = 1160;

/** Lays the map out in rows by first-visit depth (breadth-first from the start), ordering each row by its parents. */
export function layoutMap(nodes: readonly MapNode[], edges: readonly MapEdge[]): { placed: Map<string, Placed>; width: number; height: number } {
  const out = new Map<string, string[]>();
  const inc = new Map<string, string[]>();
  for (const e of edges) {
    if (!out.has(e.from)) out.set(e.from, []);
    out.get(e.from)!.push(e.to);
    if (!inc.has(e.to)) inc.set(e.to, []);
    inc.get(e.to)!.push(e.from);
  }
  // Layers: the longest way down from the start, once the links that go back up a path are set aside
  // (so every forward link points down the page).
  const state = new Map<string, 1 | 2>();
  const post: string[] = [];
  const back = new Set<string>();
  const stack: { id: string; i: number }[] = [{ id: 'start', i: 0 }];
  state.set('start', 1);
  while (stack.length > 0) {
    const top = stack[stack.length - 1]!;
    const next = (out.get(top.id) ?? [])[top.i++];
    if (next === undefined) {
      stack.pop();
      state.set(top.id, 2);
      post.push(top.id);
      continue;
    }
    const s = state.get(next);
    if (s === 1) back.add(`${top.id}\u0000${next}`);
    else if (s === undefined) {
      state.set(next, 1);
      stack.push({ id: next, i: 0 });
    }
  }
  const depth = new Map<string, number>([['start', 0]]);
  const order = post.reverse();
  for (const id of order) {
    for (const next of out.get(id) ?? []) {
      if (back.has(`${id}\u0000${next}`)) continue;
      depth.set(next, Math.max(depth.get(next) ?? 0, depth.get(id)! + 1));
    }
  }
  const maxDepth = Math.max(0, ...depth.values());
  const unreached = nodes.filter((n) => !depth.has(n.id));
  for (const n of unreached) depth.set(n.id, maxDepth + 1);
  const layers: string[][] = [];
  for (const id of [...order, ...unreached.map((n) => n.id)]) {
    const d = depth.get(id)!;
    (layers[d] ??= []).push(id);
  }
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const labelOf = (n: MapNode): string => {
    const text = n.kind === 'ending' ? `ending: ${n.label}` : n.label;
    return text.length > 30 ? `${text.slice(0, 29)}…` : text;
  };
  const widthOf = (n: MapNode): number => Math.max(70, Math.round(labelOf(n).length * CHAR + (n.kind === 'decision' ? 40 : 26)));
  // Order each layer to cut crossings: a few sweeps down and up, each node moving to the mean
  // position of its neighbours in the layers above (down) or below (up).
  const pos = new Map<string, number>();
  const number = (ids: string[]): void => ids.forEach((id, i) => pos.set(id, (i + 0.5) / ids.length));
  layers.forEach((ids) => ids && number(ids));
  for (let sweep = 0; sweep < 8; sweep++) {
    const down = sweep % 2 === 0;
    for (let k = 0; k < layers.length; k++) {
      const li = down ? k : layers.length - 1 - k;
      const ids = layers[li];
      if (!ids) continue;
      const scored = ids.map((id, i) => {
        const near = ((down ? inc : out).get(id) ?? [])
          .filter((n) => {
            const d = depth.get(n);
            return d !== undefined && (down ? d < li : d > li);
          })
          .map((n) => pos.get(n)!);
        return { id, i, at: near.length > 0 ? near.reduce((x, y) => x + y, 0) / near.length : pos.get(id)! };
      });
      scored.sort((a, b) => a.at - b.at || a.i - b.i);
      layers[li] = scored.map((x) => x.id);
      number(layers[li]);
    }
  }
  const placed = new Map<string, Placed>();
  let width = 0;
  let row = 0;
  for (const ids of layers) {
    if (!ids) continue;
    // A layer wider than the page wraps onto more rows.
    let x = MARGIN;
    for (const id of ids) {
      const node = byId.get(id);
      if (!node) continue;
      const w = widthOf(node);
      if (x > MARGIN && x + w > MAX_WIDTH - MARGIN) {
        width = Math.max(width, x - GAP + MARGIN);
        row++;
        x = MARGIN;
      }
      placed.set(id, { node, row, x, y: MARGIN + row * ROW_HEIGHT, w, label: labelOf(node) });
      x += w + GAP;
    }
    width = Math.max(width, x - GAP + MARGIN);
    row++;
  }
  // Centre every row on the widest one.
  const rowWidths = new Map<number, number>();
  for (const p of placed.values()) rowWidths.set(p.row, Math.max(rowWidths.get(p.row) ?? 0, p.x + p.w + MARGIN));
  for (const p of placed.values()) p.x += (width - (rowWidths.get(p.row) ?? width)) / 2;
  const height = MARGIN + row * ROW_HEIGHT;
  return { placed, width: Math.max(width + 100, 600), height };
}

const NODE_STYLE: Record<MapNode['kind'], { fill: string; stroke: string; text: string }> = {
  start: { fill: '#1b1f24', stroke: '#1b1f24', text: '#ffffff' },
  knot: { fill: '#ffffff', stroke: '#3c4650', text: '#1b1f24' },
  decision: { fill: '#fff1c7', stroke: '#8a6100', text: '#1b1f24' },
  ending: { fill: '#e6f4ea', stroke: '#1e6b34', text: '#123d20' },
  'dead-end': { fill: '#fdecea', stroke: '#b3261e', text: '#7a1a14' },
  error: { fill: '#fdecea', stroke: '#b3261e', text: '#7a1a14' },
};

export function mapSvg(nodes: readonly MapNode[], edges: readonly MapEdge[], title: string): string {
  const { placed, width, height } = layoutMap(nodes, edges);
  const parts: string[] = [];
  parts.push(
    `<svg xmlns="http://www.w3.org/2000/svg" width="${Math.round(width)}" height="${height}" viewBox="0 0 ${Math.round(width)} ${height}" role="img" aria-labelledby="map-title map-desc" font-family="system-ui, -apple-system, 'Segoe UI', Roboto, Arial, sans-serif" font-size="13">`,
    `<title id="map-title">${esc(title)}</title><desc id="map-desc">Knots, decisions and endings of the story, top to bottom in the order a player first meets them. The table after the map lists the same links.</desc>`,
    '<defs><marker id="arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" fill="#5b6570"/></marker>',
    '<marker id="arrow-back" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" fill="#9a6fb0"/></marker></defs>',
  );
  parts.push('<g fill="none" stroke-width="1.4">');
  for (const e of edges) {
    const a = placed.get(e.from);
    const b = placed.get(e.to);
    if (!a || !b) continue;
    const tip = e.via.length > 0 ? `${e.from} → ${e.to}: ${e.via.join(', ')}` : `${e.from} → ${e.to}`;
    if (b.row > a.row) {
      const x1 = a.x + a.w / 2;
      const y1 = a.y + NODE_HEIGHT;
      const x2 = b.x + b.w / 2;
      const y2 = b.y - 2;
      const bend = Math.min(60, (y2 - y1) / 2);
      parts.push(`<path d="M${x1.toFixed(1)},${y1} C${x1.toFixed(1)},${y1 + bend} ${x2.toFixed(1)},${y2 - bend} ${x2.toFixed(1)},${y2}" stroke="#5b6570" marker-end="url(#arrow)"><title>${esc(tip)}</title></path>`);
    } else {
      // Back to an earlier (or the same) row: loop round on the right.
      const x1 = a.x + a.w;
      const y1 = a.y + NODE_HEIGHT / 2;
      const x2 = b.x + b.w + 2;
      const y2 = b.y + NODE_HEIGHT / 2;
      const out = Math.max(x1, x2) + 40 + Math.min(80, Math.abs(a.row - b.row) * 8);
      parts.push(`<path d="M${x1.toFixed(1)},${y1} C${out.toFixed(1)},${y1} ${out.toFixed(1)},${y2} ${x2.toFixed(1)},${y2}" stroke="#9a6fb0" stroke-dasharray="5 4" marker-end="url(#arrow-back)"><title>${esc(tip)} (goes back)</title></path>`);
    }
  }
  parts.push('</g>');
  for (const p of placed.values()) {
    const n = p.node;
    const s = NODE_STYLE[n.kind];
    const stroke = n.problem ? '#b3261e' : s.stroke;
    const dash = n.problem ? ' stroke-dasharray="6 3"' : '';
    const rx = n.kind === 'ending' || n.kind === 'start' ? NODE_HEIGHT / 2 : n.kind === 'decision' ? 2 : 6;
    const tip = `${n.kind}: ${n.label}${n.line !== null ? ` (line ${n.line})` : ''}${n.problem ? ' (problem: see the list)' : ''}`;
    parts.push(`<g><title>${esc(tip)}</title>`);
    if (n.kind === 'decision') {
      const x = p.x;
      const y = p.y;
      const h = NODE_HEIGHT;
      const pts = `${x + 10},${y} ${x + p.w - 10},${y} ${x + p.w},${y + h / 2} ${x + p.w - 10},${y + h} ${x + 10},${y + h} ${x},${y + h / 2}`;
      parts.push(`<polygon points="${pts}" fill="${s.fill}" stroke="${stroke}" stroke-width="${n.problem ? 2.5 : 1.6}"${dash}/>`);
    } else {
      parts.push(`<rect x="${p.x.toFixed(1)}" y="${p.y}" width="${p.w}" height="${NODE_HEIGHT}" rx="${rx}" fill="${s.fill}" stroke="${stroke}" stroke-width="${n.problem ? 2.5 : 1.6}"${dash}/>`);
    }
    parts.push(`<text x="${(p.x + p.w / 2).toFixed(1)}" y="${p.y + NODE_HEIGHT / 2 + 4.5}" text-anchor="middle" fill="${s.text}"${n.kind === 'decision' || n.kind === 'start' ? ' font-weight="600"' : ''}>${esc(p.label)}</text></g>`);
  }
  parts.push('</svg>');
  return parts.join('\n');
}

function mapSection(f: ScenarioFindings, title: string): string {
  const label = new Map(f.map.nodes.map((n) => [n.id, `${n.kind === 'knot' ? 'knot' : n.kind} ${n.label}`]));
  const rows = f.map.edges
    .map((e) => `<tr><td>${esc(label.get(e.from) ?? e.from)}</td><td>${esc(label.get(e.to) ?? e.to)}</td><td>${esc(e.via.join(', '))}</td></tr>`)
    .join('');
  return `<section aria-labelledby="map-h">
<h2 id="map-h">Map of the story</h2>
<p>Each box is a knot or stitch (white), a decision (yellow), an ending (green) or a problem (red, dashed border). Rows follow the order in which a player first meets them; purple dashed links go back to an earlier row. Hover a link for the options that take it. The same links are listed in the table below the map.</p>
<ul class="legend" aria-hidden="true">
<li><span class="sw" style="background:#fff;border-color:#3c4650"></span>knot or stitch</li>
<li><span class="sw" style="background:#fff1c7;border-color:#8a6100"></span>decision</li>
<li><span class="sw" style="background:#e6f4ea;border-color:#1e6b34"></span>ending</li>
<li><span class="sw" style="background:#fdecea;border-color:#b3261e;border-style:dashed"></span>problem</li>
<li><span class="sw" style="background:none;border-color:#9a6fb0;border-style:dashed;border-width:2px 0 0 0;height:2px"></span>link back up</li>
</ul>
<div class="map">${mapSvg(f.map.nodes, f.map.edges, `Map of ${title}`)}</div>
${f.map.tunnels.length > 0 ? `<p class="meta">Not drawn: tunnels, which return to wherever they are called from (${f.map.tunnels.map((t) => `<code>${esc(t.path)}</code>${t.line !== null ? ` line ${t.line}` : ''}`).join(', ')}).</p>` : ''}
<details><summary>The map's links as a table (${f.map.edges.length})</summary>
<table><caption class="meta">From, to, and the options or choices that take the link (blank when the story flows on without a choice).</caption><thead><tr><th scope="col">From</th><th scope="col">To</th><th scope="col">Via</th></tr></thead><tbody>${rows}</tbody></table>
</details>
</section>`;
}

// --- sections ---

function explorationText(f: ScenarioFindings): string {
  const e = f.exploration;
  if (e.complete) {
    return `Explored exhaustively: every path, ${e.states.toLocaleString('en-GB')} distinct states and ${e.transitions.toLocaleString('en-GB')} choices tried, in ${e.seconds} s.${e.usesRandom ? ' The story uses randomness; one fixed seed was explored.' : ''}`;
  }
  return `Sampled, not exhaustive: the exhaustive search stopped at ${e.exhaustiveStates.toLocaleString('en-GB')} states${e.timedOut ? ' (time limit)' : ''}, then ${e.randomRuns.toLocaleString('en-GB')} seeded random playthroughs (each preferring options not yet tried) went on (${e.states.toLocaleString('en-GB')} states in all), in ${e.seconds} s. What was found is real; something reported as never reached may still be reachable on a path not tried, and loops are found only as playthroughs that never end.`;
}

function figuresRow(name: string, p: PathFigures | null): string {
  if (!p) return `<tr><th scope="row">${name}</th><td colspan="6">no path reaches an ending</td></tr>`;
  return `<tr><th scope="row">${name}</th><td class="num">${p.minutes}</td><td class="num">${p.words.toLocaleString('en-GB')}</td><td class="num">${p.decisions}</td><td class="num">${p.choices}</td><td>${esc(p.ending?.id ?? '')}</td><td>${pathText(p.steps)}</td></tr>`;
}

function scenarioBody(s: ScenarioQa): string {
  const f = s.findings;
  const head = `<p><a href="index.html">All scenarios</a></p>
<h1>Story QA: ${esc(s.title)}</h1>
<p class="meta"><code>${esc(s.file)}</code></p>`;
  if (!f) {
    return `${head}
<h2>Problems</h2>${problemList(s.problems)}`;
  }
  const endingsReached = f.endings.filter((e) => e.reached).length;
  const options = f.decisions.flatMap((d) => d.options);
  const optionsOffered = options.filter((o) => o.offered).length;
  const visited = f.places.filter((p) => p.visited).length;
  const card = (cls: string, big: string, small: string): string => `<li class="${cls}"><strong>${big}</strong>${small}</li>`;
  const timeOk = f.minutesHeader === null || !f.shortest || !f.longest || (f.minutesHeader >= Math.floor(f.shortest.minutes) && f.minutesHeader <= Math.ceil(f.longest.minutes));
  const cards = `<ul class="cards">
${card(s.errors > 0 ? 'bad' : 'ok', String(s.errors), 'errors')}
${card(s.warnings > 0 ? 'warn' : 'ok', String(s.warnings), 'warnings')}
${card(endingsReached === f.endings.length ? 'ok' : 'bad', `${endingsReached}/${f.endings.length}`, 'endings reached')}
${card(optionsOffered === options.length ? 'ok' : 'bad', `${optionsOffered}/${options.length}`, `options offered (${f.decisions.length} decision${f.decisions.length === 1 ? '' : 's'})`)}
${card(visited === f.places.length ? 'ok' : 'warn', `${visited}/${f.places.length}`, 'knots and stitches visited')}
${card(timeOk ? 'ok' : 'warn', f.shortest && f.longest ? `${f.shortest.minutes}–${f.longest.minutes}` : '–', `minutes to play (header: ${f.minutesHeader ?? 'none'})`)}
</ul>`;

  const endings = `<table><thead><tr><th scope="col">Ending</th><th scope="col">Title</th><th scope="col">Line</th><th scope="col">Reached</th><th scope="col">Shortest way there (fewest choices)</th></tr></thead><tbody>${f.endings
    .map((e) => `<tr><td><code>${esc(e.id)}</code></td><td>${esc(e.title)}</td><td class="num">${e.line}</td><td>${yesNo(e.reached, 'yes', 'never')}</td><td>${pathText(e.example)}</td></tr>`)
    .join('')}</tbody></table>`;

  const decisions = f.decisions
    .map(
      (d) => `<h3><code>${esc(d.id)}</code>${d.key ? ' (key)' : ''}: ${esc(d.prompt)} <span class="meta">line ${d.line}${d.offered ? '' : ', never offered'}</span></h3>
<table><thead><tr><th scope="col">Option</th><th scope="col">Text</th><th scope="col" class="num">Line</th><th scope="col">Offered</th><th scope="col">Standards</th></tr></thead><tbody>${d.options
        .map(
          (o) =>
            `<tr><td><code>${esc(o.id)}</code></td><td>${esc(o.text)}</td><td class="num">${o.line}</td><td>${yesNo(o.offered, 'yes', 'never')}</td><td>${esc(o.standards.map((x) => `${x.code} ${x.weight > 0 ? '+' : ''}${x.weight}`).join(', '))}</td></tr>`,
        )
        .join('')}</tbody></table>`,
    )
    .join('\n');

  const paths = `<table><thead><tr><th scope="col">Path</th><th scope="col" class="num">Minutes</th><th scope="col" class="num">Words read</th><th scope="col" class="num">Decisions</th><th scope="col" class="num">Plain choices</th><th scope="col">Ending</th><th scope="col">Choices</th></tr></thead><tbody>${figuresRow('Shortest', f.shortest)}${figuresRow('Longest', f.longest)}</tbody></table>
<p>Header: <code># minutes: ${f.minutesHeader ?? '(none)'}</code>. ${timeOk ? 'Within the range of its paths.' : '<strong>Outside the range of its paths.</strong>'} Assumed reading speed: ${WORDS_PER_MINUTE} words a minute for the story text and every option offered, plus ${SECONDS_PER_DECISION} s to weigh up each decision and ${SECONDS_PER_CHOICE} s for each plain choice (time to type a rationale or reflection is not included). The longest path does not go round any loop twice.</p>`;

  const pathFindings = f.paths.length === 0
    ? '<p class="ok-note">No dead ends, loops without a way out or runtime errors.</p>'
    : `<table><thead><tr><th scope="col">Kind</th><th scope="col">Where</th><th scope="col">What happens</th><th scope="col">Path from the start</th></tr></thead><tbody>${f.paths
        .map((p) => `<tr><td>${esc(p.kind)}</td><td><code>${esc(where(p))}</code></td><td>${esc(p.summary)}${p.cycle.length > 0 ? `<br>goes round: ${pathText(p.cycle)}` : ''}</td><td>${pathText(p.path)}</td></tr>`)
        .join('')}</tbody></table>`;

  const places = `<table><thead><tr><th scope="col">Knot or stitch</th><th scope="col">Kind</th><th scope="col">File and line</th><th scope="col">Visited</th></tr></thead><tbody>${f.places
    .map((p) => `<tr><td><code>${esc(p.path)}</code></td><td>${p.kind}</td><td><code>${esc(`${p.file}:${p.line}`)}</code></td><td>${yesNo(p.visited, 'yes', 'never')}</td></tr>`)
    .join('')}</tbody></table>`;

  const ev = (list: readonly { decision: string; option: string; weight: number }[]): string => {
    if (list.length === 0) return '<span class="meta">none</span>';
    const byDecision = new Map<string, string[]>();
    for (const x of list) {
      if (!byDecision.has(x.decision)) byDecision.set(x.decision, []);
      byDecision.get(x.decision)!.push(`${x.option} ${x.weight > 0 ? '+' : ''}${x.weight}`);
    }
    return [...byDecision].map(([d, o]) => `<code>${esc(d)}</code>: ${esc(o.join(', '))}`).join('<br>');
  };
  const coverage = f.coverage.length === 0
    ? '<p>No option that is offered carries a <code># standard:</code>.</p>'
    : `<p>For each framework item the scenario uses, the decisions whose options can evidence it: up (positive weight) and down (negative weight). Only options that can be offered count.</p><table><colgroup><col style="width:8%"><col style="width:24%"><col style="width:8%"><col style="width:30%"><col style="width:30%"></colgroup><thead><tr><th scope="col">Item</th><th scope="col">Title</th><th scope="col" class="num">Decisions</th><th scope="col">Up</th><th scope="col">Down</th></tr></thead><tbody>${f.coverage
        .map((c) => `<tr><td><code>${esc(c.code)}</code></td><td>${esc(c.title)}</td><td class="num">${new Set([...c.up, ...c.down].map((x) => x.decision)).size}</td><td>${ev(c.up)}</td><td>${ev(c.down)}</td></tr>`)
        .join('')}</tbody></table>`;

  const duplicates = f.duplicates.length === 0
    ? '<p class="ok-note">No option repeats another option\'s feedback word for word.</p>'
    : `<table><thead><tr><th scope="col">Feedback</th><th scope="col">Options that use it</th></tr></thead><tbody>${f.duplicates
        .map((d) => `<tr><td>${esc(d.text)}</td><td>${d.options.map((o) => `<code>${esc(o.decision)}: ${esc(o.option)}</code> (line ${o.line})`).join('<br>')}</td></tr>`)
        .join('')}</tbody></table>`;

  const runtime = f.runtimeWarnings.length === 0 ? '' : `<h3>Ink runtime warnings</h3><ul>${f.runtimeWarnings.map((w) => `<li>${esc(w)}</li>`).join('')}</ul>`;

  return `${head}
<p>${esc(explorationText(f))}</p>
${cards}
<section aria-labelledby="problems-h"><h2 id="problems-h">Problems (${s.problems.length})</h2>${problemList(s.problems)}</section>
${mapSection(f, s.title)}
<section aria-labelledby="endings-h"><h2 id="endings-h">Endings</h2>${endings}</section>
<section aria-labelledby="decisions-h"><h2 id="decisions-h">Decisions and options</h2>${decisions || '<p>No decisions.</p>'}</section>
<section aria-labelledby="time-h"><h2 id="time-h">Playing time</h2>${paths}</section>
<section aria-labelledby="paths-h"><h2 id="paths-h">Dead ends, loops and runtime errors</h2>${pathFindings}${runtime}</section>
<section aria-labelledby="places-h"><h2 id="places-h">Knots and stitches</h2>${places}</section>
<section aria-labelledby="coverage-h"><h2 id="coverage-h">Framework coverage</h2>${coverage}</section>
<section aria-labelledby="feedback-h"><h2 id="feedback-h">Repeated feedback</h2>${duplicates}</section>
<p class="meta">Made by <code>npm run stories:qa</code>.</p>`;
}

export function scenarioHtml(s: ScenarioQa): string {
  return page(`Story QA: ${s.title}`, scenarioBody(s));
}

export function indexHtml(run: QaRun): string {
  const rows = run.scenarios
    .map((s) => {
      const f = s.findings;
      const options = f ? f.decisions.flatMap((d) => d.options) : [];
      return `<tr><td><a href="${esc(s.id)}.html">${esc(s.title)}</a><br><code>${esc(s.file)}</code></td><td class="num">${s.errors > 0 ? `<span class="no">${s.errors}</span>` : '0'}</td><td class="num">${s.warnings}</td><td>${f ? (f.exploration.complete ? 'exhaustive' : 'sampled') : 'not explored'}</td><td class="num">${f ? `${f.endings.filter((e) => e.reached).length}/${f.endings.length}` : '–'}</td><td class="num">${f ? `${options.filter((o) => o.offered).length}/${options.length}` : '–'}</td><td class="num">${f?.shortest && f.longest ? `${f.shortest.minutes}–${f.longest.minutes}` : '–'}</td><td class="num">${f?.minutesHeader ?? '–'}</td></tr>`;
    })
    .join('');
  const general = run.general.length > 0 ? `<h2>Other problems</h2>${problemList(run.general)}` : '';
  return page(
    'Story QA',
    `<h1>Story QA</h1>
<p class="meta">${run.scenarios.length} scenario(s), ${run.errors} error(s), ${run.warnings} warning(s), ${run.seconds} s.</p>
<table><thead><tr><th scope="col">Scenario</th><th scope="col" class="num">Errors</th><th scope="col" class="num">Warnings</th><th scope="col">Exploration</th><th scope="col" class="num">Endings reached</th><th scope="col" class="num">Options offered</th><th scope="col" class="num">Minutes (paths)</th><th scope="col" class="num">Minutes (header)</th></tr></thead><tbody>${rows}</tbody></table>
${general}
<h2>All problems</h2>${problemList([...run.general, ...run.scenarios.flatMap((s) => s.problems)])}
<p class="meta">Problems are also printed by <code>npm run stories:qa</code> as <code>${esc(formatProblem({ file: 'stories/x.ink', line: 12, severity: 'error', message: '…' }))}</code>.</p>`,
  );
}
