/**
 * What the URL holds: the story, the selection and the shared passages.
 * Hash-based (`#/story/<slug>?claim=…`) so links work on static hosting with no server.
 * (First version: the share-links issue hardens decoding: version, size cap, schema, notices.)
 */

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

/** Encode a view state as a location hash (`#/…`). */
export function encodeViewState(state: ViewState): string {
  if (!state.story) return '#/';
  const pairs: string[] = [];
  if (state.claim) pairs.push(`claim=${encodeURIComponent(state.claim)}`);
  if (state.discrepancy) pairs.push(`disc=${encodeURIComponent(state.discrepancy)}`);
  if (state.panel) pairs.push('panel=1');
  const query = pairs.join('&');
  return `#/story/${encodeURIComponent(state.story)}${query ? `?${query}` : ''}`;
}

/** Decode a location hash; never throws. `notice` explains anything that was ignored. */
export function decodeViewState(hash: string): { readonly state: ViewState; readonly notice: string | null } {
  const match = /^#?\/story\/([^?]*)(?:\?(.*))?$/.exec(hash);
  if (!match)
    return {
      state: EMPTY_VIEW_STATE,
      notice: hash && hash !== '#' && hash !== '#/' ? 'This link could not be read.' : null,
    };
  let story: string;
  try {
    story = decodeURIComponent(match[1] ?? '');
  } catch {
    return { state: EMPTY_VIEW_STATE, notice: 'This link could not be read.' };
  }
  const params = parseQuery(match[2] ?? '');
  return {
    state: {
      story: story || null,
      claim: params.get('claim') ?? null,
      discrepancy: params.get('disc') ?? null,
      panel: params.get('panel') === '1',
      passages: [],
    },
    notice: null,
  };
}

/** Parse `a=1&b=2` (no URLSearchParams in the pure core); undecodable pairs are dropped. */
function parseQuery(query: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const pair of query.split('&')) {
    if (!pair) continue;
    const eq = pair.indexOf('=');
    const key = eq < 0 ? pair : pair.slice(0, eq);
    const value = eq < 0 ? '' : pair.slice(eq + 1);
    try {
      out.set(decodeURIComponent(key), decodeURIComponent(value.replace(/\+/g, ' ')));
    } catch {
      // a malformed escape: ignore this pair only
    }
  }
  return out;
}
