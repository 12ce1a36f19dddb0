/**
 * `npm run bench`: how fast the cohort dashboard gets 100, 1,000 and 5,000 decision logs ready.
 *
 * Logs are made by playing the real scenarios in stories/*.ink through the engine with seeded
 * random choices. Loading an ink story takes ~50-150 ms here, so by default 400 attempts are
 * played and the rest are re-stamped copies of those plays (new attempt id, learner and times;
 * hash chain rebuilt by the engine's integrity code). `--plays 5000` plays every one. Played logs
 * are cached in node_modules/.cache/swsim so a second run starts at once.
 *
 * For each size it times, on the file texts as the dashboard receives them:
 * - baseline: bare `JSON.parse` of every text;
 * - dashboard: `ReviewStore.load` (decode, parse, validate, verify hash chain and seal, merge
 *   duplicates) then `ReviewStore.view` (every aggregate the views show): the exact code the Web
 *   Worker runs;
 * - reference (up to 1,000 logs): `parseDecisionLog` + `verifyLog` one log at a time, the
 *   straightforward path the fast one is checked against.
 *
 * With --browser it then does the same in real Chromium (src/bench/browser.ts): the built site,
 * the page's own file input, files on disk, timed by the page itself from the files being chosen
 * to the views drawn. That adds what Node leaves out: reading the files, the trip to the Web
 * Worker and back, and drawing the views.
 *
 * Options: --plays N, --sizes 100,1000,5000, --runs N, --seed N, --hasher wasm|native|javascript,
 * --browser (and --browser-sizes 100,1000), --check (exit 1 if the target is missed).
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { buildStories } from '../authoring/build.ts';
import { sha256Hex, verifyLog } from '../engine/integrity.ts';
import { parseDecisionLog, type DecisionLog } from '../schemas/decision-log.ts';
import { createSink, type HasherKind } from '../review/hash.ts';
import { memorySource, type IngestTimings } from '../review/ingest.ts';
import { ReviewStore } from '../review/store.ts';
import { generateLogs, logText, restamp, seededRandom, type PlayableScenario } from './generate.ts';

// A full garbage collection before each timed step, so one step's garbage is not charged to the next.
setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

const TARGET_MS = 2000;
const TARGET_RATIO = 3;

function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 && process.argv[i + 1] ? process.argv[i + 1]! : fallback;
}

const sizes = arg('sizes', '100,1000,5000').split(',').map(Number);
const maxSize = Math.max(...sizes);
const plays = Math.min(maxSize, Number(arg('plays', '400')));
const runs = Number(arg('runs', '5'));
const seed = Number(arg('seed', '20260112'));
const check = process.argv.includes('--check');
const hasherChoice = (process.argv.includes('--hasher') ? arg('hasher', 'wasm') : undefined) as HasherKind | undefined;

function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

const ms = (n: number): string => (n >= 100 ? n.toFixed(0) : n.toFixed(1));

async function main(): Promise<void> {
  const root = process.cwd();
  const t = performance.now();
  const built = buildStories(root);
  const errors = built.diagnostics.filter((d) => d.severity === 'error');
  if (errors.length > 0) throw new Error(`The stories have errors; run npm run stories:check.`);
  const scenarios: PlayableScenario[] = built.scenarios.flatMap((s) => (s.meta && s.json ? [{ meta: s.meta, json: s.json }] : []));
  console.log(`Compiled ${scenarios.length} scenarios in ${ms(performance.now() - t)} ms.`);

  // The cache is only valid for the same stories and the same way of writing a log (integrity code).
  const logCode = readFileSync(join(root, 'src', 'engine', 'integrity.ts'), 'utf8') + readFileSync(join(root, 'src', 'engine', 'session.ts'), 'utf8');
  const key = sha256Hex(JSON.stringify([scenarios.map((s) => s.meta.storyHash), seed, plays, sha256Hex(logCode)])).slice(0, 16);
  const cacheDir = join(root, 'node_modules', '.cache', 'swsim');
  const cacheFile = join(cacheDir, `bench-plays-${key}.json`);
  // The generated log objects are dropped once written out as text: the dashboard's worker holds
  // only the files' bytes, and a heap full of unrelated objects would slow every collection.
  const texts = ((): string[] => {
    let played: DecisionLog[];
    if (existsSync(cacheFile)) {
      played = JSON.parse(readFileSync(cacheFile, 'utf8')) as DecisionLog[];
      console.log(`Using ${played.length} played attempts cached in ${cacheFile}.`);
    } else {
      const started = performance.now();
      played = generateLogs(scenarios, { count: plays, seed });
      console.log(`Played ${played.length} attempts through the engine in ${ms(performance.now() - started)} ms.`);
      mkdirSync(cacheDir, { recursive: true });
      writeFileSync(cacheFile, JSON.stringify(played));
    }
    const random = seededRandom(seed + 1);
    const learners = Array.from({ length: 60 }, (_, i) => `trainee-${String(i + 1).padStart(3, '0')}`);
    const cohorts = ['MH-2026-A', 'MH-2026-B', 'MH-2025-C'];
    const out = played.map(logText);
    for (let i = played.length; i < maxSize; i++) {
      const n = Math.floor(random() * learners.length);
      out.push(logText(restamp(played[i % played.length]!, random, { id: learners[n]!, cohort: cohorts[n % cohorts.length]! })));
    }
    return out;
  })();
  const bytes = texts.map((s) => new TextEncoder().encode(s));
  const context = { scenarios: built.catalogue.scenarios, frameworks: built.frameworks };

  const baseline = (n: number): number => {
    const start = performance.now();
    const out: unknown[] = [];
    for (let i = 0; i < n; i++) out.push(JSON.parse(texts[i]!));
    return performance.now() - start;
  };
  const dashboard = async (n: number): Promise<{ load: number; aggregate: number; attempts: number; flagged: number; timings: IngestTimings }> => {
    const store = new ReviewStore(context, createSink(hasherChoice));
    const sources = bytes.slice(0, n).map((b, i) => memorySource(`log-${i}.json`, b));
    const timings: IngestTimings = { read: 0, parse: 0, verify: { fastPath: 0, reference: 0 } };
    const start = performance.now();
    const summary = await store.load(sources, undefined, timings);
    const loaded = performance.now();
    const view = store.view({});
    const done = performance.now();
    if (view.total !== n) throw new Error(`Expected ${n} attempts, got ${view.total}`);
    return { load: loaded - start, aggregate: done - loaded, attempts: view.total, flagged: summary.flagged, timings };
  };
  const reference = (n: number): number => {
    const start = performance.now();
    for (let i = 0; i < n; i++) {
      const r = parseDecisionLog(texts[i]!);
      if (!r.ok || !verifyLog(r.log).ok) throw new Error(`log ${i} did not verify`);
    }
    return performance.now() - start;
  };

  // Warm up the JIT on a small set, as a page would have by its second file.
  baseline(50);
  await dashboard(50);

  const hasher = createSink(hasherChoice).kind;
  const rows: string[][] = [];
  const breakdown: string[] = [];
  let met = true;
  for (const n of sizes) {
    const r = n >= 5000 ? Math.max(1, Math.min(runs, 3)) : runs;
    const base: number[] = [];
    const load: number[] = [];
    const agg: number[] = [];
    const total: number[] = [];
    const ratios: number[] = [];
    for (let i = 0; i < r; i++) {
      // Baseline and dashboard back to back, so each pair sees the same machine load.
      gc();
      base.push(baseline(n));
      gc();
      const d = await dashboard(n);
      ratios.push((d.load + d.aggregate) / base[base.length - 1]!);
      if (d.flagged !== 0) throw new Error(`${d.flagged} generated logs failed verification`);
      if (d.timings.verify.reference !== 0) throw new Error('The fast verification fell back to the reference path for intact logs.');
      if (i === r - 1) {
        breakdown.push(
          `${n.toLocaleString('en-GB')} logs, last run (ms): read ${ms(d.timings.read)}, decode + parse + validate ${ms(d.timings.parse)}, ` +
            `verify (canonical JSON + SHA-256) and merge ${ms(d.load - d.timings.read - d.timings.parse)}, aggregate ${ms(d.aggregate)}`,
        );
      }
      load.push(d.load);
      agg.push(d.aggregate);
      total.push(d.load + d.aggregate);
    }
    const ref = n <= 1000 ? reference(n) : null;
    const b = median(base);
    const tt = median(total);
    const ratio = median(ratios);
    const ok = tt < TARGET_MS * (n / 1000) && ratio <= TARGET_RATIO;
    if (n === 1000 && !ok) met = false;
    const mb = texts.slice(0, n).reduce((s, x) => s + x.length, 0) / 1e6;
    rows.push([
      n.toLocaleString('en-GB'),
      mb.toFixed(1),
      ms(b),
      ms(median(load)),
      ms(median(agg)),
      ms(tt),
      `${ratio.toFixed(2)}x`,
      ref === null ? '-' : `${ms(ref)} (${(ref / b).toFixed(1)}x)`,
    ]);
  }
  const header = ['logs', 'MB', 'JSON.parse ms', 'load ms', 'aggregate ms', 'ready ms', 'ready / parse', 'reference ms'];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]): string => `| ${cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join(' | ')} |`;
  console.log('');
  console.log(line(header));
  console.log(`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`);
  for (const r of rows) console.log(line(r));
  console.log('');
  console.log(`load = decode + parse + validate (schema) + verify (hash chain and seal) + merge; aggregate = every view's data.`);
  console.log(`Medians of ${runs} runs (3 for 5,000); "ready / parse" is the median of each run's ratio (baseline and dashboard timed back to back).`);
  for (const b of breakdown) console.log(b);
  console.log(`Hasher: ${hasher}. Node ${process.version}. Load average ${loadavg().map((l) => l.toFixed(1)).join(' ')} on this machine.`);
  console.log(`Target: 1,000 logs ready in under ${TARGET_MS} ms and within ${TARGET_RATIO}x bare JSON.parse: ${met ? 'met' : 'NOT met'}.`);
  if (check && !met) process.exitCode = 1;

  if (process.argv.includes('--browser')) {
    const { browserBench } = await import('./browser.ts');
    const browserSizes = arg('browser-sizes', '100,1000').split(',').map(Number);
    if (Math.max(...browserSizes) > texts.length) throw new Error(`--browser-sizes goes past the ${texts.length} logs made; raise --sizes.`);
    console.log('');
    console.log(`In Chromium (${process.env.CHROME_PATH ?? '/usr/bin/chromium'}), the built site, the page's own file input; medians of ${Math.min(runs, 3)} runs:`);
    const rowsB = await browserBench(texts, browserSizes, Math.min(runs, 3));
    const headerB = ['logs given as', 'ready ms', 'read files ms', 'check ms', 'views ms', 'hasher'];
    const cells = rowsB.map((r) => [r.label, ms(r.ready), ms(r.read), ms(r.check), ms(r.views), r.hasher]);
    const widthsB = headerB.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i]!.length)));
    const lineB = (c: string[]): string => `| ${c.map((x, i) => (i === 0 ? x.padEnd(widthsB[i]!) : x.padStart(widthsB[i]!))).join(' | ')} |`;
    console.log(lineB(headerB));
    console.log(`|${widthsB.map((w) => '-'.repeat(w + 2)).join('|')}|`);
    for (const c of cells) console.log(lineB(c));
    console.log('ready = files chosen to views drawn (performance.measure "swsim-load"); check = everything else in the worker and the trips to it.');
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
