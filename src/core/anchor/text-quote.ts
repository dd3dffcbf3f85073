/**
 * Text-quote anchoring: describe a passage by its quote and context, and find it again in a text
 * that may have changed since.
 *
 * Sources: the W3C Web Annotation Data Model, TextQuoteSelector (exact + prefix + suffix,
 * https://www.w3.org/TR/annotation-model/#text-quote-selector), and the Hypothesis client's
 * text-quote anchoring (`src/annotator/anchoring/match-quote.ts`: approximate search with
 * `approx-string-match` (Myers 1999), candidates ranked by a weighted score of quote, prefix,
 * suffix and position similarity). Unlike Hypothesis, a weak best match is refused rather than
 * highlighted: a link must never point at the wrong text.
 */
import search from 'approx-string-match';
import { affixSimilarity } from './affix-similarity';

/** The quote of a passage plus where it was, like a TextQuoteSelector with a position hint. */
export interface TextQuoteAnchor {
  readonly exact: string;
  readonly prefix: string;
  readonly suffix: string;
  /** Offset hint: where `exact` started when the anchor was made. */
  readonly start: number;
}

export type AnchorFailure = 'empty' | 'not-found' | 'ambiguous' | 'low-score';

export type AnchorResult =
  | {
      readonly ok: true;
      readonly start: number;
      readonly end: number;
      readonly method: 'exact' | 'approx';
      /** Weighted similarity of the match, 0..1 (1: same quote, same context, same place). */
      readonly score: number;
    }
  | { readonly ok: false; readonly reason: AnchorFailure };

/**
 * Context kept on each side of a passage. 32 characters (Hypothesis uses 32 too) are about five
 * words: enough to tell repeated phrases apart, short enough to keep links small.
 */
export const CONTEXT_LENGTH = 32;

/**
 * Score weights, from Hypothesis's match-quote (quote 50, prefix 20, suffix 20, position 2): the
 * quote dominates, context breaks ties between similar quotes, position only breaks exact ties.
 */
const QUOTE_WEIGHT = 50;
const PREFIX_WEIGHT = 20;
const SUFFIX_WEIGHT = 20;
const POSITION_WEIGHT = 2;
const TOTAL_WEIGHT = QUOTE_WEIGHT + PREFIX_WEIGHT + SUFFIX_WEIGHT + POSITION_WEIGHT;

/**
 * At least one side's context must agree this much (0..1) before a match that is approximate, or
 * short and found elsewhere, is accepted. 0.5 accepts a context with half its characters edited
 * (punctuation, spacing, a changed word) and refuses a quote that now sits among unrelated words.
 */
const MIN_CONTEXT_AGREEMENT = 0.5;
/**
 * A unique exact occurrence at least this long is accepted even when both contexts changed. 32
 * characters (about six words) almost never recur by accident within one article; a shorter phrase
 * ("the former president", 20) may have been one of two occurrences whose other one was deleted,
 * so it needs its context. Trades a few refusals of short, heavily re-edited passages for never
 * moving a highlight to another occurrence of a common phrase.
 */
const DISTINCTIVE_LENGTH = 32;
/**
 * Lowest weighted score for an approximate match. With full context agreement a quote at the
 * error limit (25 % edited) scores ≈ 0.84; one side of context lost plus 10 % of the quote edited
 * scores ≈ 0.72; both contexts lost scores ≤ 0.57. 0.7 keeps the first two and refuses the last.
 */
const MIN_APPROX_SCORE = 0.7;
/** Error budget of the approximate search: a quarter of the quote, at most 32 edits (Hypothesis allows half; we refuse rather than guess). */
const MAX_ERROR_RATIO = 0.25;
const MAX_ERRORS = 32;
/** Bound on candidates scored, so a pathological text (one letter repeated) stays fast. */
const MAX_CANDIDATES = 500;

interface Candidate {
  readonly start: number;
  readonly end: number;
  readonly quote: number;
  readonly prefix: number;
  readonly suffix: number;
  readonly score: number;
  readonly distance: number;
}

/**
 * Describe `[start, end)` of `body` as a text-quote anchor with {@link CONTEXT_LENGTH} characters of
 * context on each side. Offsets are clamped to the text and ordered; context never splits a
 * surrogate pair. Never throws; an empty range gives an empty `exact`.
 */
