/**
 * `npm run bench -- --browser`: the dashboard in real Chromium, the way a cohort lead uses it.
 * The site is built in production mode into a temporary folder and served on a loopback port;
 * the logs are written as files (and as one zip) and given to the page's own "Load decision
 * logs" input. The page marks its own timings (performance.measure "swsim-load": from the files
 * being chosen to the views drawn), so the figures leave out the test driver.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strToU8, zipSync } from 'fflate';
import { build, preview } from 'vite';
import { launchBrowser, requireChromium } from './chromium.ts';

export interface BrowserRow {
  readonly label: string;
  readonly logs: number;
  /** Medians (ms): files chosen to views drawn; reading the files; checking them; building and drawing the views. */
  readonly ready: number;
  readonly read: number;
  readonly check: number;
  readonly views: number;
  readonly hasher: string;
}

interface Timings {
  all: number;
  views: number;
  read: number;
  worker: number;
  hasher: string;
}

function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

export async function browserBench(texts: readonly string[], sizes: readonly number[], runs: number): Promise<BrowserRow[]> {
  requireChromium();
  const dir = mkdtempSync(join(tmpdir(), 'swsim-bench-'));
  const outDir = join(dir, 'site');
  const nodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  let server: Awaited<ReturnType<typeof preview>> | null = null;
  const browser = await launchBrowser({ webgl: false });
  try {
    await build({ logLevel: 'warn', mode: 'production', build: { outDir, emptyOutDir: true } });
    server = await preview({ logLevel: 'warn', build: { outDir }, preview: { host: '127.0.0.1', port: 0, strictPort: false } });
    const url = server.resolvedUrls?.local[0];
    if (!url) throw new Error('The preview server did not report a URL.');

    const max = Math.max(...sizes);
    const paths = texts.slice(0, max).map((text, i) => {
      const path = join(dir, `log-${String(i + 1).padStart(5, '0')}.json`);
      writeFileSync(path, text);
      return path;
    });
    const zipLogs = Math.min(1000, max);
    const zipPath = join(dir, `logs-${zipLogs}.zip`);
    writeFileSync(zipPath, zipSync(Object.fromEntries(texts.slice(0, zipLogs).map((t, i) => [`log-${i + 1}.json`, strToU8(t)]))));

    const once = async (files: string[]): Promise<Timings> => {
      const context = await browser.newContext();
      const page = await context.newPage();
      try {
        await page.goto(`${url}review.html`);
        await page.waitForSelector('body[data-ready="true"]');
        await page.getByLabel('Load decision logs', { exact: true }).setInputFiles(files);
        await page.locator('.load-status', { hasText: /Loaded/ }).waitFor({ timeout: 300_000 });
        // A string, not a function: tsx's name helpers do not exist in the page.
        const [all, views, check] = (await page.evaluate(
          `['swsim-load', 'swsim-load:views', 'swsim-load:check'].map((n) => { const m = performance.getEntriesByName(n)[0]; return { duration: m.duration, detail: m.detail }; })`,
        )) as { duration: number; detail: unknown }[];
        const detail = check!.detail as { read: number; total: number; hasher: string };
        return { all: all!.duration, views: views!.duration, read: detail.read, worker: detail.total, hasher: detail.hasher };
      } finally {
        await context.close();
      }
    };

    const rows: BrowserRow[] = [];
    const measure = async (label: string, logs: number, files: string[]): Promise<void> => {
      await once(files.slice(0, Math.min(files.length, 50))); // warm the browser's caches and JIT
      const all: Timings[] = [];
      for (let r = 0; r < runs; r++) all.push(await once(files));
      rows.push({
        label,
        logs,
        ready: median(all.map((t) => t.all)),
        read: median(all.map((t) => t.read)),
        check: median(all.map((t) => t.all - t.views - t.read)),
        views: median(all.map((t) => t.views)),
        hasher: all[0]!.hasher,
      });
    };
    for (const n of sizes) await measure(`${n.toLocaleString('en-GB')} files`, n, paths.slice(0, n));
    await measure(`one zip of ${zipLogs.toLocaleString('en-GB')}`, zipLogs, [zipPath]);
    return rows;
  } finally {
    process.env.NODE_ENV = nodeEnv;
    await browser.close();
    await server?.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
