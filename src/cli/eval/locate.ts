/**
 * Find gold sentences and evidence in the ingested article bodies, tolerant of what ingest may
 * normalise (curly vs straight quotes, NBSP, runs of whitespace, ellipsis and dash forms).
 * The normalised text keeps a map back to original offsets, so located spans are body offsets.
 */
import { decodeEntities } from '../../core/ingest/html-entities';
import type { Gold, GoldSide } from './gold';

/** A half-open `[start, end)` span in one article body. */
export interface Span {
  readonly articleId: string;
  readonly start: number;
  readonly end: number;
}

/** A normalised string and, per normalised char, the index of the original char it came from. */
export interface Folded {
  readonly text: string;
  readonly origin: readonly number[];
}

const FOLD: Readonly<Record<string, string>> = {
  '\u2018': "'",
  '\u2019': "'",
  '\u201a': "'",
  '\u2032': "'",
  '`': "'",
  '\u201c': '"',
  '\u201d': '"',
  '\u201e': '"',
  '\u2033': '"',
  '\u2026': '...',
  '\u2013': '-',
  '\u2014': '-',
  '\u2011': '-',
  '\u00ad': '',
};

/**
 * Fold text for matching: quote marks to ASCII, dashes to "-", "…" to "...", soft hyphens dropped,
 * every run of whitespace (NBSP included) to one space.
 * @returns the folded text and the original index of each folded char.
 */
export function foldText(text: string): Folded {
  let out = '';
  const origin: number[] = [];
  let lastSpace = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] ?? '';
    if (/\s/u.test(ch)) {
      if (!lastSpace) {
        out += ' ';
        origin.push(i);
      }
      lastSpace = true;
      continue;
    }
    lastSpace = false;
    const mapped = FOLD[ch] ?? ch;
    for (const m of mapped) {
      out += m;
      origin.push(i);
    }
  }
  return { text: out, origin };
}

let cache: { key: string; value: Folded } | null = null;
function foldCached(text: string): Folded {
  if (cache?.key !== text) cache = { key: text, value: foldText(text) };
  return cache.value;
}

/**
 * Find `needle` in `haystack` after folding both.
 * @param from preferred original offset: the first match at or after it wins, else the first anywhere.
 * @param within optional original `[start, end)` window to search in.
 * @returns original `[start, end)` offsets, or null when absent.
 */
export function locateText(
  haystack: string,
  needle: string,
  from = 0,
  within?: { readonly start: number; readonly end: number },
): { start: number; end: number } | null {
  const hay = foldCached(haystack);
  // Gold text is copied from the raw file; ingest decoded its character references ("&#39;").
  const pin = foldText(decodeEntities(needle)).text.trim();
  if (pin === '') return null;
  const hits: number[] = [];
  for (let at = hay.text.indexOf(pin); at >= 0; at = hay.text.indexOf(pin, at + 1)) hits.push(at);
  const spans = hits
    .map((at) => ({ start: hay.origin[at] ?? 0, end: (hay.origin[at + pin.length - 1] ?? 0) + 1 }))
    .filter((s) => !within || (s.start >= within.start && s.end <= within.end));
  return spans.find((s) => s.start >= from) ?? spans[0] ?? null;
}

/** A body to locate in: its article id, file name and clean text. */
export interface LocatableArticle {
  readonly id: string;
  readonly file: string;
  readonly body: string;
}

/** Where each gold sentence and evidence sits in the ingested bodies (null: not in the body). */
export interface LocatedGold {
  readonly sentences: ReadonlyMap<string, Span | null>;
  /** The article id of each gold sentence's file (null when no article has that file). */
  readonly articleOf: ReadonlyMap<string, string | null>;
  readonly side: (side: GoldSide) => Span | null;
}

/**
 * Locate every gold sentence in its article's body, in label order (a repeated sentence takes the
 * first occurrence after the previous sentence of its file), and evidence within its sentence.
 */
export function locateGold(gold: Gold, articles: readonly LocatableArticle[]): LocatedGold {
  const byFile = new Map(articles.map((a) => [a.file, a]));
  const sentences = new Map<string, Span | null>();
  const articleOf = new Map<string, string | null>();
  const cursor = new Map<string, number>();
  for (const s of gold.sentences) {
    const article = byFile.get(s.file);
    articleOf.set(s.id, article?.id ?? null);
    if (!article) {
      sentences.set(s.id, null);
      continue;
    }
    const found = locateText(article.body, s.text, cursor.get(s.file) ?? 0);
    if (found) cursor.set(s.file, found.end);
    sentences.set(s.id, found ? { articleId: article.id, ...found } : null);
  }
  const side = (g: GoldSide): Span | null => {
    const sentence = sentences.get(g.sentence);
    const article = byFile.get(g.file);
    if (!sentence || !article) return null;
    const found = locateText(article.body, g.evidence, sentence.start, sentence);
    return found ? { articleId: article.id, ...found } : null;
  };
  return { sentences, articleOf, side };
}
