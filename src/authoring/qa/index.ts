/**
 * Story QA: builds the scenarios, explores each one (exhaustively where the state space allows,
 * seeded random playthroughs where it does not) and reports what an author needs to fix.
 * Used by `npm run stories:qa` and by the scenario tests.
 *
 * `runQa` explores scenarios side by side in child processes (one per CPU core, each compiling and
 * exploring one scenario), falling back to this process if a child cannot be started.
 */
import { spawn } from 'node:child_process';
import { statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildStories, listScenarioFiles } from '../build.ts';
import type { ScenarioBuild } from '../compile.ts';
import { loadFrameworks } from '../frameworks.ts';
import type { Framework } from '../../schemas/framework.ts';
import { analyse, type QaProblem, type ScenarioFindings } from './analyse.ts';
import { explore, type ExploreOptions } from './explore.ts';
import { readScenarioSource } from './source.ts';
import { checkWithEngine, type EngineCheck } from './agree.ts';

export { formatProblem, type QaProblem, type ScenarioFindings } from './analyse.ts';
export { DEFAULT_EXPLORE, type ExploreOptions } from './explore.ts';

export interface ScenarioQa {
  readonly id: string;
  readonly file: string;
  readonly title: string;
  /** Build (compile and contract) diagnostics of this scenario, as `stories:check` reports them. */
  readonly buildProblems: readonly QaProblem[];
  /** Null when the scenario did not compile, so it could not be explored. */
  readonly findings: ScenarioFindings | null;
  /** The QA's way to each ending, replayed in a real engine session (empty when not explored). */
  readonly engineChecks: readonly EngineCheck[];
  /** Everything to fix: the build's errors (when it failed) and the QA findings. */
  readonly problems: readonly QaProblem[];
  readonly errors: number;
  readonly warnings: number;
}

export interface QaRun {
  readonly scenarios: readonly ScenarioQa[];
  /** Problems outside any one scenario (frameworks, no scenarios, unknown ids). */
  readonly general: readonly QaProblem[];
  readonly errors: number;
  readonly warnings: number;
  readonly seconds: number;
}

export interface QaOptions {
  readonly explore?: Partial<ExploreOptions>;
  /** Child processes exploring side by side (default: one per CPU core; 1 = all in this process). */
  readonly workers?: number;
}

const HERE = fileURLToPath(new URL('.', import.meta.url));
const REPO = resolve(HERE, '../../..');

/** Explores one built scenario. */
export function qaScenario(rootDir: string, scenario: ScenarioBuild, frameworks: readonly Framework[], options: Partial<ExploreOptions> = {}): ScenarioQa {
  const buildProblems: QaProblem[] = scenario.diagnostics.map((d) => ({ file: d.file, line: d.line, severity: d.severity, message: d.message }));
  const title = scenario.meta?.title ?? scenario.id;
  if (!scenario.json || !scenario.meta) {
    const problems = buildProblems.filter((p) => p.severity === 'error');
    problems.push({
      file: scenario.file,
      line: null,
      severity: 'error',
      message: 'this scenario does not compile, so it was not explored: fix its errors (npm run stories:check) and run the QA again.',
    });
    return { id: scenario.id, file: scenario.file, title, buildProblems, findings: null, engineChecks: [], problems, errors: problems.length, warnings: 0 };
  }
  const source = readScenarioSource(join(rootDir, scenario.file), rootDir);
  const result = explore(
    scenario.json,
    source.places.map((p) => p.path),
    options,
  );
  const findings = analyse({ result, source, frameworks });
  const engineChecks = checkWithEngine(scenario.meta, scenario.json, findings.endings);
  const problems = [
    ...findings.problems,
    ...engineChecks
      .filter((c) => !c.ok)
      .map((c): QaProblem => ({
        file: scenario.file,
        line: null,
        severity: 'error',
        message: `the QA and the engine disagree on the way to ending '${c.ending}': ${c.detail}. This is a bug in the QA or the engine, not in the story: please report it.`,
      })),
  ];
  const errors = problems.filter((p) => p.severity === 'error').length;
  return { id: scenario.id, file: scenario.file, title, buildProblems, findings, engineChecks, problems, errors, warnings: problems.length - errors };
}