export function describePassage(body: string, start: number, end: number): TextQuoteAnchor {
  const a = clamp(Math.min(start, end), body.length);
  const b = clamp(Math.max(start, end), body.length);
  let prefix = body.slice(Math.max(0, a - CONTEXT_LENGTH), a);
  let suffix = body.slice(b, b + CONTEXT_LENGTH);
  if (/^[\udc00-\udfff]/.test(prefix)) prefix = prefix.slice(1);
  if (/[\ud800-\udbff]$/.test(suffix)) suffix = suffix.slice(0, -1);
  return { exact: body.slice(a, b), prefix, suffix, start: a };
}

/**
 * Find an anchored passage in `body`.
 * Exact occurrences first (ranked by prefix/suffix agreement, then nearness to the hint), then an
 * approximate search allowing `min(32, exact.length / 4)` edits, ranked by the weighted score.
 * @returns `{ ok: true, start, end, method, score }`, or `{ ok: false, reason }` when the quote is
 *   empty, absent, ambiguous or only weakly matched. Never throws.
 */
export function anchorPassage(body: string, anchor: TextQuoteAnchor): AnchorResult {
  const { exact } = anchor;
  if (exact.length === 0) return { ok: false, reason: 'empty' };

  const exacts: Candidate[] = [];
  for (
    let at = body.indexOf(exact);
    at >= 0 && exacts.length < MAX_CANDIDATES;
    at = body.indexOf(exact, at + 1)
  )
    exacts.push(scoreCandidate(body, anchor, at, at + exact.length, 0));
  if (exacts.length > 0) {
    const accepted = exacts.filter(
      (c) =>
        Math.max(c.prefix, c.suffix) >= MIN_CONTEXT_AGREEMENT ||
        (exacts.length === 1 && exact.length >= DISTINCTIVE_LENGTH),
    );
    const best = accepted.sort(byContextThenDistance)[0];
    if (best) return { ok: true, start: best.start, end: best.end, method: 'exact', score: best.score };
  }

  const maxErrors = Math.min(MAX_ERRORS, Math.floor(exact.length * MAX_ERROR_RATIO));
  if (maxErrors < 1) return { ok: false, reason: exacts.length > 1 ? 'ambiguous' : 'not-found' };
  const matches = search(body, exact, maxErrors).slice(0, MAX_CANDIDATES);
  if (matches.length === 0) return { ok: false, reason: exacts.length > 1 ? 'ambiguous' : 'not-found' };
  const approx = matches
    .map((m) => scoreCandidate(body, anchor, m.start, m.end, m.errors))
    .filter((c) => Math.max(c.prefix, c.suffix) >= MIN_CONTEXT_AGREEMENT && c.score >= MIN_APPROX_SCORE)
    .sort((x, y) => y.score - x.score || x.distance - y.distance);
  const best = approx[0];
  if (!best) return { ok: false, reason: exacts.length > 1 ? 'ambiguous' : 'low-score' };
  return { ok: true, start: best.start, end: best.end, method: 'approx', score: best.score };
}

function scoreCandidate(
  body: string,
  anchor: TextQuoteAnchor,
  start: number,
  end: number,
  errors: number,
): Candidate {
  const quote = 1 - errors / anchor.exact.length;
  const prefix = sideSimilarity(
    anchor.prefix,
    body.slice(Math.max(0, start - windowFor(anchor.prefix)), start),
    start === 0,
    'before',
  );
  const suffix = sideSimilarity(
    anchor.suffix,
    body.slice(end, end + windowFor(anchor.suffix)),
    end === body.length,
    'after',
  );
  const distance = Math.abs(start - anchor.start);
  const position = 1 - Math.min(1, distance / Math.max(1, body.length));
  const score =
    (QUOTE_WEIGHT * quote + PREFIX_WEIGHT * prefix + SUFFIX_WEIGHT * suffix + POSITION_WEIGHT * position) /
    TOTAL_WEIGHT;
  return { start, end, quote, prefix, suffix, score, distance };
}

/** Window of text compared with a context: its length plus a quarter, for inserted characters. */
function windowFor(context: string): number {
  return context.length + Math.ceil(context.length / 4);
}

/**
 * How well one side's context agrees, 0..1. An empty stored context means the passage touched the
 * edge of the text: full agreement if it still does, neutral (0.5) if not.
 */
function sideSimilarity(stored: string, actual: string, atEdge: boolean, side: 'before' | 'after'): number {
  if (stored.length === 0) return atEdge ? 1 : 0.5;
  return affixSimilarity(stored, actual, side === 'before' ? 'end' : 'start');
}

function byContextThenDistance(x: Candidate, y: Candidate): number {
  return y.prefix + y.suffix - (x.prefix + x.suffix) || x.distance - y.distance;
}

function clamp(n: number, max: number): number {
  return Number.isFinite(n) ? Math.max(0, Math.min(max, Math.trunc(n))) : 0;
}
