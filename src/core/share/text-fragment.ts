/**
 * "Open at source": a link into the outlet's page that scrolls to and highlights the passage, using
 * a URL Text Fragment (WICG/W3C "URL Fragment Text Directives",
 * https://wicg.github.io/scroll-to-text-fragment/): `#:~:text=[prefix-,]textStart[,textEnd][,-suffix]`.
 * Each part is percent-encoded, with `-`, `,` and `&` escaped since they delimit the directive.
 * Browsers match fragment parts on word boundaries, so context is trimmed to whole words.
 */

/** The quote of a passage with its context (a {@link PassageAnchor} fits). */
export interface FragmentQuote {
  readonly exact: string;
  readonly prefix: string;
  readonly suffix: string;
}

/**
 * Quotes up to this many characters go whole into `textStart`; longer ones become
 * `textStart,textEnd` (their first and last {@link EDGE_WORDS} words). 80 characters keep links
 * short while a one-sentence quote still matches exactly, as the spec's examples advise.
 */
const MAX_WHOLE_QUOTE = 80;
/** Words kept at each edge of a long quote: four words rarely repeat within a page. */
const EDGE_WORDS = 4;
/** Context words kept for prefix and suffix: three disambiguate a repeated quote. */
const CONTEXT_WORDS = 3;
/**
 * A stored context this long was cut by the anchoring (32 characters), so its outer word is
 * probably partial and is dropped.
 */
const CUT_CONTEXT_LENGTH = 32;

/** Percent-encode one directive part: encodeURIComponent plus `-` (it already escapes `,` and `&`). */
export function encodeFragmentPart(text: string): string {
  return encodeURIComponent(text).replace(/-/g, '%2D');
}

/**
 * Build the `text=…` directive for a passage.
 * @returns the directive (without `#:~:`), or null when the quote has no words. Never throws.
 */
export function buildTextDirective(quote: FragmentQuote): string | null {
  const words = splitWords(quote.exact);
  if (words.length === 0) return null;
  const whole = words.join(' ');
  const useRange = whole.length > MAX_WHOLE_QUOTE && words.length > 2 * EDGE_WORDS;
  const start = useRange ? words.slice(0, EDGE_WORDS).join(' ') : whole;
  const end = useRange ? words.slice(-EDGE_WORDS).join(' ') : null;

  let before = splitWords(quote.prefix);
  if (quote.prefix.length >= CUT_CONTEXT_LENGTH && !/^\s/.test(quote.prefix)) before = before.slice(1);
  let after = splitWords(quote.suffix);
  if (quote.suffix.length >= CUT_CONTEXT_LENGTH && !/\s$/.test(quote.suffix)) after = after.slice(0, -1);
  // Context must touch the quote across whitespace only; a quote starting mid-word has no usable prefix.
  if (/^\S/.test(quote.exact) && /\S$/.test(quote.prefix)) before = [];
  if (/\S$/.test(quote.exact) && /^\S/.test(quote.suffix)) after = [];
  const prefix = before.slice(-CONTEXT_WORDS).join(' ');
  const suffix = after.slice(0, CONTEXT_WORDS).join(' ');

  const parts = [
    prefix ? `${encodeFragmentPart(prefix)}-` : null,
    encodeFragmentPart(start),
    end === null ? null : encodeFragmentPart(end),
    suffix ? `-${encodeFragmentPart(suffix)}` : null,
  ];
  return `text=${parts.filter((p) => p !== null).join(',')}`;
}

/**
 * "Open at source" link: the article's URL with a text fragment for the passage.
 * @param url the original article URL; only absolute http(s) URLs are accepted (never
 *   `javascript:` or other schemes from a manifest).
 * @returns the link, or null when the URL is not http(s) or the quote has no words. Never throws.
 */
export function buildSourceUrl(url: string | null, quote: FragmentQuote): string | null {
  if (url === null || !/^https?:\/\/[^\s/?#]+[^\s]*$/i.test(url)) return null;
  const directive = buildTextDirective(quote);
  if (directive === null) return null;
  const hashAt = url.indexOf('#');
  if (hashAt < 0) return `${url}#:~:${directive}`;
  // Keep the page's own fragment, replace any previous directive.
  const fragment = url.slice(hashAt).split(':~:')[0] ?? '#';
  return `${url.slice(0, hashAt)}${fragment}:~:${directive}`;
}

function splitWords(text: string): string[] {
  return text.split(/\s+/).filter((w) => w.length > 0);
}
