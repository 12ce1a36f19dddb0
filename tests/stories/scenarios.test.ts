/**
 * Every real scenario in stories/: it compiles with no error and no warning, and the story QA
 * (exhaustive search where the state space allows, seeded random playthroughs where it does not)
 * reaches every ending and every option of every decision, finds no path that ends without
 * '# ending:', no loop without a way out and no ink runtime error. Failures print the QA's own
 * `stories/x.ink:line: error: ...` messages; `npm run stories:qa -- <id>` gives the full report.
 */
import { basename } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { listScenarioFiles } from '../../src/authoring/build.ts';
import { formatProblem, runQa, type QaRun, type ScenarioQa } from '../../src/authoring/qa/index.ts';

const ROOT = '.';
const ids = listScenarioFiles(ROOT).map((f) => basename(f, '.ink'));

let run: QaRun;
beforeAll(async () => {
  run = await runQa(ROOT);
}, 600_000);

const qa = (id: string): ScenarioQa => {
  const s = run.scenarios.find((x) => x.id === id);
  if (!s) throw new Error(`the QA did not report on ${id}`);
  return s;
};
const explored = (id: string) => {
  const s = qa(id);
  if (!s.findings) throw new Error(`${id} was not explored:\n${s.problems.map(formatProblem).join('\n')}`);
  return s.findings;
};

it('finds the scenarios', () => {
  expect(ids.length).toBeGreaterThan(0);
  expect(run.general.map(formatProblem)).toEqual([]);
});

describe.each(ids)('%s', (id) => {
  it('compiles with no error and no warning', () => {
    expect(qa(id).buildProblems.map(formatProblem)).toEqual([]);
  });

  it('reaches every ending', () => {
    const f = explored(id);
    expect(f.endings.length).toBeGreaterThan(0);
    expect(f.endings.filter((e) => !e.reached).map((e) => `${e.file}:${e.line}: ending '${e.id}' never reached`)).toEqual([]);
  });

  it('offers every option of every decision', () => {
    const f = explored(id);
    const missing = f.decisions.flatMap((d) =>
      d.offered ? d.options.filter((o) => !o.offered).map((o) => `${d.file}:${o.line}: option '${o.id}' of '${d.id}' never offered`) : [`${d.file}:${d.line}: decision '${d.id}' never offered`],
    );
    expect(missing).toEqual([]);
  });

  it('has no path that ends without # ending:', () => {
    expect(explored(id).paths.filter((p) => p.kind === 'dead-end').map((p) => p.message)).toEqual([]);
  });

  it('has no loop without a way out', () => {
    expect(explored(id).paths.filter((p) => p.kind === 'loop').map((p) => p.message)).toEqual([]);
  });

  it('meets no ink runtime error', () => {
    const f = explored(id);
    expect(f.paths.filter((p) => p.kind === 'error').map((p) => p.message)).toEqual([]);
  });

  it('agrees with the engine: the way to each ending, played in a real session, ends there', () => {
    const s = qa(id);
    expect(s.engineChecks.length).toBe(explored(id).endings.filter((e) => e.reached).length);
    expect(s.engineChecks.filter((c) => !c.ok).map((c) => `${c.ending}: ${c.detail}`)).toEqual([]);
  });
});
