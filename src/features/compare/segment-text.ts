/**
 * Lossless segmentation of an article body for display: paragraphs split into plain-text and claim
 * pieces, each piece split again by highlight ranges (shared passages), and removed boilerplate placed
 * back between the paragraphs where it stood. Joining the pieces of a paragraph gives back its text.
 */
import type { Article, Claim, RemovedPiece } from '../../core/index';

/** A half-open `[start, end)` range into the body with an id (e.g. a shared passage). */
export interface MarkRange {
  readonly id: string;
  readonly start: number;
  readonly end: number;
}

export type ParagraphPiece =
  | { readonly kind: 'text'; readonly start: number; readonly end: number }
  | { readonly kind: 'claim'; readonly start: number; readonly end: number; readonly claim: Claim };

/** A run of text and the ids of the ranges covering all of it. */
export interface MarkedRun {
  readonly start: number;
  readonly end: number;
  readonly marks: readonly string[];
}

/** Split `[start, end)` into text and claim pieces; claims are clipped to the range and must not overlap. */
export function splitParagraph(start: number, end: number, claims: readonly Claim[]): ParagraphPiece[] {
  const pieces: ParagraphPiece[] = [];
  let at = start;
  const inside = claims.filter((c) => c.end > start && c.start < end).sort((a, b) => a.start - b.start);
  for (const claim of inside) {
    const s = Math.max(claim.start, at);
    const e = Math.min(claim.end, end);
    if (e <= s) continue;
    if (s > at) pieces.push({ kind: 'text', start: at, end: s });
    pieces.push({ kind: 'claim', start: s, end: e, claim });
    at = e;
  }
  if (at < end) pieces.push({ kind: 'text', start: at, end });
  return pieces;
}

/** Split `[start, end)` at every boundary of `ranges`; each run lists the ranges covering it. */
export function splitByMarks(start: number, end: number, ranges: readonly MarkRange[]): MarkedRun[] {
  const relevant = ranges.filter((r) => r.end > start && r.start < end && r.end > r.start);
  if (relevant.length === 0) return end > start ? [{ start, end, marks: [] }] : [];
  const cuts = new Set<number>([start, end]);
  for (const r of relevant) {
    if (r.start > start && r.start < end) cuts.add(r.start);
    if (r.end > start && r.end < end) cuts.add(r.end);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const runs: MarkedRun[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const s = points[i] as number;
    const e = points[i + 1] as number;
    runs.push({
      start: s,
      end: e,
      marks: relevant.filter((r) => r.start <= s && r.end >= e).map((r) => r.id),
    });
  }
  return runs;
}

/** Where removed pieces go relative to the paragraphs: `before[i]` precede paragraph i, `after[i]` follow it. */
export interface RemovedPlacement {
  readonly before: readonly (readonly RemovedPiece[])[];
  readonly after: readonly (readonly RemovedPiece[])[];
  /** Pieces after the last paragraph (or all of them when there is no paragraph). */
  readonly trailing: readonly RemovedPiece[];
}

/** Place every removed piece once, in order, next to the paragraph where it stood. */
export function placeRemoved(article: Pick<Article, 'paragraphs' | 'removed'>): RemovedPlacement {
  const pending = [...article.removed].sort((a, b) => a.at - b.at || a.line - b.line);
  const before: RemovedPiece[][] = [];
  const after: RemovedPiece[][] = [];
  let i = 0;
  for (const p of article.paragraphs) {
    const b: RemovedPiece[] = [];
    while (i < pending.length && (pending[i] as RemovedPiece).at <= p.start)
      b.push(pending[i++] as RemovedPiece);
    const a: RemovedPiece[] = [];
    while (i < pending.length && (pending[i] as RemovedPiece).at < p.end)
      a.push(pending[i++] as RemovedPiece);
    before.push(b);
    after.push(a);
  }
  return { before, after, trailing: pending.slice(i) };
}
