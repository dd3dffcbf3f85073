/**
 * Sentence segmentation with exact offsets.
 *
 * Source: Unicode UAX #29 sentence boundaries via `Intl.Segmenter` (ICU), then fixes for what it
 * gets wrong in news text, in the spirit of Punkt (Kiss & Strunk 2006): a boundary is removed
 * after an abbreviation ("Mr.", "Dr.", "St."), an initial ("J. K."), a dotted acronym followed by a
 * word that does not start a sentence ("U.S. officials", "3 p.m. on"), and an ellipsis followed by
 * a lower-case word. Lossless: the pieces cover the input exactly, whitespace included.
 */

/** A half-open `[start, end)` range. */
export interface Span {
  readonly start: number;
  readonly end: number;
}

/** Titles and abbreviations after which a period does not end a sentence. */
const ABBREVIATIONS = new Set([
  'mr',
  'mrs',
  'ms',
  'dr',
  'st',
  'jr',
  'sr',
  'prof',
  'gen',
  'sen',
  'rep',
  'gov',
  'lt',
  'col',
  'capt',
  'sgt',
  'cpl',
  'maj',
  'adm',
  'rev',
  'fr',
  'hon',
  'pres',
  'supt',
  'insp',
  'det',
  'vs',
  'approx',
  'dept',
  'fig',
  'mt',
  'ft',
  'ave',
  'blvd',
  'jan',
  'feb',
  'apr',
  'jun',
  'jul',
  'aug',
  'sep',
  'sept',
  'oct',
  'nov',
  'dec',
]);

/** Capitalised words that usually start a sentence (so "U.S. The" is a boundary, "U.S. Army" not). */
const SENTENCE_STARTERS = new Set([
  'the',
  'a',
  'an',
  'he',
  'she',
  'it',
  'they',
  'we',
  'i',
  'you',
  'but',
  'and',
  'or',
  'so',
  'in',
  'on',
  'at',
  'this',
  'that',
  'these',
  'those',
  'there',
  'his',
  'her',
  'their',
  'its',
  'our',
  'my',
  'if',
  'when',
  'while',
  'after',
  'before',
  'as',
  'for',
  'however',
  'meanwhile',
  'yet',
  'still',
  'then',
  'since',
  'despite',
  'although',
  'even',
  'according',
  'last',
  'earlier',
  'later',
  'also',
]);

let segmenter: Intl.Segmenter | null = null;

/** ICU boundaries inside `text`, excluding 0 and `text.length`. */
function icuBoundaries(text: string): number[] {
  segmenter ??= new Intl.Segmenter('en', { granularity: 'sentence' });
  const cuts: number[] = [];
  for (const s of segmenter.segment(text)) if (s.index > 0) cuts.push(s.index);
  return cuts;
}

/** Whether the boundary at `cut` (start of the next piece) should be removed. */
function isFalseBoundary(text: string, cut: number): boolean {
  const before = text.slice(Math.max(0, cut - 40), cut).trimEnd();
  const after = text.slice(cut, cut + 40);
  const next = /^\s*["'\u2018\u201c(]?([\p{L}\p{N}]+)/u.exec(after)?.[1] ?? '';
  const nextLower =
    next.length > 0 && next[0] === next[0]?.toLowerCase() && /\p{L}|\p{N}/u.test(next[0] ?? '');
  if (!before.endsWith('.')) return false;
  // Ellipsis in the middle of a sentence ("in concert ... but he").
  if (/(\.\s?\.\s?\.|\u2026)$/.test(before)) return nextLower;
  const word = /([\p{L}.]+)\.$/u.exec(before)?.[1] ?? '';
  const bare = word.toLowerCase();
  if (ABBREVIATIONS.has(bare)) return true;
  // A dateline's abbreviated state or region, then the wire or a dash: "FALL RIVER, Mass.
  // (CBSMiami/AP) — …", "HARRISBURG, Pa. — …".
  if (
    /,\s*\p{Lu}[\p{L}.]{0,5}\.$/u.test(before) &&
    /^\s*(?:\([^()]{1,30}\)\s*)?(?:[\u2014\u2013]|--?\s)/u.test(after)
  )
    return true;
  // "No. 10", "Nos. 3": numbered items.
  if ((bare === 'no' || bare === 'nos') && /^\s*\d/.test(after)) return true;
  const notStarter = next !== '' && !SENTENCE_STARTERS.has(next.toLowerCase());
  // Single initials ("J. K. Rowling"), dotted acronyms and times ("U.S.", "U.N.", "a.m.").
  if (/^\p{Lu}$/u.test(word) || /^(\p{L}\.)+\p{L}$/u.test(word)) return nextLower || notStarter;
  return false;
}

/**
 * Split `text` into sentences.
 * @param text any string.
 * @returns contiguous spans covering `[0, text.length)` exactly (joining the slices gives `text`);
 *   trailing whitespace belongs to the sentence before it. Empty input gives no spans.
 */
export function segmentSentences(text: string): Span[] {
  if (text.length === 0) return [];
  const cuts = [...new Set([...icuBoundaries(text), ...unspacedBoundaries(text)])]
    .sort((a, b) => a - b)
    .filter((cut) => !isFalseBoundary(text, cut));
  const spans: Span[] = [];
  let start = 0;
  for (const raw of cuts) {
    const cut = openingQuoteCut(text, start, raw);
    if (cut <= start || cut >= text.length) continue;
    spans.push({ start, end: cut });
    start = cut;
  }
  spans.push({ start, end: text.length });
  return spans;
}

/**
 * Sentence ends that scraping glued to the next sentence ("her spokesman said.Speaking from a
 * lectern"): a word of lower-case letters, a full stop, then a capitalised word, with no space.
 * ICU sees none of these; "bbc.co.uk" and "Mr.Smith" are not cut (see isFalseBoundary).
 */
function unspacedBoundaries(text: string): number[] {
  return [...text.matchAll(/\p{Ll}{2}[.!?](?=\p{Lu}\p{Ll})/gu)].map((m) => (m.index ?? 0) + 3);
}

/**
 * Scraped text loses the space between sentences: in `next week"."This will` the quote mark before
 * "This" opens the next sentence (the one before has its quotes balanced), so the cut goes before it.
 */
function openingQuoteCut(text: string, start: number, cut: number): number {
  if (text[cut - 1] !== '"' || !/[.!?]/.test(text[cut - 2] ?? '') || !/\p{L}/u.test(text[cut] ?? ''))
    return cut;
  const quotes = text.slice(start, cut - 1).split('"').length - 1;
  return quotes % 2 === 0 ? cut - 1 : cut;
}

/**
 * Shrink a span so it starts and ends on non-whitespace.
 * @returns the trimmed span, or null when the span holds only whitespace.
 */
export function trimSpan(text: string, span: Span): Span | null {
  let { start, end } = span;
  while (start < end && /\s/u.test(text[start] ?? '')) start++;
  while (end > start && /\s/u.test(text[end - 1] ?? '')) end--;
  return start < end ? { start, end } : null;
}
