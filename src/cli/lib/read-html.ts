/**
 * HTML in Node: jsdom parses the page (scripts never run, no sub-resources are fetched: jsdom's defaults,
 * stated explicitly below) and the platform adapter runs Readability over it.
 */
import { JSDOM, VirtualConsole } from 'jsdom';
import type { HtmlExtract } from '../../core';
import { extractHtml } from '../../platform/html/extract-html';

/**
 * Parse an HTML page and extract its article as plain text blocks.
 * @param html the raw page.
 * @param url the page's address when known (resolves relative links; never fetched).
 * @returns the extract for `ingestArticle({ html })`.
 */
export function extractHtmlInNode(html: string, url?: string): HtmlExtract {
  const dom = new JSDOM(html, {
    runScripts: undefined,
    resources: undefined,
    pretendToBeVisual: false,
    virtualConsole: new VirtualConsole(),
    ...(url ? { url } : {}),
  });
  try {
    return extractHtml(dom.window.document);
  } finally {
    dom.window.close();
  }
}
