/**
 * What the URL holds: the story, the selection, the open panel and the shared passages.
 * Hash-based (`#/story/<slug>?v=1&claim=…&disc=…&panel=1&p=…`) so links work on static hosting
 * with no server. A link is untrusted input: decoding validates the version, a size cap and a strict
 * schema, never throws, keeps what is valid and explains what it dropped in a notice.
 * Passages (`p`) are base64url(UTF-8(JSON)) of `[articleId, exact, prefix, suffix, start]` tuples.
 */
import { decodeTextBase64Url, encodeTextBase64Url } from './base64url';

/** A W3C Web Annotation TextQuoteSelector plus a position hint, for one article. */
export interface PassageAnchor {
  readonly articleId: string;
  readonly exact: string;
  readonly prefix: string;
  readonly suffix: string;
  /** Offset hint into the article body where `exact` started when the link was made. */
  readonly start: number;
}

export interface ViewState {
  /** Story slug, or null for the story list. */
  readonly story: string | null;
  readonly claim: string | null;
  readonly discrepancy: string | null;
  /** Whether the claim panel is open. */
  readonly panel: boolean;
  readonly passages: readonly PassageAnchor[];
}

export const EMPTY_VIEW_STATE: ViewState = {
  story: null,
  claim: null,
  discrepancy: null,
  panel: false,
  passages: [],
};

/** The link format version written by this code; a link without `v` is read as version 1. */
export const VIEW_STATE_VERSION = 1;
/**
 * Cap on the whole hash, in characters. Trades passage room against links that chat apps, mail
 * clients and QR codes keep intact (several cut around 8–16 KB; browsers accept far more). 8 KB
 * holds ten 300-character English passages with room to spare.
 */
export const MAX_HASH_LENGTH = 8192;
/** Passages per link: enough to compare a quote across several outlets, few enough to read. */
export const MAX_PASSAGES = 10;
/** Longest passage quote, in UTF-16 code units (a few paragraphs; longer selections are refused). */
export const MAX_EXACT_LENGTH = 2000;
/** Longest prefix/suffix accepted; the anchoring writes 32, this leaves room for other writers. */
export const MAX_CONTEXT_LENGTH = 64;

/** The engine's id shape (`makeId`: one-letter kind, dash, base-36 hash). */
export const ID_PATTERN = /^[a-z]-[0-9a-z]{1,16}$/;
/** A story folder name: safe in a path and a hash, no leading dot. */
export const SLUG_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$/;

/** The result of decoding a hash: always a valid state, plus a reader-facing notice or null. */
export interface DecodedViewState {
  readonly state: ViewState;
  readonly notice: string | null;
}

/** True when `anchor` satisfies the link schema (id shape, quote and context lengths, start). */
export function isValidPassage(anchor: PassageAnchor): boolean {
  return (
    typeof anchor.articleId === 'string' &&
    ID_PATTERN.test(anchor.articleId) &&
    typeof anchor.exact === 'string' &&
    anchor.exact.length >= 1 &&
    anchor.exact.length <= MAX_EXACT_LENGTH &&
    typeof anchor.prefix === 'string' &&
    anchor.prefix.length <= MAX_CONTEXT_LENGTH &&
    typeof anchor.suffix === 'string' &&
    anchor.suffix.length <= MAX_CONTEXT_LENGTH &&
    Number.isSafeInteger(anchor.start) &&
    anchor.start >= 0
  );
}

/**
 * True when `state` is something a link can carry exactly: valid slug and ids, at most
 * {@link MAX_PASSAGES} valid passages, an encoding within {@link MAX_HASH_LENGTH}; with no story,
 * everything else empty.
 */
