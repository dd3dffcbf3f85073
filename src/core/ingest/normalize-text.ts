/**
 * Text normalisation for ingest: one canonical form for every raw article, so that offsets, ids and
 * comparisons do not depend on how a file was saved (CRLF, BOM, NBSP, zero-width joiners, NFD).
 * Curly quotes and dashes are kept as written: they are content, and claims quote them. Character
 * references left by scrapers ("&amp;", "&#39;") are decoded.
 */
import { decodeEntities } from './html-entities';

/** Zero-width and invisible formatting characters that carry no text (ZWSP, ZWNJ, ZWJ, word joiner, BOM, soft hyphen). */
const INVISIBLE = /[\u200B-\u200D\u2060\uFEFF\u00AD]/g;

/** Horizontal Unicode spaces (tab, NBSP, en/em/thin/hair spaces, narrow NBSP, ideographic space …). */
const HORIZONTAL_SPACE = /[\t\v\f \u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]+/g;

/** Line breaks other than LF: CRLF, CR, NEL, line/paragraph separators. */
const LINE_BREAK = /\r\n?|[\u0085\u2028\u2029]/g;

/** C0/C1 control characters other than LF (and the tab, handled as a space). */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL = /[\u0000-\u0008\u000E-\u001F\u007F-\u0084\u0086-\u009F]/g;

/**
 * Normalise raw article text: decode character references, strip a BOM and zero-width characters, turn CRLF/CR into LF and every
 * Unicode space into a plain space, collapse runs of spaces, trim each line, and apply NFC.
 * Idempotent: `normalizeText(normalizeText(s)) === normalizeText(s)`.
 * @param raw any string (never throws).
 * @returns the normalised text; lines are kept (blank lines become empty lines).
 */
export function normalizeText(raw: string): string {
  return decodeEntities(raw)
    .replace(LINE_BREAK, '\n')
    .replace(INVISIBLE, '')
    .replace(CONTROL, '')
    .normalize('NFC')
    .replace(HORIZONTAL_SPACE, ' ')
    .split('\n')
    .map((line) => line.trim())
    .join('\n');
}

/**
 * Normalise one line or block of text that must stay on a single line (HTML text nodes, manifest values):
 * like {@link normalizeText}, with every line break turned into a space.
 * @param raw any string.
 * @returns a single trimmed line.
 */
export function normalizeInline(raw: string): string {
  return normalizeText(raw).replace(/\n+/g, ' ').replace(/ {2,}/g, ' ').trim();
}
