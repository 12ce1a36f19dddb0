/**
 * `npm run stories:qa [-- id ...]`: explores every scenario (or the ones named), prints each problem
 * as `stories/x.ink:12: error: ...` with a summary per scenario, writes an HTML report per scenario
 * to test-results/qa/ (with index.html), and exits 1 when there is an error.
 *
 * Options: `--root <dir>` another project folder; `--out <dir>` where the reports go;
 * `--max-states <n>` states before random playthroughs take over; `--runs <n>` random playthroughs;
 * `--seed <n>`; `--workers <n>` scenarios explored side by side (default: one per CPU core); `--no-html`.
 */
import { resolve } from 'node:path';
import { formatProblem, runQa, type ScenarioQa } from '../qa/index.ts';
import { writeReports } from '../qa/report.ts';

const args = process.argv.slice(2);
const valueOf = (flag: string): string | undefined => {
  const i = args.indexOf(flag);
  return i >= 0 ? args[i + 1] : undefined;
};
const withValue = new Set(['--root', '--out', '--max-states', '--runs', '--seed', '--max-steps', '--workers']);
const ids = args.filter((a, i) => !a.startsWith('--') && !withValue.has(args[i - 1] ?? ''));
const root = valueOf('--root') ? resolve(valueOf('--root')!) : resolve(import.meta.dirname, '../../..');
const out = resolve(root, valueOf('--out') ?? 'test-results/qa');
const num = (flag: string): number | undefined => {
  const v = valueOf(flag);
  if (v === undefined) return undefined;
  const n = Number(v);
  if (!Number.isInteger(n) || n < 0) {
    console.error(`${flag} needs a whole number (found '${v}').`);
    process.exit(2);
  }
  return n;
};
const explore = Object.fromEntries(
  Object.entries({ maxStates: num('--max-states'), randomRuns: num('--runs'), seed: num('--seed'), maxSteps: num('--max-steps') }).filter(([, v]) => v !== undefined),
);

function summary(s: ScenarioQa): string {
  const f = s.findings;
  if (!f) return `${s.id}: not explored (does not compile); ${s.errors} error(s)`;
  const e = f.exploration;
  const options = f.decisions.flatMap((d) => d.options);
  const how = e.complete
    ? `exhaustive (${e.states} states)`
    : `sampled: exhaustive search stopped at ${e.exhaustiveStates} states${e.timedOut ? ' (time limit)' : ''}, then ${e.randomRuns} random playthroughs`;
  const time = f.shortest && f.longest ? `${f.shortest.minutes}-${f.longest.minutes} min (header ${f.minutesHeader ?? 'none'})` : 'no path ends';
  return `${s.id}: ${how}, ${e.seconds} s; endings ${f.endings.filter((x) => x.reached).length}/${f.endings.length}; options ${options.filter((o) => o.offered).length}/${options.length}; knots and stitches ${f.places.filter((p) => p.visited).length}/${f.places.length}; ${time}; ${s.errors} error(s), ${s.warnings} warning(s)`;
}

const workers = num('--workers');
const run = await runQa(root, ids, { explore, ...(workers ? { workers } : {}) });
for (const p of run.general) console.log(formatProblem(p));
for (const s of run.scenarios) for (const p of s.problems) console.log(formatProblem(p));
console.log('');
for (const s of run.scenarios) console.log(summary(s));
if (!args.includes('--no-html')) {
  const index = writeReports(run, out);
  console.log(`\nReports: ${index}`);
}
console.log(`\n${run.scenarios.length} scenario(s) explored; ${run.errors} error(s), ${run.warnings} warning(s) in ${run.seconds} s.`);
process.exit(run.errors > 0 ? 1 : 0);
