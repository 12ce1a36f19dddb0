import { describe, expect, it } from 'vitest';
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadFrameworks } from '../../src/authoring/frameworks.ts';
import { FrameworkSchema } from '../../src/schemas/framework.ts';

describe('the shipped frameworks', () => {
  const { frameworks, diagnostics } = loadFrameworks('.');
  it('validate, with no problems', () => {
    expect(diagnostics).toEqual([]);
    expect(frameworks.map((f) => f.id).sort()).toEqual(['HCPC', 'PCF', 'SWE']);
  });
  it('have the right top-level items: SWE 6 standards, HCPC 10, PCF 9 domains', () => {
    const top = (id: string) => frameworks.find((f) => f.id === id)?.items.filter((i) => !i.parent).map((i) => i.code);
    expect(top('SWE')).toEqual(['SWE-1', 'SWE-2', 'SWE-3', 'SWE-4', 'SWE-5', 'SWE-6']);
    expect(top('HCPC')).toEqual(Array.from({ length: 10 }, (_, i) => `HCPC-${i + 1}`));
    expect(top('PCF')).toEqual(Array.from({ length: 9 }, (_, i) => `PCF-${i + 1}`));
  });
  it('give every item a title and an https source', () => {
    for (const f of frameworks) {
      expect(f.sourceUrl).toMatch(/^https:\/\//);
      for (const item of f.items) expect(item.title.length, item.code).toBeGreaterThan(3);
    }
  });
});

describe('framework validation', () => {
  const base = { type: 'swsim.framework', schemaVersion: 1, id: 'SSSC', name: 'Codes', publisher: 'SSSC', sourceUrl: 'https://example.org' };
  it('lets an educator add a framework as data', () => {
    expect(FrameworkSchema.safeParse({ ...base, items: [{ code: 'SSSC-1', title: 'Protect rights' }] }).success).toBe(true);
  });
  it.each([
    ['a code with the wrong prefix', [{ code: 'SWE-1', title: 'x' }]],
    ['a duplicate code', [{ code: 'SSSC-1', title: 'x' }, { code: 'SSSC-1', title: 'y' }]],
    ['a parent listed after its child', [{ code: 'SSSC-1.1', parent: 'SSSC-1', title: 'x' }, { code: 'SSSC-1', title: 'y' }]],
    ['an unknown key', [{ code: 'SSSC-1', title: 'x', colour: 'red' }]],
  ])('rejects %s', (_name, items) => {
    expect(FrameworkSchema.safeParse({ ...base, items }).success).toBe(false);
  });
  it('reports a broken framework file with its file and line', () => {
    const root = mkdtempSync(join(tmpdir(), 'swsim-fw-'));
    mkdirSync(join(root, 'stories', 'frameworks'), { recursive: true });
    writeFileSync(join(root, 'stories', 'frameworks', 'bad.json'), '{\n  "type": "swsim.framework",\n  "id": "BAD"\n  "x": 1\n}\n');
    const { diagnostics } = loadFrameworks(root);
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0]).toMatchObject({ file: 'stories/frameworks/bad.json', severity: 'error' });
    expect(diagnostics[0]?.message).toMatch(/not valid JSON/);
  });
});
