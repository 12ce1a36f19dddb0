/** The Vite plugin: the catalogue and stories as modules, build failure on error, problems in dev. */
import { afterEach, describe, expect, it } from 'vitest';
import { cpSync, mkdtempSync, writeFileSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build, createServer, type ViteDevServer } from 'vite';
import { inkStories } from '../../src/authoring/vite-plugin.ts';

function project(fixture: 'clean' | 'broken'): string {
  const root = mkdtempSync(join(tmpdir(), `swsim-vite-${fixture}-`));
  cpSync(`tests/fixtures/roots/${fixture}`, root, { recursive: true });
  writeFileSync(join(root, 'index.html'), '<!doctype html><script type="module">import { catalogue, loaders } from "virtual:swsim/catalogue"; console.log(catalogue, loaders);</script>');
  return root;
}

let server: ViteDevServer | null = null;
afterEach(async () => {
  await server?.close();
  server = null;
});

describe('inkStories() vite plugin', () => {
  it('fails the build with file:line and what to do when a story has an error', async () => {
    const root = project('broken');
    await expect(build({ root, configFile: false, logLevel: 'silent', plugins: [inkStories()], build: { write: false } })).rejects.toThrow(
      "stories/typo.ink:10: error: Divert target not found: '-> ending_formal'",
    );
  }, 60_000);

  it('builds the catalogue and one lazily loaded chunk per story', async () => {
    const root = project('clean');
    const out = await build({ root, configFile: false, logLevel: 'silent', plugins: [inkStories()], build: { write: false } });
    const outputs = (Array.isArray(out) ? out : [out]).flatMap((o) => ('output' in o ? o.output : []));
    const story = outputs.find((o) => o.fileName.includes('two-doors'));
    expect(story && 'code' in story ? story.code : '').toContain('inkVersion');
  }, 60_000);

  it('in dev, serves problems to the page instead of failing, and picks up an edited story', async () => {
    const root = project('clean');
    server = await createServer({ root, configFile: false, logLevel: 'silent', plugins: [inkStories()], server: { port: 0, host: '127.0.0.1' } });
    await server.listen();
    const first = await server.transformRequest('virtual:swsim/catalogue');
    expect(first?.code).toContain('"two-doors"');
    expect(first?.code).toContain('export const problems = [');

    const file = join(root, 'stories', 'two-doors.ink');
    writeFileSync(file, readFileSync(file, 'utf8').replace('-> second', '-> secnd'));
    server.watcher.emit('change', file);
    const second = await server.transformRequest('virtual:swsim/catalogue');
    expect(second?.code).toContain("stories/two-doors.ink");
    expect(second?.code).toContain("Divert target not found: '-> secnd'");
  }, 60_000);
});
