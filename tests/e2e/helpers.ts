/** Shared steps for browser tests: pages, keyboard navigation, starting and playing scenarios. */
import type { Browser, Page } from 'playwright-core';

export interface PageOptions {
  width?: number;
  height?: number;
  contrast?: 'standard' | 'high';
}

export async function openPage(browser: Browser, options: PageOptions = {}): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: options.width ?? 1366, height: options.height ?? 768 }, acceptDownloads: true });
  // Generous: a 2-core CI machine rendering WebGL in software can be slow to navigate.
  context.setDefaultTimeout(60_000);
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  collected.set(page, errors);
  if (options.contrast === 'high') {
    await context.addInitScript(() => {
      try {
        const raw = localStorage.getItem('swsim:settings');
        const settings = raw ? JSON.parse(raw) : {};
        localStorage.setItem('swsim:settings', JSON.stringify({ ...settings, contrast: 'high' }));
      } catch {
        /* storage blocked: the default theme is used */
      }
    });
  }
  return page;
}

const collected = new WeakMap<Page, string[]>();

/** Uncaught errors the page threw since it opened. */
export function pageErrors(page: Page): string[] {
  return collected.get(page) ?? [];
}

/** Presses Tab until the focused element matches, as a keyboard user would. */
export async function tabTo(page: Page, matches: (el: Element) => boolean, limit = 80): Promise<void> {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    const found = await page.evaluate(`(${matches.toString()})(document.activeElement)`);
    if (found) return;
  }
  throw new Error('Could not reach the element with the keyboard.');
}

export const isChoice = (el: Element): boolean => el.tagName === 'BUTTON' && !!el.closest('[role="group"][aria-label="Choices"]');

export async function scenarioList(page: Page, baseUrl: string): Promise<{ id: string; title: string }[]> {
  await page.goto(baseUrl);
  await page.getByRole('heading', { level: 1, name: 'Practice scenarios' }).waitFor();
  return page.$$eval('.scenario-list h2', (hs) => hs.map((h) => ({ id: h.id.replace(/^scenario-/, ''), title: h.textContent ?? '' })));
}

/** From the start screen, by keyboard: pseudonym, cohort, Enter. Waits for the first choices. */
export async function startByKeyboard(page: Page, baseUrl: string, id: string, learner = 'trainee-e2e', cohort = 'COHORT-E2E'): Promise<void> {
  await page.goto(`${baseUrl}?scenario=${id}`);
  await page.locator('#learner-id').waitFor();
  await tabTo(page, (el) => el.id === 'learner-id');
  await page.keyboard.press('Control+A');
  await page.keyboard.type(learner);
  await page.keyboard.press('Tab');
  await page.keyboard.press('Control+A');
  await page.keyboard.type(cohort);
  await page.keyboard.press('Enter');
  await waitForChoices(page);
}

export async function waitForChoices(page: Page): Promise<void> {
  await page.locator('[role="group"][aria-label="Choices"] button, #rationale-text, h1:has-text("Debrief")').first().waitFor();
}

export async function transcript(page: Page): Promise<string[]> {
  return page.$$eval('[role="log"] li', (lis) => lis.map((li) => li.textContent ?? ''));
}

export async function choiceTexts(page: Page): Promise<string[]> {
  return page.$$eval('[role="group"][aria-label="Choices"] button', (bs) => bs.map((b) => b.textContent ?? ''));
}

/**
 * Makes one choice by keyboard: Tab into the choices, then Tab `offset` more times, Enter. A rationale
 * prompt is answered (or skipped) by keyboard too. Returns false once the debrief is showing.
 */
export async function chooseByKeyboard(page: Page, offset = 0): Promise<boolean> {
  if (await page.getByRole('heading', { level: 1, name: /Debrief/ }).count()) return false;
  const rationale = page.locator('#rationale-text');
  if (await rationale.count()) {
    await rationale.focus();
    await page.keyboard.type('It seemed the most respectful next step.');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await waitForChoices(page);
    return true;
  }
  const count = await page.locator('[role="group"][aria-label="Choices"] button').count();
  await tabTo(page, isChoice);
  for (let i = 0; i < offset % Math.max(1, count); i++) await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await waitForChoices(page);
  return true;
}

/** Plays to the debrief by keyboard; `pick(step)` says how far to Tab within the choices. */
export async function playToDebrief(page: Page, pick: (step: number) => number = () => 0, limit = 120): Promise<number> {
  let step = 0;
  while (await chooseByKeyboard(page, pick(step))) {
    if (++step > limit) throw new Error(`No ending after ${limit} steps.`);
  }
  await page.getByRole('heading', { level: 2, name: 'What went well' }).waitFor();
  return step;
}

/** Plays to the debrief by clicking (for tests about something other than the keyboard). */
export async function clickToDebrief(page: Page, pick: (step: number) => number = () => 0, limit = 120): Promise<number> {
  for (let step = 0; step <= limit; step++) {
    if (await page.getByRole('heading', { level: 1, name: /Debrief/ }).count()) {
      await page.getByRole('heading', { level: 2, name: 'What went well' }).waitFor();
      return step;
    }
    if (await page.locator('#rationale-text').count()) {
      await page.getByRole('button', { name: 'Skip' }).click();
    } else {
      const buttons = page.locator('[role="group"][aria-label="Choices"] button');
      const count = await buttons.count();
      await buttons.nth(pick(step) % Math.max(1, count)).click();
    }
    await waitForChoices(page);
  }
  throw new Error(`No ending after ${limit} steps.`);
}
