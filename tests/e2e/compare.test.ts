/**
 * The compare view in real Chromium on the bundled story: the acceptance path of the compare-view issue
 * (click the claim with "three meetings", see the other sources' counts), scrolling and layout that jsdom
 * cannot show, axe-core with the panel open (light and dark), and screenshots into /tmp/shots/.
 */
import { mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it, inject } from 'vitest';
import { launchBrowser, openPage } from './helpers/browser';

const baseUrl = inject('baseUrl');
const storyUrl = `${baseUrl}#/story/trump-kim-letters`;
const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const SHOTS = '/tmp/shots';
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
  mkdirSync(SHOTS, { recursive: true });
});
afterAll(async () => {
  await browser?.close();
});

const claimWith = (page: Page, text: string) => page.locator('[data-claim-id]', { hasText: text }).first();
const claimPanel = (page: Page) =>
  page.getByRole('region', { name: /reported by|told differently|only in/i });

async function seriousViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ path: axePath });
  const violations = await page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: {
          run: (ctx: Document) => Promise<{
            violations: { id: string; impact: string | null; nodes: { target: unknown[] }[] }[];
          }>;
        };
      }
    ).axe;
    const result = await axe.run(document);
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      targets: v.nodes.map((n) => String(n.target[0])).slice(0, 3),
    }));
  });
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.targets.join(', ')}`);
}

describe('compare view in Chromium', () => {
  it('the "three meetings" claim opens a panel with the other sources’ versions and their different counts', async () => {
    const page = await openPage(browser, storyUrl);
    await claimWith(page, 'three meetings').click();
    const panel = claimPanel(page);
    await panel.waitFor();
    const versions = panel.getByRole('list', { name: 'Versions' }).getByRole('listitem');
    const byOutlet = new Map<string, string>();
    for (const item of await versions.all()) {
      // an outlet with two versions labels them "The Independent (1)", "(2)": gather them under one name
      const outlet = ((await item.getAttribute('aria-label')) ?? '').replace(/ \(\d+\)$/, '');
      byOutlet.set(outlet, `${byOutlet.get(outlet) ?? ''} ${(await item.textContent()) ?? ''}`);
    }
    expect([...byOutlet.keys()]).toEqual(
      expect.arrayContaining(['Daily Mail', 'Unknown outlet', 'The Independent']),
    );
    expect(byOutlet.get('Unknown outlet')).toMatch(/three meetings/);
    expect(byOutlet.get('Daily Mail')).toMatch(/\btwo (meetings|summits)\b/);
    expect(byOutlet.get('The Independent')).toMatch(/several rounds/);
    await page.close();
  });

  it('opening the panel does not move the columns, and every column scrolls its counterpart into view', async () => {
    const page = await openPage(browser, storyUrl);
    const columns = page.locator('#compare-columns > div');
    await claimWith(page, 'three meetings').waitFor();
    const before = await columns.evaluateAll((els) =>
      els.map((e) => JSON.stringify(e.getBoundingClientRect())),
    );
    await claimWith(page, 'three meetings').click();
    await claimPanel(page).waitFor();
    await page.waitForTimeout(900); // smooth scrolling
    const after = await columns.evaluateAll((els) =>
      els.map((e) => JSON.stringify(e.getBoundingClientRect())),
    );
    expect(after).toEqual(before);
    const outOfView = await page.evaluate(() => {
      const misses: string[] = [];
      for (const column of document.querySelectorAll<HTMLElement>('#compare-columns > div')) {
        const target = column.querySelector<HTMLElement>('[data-claim-id][data-selected]');
        if (!target) continue;
        const box = target.getBoundingClientRect();
        const frame = column.getBoundingClientRect();
        if (box.bottom < frame.top || box.top > frame.bottom) misses.push(target.textContent ?? '');
      }
      return misses;
    });
    expect(outOfView).toEqual([]);
    await page.close();
  });

  it('axe finds no serious or critical violation with the panel open (wide and narrow) and on the list, in light and dark', async () => {
    for (const colorScheme of ['light', 'dark'] as const) {
      const page = await openPage(browser, storyUrl, { colorScheme });
      await claimWith(page, 'three meetings').click();
      await claimPanel(page).waitFor();
      expect(await seriousViolations(page), colorScheme).toEqual([]);
      await page.close();

      const narrow = await openPage(browser, storyUrl, { width: 390, height: 844, colorScheme });
      await claimWith(narrow, 'two meetings').click();
      await claimPanel(narrow).waitFor();
      expect(await seriousViolations(narrow), `${colorScheme}, narrow`).toEqual([]);
      await narrow.close();

      const list = await openPage(browser, baseUrl, { colorScheme });
      await list
        .getByRole('link', { name: /articles/ })
        .first()
        .waitFor();
      expect(await seriousViolations(list), `${colorScheme}, story list`).toEqual([]);
      await list.close();
    }
  });

  it('keyboard: j opens the first discrepancy, Escape closes the panel', async () => {
    const page = await openPage(browser, storyUrl);
    await page.getByRole('heading', { level: 1 }).waitFor();
    await page.keyboard.press('j');
    await claimPanel(page).waitFor();
    expect(page.url()).toMatch(/disc=/);
    await page.keyboard.press('Escape');
    await claimPanel(page).waitFor({ state: 'detached', timeout: 5000 });
    expect(page.url()).not.toMatch(/panel=1/);
    await page.close();
  });

  it('Tab reaches a claim with a visible focus ring, and Enter opens it', async () => {
    const page = await openPage(browser, storyUrl);
    await page.getByRole('heading', { level: 1 }).waitFor();
    let onClaim = false;
    for (let i = 0; i < 20 && !onClaim; i++) {
      await page.keyboard.press('Tab');
      onClaim = await page.evaluate(() => document.activeElement?.hasAttribute('data-claim-id') ?? false);
    }
    expect(onClaim).toBe(true);
    const ring = await page.evaluate(() => {
      const style = getComputedStyle(document.activeElement as Element);
      return { style: style.outlineStyle, width: parseFloat(style.outlineWidth) };
    });
    expect(ring.style).not.toBe('none');
    expect(ring.width).toBeGreaterThanOrEqual(2);
    await page.keyboard.press('Enter');
    await claimPanel(page).waitFor();
    await page.close();
  });

  it('takes screenshots at 1440×900 and 390×844, light and dark', async () => {
    for (const colorScheme of ['light', 'dark'] as const) {
      const wide = await openPage(browser, baseUrl, { colorScheme });
      await wide
        .getByRole('link', { name: /articles/ })
        .first()
        .waitFor();
      await wide.screenshot({ path: `${SHOTS}/list-1440-${colorScheme}.png` });
      await wide.goto(storyUrl);
      await claimWith(wide, 'three meetings').click();
      await claimPanel(wide).waitFor();
      await wide.waitForTimeout(900);
      await wide.screenshot({ path: `${SHOTS}/story-1440-${colorScheme}.png` });
      await wide.close();

      const narrow = await openPage(browser, storyUrl, { width: 390, height: 844, colorScheme });
      await narrow.getByRole('tab', { name: 'Daily Mail' }).waitFor();
      await narrow.screenshot({ path: `${SHOTS}/story-390-${colorScheme}.png` });
      await claimWith(narrow, 'two meetings').click();
      await claimPanel(narrow).waitFor();
      await narrow.waitForTimeout(900);
      await narrow.screenshot({ path: `${SHOTS}/story-390-panel-${colorScheme}.png` });
      await narrow.close();
    }
  });
});
