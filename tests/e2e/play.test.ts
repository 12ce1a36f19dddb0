/**
 * The trainee's whole path in real Chromium, by keyboard alone: list → start → play to an ending →
 * debrief → download the decision log, which must validate and verify. axe-core checks each screen.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { strFromU8, unzipSync } from 'fflate';
import xapiValidation from '@learninglocker/xapi-validation';
import type { Browser } from 'playwright-core';
import { parseDecisionLog } from '../../src/schemas/decision-log.ts';
import { verifyLog } from '../../src/engine/integrity.ts';
import { axeSerious, launchBrowser, screenshot } from './browser.ts';
import { openPage, pageErrors, playToDebrief, scenarioList, tabTo } from './helpers.ts';

const baseUrl = inject('baseUrl');
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('trainee journey', () => {
  it('lists every scenario with a start link named by its title, and passes axe', async () => {
    const page = await openPage(browser);
    const scenarios = await scenarioList(page, baseUrl);
    expect(scenarios.length).toBeGreaterThan(0);
    for (const s of scenarios) {
      await expect(page.getByRole('link', { name: new RegExp(`Start ${s.title}`) }).count()).resolves.toBe(1);
    }
    expect(await axeSerious(page)).toEqual([]);
    await screenshot(page, 'list-1366');
    await page.context().close();
  });

  it('plays a scenario to its debrief by keyboard alone and downloads a valid, verifiable log', async () => {
    const page = await openPage(browser);
    const all = await scenarioList(page, baseUrl);
    const target = all.find((s) => s.id === 'hallucination-disclosure') ?? all[0]!;
    await page.goto(`${baseUrl}?scenario=${target.id}`);
    await page.getByRole('heading', { level: 1, name: target.title }).waitFor();
    expect(await axeSerious(page)).toEqual([]);

    // Start screen: learner id and cohort by keyboard, then Enter submits.
    await tabTo(page, (el) => el.id === 'learner-id');
    await page.keyboard.type('trainee-e2e');
    await page.keyboard.press('Tab');
    await page.keyboard.type('COHORT-E2E');
    await page.keyboard.press('Enter');

    await page.locator('[role="log"]').waitFor();
    await page.locator('[role="group"][aria-label="Choices"] button').first().waitFor();
    expect(await axeSerious(page)).toEqual([]);
    await screenshot(page, `play-${target.id}-1366`);

    await playToDebrief(page);

    await page.getByRole('heading', { level: 2, name: 'What went well' }).waitFor();
    expect(await axeSerious(page)).toEqual([]);
    await screenshot(page, `debrief-${target.id}-1366`);

    const reflection = page.locator('#reflection-0');
    if (await reflection.count()) {
      await reflection.focus();
      await page.keyboard.type('I noticed I wanted to fix things quickly.');
      await page.waitForTimeout(600);
    }

    const downloading = page.waitForEvent('download');
    await tabTo(page, (el) => el.textContent === 'Download decision log');
    await page.keyboard.press('Enter');
    const download = await downloading;
    const path = await download.path();
    const parsed = parseDecisionLog(readFileSync(path, 'utf8'));
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    const log = parsed.log;
    expect(log.scenario.id).toBe(target.id);
    expect(log.learner).toEqual({ id: 'trainee-e2e', cohort: 'COHORT-E2E' });
    expect(log.attempt.status).toBe('completed');
    expect(log.ending).not.toBeNull();
    expect(log.decisions.length).toBeGreaterThan(0);
    expect(verifyLog(log)).toEqual({ ok: true, head: log.integrity.head });
    if (await reflection.count()) expect(log.reflections[0]?.answer).toBe('I noticed I wanted to fix things quickly.');
    // The fingerprint shown on screen is the chain head in the file.
    await expect(page.locator('.fingerprint').textContent()).resolves.toBe(log.integrity.head);

    // The same attempt as CSV (formula-safe) and as xAPI statements that a validator accepts.
    await page.getByText('Other formats').click();
    const csvDownload = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Download as CSV' }).click();
    const csv = readFileSync(await (await csvDownload).path(), 'utf8');
    expect(csv.split('\r\n').filter((l) => l.length > 0).length).toBe(log.decisions.length + 1);
    const xapiDownload = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Download as xAPI' }).click();
    const statements = JSON.parse(readFileSync(await (await xapiDownload).path(), 'utf8')) as unknown[];
    expect(statements.length).toBeGreaterThan(log.decisions.length);
    for (const st of statements) expect(validateXapi(st)).toEqual([]);

    // "Download all my logs" on the list gives a zip holding this attempt's log.
    await page.goto(baseUrl);
    const zipDownload = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Download all my logs (.zip)' }).click();
    const files = unzipSync(new Uint8Array(readFileSync(await (await zipDownload).path())));
    const inZip = Object.values(files).map((bytes) => parseDecisionLog(strFromU8(bytes)));
    expect(inZip.some((r) => r.ok && r.log.attempt.id === log.attempt.id)).toBe(true);

    expect(pageErrors(page)).toEqual([]);
    await page.context().close();
  });
});

const validateXapi = ((xapiValidation as unknown as { default?: unknown }).default ?? xapiValidation) as (s: unknown) => unknown[];
