/**
 * Launches the system Chromium through playwright-core for e2e tests.
 * The flags keep headless Chromium quiet and deterministic on a CI box with no sandbox or GPU.
 */
import { existsSync } from 'node:fs';
import { chromium, type Browser, type Page } from 'playwright-core';

/** Path of the system Chromium (install with `apt-get install -y chromium`). */
export const CHROMIUM_PATH = process.env.PARALLAX_CHROMIUM ?? '/usr/bin/chromium';

/** Launch headless Chromium; throws a clear error when the binary is missing. */
export async function launchBrowser(): Promise<Browser> {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(
      `Chromium not found at ${CHROMIUM_PATH}: apt-get install -y chromium (or set PARALLAX_CHROMIUM)`,
    );
  }
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
    ],
  });
}

/** Open a page with a given viewport and colour scheme. */
export async function openPage(
  browser: Browser,
  url: string,
  options: { width?: number; height?: number; colorScheme?: 'light' | 'dark' } = {},
): Promise<Page> {
  const context = await browser.newContext({
    viewport: { width: options.width ?? 1440, height: options.height ?? 900 },
    colorScheme: options.colorScheme ?? 'light',
  });
  const page = await context.newPage();
  await page.goto(url);
  return page;
}
