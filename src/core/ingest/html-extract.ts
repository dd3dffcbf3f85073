/**
 * What an HTML adapter (src/platform/html/) hands the core: plain text blocks and the metadata the
 * extractor found. The core never sees markup (docs/adr/0001).
 */
import { isTextWithInlineMarkup } from './inline-markup';

/** One block of extracted text: a paragraph, a heading, a list item or a figure caption. */
export interface HtmlBlock {
  readonly text: string;
  readonly kind: 'text' | 'heading' | 'list-item' | 'caption';
}

/** Readability's result reduced to plain data. */
export interface HtmlExtract {
  readonly title: string | null;
  readonly byline: string | null;
  readonly siteName: string | null;
  /** As the page states it (ISO 8601 from a meta tag, or a human date); parsed by the core. */
  readonly published: string | null;
  readonly blocks: readonly HtmlBlock[];
}

/** Tags that mark a text as HTML markup: a doctype or `<html>` at the start, or several common tags. */
const HTML_START = /^\s*(?:<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>])/i;
const HTML_TAG =
  /<\/?(?:p|div|span|a|br|body|head|script|style|article|section|h[1-6]|li|ul|img|meta|link|figure)\b[^>]*>/gi;

/**
 * Three or more common tags: a plain article quoting one tag in a sentence stays text, a page with markup
 * throughout does not. Chosen on the side of caution: markup must never reach the body as text.
 */
const MIN_TAGS = 3;

/**
 * Detect HTML input.
 * @param text the raw file content.
 * @returns true when the text is HTML markup rather than plain text.
 */
export function looksLikeHtml(text: string): boolean {
  if (HTML_START.test(text)) return true;
  // Prose with a few inline tags (an embedded post) is text: ingest drops the tags itself.
  if (isTextWithInlineMarkup(text)) return false;
  let count = 0;
  for (const _ of text.matchAll(HTML_TAG)) if (++count >= MIN_TAGS) return true;
  return false;
}
