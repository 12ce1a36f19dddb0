/**
 * Writes test-results/art-preview.html: every scene with portraits composited
 * over it (at desktop and phone widths), and a grid of every cast member in
 * every mood. Run with: npx tsx src/art/preview.ts
 *
 * Also writes art-preview-scenes.html and art-preview-portraits.html, which are
 * the same sections on their own (handy for headless screenshots).
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CastSchema, type CastMember } from './cast-schema';
import { MOODS, portraitTitle, renderPortrait, type Mood } from './portrait';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const outDir = join(root, 'test-results');

const SCENE_IDS = ['benefits-office', 'meeting-room', 'family-home', 'duty-office', 'ward', 'phone-call', 'street'] as const;

/** Who stands in front of each scene in the preview, and in what mood. */
const STAGING: Record<(typeof SCENE_IDS)[number], Array<[string, Mood]>> = {
  'benefits-office': [
    ['callum', 'anxious'],
    ['priya', 'calm'],
  ],
  'meeting-room': [
    ['niraj', 'thoughtful'],
    ['tomasz', 'neutral'],
  ],
  'family-home': [
    ['mrs-eze', 'sad'],
    ['achebe', 'distressed'],
  ],
  'duty-office': [
    ['helen', 'calm'],
    ['sam', 'thoughtful'],
  ],
  ward: [
    ['grace', 'neutral'],
    ['daniel', 'angry'],
  ],
  'phone-call': [['jenny', 'distressed']],
  street: [
    ['rob', 'anxious'],
    ['mr-boateng', 'relieved'],
  ],
};

function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

function dataUri(svg: string): string {
  return `data:image/svg+xml;base64,${Buffer.from(svg, 'utf8').toString('base64')}`;
}

function sceneSvg(id: string): string | null {
  const file = join(root, 'assets', 'scenes', `${id}.svg`);
  return existsSync(file) ? readFileSync(file, 'utf8') : null;
}

function stage(id: (typeof SCENE_IDS)[number], members: Map<string, CastMember>, width: number): string {
  const svg = sceneSvg(id);
  const bg = svg ? `<img class="bg" src="${dataUri(svg)}" alt="">` : `<div class="missing">missing: ${escapeHtml(id)}</div>`;
  const cast = STAGING[id];
  const k = width / 1600;
  const figures = cast
    .map(([mid, mood], i) => {
      const m = members.get(mid);
      if (!m) return '';
      // Portraits stand in the quiet lower middle: x 500-1100, y 250-900.
      const h = 560 * k;
      const w = h * 0.8;
      const centre = cast.length === 1 ? 800 : i === 0 ? 640 : 960;
      const left = centre * k - w / 2;
      const title = portraitTitle(m, mood);
      return `<img class="fig" style="left:${left.toFixed(1)}px;width:${w.toFixed(1)}px;height:${h.toFixed(1)}px" src="${dataUri(renderPortrait(m, mood))}" alt="${escapeHtml(title)}" title="${escapeHtml(title)}">`;
    })
    .join('');
  return `<figure class="stage" style="width:${width}px;height:${((width * 9) / 16).toFixed(1)}px">${bg}${figures}<figcaption>${escapeHtml(id)}</figcaption></figure>`;
}

function page(title: string, body: string): string {
  return `<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title><style>
body{margin:0;padding:24px;background:#e9e4dc;font:14px/1.4 system-ui,sans-serif;color:#33302c}
h2{margin:24px 0 8px;font-weight:600}
.row{display:flex;gap:16px;flex-wrap:wrap;align-items:flex-start}
.stage{position:relative;margin:0 0 28px;overflow:hidden;border-radius:6px;box-shadow:0 1px 4px rgba(0,0,0,.15)}
.stage .bg{position:absolute;inset:0;width:100%;height:100%}
.stage .fig{position:absolute;bottom:0}
.stage figcaption{position:absolute;left:8px;top:6px;background:rgba(255,255,255,.75);padding:1px 6px;border-radius:3px;font-size:12px}
.missing{position:absolute;inset:0;display:grid;place-items:center;background:#ccc}
table{border-collapse:collapse}
td,th{padding:2px;text-align:center;font-weight:500;font-size:12px}
td img{width:150px;height:187.5px;display:block;background:#f4efe6;border-radius:4px}
td.dark img{background:#5e6b73}
</style></head><body>${body}</body></html>`;
}

function main(): void {
  const cast = CastSchema.parse(JSON.parse(readFileSync(join(root, 'assets', 'cast.json'), 'utf8')));
  const members = new Map(cast.members.map((m) => [m.id, m]));

  const scenes =
    `<h2>Scenes (1280 px) with portraits</h2>` +
    SCENE_IDS.map((id) => stage(id, members, 1280)).join('') +
    `<h2>Scenes at phone width (390 px)</h2><div class="row">` +
    SCENE_IDS.map((id) => stage(id, members, 390)).join('') +
    `</div>`;

  const header = `<tr><th></th>${MOODS.map((m) => `<th>${m}</th>`).join('')}</tr>`;
  const rows = cast.members
    .map(
      (m, i) =>
        `<tr><th>${escapeHtml(m.name)}</th>${MOODS.map((mood) => {
          const t = portraitTitle(m, mood);
          return `<td${i % 4 === 3 ? ' class="dark"' : ''}><img src="${dataUri(renderPortrait(m, mood))}" alt="${escapeHtml(t)}" title="${escapeHtml(t)}"></td>`;
        }).join('')}</tr>`,
    )
    .join('');
  const grid = `<h2>Cast × moods</h2><table>${header}${rows}</table>`;

  mkdirSync(outDir, { recursive: true });
  writeFileSync(join(outDir, 'art-preview.html'), page('Art preview', scenes + grid));
  writeFileSync(join(outDir, 'art-preview-scenes.html'), page('Art preview: scenes', scenes));
  writeFileSync(join(outDir, 'art-preview-portraits.html'), page('Art preview: portraits', grid));
  console.log(`wrote ${join(outDir, 'art-preview.html')}`);
}

main();