export function isValidViewState(state: ViewState): boolean {
  if (state.story === null)
    return state.claim === null && state.discrepancy === null && !state.panel && state.passages.length === 0;
  return (
    SLUG_PATTERN.test(state.story) &&
    (state.claim === null || ID_PATTERN.test(state.claim)) &&
    (state.discrepancy === null || ID_PATTERN.test(state.discrepancy)) &&
    typeof state.panel === 'boolean' &&
    state.passages.length <= MAX_PASSAGES &&
    state.passages.every(isValidPassage) &&
    writeHash(state).length <= MAX_HASH_LENGTH
  );
}

/**
 * Make any state linkable: drop an invalid slug (→ story list), invalid ids, invalid passages, and
 * trailing passages beyond {@link MAX_PASSAGES} or beyond the size cap.
 * @returns a valid state and how many passages were dropped. Never throws.
 */
export function fitViewState(state: ViewState): { readonly state: ViewState; readonly dropped: number } {
  if (state.story === null || !SLUG_PATTERN.test(state.story))
    return { state: EMPTY_VIEW_STATE, dropped: state.passages.length };
  const valid = state.passages.filter(isValidPassage).slice(0, MAX_PASSAGES);
  const base: ViewState = {
    story: state.story,
    claim: state.claim !== null && ID_PATTERN.test(state.claim) ? state.claim : null,
    discrepancy: state.discrepancy !== null && ID_PATTERN.test(state.discrepancy) ? state.discrepancy : null,
    panel: state.panel === true,
    passages: valid,
  };
  let fitted = base;
  while (fitted.passages.length > 0 && writeHash(fitted).length > MAX_HASH_LENGTH)
    fitted = { ...fitted, passages: fitted.passages.slice(0, -1) };
  return { state: fitted, dropped: state.passages.length - fitted.passages.length };
}

/**
 * Encode a view state as a location hash (`#/…`).
 * Invalid parts are left out (see {@link fitViewState}), so the result always decodes cleanly and
 * stays within {@link MAX_HASH_LENGTH}. Never throws.
 */
export function encodeViewState(state: ViewState): string {
  return writeHash(fitViewState(state).state);
}

function writeHash(state: ViewState): string {
  if (!state.story) return '#/';
  const pairs: string[] = [];
  if (state.claim) pairs.push(`claim=${encodeURIComponent(state.claim)}`);
  if (state.discrepancy) pairs.push(`disc=${encodeURIComponent(state.discrepancy)}`);
  if (state.panel) pairs.push('panel=1');
  if (state.passages.length > 0) pairs.push(`p=${encodePassages(state.passages)}`);
  // The version is written whenever there is something to version; a bare story link stays short.
  if (pairs.length > 0) pairs.unshift(`v=${VIEW_STATE_VERSION}`);
  const query = pairs.join('&');
  return `#/story/${encodeURIComponent(state.story)}${query ? `?${query}` : ''}`;
}

/** Passages as compact tuples; JSON.stringify escapes lone surrogates, so UTF-8 is lossless. */
function encodePassages(passages: readonly PassageAnchor[]): string {
  const tuples = passages.map((p) => [p.articleId, p.exact, p.prefix, p.suffix, p.start]);
  return encodeTextBase64Url(JSON.stringify(tuples));
}

const UNREADABLE = 'This link could not be read, so the story list is shown.';

/**
 * Decode a location hash. Never throws; the state is always valid ({@link isValidViewState}).
 * A malformed, tampered, oversized or newer-version link still opens its story when the slug is
 * valid, keeps every part that validates, and says in `notice` what was dropped.
 */
