/**
 * Scraped plain text that carries a few inline tags: an embedded post's links and line breaks
 * ("WORLD RECORD<br><br>… at the <a href="…">@ChiMarathon</a> with 2:00:35"). Such a file is an
 * article in text, not a page: read through the HTML adapter it would lose its paragraphs, so the
 * tags are dropped here instead (a line break stays a line break) and the text is read as text.
 * A page's structure (paragraph, heading, list or section tags, scripts, styles, metadata) makes it
 * HTML, which goes through the adapter as before.
 */

/** Tags of a page's structure or code: a text holding one is HTML. */
const PAGE_TAG =
  /<\/?(?:p|div|body|head|html|script|style|article|section|header|footer|nav|main|aside|h[1-6]|li|ul|ol|meta|link|figure|table|iframe|form|noscript|template|svg|object|embed|title)\b[^>]*>/i;

/** Inline tags a scraped text may keep from an embedded post or a link. */
const INLINE_TAG =
  /<\/?(?:a|br|span|img|b|i|em|strong|u|small|sup|sub|abbr|time|cite|q|blockquote|wbr)\b[^<>]*>/gi;

const ANY_INLINE_TAG = new RegExp(INLINE_TAG.source, 'i');

/** A text line with no tag in it. */
const PLAIN_LINE = /^[^<>\n]*\p{L}[^<>\n]*$/gmu;

/** Lines of plain text a file needs beside its tags to be read as an article in text. */
const MIN_PLAIN_LINES = 3;

/**
 * Whether a text is plain prose with some inline tags: no page structure, and at least a few lines
 * without any tag.
 */
export function isTextWithInlineMarkup(text: string): boolean {
  if (PAGE_TAG.test(text) || !ANY_INLINE_TAG.test(text)) return false;
  let lines = 0;
  for (const _ of text.matchAll(PLAIN_LINE)) if (++lines >= MIN_PLAIN_LINES) return true;
  return false;
}

/**
 * Drop the inline tags of a text that {@link isTextWithInlineMarkup}; a line break tag becomes a
 * line break. Other texts are returned unchanged. Idempotent.
 */
export function stripInlineMarkup(text: string): string {
  if (!isTextWithInlineMarkup(text)) return text;
  return text.replace(INLINE_TAG, (tag) => (/^<br\b/i.test(tag) ? '\n' : ''));
}
