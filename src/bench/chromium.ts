/**
 * Real Chromium, for the browser tests and `npm run bench -- --browser`: Debian's build at
 * /usr/bin/chromium, or whatever CHROME_PATH points to, driven by playwright-core. Node only.
 */
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

export const CHROME_PATH = process.env.CHROME_PATH ?? '/usr/bin/chromium';

/** Throws a message that says what to install when there is no Chromium. */
export function requireChromium(): void {
  if (!existsSync(CHROME_PATH)) {
    throw new Error(`Chromium was not found at ${CHROME_PATH}. Install it (Debian: sudo apt-get install chromium) or set CHROME_PATH to a Chromium or Chrome binary.`);
  }
}

export async function launchBrowser(options: { webgl?: boolean } = {}): Promise<Browser> {
  const args = [
    '--headless',
    '--no-sandbox',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
    '--disable-dev-shm-usage',
    '--mute-audio',
    '--autoplay-policy=user-gesture-required',
  ];
  if (options.webgl !== false) args.push('--use-gl=swiftshader', '--enable-unsafe-swiftshader');
  return chromium.launch({ executablePath: CHROME_PATH, headless: true, args });
}