export function decodeViewState(hash: string): DecodedViewState {
  const text = typeof hash === 'string' ? hash.replace(/^#/, '') : '';
  if (text === '' || text === '/') return { state: EMPTY_VIEW_STATE, notice: null };
  const match = /^\/story\/([^?]*)(?:\?([\s\S]*))?$/.exec(text);
  if (!match) return { state: EMPTY_VIEW_STATE, notice: UNREADABLE };
  const story = safeDecode(match[1] ?? '');
  if (story === null || !SLUG_PATTERN.test(story)) return { state: EMPTY_VIEW_STATE, notice: UNREADABLE };
  const storyOnly: ViewState = { ...EMPTY_VIEW_STATE, story };
  const params = parseQuery(match[2] ?? '');

  const version = params.get('v');
  if (version !== undefined && version !== String(VIEW_STATE_VERSION)) {
    const newer = /^[0-9]{1,6}$/.test(version) && Number(version) > VIEW_STATE_VERSION;
    return {
      state: storyOnly,
      notice: newer
        ? 'This link was made by a newer version of Parallax; only its story was opened.'
        : 'This link has an unknown format version; only its story was opened.',
    };
  }

  const dropped: string[] = [];
  const oversized = text.length + 1 > MAX_HASH_LENGTH;
  const claim = readId(params.get('claim'), 'the selected claim', dropped);
  const discrepancy = readId(params.get('disc'), 'the selected discrepancy', dropped);
  const panelRaw = params.get('panel');
  if (panelRaw !== undefined && panelRaw !== '0' && panelRaw !== '1') dropped.push('the panel setting');
  const raw = params.get('p');
  let passages: PassageAnchor[] = [];
  if (raw !== undefined && oversized) dropped.push('the shared passages (the link is too long)');
  else if (raw !== undefined) passages = readPassages(raw, dropped);

  const fitted = fitViewState({ story, claim, discrepancy, panel: panelRaw === '1', passages });
  if (fitted.dropped > 0) dropped.push(plural(fitted.dropped, 'shared passage'));
  const notice =
    dropped.length === 0
      ? null
      : `Part of this link could not be used (${dropped.join(', ')}); the rest was opened.`;
  return { state: fitted.state, notice };
}

function readId(value: string | undefined, what: string, dropped: string[]): string | null {
  if (value === undefined || value === '') return null;
  if (ID_PATTERN.test(value)) return value;
  dropped.push(what);
  return null;
}

function readPassages(raw: string, dropped: string[]): PassageAnchor[] {
  const decoded = decodeTextBase64Url(raw);
  let data: unknown = null;
  if (decoded.ok) {
    try {
      data = JSON.parse(decoded.value);
    } catch {
      data = null;
    }
  }
  if (!Array.isArray(data)) {
    dropped.push('the shared passages');
    return [];
  }
  const out: PassageAnchor[] = [];
  let bad = 0;
  for (const item of data) {
    const anchor = toPassage(item);
    if (anchor && out.length < MAX_PASSAGES) out.push(anchor);
    else bad++;
  }
  if (bad > 0) dropped.push(plural(bad, 'shared passage'));
  return out;
}

function toPassage(item: unknown): PassageAnchor | null {
  if (!Array.isArray(item) || item.length !== 5) return null;
  const [articleId, exact, prefix, suffix, start] = item as unknown[];
  if (typeof articleId !== 'string' || typeof exact !== 'string') return null;
  if (typeof prefix !== 'string' || typeof suffix !== 'string' || typeof start !== 'number') return null;
  const anchor: PassageAnchor = { articleId, exact, prefix, suffix, start };
  return isValidPassage(anchor) ? anchor : null;
}

function plural(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}

function safeDecode(value: string): string | null {
  try {
    return decodeURIComponent(value);
  } catch {
    return null;
  }
}

/** Parse `a=1&b=2` (no URLSearchParams in the pure core); the first of repeated keys wins. */
function parseQuery(query: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const pair of query.split('&')) {
    if (!pair) continue;
    const eq = pair.indexOf('=');
    const key = safeDecode(eq < 0 ? pair : pair.slice(0, eq));
    const value = safeDecode((eq < 0 ? '' : pair.slice(eq + 1)).replace(/\+/g, ' '));
    // A malformed escape makes its value unreadable: keep the key with a value no schema accepts.
    if (key !== null && !out.has(key)) out.set(key, value ?? '\u0000');
  }
  return out;
}
