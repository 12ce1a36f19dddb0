/**
 * The trainee experience in real Chromium: every scenario by keyboard, every screen through axe in
 * both themes, resume after reload, step back, text-only fallback, missing sound, and screenshots
 * of each screen at phone and laptop sizes (saved in test-results/screenshots/).
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { parseDecisionLog } from '../../src/schemas/decision-log.ts';
import { verifyLog } from '../../src/engine/integrity.ts';
import { axeSerious, launchBrowser, screenshot } from './browser.ts';
import { chooseByKeyboard, choiceTexts, clickToDebrief, openPage, pageErrors, playToDebrief, scenarioList, startByKeyboard, transcript } from './helpers.ts';

const baseUrl = inject('baseUrl');
let browser: Browser;
let scenarios: { id: string; title: string }[] = [];

beforeAll(async () => {
  browser = await launchBrowser();
  const page = await openPage(browser);
  scenarios = await scenarioList(page, baseUrl);
  await page.context().close();
});
afterAll(async () => {
  await browser?.close();
});

async function expectAccessible(page: Page, where: string): Promise<void> {
  const violations = await axeSerious(page);
  expect(violations, `${where}: ${JSON.stringify(violations, null, 1)}`).toEqual([]);
}

async function downloadLog(page: Page) {
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download decision log' }).click();
  const parsed = parseDecisionLog(readFileSync(await (await downloading).path(), 'utf8'));
  if (!parsed.ok) throw new Error(parsed.message);
  return parsed.log;
}

/** Every scenario file in stories/ (known before the browser starts, so each gets its own test). */
const SCENARIO_IDS = readdirSync('stories').filter((f) => f.endsWith('.ink')).map((f) => f.replace(/\.ink$/, '')).sort();

describe('every scenario', () => {
  it('lists every scenario file', () => {
    expect(scenarios.map((s) => s.id).sort()).toEqual(SCENARIO_IDS);
  });

  it.each(SCENARIO_IDS.map((id, n) => [id, n] as const))('%s can be played to an ending by keyboard alone', async (id, n) => {
    const title = scenarios.find((s) => s.id === id)?.title ?? id;
    const page = await openPage(browser);
    await startByKeyboard(page, baseUrl, id);
    // Vary the path between scenarios: the first, second or third option in turn.
    const steps = await playToDebrief(page, (step) => (step + n) % 3);
    expect(steps).toBeGreaterThan(2);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(`Debrief: ${title}`);
    expect(pageErrors(page)).toEqual([]);
    await page.context().close();
  });
});

describe('accessibility in both themes', () => {
  for (const contrast of ['standard', 'high'] as const) {
    it(`list, start, play, settings, pause and debrief pass axe (${contrast})`, async () => {
      const s = scenarios[0]!;
      const page = await openPage(browser, { contrast });
      await page.goto(baseUrl);
      await page.getByRole('heading', { level: 1, name: 'Practice scenarios' }).waitFor();
      expect(await page.evaluate(() => document.documentElement.dataset.contrast)).toBe(contrast);
      await expectAccessible(page, `list ${contrast}`);
      await page.goto(`${baseUrl}?scenario=${s.id}`);
      await page.locator('#learner-id').waitFor();
      await expectAccessible(page, `start ${contrast}`);
      await startByKeyboard(page, baseUrl, s.id);
      await expectAccessible(page, `play ${contrast}`);
      await page.getByRole('button', { name: 'Settings' }).click();
      await page.getByRole('heading', { name: 'Settings' }).waitFor();
      await expectAccessible(page, `settings ${contrast}`);
      await page.keyboard.press('Escape');
      await page.getByRole('button', { name: 'Pause and step out' }).click();
      await page.getByRole('heading', { name: /Paused/ }).waitFor();
      await expectAccessible(page, `pause ${contrast}`);
      await page.getByRole('button', { name: 'Resume the scenario' }).click();
      await clickToDebrief(page);
      await expectAccessible(page, `debrief ${contrast}`);
      await page.context().close();
    });
  }
});

describe('resume, step back and pause', () => {
  it('returns to the same line after a reload mid-scenario', async () => {
    const page = await openPage(browser);
    await startByKeyboard(page, baseUrl, scenarios[0]!.id);
    await chooseByKeyboard(page, 1);
    await chooseByKeyboard(page, 0);
    const before = await transcript(page);
    const choicesBefore = await choiceTexts(page);
    await page.reload();
    await page.locator('[role="group"][aria-label="Choices"] button').first().waitFor();
    expect(await transcript(page)).toEqual(before);
    expect(await choiceTexts(page)).toEqual(choicesBefore);
    // The list offers to continue it.
    await page.goto(baseUrl);
    await page.getByRole('link', { name: `Continue ${scenarios[0]!.title}` }).click();
    await page.locator('[role="group"][aria-label="Choices"] button').first().waitFor();
    expect(await transcript(page)).toEqual(before);
    await page.context().close();
  });

  it('records a step back and a pause in the log and shows the step back in the debrief', async () => {
    const page = await openPage(browser);
    await startByKeyboard(page, baseUrl, scenarios[0]!.id);
    await chooseByKeyboard(page, 0);
    const afterFirst = await transcript(page);
    await page.getByRole('button', { name: 'Step back to the previous choice' }).click();
    expect((await transcript(page)).length).toBeLessThan(afterFirst.length);
    await page.getByRole('button', { name: 'Pause and step out' }).click();
    await page.getByText('Samaritans').waitFor();
    await page.getByRole('button', { name: 'Resume the scenario' }).click();
    await clickToDebrief(page, () => 1);
    await page.getByRole('heading', { name: 'Changes of mind and pauses' }).waitFor();
    const log = await downloadLog(page);
    expect(log.rewinds).toHaveLength(1);
    expect(log.decisions.filter((d) => d.rewound).length + log.choices.filter((c) => c.rewound).length).toBe(1);
    expect(log.pauses).toEqual([expect.objectContaining({ outcome: 'resumed' })]);
    expect(verifyLog(log).ok).toBe(true);
    await page.context().close();
  });
});

