/**
 * Text normalisation and tokenisation: the one place that decides what counts as "the same text".
 */

/** A token of a sentence with its offsets (relative to the string given to {@link tokenize}). */
export interface Token {
  /** The token as written. */
  readonly text: string;
  /** Lower-cased, diacritics folded, curly apostrophes straightened. */
  readonly norm: string;
  readonly start: number;
  readonly end: number;
  readonly kind: 'word' | 'number';
  /** True when the token starts with an upper-case letter. */
  readonly capitalised: boolean;
}

const TOKEN_RE =
  /\d{1,3}(?:[ \u00a0\u2009\u202f]\d{3})+(?![\d\p{L}]|[.,]\d)|\d+(?:[.,]\d+)*(?:\.\d+)?|[\p{L}\p{M}\p{N}]+(?:['\u2019\-\u2010\u2011][\p{L}\p{M}\p{N}]+)*/gu;

/** Letters that Unicode does not decompose into a base letter and a mark, and that base letter. */
const STROKED: Readonly<Record<string, string>> = { ı: 'i', ł: 'l', ø: 'o', đ: 'd', ħ: 'h', ŧ: 't' };

/**
 * Normalise text for comparison: Unicode NFKD with diacritics removed (and the stroke or missing dot
 * of "ł", "ø", "ı"), lower case, curly quotes and
 * apostrophes straightened, dashes unified to "-", whitespace collapsed and trimmed.
 * Idempotent: `normalizeText(normalizeText(x)) === normalizeText(x)`.
 */
export function normalizeText(text: string): string {
  return (
    text
      .normalize('NFKD')
      .replace(/\p{M}+/gu, '')
      .toLowerCase()
      .normalize('NFKD')
      .replace(/\p{M}+/gu, '')
      // Letters with a stroke or without a dot have no decomposition: "Yıldız" / "Yildiz", "Łódź" / "Lodz".
      .replace(/[ıłøđħŧ]/g, (c) => STROKED[c] ?? c)
      .replace(/[\u2018\u2019\u201a\u201b\u2032]/g, "'")
      .replace(/[\u201c\u201d\u201e\u201f\u2033]/g, '"')
      .replace(/[\u2010-\u2015\u2212]/g, '-')
      .replace(/\s+/gu, ' ')
      .trim()
  );
}

/** Sentences are tokenised by several modules: a bounded cache of recent results (plain memory, cleared when full). */
const TOKEN_CACHE_SIZE = 20000;
const tokenCache = new Map<string, readonly Token[]>();

/**
 * Split a string into word and number tokens with offsets.
 * @param text any string.
 * @returns the tokens in order; punctuation and whitespace are skipped.
 */
export function tokenize(text: string): readonly Token[] {
  const cached = tokenCache.get(text);
  if (cached) return cached;
  const tokens: Token[] = [];
  for (const m of text.matchAll(TOKEN_RE)) {
    const raw = m[0];
    const start = m.index ?? 0;
    const first = raw[0] ?? '';
    tokens.push({
      text: raw,
      // Plain ASCII words (most of them) only need lower-casing.
      norm: /^[\x20-\x7e]*$/.test(raw) ? raw.toLowerCase() : normalizeText(raw),
      start,
      end: start + raw.length,
      kind: /^\d/.test(raw) ? 'number' : 'word',
      capitalised: first !== first.toLowerCase(),
    });
  }
  if (tokenCache.size >= TOKEN_CACHE_SIZE) tokenCache.clear();
  tokenCache.set(text, tokens);
  return tokens;
}

/** Common English function words: they carry no claim content and are skipped in similarity. */
export const STOPWORDS: ReadonlySet<string> = new Set(
  (
    'a about above after again against all also am an and any are as at be because been before being ' +
    'below between both but by can could did do does doing down during each few for from further had has ' +
    'have having he her here hers herself him himself his how i if in into is it its itself just me more ' +
    'most my myself no nor not now of off on once only or other our ours ourselves out over own same she ' +
    'should so some such than that the their theirs them themselves then there these they this those ' +
    'through to too under until up very was we were what when where which while who whom why will with ' +
    'would you your yours yourself yourselves s t don didn doesn isn wasn weren won wouldn couldn ' +
    'shouldn hasn haven hadn aren ll re ve d m o y may might must shall one another whether even though ' +
    "although yet still ever however also since per via among amid upon onto whose n't 's either neither"
  ).split(' '),
);

/** Whether a normalised token is a stopword. */
export function isStopword(norm: string): boolean {
  return STOPWORDS.has(norm);
}
