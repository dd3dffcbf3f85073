/**
 * HTML text → plain blocks in the browser (or a worker-free page): `DOMParser` builds an inert document —
 * scripts in it never run, event handlers never fire, images never load — and Readability reads it.
 */
import type { HtmlExtract } from '../../core';
import { extractHtml } from './extract-html';

/** What this adapter needs of `DOMParser` (injectable for tests and other DOM implementations). */
export interface HtmlParser {
  parseFromString(text: string, type: 'text/html'): Document;
}

/**
 * Extract the article of an HTML page given as text.
 * @param html the raw page.
 * @param parser a `DOMParser` (defaults to the browser's).
 * @returns the extract for `ingestArticle({ html })`.
 */
export function extractHtmlFromString(html: string, parser: HtmlParser = new DOMParser()): HtmlExtract {
  return extractHtml(parser.parseFromString(html, 'text/html'));
}
