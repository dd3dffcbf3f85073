/** Plain, read-only analysis model: the engine's output and the `analyze --json` contract. */
import type { Article } from './article';

/** A claim: a sentence (or clause) of one article, `text === body.slice(start, end)`. */
export interface Claim {
  /** Deterministic: derived from the article id and the claim's text (plus occurrence). */
  readonly id: string;
  readonly articleId: string;
  readonly start: number;
  readonly end: number;
  readonly text: string;
  /** Index into `Article.paragraphs`. */
  readonly paragraph: number;
  /** True when the claim lies in a caption paragraph. */
  readonly caption: boolean;
  /** True when the claim is the standfirst under the headline (absent otherwise). */
  readonly standfirst?: true;
}

/** Claims from different articles that report the same thing. */
export interface ClaimGroup {
  /** Deterministic: derived from the member claim ids. */
  readonly id: string;
  readonly claimIds: readonly string[];
  /** The distinct articles of the members, in article order. */
  readonly articleIds: readonly string[];
  /** Mean pairwise similarity of the members, 0..1. */
  readonly cohesion: number;
}

/** Every kind of discrepancy, in display order (filters, legends, validation of outside data). */
export const DISCREPANCY_KINDS = [
  'number',
  'date',
  'actor',
  'attribution',
  'quote',
  'name',
  'spelling',
] as const;

export type DiscrepancyKind = (typeof DISCREPANCY_KINDS)[number];

export type Severity = 'low' | 'medium' | 'high';

/** One source's side of a discrepancy: the value it gives and the evidence span. */
export interface DiscrepancySide {
  readonly articleId: string;
  readonly claimId: string;
  /** Display value, e.g. "three meetings", "told CNN". */
  readonly value: string;
  /** Offsets of the evidence in the article body, `[start, end)`. */
  readonly start: number;
  readonly end: number;
}

export interface Discrepancy {
  /** Deterministic: derived from kind and claim ids. */
  readonly id: string;
  readonly kind: DiscrepancyKind;
  readonly severity: Severity;
  readonly claimIds: readonly string[];
  /** The group the claims belong to, when they share one. */
  readonly groupId: string | null;
  readonly sides: readonly DiscrepancySide[];
  /** One line a reader understands: "two meetings (Daily Mail) · three meetings (unknown outlet)". */
  readonly summary: string;
  /** 0..1. */
  readonly confidence: number;
  /** Why the engine flagged it, in a sentence or a word diff (optional; added by the engine). */
  readonly explanation?: string;
}

export interface Analysis {
  readonly version: 1;
  readonly articles: readonly Article[];
  readonly claims: readonly Claim[];
  readonly groups: readonly ClaimGroup[];
  readonly discrepancies: readonly Discrepancy[];
}
