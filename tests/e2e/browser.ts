/** Real Chromium for browser tests: Debian's build (or CHROME_PATH), driven by playwright-core. */
import { createRequire } from 'node:module';
import { mkdirSync, readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';

export { CHROME_PATH, launchBrowser } from '../../src/bench/chromium.ts';

const require = createRequire(import.meta.url);

export const ARTIFACTS = 'test-results/screenshots';

let axeCode: string | null = null;
function axeSource(): string {
  axeCode ??= `${readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8')}\n;true`;
  return axeCode;
}

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}

/** Runs axe-core in the page; returns serious and critical violations only. */
export async function axeSerious(page: Page): Promise<AxeViolation[]> {
  // Let fade-ins finish: a line half-way through appearing is not what contrast is judged on.
  await page.waitForFunction(() => document.getAnimations().every((a) => a.playState !== 'running'));
  // Evaluated through the DevTools protocol, so the page's strict CSP (no inline scripts) stays on.
  if (!(await page.evaluate('typeof window.axe !== "undefined"'))) await page.evaluate(axeSource());
  const violations = await page.evaluate(async () => {
    const w = window as unknown as { axe: { run: (ctx: Document, opts: unknown) => Promise<{ violations: AxeViolation[] }> } };
    const result = await w.axe.run(document, { resultTypes: ['violations'] });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => ({ target: n.target })) }));
  });
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}

export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(ARTIFACTS, { recursive: true });
  const path = `${ARTIFACTS}/${name}.png`;
  await page.screenshot({ path, fullPage: false });
  return path;
}
