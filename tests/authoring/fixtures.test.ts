/**
 * Golden diagnostics: every bad fixture must produce exactly the messages in its `.expected` file
 * (file:line, severity, what is wrong and what to do). A good fixture must produce none.
 */
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { compileScenario } from '../../src/authoring/compile.ts';
import { formatDiagnostic, sortDiagnostics } from '../../src/authoring/diagnostics.ts';
import type { AssetIndex } from '../../src/authoring/assets.ts';

const ROOT = 'tests/fixtures/ink';
const codes = new Set(['SWE-1', 'SWE-1.1', 'SWE-2', 'SWE-2.1', 'PCF-1', 'PCF-2']);
const assets: AssetIndex = {
  scenes: new Set(['benefits-office']),
  sounds: new Set(['door-knock']),
  ambiences: new Set(['none']),
  speakers: new Set(['Sam']),
  moods: new Set(['neutral', 'anxious', 'relieved']),
};
const compile = (file: string) => compileScenario(join(ROOT, file), { rootDir: ROOT, knownCodes: codes, assets });

describe('bad fixtures', () => {
  const bad = readdirSync(join(ROOT, 'bad')).filter((f) => f.endsWith('.ink'));
  it('has an .expected file for every bad fixture', () => {
    for (const f of bad) expect(existsSync(join(ROOT, 'bad', f.replace(/\.ink$/, '.expected'))), f).toBe(true);
  });
  it.each(bad)('%s gives exactly the expected diagnostics', (file) => {
    const result = compile(`bad/${file}`);
    const actual = sortDiagnostics(result.diagnostics).map(formatDiagnostic).join('\n');
    const expected = readFileSync(join(ROOT, 'bad', file.replace(/\.ink$/, '.expected')), 'utf8').trim();
    expect(actual).toBe(expected);
    const hasError = result.diagnostics.some((d) => d.severity === 'error');
    expect(result.meta === null).toBe(hasError);
  });
});

describe('good fixture', () => {
  it('compiles with no diagnostics and a complete catalogue entry', () => {
    const result = compile('good/two-doors.ink');
    expect(result.diagnostics.map(formatDiagnostic)).toEqual([]);
    expect(result.meta).toMatchObject({
      id: 'two-doors',
      title: 'Two doors',
      minutes: 2,
      version: 1,
      contentNote: ['none really'],
      meters: [{ variable: 'trust', label: "Sam's trust", min: 0, max: 10 }],
      reflect: ['What did you notice?', 'What would you do next time?'],
      decisions: [
        { id: 'which-door', prompt: 'Which door do you suggest?', key: true },
        { id: 'finish', prompt: 'How do you close?', key: false },
      ],
      endings: [
        { id: 'summary', title: 'Summary agreed' },
        { id: 'left', title: 'Left abruptly' },
      ],
    });
    expect(result.meta?.storyHash).toMatch(/^[0-9a-f]{64}$/);
  });

  it('gives the same hash for the same source (a stable story fingerprint)', () => {
    expect(compile('good/two-doors.ink').meta?.storyHash).toBe(compile('good/two-doors.ink').meta?.storyHash);
  });
});
