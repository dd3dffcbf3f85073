/**
 * Share links end to end in real Chromium: what jsdom cannot show (selection, clipboard, scrolling,
 * a fresh page opening a link).
 */
import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, it, inject } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchBrowser } from './helpers/browser';

const baseUrl = inject('baseUrl');
const STORY = `${baseUrl}#/story/trump-kim-letters`;
let browser: Browser;
const contexts: BrowserContext[] = [];
const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

/** axe-core's serious and critical violations on the page, as `id: target` lines. */
async function seriousViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ path: axePath });
  return page.evaluate(async () => {
    type Result = { violations: { id: string; impact: string | null; nodes: { target: unknown[] }[] }[] };
    const axe = (window as unknown as { axe: { run: (ctx: Document) => Promise<Result> } }).axe;
    const result = await axe.run(document);
    return result.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id}: ${v.nodes.map((n) => String(n.target[0])).join(', ')}`);
  });
}

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  for (const c of contexts) await c.close();
  await browser?.close();
});

/** A fresh page (own context: no shared history or storage) at `url`, failing on any dialog. */
async function freshPage(url: string, clipboard = false): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  contexts.push(context);
  if (clipboard)
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], {
      origin: new URL(baseUrl).origin,
    });
  const page = await context.newPage();
  page.on('dialog', (d) => {
    throw new Error(`unexpected dialog: ${d.message()}`);
  });
  await page.goto(url);
  await page.waitForSelector('[data-article-id] [data-start]');
  return page;
}

/** Whether the element's box lies within the viewport. */
async function inViewport(page: Page, selector: string): Promise<boolean> {
  return page.evaluate((sel) => {
    const el = document.querySelector(sel);
    if (!el) return false;
    const r = el.getBoundingClientRect();
    return (
      r.height > 0 &&
      r.top >= 0 &&
      r.bottom <= window.innerHeight &&
      r.left >= 0 &&
      r.right <= window.innerWidth
    );
  }, selector);
}

describe('share links in Chromium', () => {
  it('copies a link to a selected passage; a fresh page highlights it and scrolls it into view', async () => {
    const page = await freshPage(STORY, true);
    // Select 40 characters inside a long run near the end of the second column, as a reader would.
    const selected = await page.evaluate(() => {
      const column = document.querySelectorAll('[data-article-id]')[1] as HTMLElement;
      const runs = [...column.querySelectorAll<HTMLElement>('span[data-start]')].filter(
        (el) => (el.firstChild?.textContent ?? '').length > 80,
      );
      const run = runs[runs.length - 2] as HTMLElement;
      const text = run.firstChild as Text;
      run.scrollIntoView({ block: 'center' });
      const range = document.createRange();
      range.setStart(text, 20);
      range.setEnd(text, 60);
      const selection = window.getSelection() as Selection;
      selection.removeAllRanges();
      selection.addRange(range);
      run.dispatchEvent(new MouseEvent('mouseup', { bubbles: true }));
      return range.toString();
    });
    expect(selected).toHaveLength(40);
    await page.getByRole('button', { name: 'Copy link to passage' }).click();
    await page.getByText('Link copied').first().waitFor();
    const link = await page.evaluate(() => navigator.clipboard.readText());
    expect(link.startsWith(`${baseUrl}#/story/trump-kim-letters?v=1&p=`)).toBe(true);
    // The passage is highlighted right away in this page too.
    await page.waitForSelector('mark[data-passage]');

    const fresh = await freshPage(link);
    await fresh.waitForSelector('mark[data-passage~="passage-1"]');
    const marked = await fresh.$$eval('mark[data-passage~="passage-1"]', (els) =>
      els.map((e) => e.textContent).join(''),
    );
    expect(marked).toBe(selected);
    await fresh.getByText('1 shared passage is highlighted.').waitFor();
    const label = await fresh.$eval(
      'mark[data-passage-start]',
      (m) => getComputedStyle(m, '::before').content,
    );
    expect(label).toBe('"Shared passage"');
    await expect
      .poll(() => inViewport(fresh, 'mark[data-passage~="passage-1"]'), { timeout: 5000 })
      .toBe(true);
    // The highlight and its notice, and the page with the toolbar open, pass axe.
    expect(await seriousViolations(fresh)).toEqual([]);
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('on a phone-sized screen, opens the passage’s source tab and scrolls to it', async () => {
    const page = await freshPage(STORY);
    const link = await page.evaluate(() => {
      const column = document.querySelectorAll('[data-article-id]')[2] as HTMLElement;
      const run = [...column.querySelectorAll<HTMLElement>('span[data-start]')]
        .filter((el) => (el.firstChild?.textContent ?? '').length > 80)
        .at(-1) as HTMLElement;
      const range = document.createRange();
      range.setStart(run.firstChild as Text, 0);
      range.setEnd(run.firstChild as Text, 50);
      window.getSelection()?.removeAllRanges();
      window.getSelection()?.addRange(range);
      run.dispatchEvent(new MouseEvent('mouseup', { bubbles: true }));
      return range.toString();
    });
    await page.getByRole('button', { name: 'Add passage to link' }).click();
    await page.waitForSelector('mark[data-passage]');
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true });
    contexts.push(context);
    const phone = await context.newPage();
    await phone.goto(page.url());
    await phone.waitForSelector('mark[data-passage~="passage-1"]');
    expect(
      await phone.$$eval('mark[data-passage~="passage-1"]', (els) => els.map((e) => e.textContent).join('')),
    ).toBe(link);
    await expect
      .poll(() => inViewport(phone, 'mark[data-passage~="passage-1"]'), { timeout: 5000 })
      .toBe(true);
  });

  it('holds several passages in one link', async () => {
    const page = await freshPage(STORY, true);
    for (const columnIndex of [0, 2]) {
      await page.evaluate((i) => {
        const column = document.querySelectorAll('[data-article-id]')[i] as HTMLElement;
        const run = [...column.querySelectorAll<HTMLElement>('span[data-start]')].find(
          (el) => (el.firstChild?.textContent ?? '').length > 60,
        ) as HTMLElement;
        const range = document.createRange();
        range.setStart(run.firstChild as Text, 0);
        range.setEnd(run.firstChild as Text, 30);
        window.getSelection()?.removeAllRanges();
        window.getSelection()?.addRange(range);
        run.dispatchEvent(new MouseEvent('mouseup', { bubbles: true }));
      }, columnIndex);
      await page.getByRole('button', { name: 'Add passage to link' }).click();
      await page.getByRole('button', { name: 'Close', exact: true }).click();
    }
    await page.getByText('2 shared passages are highlighted.').waitFor();
    const fresh = await freshPage(page.url());
    await fresh.getByText('2 shared passages are highlighted.').waitFor();
    expect(await fresh.locator('mark[data-passage~="passage-2"]').count()).toBeGreaterThan(0);
  });

  it('a claim link reopens the same claim panel in a fresh page', async () => {
    const page = await freshPage(STORY);
    const claim = page.locator('[data-claim-id][data-group-id]').first();
    const claimId = await claim.getAttribute('data-claim-id');
    await claim.click();
    const heading = page.locator('#claim-panel-title');
    await heading.waitFor();
    const title = await heading.textContent();
    expect(page.url()).toContain(`claim=${claimId}`);

    const fresh = await freshPage(page.url());
    await fresh.locator('#claim-panel-title').waitFor();
    expect(await fresh.locator('#claim-panel-title').textContent()).toBe(title);
    expect(await fresh.locator(`[data-claim-id="${claimId}"]`).getAttribute('aria-pressed')).toBe('true');
  });

  it('the claim panel copy button gives the same link', async () => {
    const page = await freshPage(STORY, true);
    await page.locator('[data-claim-id][data-group-id]').first().click();
    await page.getByRole('button', { name: 'Copy link to this claim' }).click();
    await page.getByText('Link copied').first().waitFor();
    const link = await page.evaluate(() => navigator.clipboard.readText());
    const fresh = await freshPage(link);
    await fresh.locator('#claim-panel-title').waitFor();
  });

  it('a garbage or tampered link shows a notice and the page still works', async () => {
    const page = await freshPage(
      `${STORY}?v=1&claim=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E&p=%40%40not-base64%40%40`,
    );
    await page.getByText(/Part of this link could not be used/).waitFor();
    expect(await page.locator('img[src="x"]').count()).toBe(0);
    await page.locator('[data-claim-id][data-group-id]').first().click();
    await page.locator('#claim-panel-title').waitFor();

    const list = await browser.newPage();
    await list.goto(`${baseUrl}#%%%garbage`);
    await list.getByText(/could not be read/).waitFor();
    await list.close();
  });

  it('says so when a shared passage is not in this version of the article', async () => {
    const page = await freshPage(STORY);
    const articleId = await page.locator('[data-article-id]').first().getAttribute('data-article-id');
    const tuples = [[articleId, 'A sentence that this article never contained at all.', '', '', 10]];
    const p = Buffer.from(JSON.stringify(tuples)).toString('base64url');
    const fresh = await freshPage(`${STORY}?v=1&p=${p}`);
    await fresh.getByText('Passage not found in this version').waitFor();
    expect(await fresh.locator('mark[data-passage]').count()).toBe(0);
  });
});