describe('when things fail', () => {
  it('plays in text-only mode when the Phaser stage cannot load', async () => {
    const page = await openPage(browser);
    await page.route(/stage-view-.*\.js$/, (route) => route.abort());
    await startByKeyboard(page, baseUrl, scenarios[0]!.id);
    await page.waitForFunction(() => document.body.dataset.stage === 'text-only');
    await expect(page.getByText('shown as text only').count()).resolves.toBe(1);
    await clickToDebrief(page);
    expect(pageErrors(page)).toEqual([]);
    await page.context().close();
  });

  it('plays on when WebGL is unavailable (canvas renderer or text only)', async () => {
    const noGl = await launchBrowser({ webgl: false });
    const page = await noGl.newPage();
    await page.goto(`${baseUrl}?scenario=${scenarios[0]!.id}`);
    await page.getByRole('button', { name: /^Start / }).click();
    await page.waitForFunction(() => ['canvas', 'webgl', 'text-only'].includes(document.body.dataset.stage ?? ''));
    await page.locator('[role="group"][aria-label="Choices"] button').first().click();
    await page.locator('[role="log"] li.you').waitFor();
    await noGl.close();
  });

  it('plays on when sound files are missing', async () => {
    const page = await openPage(browser);
    await page.route(/\.ogg$/, (route) => route.fulfill({ status: 404, body: 'missing' }));
    await startByKeyboard(page, baseUrl, scenarios[0]!.id);
    await clickToDebrief(page);
    expect(pageErrors(page)).toEqual([]);
    await page.context().close();
  });

  it('tells the trainee when a saved attempt no longer fits the story, and starts again cleanly', async () => {
    const page = await openPage(browser);
    const s = scenarios[0]!;
    await startByKeyboard(page, baseUrl, s.id);
    await page.evaluate((id) => {
      const key = `swsim:save:${id}`;
      const save = JSON.parse(localStorage.getItem(key) ?? '{}');
      save.scenario.version += 1;
      localStorage.setItem(key, JSON.stringify(save));
    }, s.id);
    await page.reload();
    await page.getByRole('heading', { name: 'Your saved progress could not be used' }).waitFor();
    await page.getByRole('button', { name: `Start ${s.title} again` }).click();
    await page.locator('[role="group"][aria-label="Choices"] button').first().waitFor();
    await page.evaluate((id) => localStorage.setItem(`swsim:save:${id}`, '{not json'), s.id);
    await page.reload();
    await page.getByRole('heading', { name: 'Your saved progress could not be used' }).waitFor();
    expect(pageErrors(page)).toEqual([]);
    await page.context().close();
  });
});

describe('screenshots', () => {
  for (const [width, height] of [[390, 844], [1366, 768]] as const) {
    it(`saves every screen at ${width}x${height}`, async () => {
      const s = scenarios[0]!;
      const page = await openPage(browser, { width, height });
      await page.goto(baseUrl);
      await page.getByRole('heading', { level: 1, name: 'Practice scenarios' }).waitFor();
      await screenshot(page, `${width}x${height}-1-list`);
      await page.goto(`${baseUrl}?scenario=${s.id}`);
      await page.locator('#learner-id').waitFor();
      await screenshot(page, `${width}x${height}-2-start`);
      await startByKeyboard(page, baseUrl, s.id);
      await page.waitForFunction(() => ['webgl', 'canvas', 'text-only'].includes(document.body.dataset.stage ?? ''));
      await page.waitForTimeout(1200);
      await screenshot(page, `${width}x${height}-3-play`);
      await page.getByRole('button', { name: 'Settings' }).click();
      await screenshot(page, `${width}x${height}-4-settings`);
      await page.keyboard.press('Escape');
      await page.getByRole('button', { name: 'Pause and step out' }).click();
      await screenshot(page, `${width}x${height}-5-pause`);
      await page.getByRole('button', { name: 'Resume the scenario' }).click();
      await clickToDebrief(page);
      await screenshot(page, `${width}x${height}-6-debrief`);
      await page.context().close();
    });
  }
});
