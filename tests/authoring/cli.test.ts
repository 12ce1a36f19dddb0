import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';

function check(root: string): { status: number | null; out: string } {
  const r = spawnSync('npx', ['tsx', 'src/authoring/cli/check.ts', '--root', root], { encoding: 'utf8' });
  return { status: r.status, out: `${r.stdout}${r.stderr}` };
}

describe('npm run stories:check', () => {
  it('names the file, the line and what to do, and exits 1 on an error', () => {
    const { status, out } = check('tests/fixtures/roots/broken');
    expect(status).toBe(1);
    expect(out).toContain(
      "stories/typo.ink:10: error: Divert target not found: '-> ending_formal'. What to do: check the spelling of the knot or stitch name after ->, or add that knot (=== name ===).",
    );
    expect(out).toContain('1 scenario(s) checked, 0 ready; 1 error(s)');
    expect(out).not.toMatch(/\n\s+at .+:\d+:\d+|node_modules|TypeError/); // no stack trace
  }, 30_000);

  it('exits 0 when there are only warnings', () => {
    const { status, out } = check('tests/fixtures/roots/clean');
    expect(status).toBe(0);
    expect(out).toContain('1 scenario(s) checked, 1 ready; 0 error(s)');
  }, 30_000);
});
