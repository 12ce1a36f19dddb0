/**
 * The cohort review dashboard in real Chromium: logs made by playing the real scenarios, plus every
 * kind of bad file, go in through the real file input; the table, counts, flags, merges, CSV,
 * sorting, filters, replay, script-free rendering of hostile text, axe in both themes, the
 * no-worker fallback, and the bundle (no Phaser, no ink) are checked.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Papa from 'papaparse';
import type { Browser, Page } from 'playwright-core';
import { buildStories } from '../../src/authoring/build.ts';
import { logText } from '../../src/bench/generate.ts';
import { verifyLog } from '../../src/engine/integrity.ts';
import type { DecisionLog } from '../../src/schemas/decision-log.ts';
import { memorySource, type Source } from '../../src/review/ingest.ts';
import { ReviewStore } from '../../src/review/store.ts';
import type { ViewModel } from '../../src/review/types.ts';
import { badInputs, editedLog, payloadLog, PAYLOADS, playedLogs } from '../fixtures/logs/make.ts';
import { axeSerious, launchBrowser, screenshot } from './browser.ts';

const baseUrl = inject('baseUrl');
let browser: Browser;
let dir: string;
let paths: string[];
let logs: DecisionLog[];
let edited: DecisionLog;
let payload: DecisionLog;
let expected: ViewModel;
let store: ReviewStore;
let expectedProblems: { file: string; reason: RegExp }[];

beforeAll(async () => {
  browser = await launchBrowser({ webgl: false });
  dir = mkdtempSync(join(tmpdir(), 'swsim-review-'));
  logs = playedLogs(34, 2026);
  edited = editedLog(logs[28]!, 1);
  payload = payloadLog(logs[29]!);
  const bad = badInputs(logs.slice(30, 34));
  const files: { name: string; content: string | Uint8Array }[] = [
    ...logs.slice(0, 28).map((l, i) => ({ name: `log-${String(i).padStart(2, '0')}.json`, content: logText(l) })),
    { name: 'copy-of-log-00.json', content: logText(logs[0]!) },
    { name: 'edited.json', content: logText(edited) },
    { name: 'payload.json', content: logText(payload) },
    ...bad.files,
  ];
  paths = files.map((f) => {
    const p = join(dir, f.name);
    writeFileSync(p, f.content);
    return p;
  });
  // 50 MB, on disk: the page must refuse it by its size.
  const huge = join(dir, 'huge.json');
  writeFileSync(huge, Buffer.alloc(50 * 1024 * 1024, 0x20));
  paths.push(huge);
  expectedProblems = [...bad.problems, { file: 'huge.json', reason: /50 MB, far larger than any decision log/ }];

  // What the page should show, computed in Node by the same store over the same files.
  const built = buildStories(process.cwd());
  store = new ReviewStore({ scenarios: built.catalogue.scenarios, frameworks: [...built.frameworks] });
  const sources: Source[] = files.map((f) => memorySource(f.name, f.content));
  sources.push({ name: 'huge.json', size: 50 * 1024 * 1024, bytes: async () => new Uint8Array() });
  await store.load(sources);
  expected = store.view({});
}, 180_000);

afterAll(async () => {
  await browser?.close();
});

async function newPage(query = ''): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1366, height: 900 }, acceptDownloads: true });
  const page = await context.newPage();
  page.on('pageerror', (e) => {
    throw new Error(`Page error: ${e.message}`);
  });
  await page.goto(`${baseUrl}review.html${query}`);
  await page.waitForSelector('body[data-ready="true"]');
  return page;
}

async function loadAll(page: Page, files = paths): Promise<void> {
  await page.getByLabel('Load decision logs', { exact: true }).setInputFiles(files);
  await page.locator('.load-status', { hasText: /Loaded/ }).waitFor({ timeout: 60_000 });
}

describe('cohort review dashboard', () => {
  let page: Page;

  beforeAll(async () => {
    page = await newPage();
  });

  it('starts empty, offline, with the labelled file input, and passes axe', async () => {
    await expect(page.getAttribute('body', 'data-backend')).resolves.toBe('worker');
    await expect(page.getByRole('heading', { level: 1, name: 'Cohort review' }).count()).resolves.toBe(1);
    await expect(page.locator('input[type="file"]').getAttribute('multiple')).resolves.not.toBeNull();
    // Keyboard only: Tab from the top of the page reaches the file input.
    let reached = false;
    for (let i = 0; i < 12 && !reached; i++) {
      await page.keyboard.press('Tab');
      reached = await page.evaluate(() => document.activeElement?.id === 'log-files');
    }
    expect(reached).toBe(true);
    expect(await axeSerious(page)).toEqual([]);
  });

  it('loads the logs and bad files through the real file input, with a progress bar, and reports each file', async () => {
    // Watch the progress bar while the worker reads and checks.
    await page.evaluate(() => {
      const w = window as unknown as { __progress: string[] };
      w.__progress = [];
      const box = document.querySelector('.load-progress')!;
      new MutationObserver(() => {
        if (!box.hasAttribute('hidden')) w.__progress.push(`${box.querySelector('label')!.textContent}|${(box.querySelector('progress') as HTMLProgressElement).value}`);
      }).observe(box, { attributes: true, subtree: true, childList: true, characterData: true });
    });
    await loadAll(page);
    const status = await page.locator('.load-status').textContent();
    expect(status).toBe(
      `Loaded ${expected.total} new attempts from ${paths.length} files. ${expectedProblems.length} files could not be used (listed below). 1 attempt was found more than once and merged. 1 log failed the integrity check and is flagged as edited.`,
    );
    expect(expected.total).toBe(28 + 1 + 1 + 2);
    const progress = await page.evaluate(() => (window as unknown as { __progress: string[] }).__progress);
    expect(progress.some((p) => /^(Reading files|Checking logs): \d+ of \d+\|/.test(p))).toBe(true);
    await expect(page.locator('.load-progress').isHidden()).resolves.toBe(true);

    // Every bad file is listed with its reason.
    const items = await page.locator('#problems li').allTextContents();
    expect(items).toHaveLength(expectedProblems.length);
    for (const p of expectedProblems) {
      const item = items.find((t) => t.startsWith(`${p.file}:`));
      expect(item, p.file).toBeDefined();
      expect(item).toMatch(p.reason);
    }
    // The edited log is flagged, with verifyLog's reason, and still shown in the table.
    const verdict = verifyLog(edited);
    expect(verdict.ok).toBe(false);
    await expect(page.locator('#edited li').textContent()).resolves.toContain(verdict.ok ? '' : verdict.message);
    const editedRow = page.locator(`#attempts tr[data-attempt="${edited.attempt.id}"]`);
    await expect(editedRow.getAttribute('class')).resolves.toBe('edited');
    await expect(editedRow.textContent()).resolves.toContain('Edited after export');
    // The copy is merged and explained.
    await expect(page.locator('#merged li').textContent()).resolves.toMatch(/loaded 2 times \((log-00\.json and copy-of-log-00\.json|copy-of-log-00\.json and log-00\.json)\)/);
  });

  it('shows the attempts table and the same counts as the store computes', async () => {
    await expect(page.locator('#attempts caption').textContent()).resolves.toMatch(new RegExp(`^Attempts: ${expected.total} shown of ${expected.total} loaded`));
    await expect(page.locator('#attempts tbody tr').count()).resolves.toBe(expected.total);
    // Per decision: the option counts of the busiest scenario, read from the page.
    const scenario = [...expected.scenarios].sort((a, b) => b.attempts - a.attempts)[0]!;
    const section = page.locator(`details[data-scenario="${scenario.id}"]`);
    await section.locator(':scope > summary').click();
    for (const d of scenario.decisions) {
      for (const o of d.options) {
        const cell = section.locator(`article[data-decision="${d.id}"] tr[data-option="${o.id}"] td.count`);
        await expect(cell.textContent(), `${d.id}/${o.id}`).resolves.toBe(String(o.count));
      }
    }
    await expect(section.locator('table.endings tbody tr').count()).resolves.toBe(scenario.endings.length + (scenario.noEnding > 0 ? 1 : 0));
    await expect(section.locator('svg.pathmap .node').count()).resolves.toBe(scenario.pathMap!.nodes.length);
    await expect(section.locator('.pathmap-table tbody tr').count()).resolves.toBe(scenario.pathMap!.flows.length);
    await expect(section.locator('table.timing tbody tr').count()).resolves.toBe(scenario.decisions.filter((d) => d.time).length);
    // The heatmap: same learners and items, numbers in the cells.
    const fw = expected.frameworks[0]!;
    const heat = page.locator('table.heatmap').first();
    await expect(heat.locator('tbody tr').count()).resolves.toBe(fw.rows.length);
    await expect(heat.locator('thead th.item').count()).resolves.toBe(fw.items.length);
    const firstFilled = fw.rows[0]!.cells.findIndex((c) => c !== null);
    await expect(heat.locator('tbody tr').first().locator('td.heat').nth(firstFilled).textContent()).resolves.toMatch(/^[+−]?\d+(\.\d)?$/);
  });

  it('renders every string from a log as text: a log full of HTML and script runs nothing', async () => {
    await expect(page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).resolves.toBeUndefined();
    const injected = await page.evaluate(() => document.querySelectorAll('main img, main script, main iframe, main [onerror], main [onload], main a[href^="javascript"], main b').length);
    expect(injected).toBe(0);
    const row = page.locator(`#attempts tr[data-attempt="${payload.attempt.id}"]`);
    await expect(row.locator('th').textContent()).resolves.toBe(payload.learner.id);
    // Replay it by keyboard: every payload shows as literal text.
    await row.getByRole('button', { name: /Replay/ }).focus();
    await page.keyboard.press('Enter');
    await page.locator('#replay-heading').waitFor();
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('replay-heading');
    const text = await page.locator('#replay').textContent();
    for (const p of PAYLOADS) expect(text).toContain(p.replace(/\n/g, '\n'));
    await expect(page.locator('#replay blockquote.rationale').first().textContent()).resolves.toContain(payload.decisions[0]!.rationale!);
    await expect(page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).resolves.toBeUndefined();
    await expect(page.evaluate(() => document.querySelectorAll('main img, main script, main [onerror], main [onload], main b').length)).resolves.toBe(0);
    await screenshot(page, 'review-replay');
    // Back to the table puts focus on the row's Replay button.
    await page.getByRole('button', { name: 'Back to the attempts table' }).focus();
    await page.keyboard.press('Enter');
    await expect(page.evaluate(() => document.activeElement?.closest('tr')?.getAttribute('data-attempt'))).resolves.toBe(payload.attempt.id);
    await expect(page.locator('#replay').isHidden()).resolves.toBe(true);
  });

  it('sorts by a column from the keyboard, with aria-sort', async () => {
    const button = page.locator('#attempts th button[data-sort="learner"]');
    await button.focus();
    await page.keyboard.press('Enter');
    await expect(page.locator('#attempts th[aria-sort]').getAttribute('aria-sort')).resolves.toBe('ascending');
    await expect(page.locator('#attempts th[aria-sort] button').getAttribute('data-sort')).resolves.toBe('learner');
    // Focus stays on the header button after the table is redrawn, so Enter again reverses.
    await expect(page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.sort)).resolves.toBe('learner');
    const names = async (): Promise<string[]> => page.locator('#attempts tbody th').allTextContents();
    const asc = await names();
    const learnerKey = (n: string): string => (n === 'no learner id' ? '' : n);
    expect(asc.map(learnerKey)).toEqual([...asc].map(learnerKey).sort((a, b) => a.localeCompare(b, 'en-GB', { numeric: true })));
    await page.keyboard.press('Enter');
    await expect(page.locator('#attempts th[aria-sort]').getAttribute('aria-sort')).resolves.toBe('descending');
    expect((await names()).map(learnerKey)).toEqual([...asc].map(learnerKey).reverse());
  });

  it('filters by cohort, scenario, ending and integrity, and every view follows', async () => {
    const cohort = expected.options.cohorts.find((c) => c.startsWith('MH-'))!;
    const want = store.view({ cohort });
    await page.selectOption('#filter-cohort', cohort);
    await expect.poll(() => page.locator('#shown-count').textContent()).toMatch(new RegExp(`^Showing ${want.shown} attempts? of ${expected.total} loaded`));
    await expect(page.locator('#attempts tbody tr').count()).resolves.toBe(want.shown);
    const scenario = want.scenarios[0]!;
    const ending = scenario.endings[0]!;
    await page.selectOption('#filter-scenario', scenario.id);
    await page.selectOption('#filter-ending', `${scenario.id}/${ending.id}`);
    const narrow = store.view({ cohort, scenario: scenario.id, ending: `${scenario.id}/${ending.id}` });
    await expect.poll(() => page.locator('#attempts tbody tr').count()).toBe(narrow.shown);
    await expect(page.locator('details.scenario').count()).resolves.toBe(1);
    await expect(page.locator('details.scenario').getAttribute('open')).resolves.not.toBeNull();
    await page.getByRole('button', { name: 'Clear the filters' }).click();
    await expect.poll(() => page.locator('#attempts tbody tr').count()).toBe(expected.total);
    await page.selectOption('#filter-integrity', 'flagged');
    await expect.poll(() => page.locator('#attempts tbody tr').count()).toBe(1);
    await page.getByRole('button', { name: 'Clear the filters' }).click();
    await expect.poll(() => page.locator('#attempts tbody tr').count()).toBe(expected.total);
  });

  it('downloads every decision as CSV, with integrity and formula escaping', async () => {
    const downloading = page.waitForEvent('download');
    await page.getByRole('button', { name: /Download every decision/ }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toMatch(/^swsim-cohort-decisions-\d{4}-\d{2}-\d{2}\.csv$/);
    const csv = readFileSync(await download.path(), 'utf8');
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const parsed = Papa.parse<Record<string, string>>(csv.slice(1), { header: true, skipEmptyLines: true });
    expect(parsed.errors).toEqual([]);
    const decisions = expected.rows.reduce((n, r) => n + (store.attempt(r.id)?.log.decisions.length ?? 0), 0);
    expect(parsed.data).toHaveLength(decisions);
    expect(csv).toBe(store.csv({}));
    const editedRows = parsed.data.filter((r) => r.attempt_id === edited.attempt.id);
    expect(editedRows.length).toBe(edited.decisions.length);
    expect(editedRows.every((r) => r.integrity!.startsWith('edited: Decision 2'))).toBe(true);
    expect(parsed.data.filter((r) => r.attempt_id !== edited.attempt.id).every((r) => r.integrity === 'intact')).toBe(true);
    const payloadRows = parsed.data.filter((r) => r.attempt_id === payload.attempt.id);
    expect(payloadRows.some((r) => r.rationale!.startsWith("'=HYPERLINK"))).toBe(true);
    expect(parsed.data.flatMap((r) => Object.values(r)).filter((v) => /^[=+@]/.test(v))).toEqual([]);
  });

  it('passes axe in the standard and high-contrast themes (and looks right)', async () => {
    const first = page.locator('details.scenario').first();
    if (!(await first.evaluate((d) => (d as HTMLDetailsElement).open))) await first.locator(':scope > summary').click();
    expect(await axeSerious(page)).toEqual([]);
    await page.evaluate(() => window.scrollTo(0, 0));
    await screenshot(page, 'review-standard');
    await page.locator('#attempts').scrollIntoViewIfNeeded();
    await screenshot(page, 'review-attempts');
    await page.locator('table.heatmap').first().scrollIntoViewIfNeeded();
    await screenshot(page, 'review-heatmap');
    await first.locator('.pathmap-scroll').scrollIntoViewIfNeeded();
    await screenshot(page, 'review-pathmap');
    await page.getByRole('button', { name: 'High contrast' }).click();
    await expect(page.locator('html').getAttribute('data-contrast')).resolves.toBe('high');
    await expect(page.getByRole('button', { name: 'High contrast' }).getAttribute('aria-pressed')).resolves.toBe('true');
    expect(await axeSerious(page)).toEqual([]);
    await page.locator('table.heatmap').first().scrollIntoViewIfNeeded();
    await screenshot(page, 'review-high-contrast');
    await page.getByRole('button', { name: 'High contrast' }).click();
  });

  afterAll(async () => {
    await page?.context().close();
  });
});

describe('without a worker', () => {
  it('does the same work in the page, and takes dropped files', async () => {
    const page = await newPage('?worker=off');
    await expect(page.getAttribute('body', 'data-backend')).resolves.toBe('page');
    await loadAll(page, paths.slice(0, 3));
    await expect(page.locator('#attempts tbody tr').count()).resolves.toBe(3);
    // Files dropped on the page load too.
    const dropped = readFileSync(paths[3]!, 'utf8');
    await page.evaluate((text) => {
      const dt = new DataTransfer();
      dt.items.add(new File([text], 'dropped.json', { type: 'application/json' }));
      document.body.dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }));
    }, dropped);
    await expect.poll(() => page.locator('#attempts tbody tr').count()).toBe(4);
    await expect(page.locator('.load-status').textContent()).resolves.toMatch(/^Loaded 1 new attempt from 1 file\./);
    await page.context().close();
  });
});

describe('bundle', () => {
  /** Every chunk review.html can load: its scripts, their imports (static and dynamic) and the worker. */
  const distDir = inject('distDir');
  function reachable(html: string): Map<string, string> {
    const seen = new Map<string, string>();
    const queue = [...html.matchAll(/(?:src|href)="\/assets\/([^"]+\.js)"/g)].map((m) => m[1]!);
    while (queue.length > 0) {
      const name = queue.pop()!;
      if (seen.has(name)) continue;
      const code = readFileSync(join(distDir, 'assets', name), 'utf8');
      seen.set(name, code);
      for (const m of code.matchAll(/["'`]\.?\/?(?:assets\/)?([\w.-]+\.js)["'`]/g)) queue.push(m[1]!);
    }
    return seen;
  }

  it('review.html loads no Phaser and no ink runtime; the trainee app does (so the check can fail)', () => {
    const review = reachable(readFileSync(join(distDir, 'review.html'), 'utf8'));
    expect([...review.keys()].some((n) => n.startsWith('worker'))).toBe(true);
    const offending = [...review].filter(([, code]) => /WebGLRenderer|Phaser|inkVersionCurrent|InkList/.test(code)).map(([n]) => n);
    expect(offending).toEqual([]);
    const app = reachable(readFileSync(join(distDir, 'index.html'), 'utf8'));
    expect([...app].some(([, code]) => /inkVersionCurrent/.test(code))).toBe(true);
    expect([...app].some(([, code]) => /WebGLRenderer/.test(code))).toBe(true);
  });
});
