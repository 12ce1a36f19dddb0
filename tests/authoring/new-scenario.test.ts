import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { scenarioTemplate } from '../../src/authoring/cli/new-scenario.ts';
import { buildStories } from '../../src/authoring/build.ts';

function run(root: string, ...args: string[]) {
  return spawnSync('npx', ['tsx', 'src/authoring/cli/new-scenario.ts', ...args, '--root', root], { encoding: 'utf8' });
}

describe('npm run new-scenario', () => {
  it('writes a scenario that passes stories:check as written, with the real frameworks and assets', () => {
    const root = mkdtempSync(join(tmpdir(), 'swsim-new-'));
    mkdirSync(join(root, 'stories'), { recursive: true });
    const r = run(root, 'first-home-visit');
    expect(r.status).toBe(0);
    const text = readFileSync(join(root, 'stories', 'first-home-visit.ink'), 'utf8');
    expect(text).toBe(scenarioTemplate('first-home-visit'));
    // Check it against this project's frameworks and assets.
    const here = mkdtempSync(join(tmpdir(), 'swsim-new-check-'));
    mkdirSync(join(here, 'stories'));
    writeFileSync(join(here, 'stories', 'first-home-visit.ink'), text);
    cpSync(resolve('stories/frameworks'), join(here, 'stories', 'frameworks'), { recursive: true });
    cpSync(resolve('assets'), join(here, 'assets'), { recursive: true });
    const built = buildStories(here);
    expect(built.diagnostics).toEqual([]);
    expect(built.catalogue.scenarios[0]).toMatchObject({ id: 'first-home-visit', title: 'First home visit', decisions: [{ id: 'first-words', key: true }] });
  }, 30_000);

  it('refuses to overwrite and rejects an id that is not kebab-case', () => {
    const root = mkdtempSync(join(tmpdir(), 'swsim-new-'));
    mkdirSync(join(root, 'stories'), { recursive: true });
    writeFileSync(join(root, 'stories', 'taken.ink'), 'original');
    const again = run(root, 'taken');
    expect(again.status).toBe(2);
    expect(again.stderr).toContain('already exists; nothing was changed');
    expect(readFileSync(join(root, 'stories', 'taken.ink'), 'utf8')).toBe('original');
    const bad = run(root, 'My_Scenario');
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain("'My_Scenario' is not a kebab-case id");
  }, 30_000);
});