/** Compiles and explores one scenario file (absolute path) in this process. */
export function qaFile(rootDir: string, absFile: string, options: Partial<ExploreOptions> = {}): ScenarioQa[] {
  const build = buildStories(rootDir, [absFile]);
  return build.scenarios.map((s) => qaScenario(rootDir, s, build.frameworks, options));
}

const idOf = (f: string): string => f.replace(/\\/g, '/').split('/').pop()!.replace(/\.ink$/, '');

function scenarioFiles(rootDir: string, only: readonly string[] | undefined, general: QaProblem[]): string[] {
  const all = listScenarioFiles(rootDir);
  if (!only || only.length === 0) {
    if (all.length === 0) general.push({ file: 'stories', line: null, severity: 'error', message: 'no scenarios found: add at least one stories/<scenario-id>.ink file.' });
    return all;
  }
  const picked: string[] = [];
  for (const id of only) {
    const wanted = id.replace(/\\/g, '/').split('/').pop()!.replace(/\.ink$/, '');
    const file = all.find((f) => idOf(f) === wanted);
    if (file) {
      if (!picked.includes(file)) picked.push(file);
    } else general.push({ file: `stories/${wanted}.ink`, line: null, severity: 'error', message: `no scenario '${wanted}' in stories/.` });
  }
  return picked;
}

function inChild(rootDir: string, files: readonly string[], options: Partial<ExploreOptions>): Promise<ScenarioQa[] | null> {
  return new Promise((done) => {
    let child;
    try {
      child = spawn(process.execPath, ['--import', 'tsx', join(HERE, 'worker.ts'), rootDir, JSON.stringify(files), JSON.stringify(options)], {
        cwd: REPO,
        stdio: ['ignore', 'pipe', 'pipe'],
      });
    } catch {
      done(null);
      return;
    }
    const out: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => out.push(chunk));
    child.stderr.on('data', () => undefined);
    child.on('error', () => done(null));
    child.on('close', (code) => {
      if (code !== 0) return done(null);
      try {
        done(JSON.parse(Buffer.concat(out).toString('utf8')) as ScenarioQa[]);
      } catch {
        done(null);
      }
    });
  });
}

/** Builds and explores every scenario under `rootDir/stories` (or only the ids given). */
export async function runQa(rootDir: string, only?: readonly string[], options: QaOptions = {}): Promise<QaRun> {
  const started = performance.now();
  const root = resolve(rootDir);
  const general: QaProblem[] = loadFrameworks(root)
    .diagnostics.filter((d) => d.severity === 'error')
    .map((d) => ({ file: d.file, line: d.line, severity: d.severity, message: d.message }));
  const files = scenarioFiles(root, only, general);
  const exploreOptions = options.explore ?? {};
  const workers = Math.max(1, Math.min(options.workers ?? availableParallelism(), files.length));
  const results = new Map<string, ScenarioQa[]>();
  if (workers <= 1) {
    for (const f of files) results.set(f, qaFile(root, f, exploreOptions));
  } else {
    // Share the files out by size (biggest first, each to the lightest lane); one child per lane.
    const lanes = Array.from({ length: workers }, () => ({ files: [] as string[], size: 0 }));
    for (const f of [...files].sort((a, b) => statSync(b).size - statSync(a).size)) {
      const lane = lanes.reduce((min, l) => (l.size < min.size ? l : min));
      lane.files.push(f);
      lane.size += statSync(f).size;
    }
    await Promise.all(
      lanes.map(async (lane) => {
        const got = await inChild(root, lane.files, exploreOptions);
        lane.files.forEach((f) => {
          const fromChild = got?.filter((s) => s.id === idOf(f));
          results.set(f, fromChild && fromChild.length > 0 ? fromChild : qaFile(root, f, exploreOptions));
        });
      }),
    );
  }
  const scenarios = files.flatMap((f) => results.get(f) ?? []);
  const errors = general.length + scenarios.reduce((sum, s) => sum + s.errors, 0);
  const warnings = scenarios.reduce((sum, s) => sum + s.warnings, 0);
  return { scenarios, general, errors, warnings, seconds: Math.round((performance.now() - started) / 100) / 10 };
}
