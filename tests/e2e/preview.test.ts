/**
 * Live preview for educators (`npm run dev`): saving an .ink file reloads the page and replays the
 * choices made; a broken file shows file, line and message in the page; the author panel works.
 * Runs the dev server on a private copy of the project so the real stories are never touched.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createServer, type ViteDevServer } from 'vite';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from './browser.ts';
import { openPage, transcript } from './helpers.ts';

let root: string;
let server: ViteDevServer;
let browser: Browser;
let url: string;
const STORY = 'preview-fixture';

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'swsim-preview-'));
  for (const item of ['src', 'assets', 'public', 'index.html', 'vite.config.ts', 'package.json', 'tsconfig.json']) {
    cpSync(resolve(item), join(root, item), { recursive: true });
  }
  cpSync(resolve('stories/frameworks'), join(root, 'stories/frameworks'), { recursive: true });
  symlinkSync(resolve('node_modules'), join(root, 'node_modules'), 'dir');
  writeFileSync(join(root, 'stories', `${STORY}.ink`), readFileSync('tests/fixtures/ink/good/two-doors.ink', 'utf8').replace('# title: Two doors', '# title: Preview fixture'));
  server = await createServer({ root, configFile: join(root, 'vite.config.ts'), logLevel: 'silent', server: { host: '127.0.0.1', port: 0 } });
  await server.listen();
  url = server.resolvedUrls?.local[0] ?? '';
  browser = await launchBrowser();
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  rmSync(root, { recursive: true, force: true });
});

function edit(change: (text: string) => string): void {
  const file = join(root, 'stories', `${STORY}.ink`);
  writeFileSync(file, change(readFileSync(file, 'utf8')));
  server.watcher.emit('change', file);
}

async function waitForReload(page: Page, action: () => void): Promise<void> {
  const navigated = page.waitForEvent('framenavigated', { timeout: 60_000 });
  action();
  await navigated;
  await page.waitForLoadState('load');
}

describe('live preview (npm run dev)', () => {
  it('replays the choices made after the story file is saved', async () => {
    const page = await openPage(browser);
    await page.goto(`${url}?scenario=${STORY}&view=play`);
    await page.getByRole('button', { name: 'The red door' }).click();
    await page.getByRole('button', { name: 'Skip' }).click();
    await page.getByRole('button', { name: 'Carry on.' }).waitFor();
    await waitForReload(page, () => edit((t) => t.replace('"Thank you." #speaker: Sam', '"Thank you, that helps." #speaker: Sam')));
    await page.getByRole('button', { name: 'Carry on.' }).waitFor();
    const lines = await transcript(page);
    expect(lines.some((l) => l.includes('Thank you, that helps.'))).toBe(true);
    expect(lines.some((l) => l.includes('The red door'))).toBe(true);
    await page.context().close();
  }, 120_000);

  it('shows a broken story with file, line and message in the page, and recovers when fixed', async () => {
    const page = await openPage(browser);
    await page.goto(url);
    await page.getByRole('heading', { name: 'Practice scenarios' }).waitFor();
    await waitForReload(page, () => edit((t) => t.replace('-> second\n* [The blue', '-> secnd\n* [The blue')));
    const banner = page.locator('.author-problems');
    await banner.waitFor();
    expect(await banner.textContent()).toContain(`stories/${STORY}.ink:22: error: Divert target not found: '-> secnd'`);
    await waitForReload(page, () => edit((t) => t.replace('-> secnd', '-> second')));
    await page.getByRole('heading', { name: 'Practice scenarios' }).waitFor();
    expect(await page.locator('.author-problems').count()).toBe(0);
    await page.context().close();
  }, 120_000);

  it('shows the author panel with ids and variables, and jumps to a knot', async () => {
    const page = await openPage(browser);
    await page.goto(`${url}?scenario=${STORY}&view=play&author=1`);
    const panel = page.getByRole('complementary', { name: 'Author panel' });
    await panel.waitFor();
    expect(await panel.textContent()).toContain('Decision: which-door (key) (asks why)');
    expect(await panel.textContent()).toContain('trust');
    await page.getByLabel('Knot or stitch').selectOption('second');
    await panel.getByRole('button', { name: 'Jump' }).click();
    await page.getByRole('button', { name: 'Carry on.' }).waitFor();
    expect((await transcript(page)).some((l) => l.includes('[Author preview: jumped to second]'))).toBe(true);
    await page.context().close();
  }, 120_000);
});
