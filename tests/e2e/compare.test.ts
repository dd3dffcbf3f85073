import { afterAll, beforeAll, describe, expect, it, inject } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser, openPage } from './helpers/browser';

const baseUrl = inject('baseUrl');
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('compare view in Chromium', () => {
  it('serves the app', async () => {
    const page = await openPage(browser, baseUrl);
    await expect(page.title()).resolves.toBe('Parallax');
  });
});
