/**
 * Scoring an analysis against gold labels.
 * Groups: pairwise precision/recall/F1 over cross-article pairs of gold sentences (the standard pairwise
 * clustering measure, e.g. Manning, Raghavan & Schütze, "Introduction to Information Retrieval", §16.3).
 * Discrepancies: a detection matches a gold discrepancy of the same kind whose evidence its sides overlap
 * in at least two articles.
 */
import type { DiscrepancyKind } from '../../core/model/analysis';
import type { Gold, GoldDiscrepancy, GoldNotDiscrepancy } from './gold';
import type { LocatableArticle, LocatedGold, Span } from './locate';
import { locateGold } from './locate';

/** Precision, recall and F1 with their counts. */
export interface Prf {
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
  readonly tp: number;
  readonly fp: number;
  readonly fn: number;
}

/**
 * Precision/recall/F1 from counts. With nothing predicted precision is 1 (nothing wrong was said);
 * with nothing to find recall is 1; F1 is 0 when both precision and recall are 0.
 */
export function prf(tp: number, fp: number, fn: number): Prf {
  const precision = tp + fp === 0 ? 1 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 1 : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1, tp, fp, fn };
}

export interface ScorableClaim {
  readonly id: string;
  readonly articleId: string;
  readonly start: number;
  readonly end: number;
}

export interface ScorableSide {
  readonly articleId: string;
  readonly claimId: string;
  readonly value: string;
  readonly start: number;
  readonly end: number;
}

export interface ScorableDiscrepancy {
  readonly id: string;
  readonly kind: DiscrepancyKind;
  readonly summary: string;
  readonly sides: readonly ScorableSide[];
}

/** The part of an `Analysis` scoring reads; the baseline produces the same shape. */
export interface ScorableAnalysis {
  readonly articles: readonly LocatableArticle[];
  readonly claims: readonly ScorableClaim[];
  readonly groups: readonly { readonly id: string; readonly claimIds: readonly string[] }[];
  readonly discrepancies: readonly ScorableDiscrepancy[];
}

const overlap = (a: { start: number; end: number }, b: { start: number; end: number }): number =>
  Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));

/**
 * Map each claim to the gold sentence of its article it overlaps most, by characters.
 * @returns claim id → gold sentence id, or null when the claim overlaps no located gold sentence.
 */
export function mapClaimsToGold(
  claims: readonly ScorableClaim[],
  located: LocatedGold,
): ReadonlyMap<string, string | null> {
  const byArticle = new Map<string, { id: string; span: Span }[]>();
  for (const [id, span] of located.sentences) {
    if (!span) continue;
    const list = byArticle.get(span.articleId) ?? [];
    list.push({ id, span });
    byArticle.set(span.articleId, list);
  }
  const map = new Map<string, string | null>();
  for (const claim of claims) {
    let best: string | null = null;
    let bestOverlap = 0;
    for (const s of byArticle.get(claim.articleId) ?? []) {
      const o = overlap(claim, s.span);
      if (o > bestOverlap) {
        bestOverlap = o;
        best = s.id;
      }
    }
    map.set(claim.id, best);
  }
  return map;
}

/** An unordered pair of gold sentence ids, as a canonical key "a|b" (a < b). */
export const pairKey = (a: string, b: string): string => (a < b ? `${a}|${b}` : `${b}|${a}`);

/** Cross-article pairs of located gold sentences that share a gold group. */
export function goldPairs(gold: Gold, located: LocatedGold): Set<string> {
  const pairs = new Set<string>();
  for (const g of gold.groups) {
    const members = g.members.filter((m) => located.sentences.get(m));
    addCrossPairs(members, located, pairs);
  }
  return pairs;
}

function addCrossPairs(members: readonly string[], located: LocatedGold, into: Set<string>): void {
  for (let i = 0; i < members.length; i++) {
    for (let j = i + 1; j < members.length; j++) {
      const a = members[i] ?? '';
      const b = members[j] ?? '';
      const sa = located.sentences.get(a);
      const sb = located.sentences.get(b);
      if (a !== b && sa && sb && sa.articleId !== sb.articleId) into.add(pairKey(a, b));
    }
  }
}

/** Cross-article pairs of gold sentences that the analysis puts in one group (via the claim map). */
export function predictedPairs(
  analysis: Pick<ScorableAnalysis, 'groups'>,
  claimMap: ReadonlyMap<string, string | null>,
  located: LocatedGold,
): Set<string> {
  const pairs = new Set<string>();
  for (const g of analysis.groups) {
    const members = [...new Set(g.claimIds.map((c) => claimMap.get(c)).filter((m): m is string => !!m))];
    addCrossPairs(members, located, pairs);
  }
  return pairs;
}

export interface GroupScore extends Prf {
  readonly goldPairs: number;
  readonly predictedPairs: number;
  /** Gold pairs the analysis missed, as [sentence id, sentence id]. */
  readonly missed: readonly (readonly [string, string])[];
  /** Predicted pairs the gold does not have. */
  readonly extra: readonly (readonly [string, string])[];
}

/** Pairwise group scores of an analysis against the gold. */
export function scoreGroups(
  gold: Gold,
  located: LocatedGold,
  analysis: Pick<ScorableAnalysis, 'groups'>,
  claimMap: ReadonlyMap<string, string | null>,
): GroupScore {
  const truth = goldPairs(gold, located);
  const predicted = predictedPairs(analysis, claimMap, located);
  const split = (k: string): readonly [string, string] => {
    const [a = '', b = ''] = k.split('|');
    return [a, b];
  };
  const missed = [...truth].filter((k) => !predicted.has(k)).map(split);
  const extra = [...predicted].filter((k) => !truth.has(k)).map(split);
  const tp = predicted.size - extra.length;
  return {
    ...prf(tp, extra.length, missed.length),
    goldPairs: truth.size,
    predictedPairs: predicted.size,
    missed,
    extra,
  };
}

function sideSpan(side: ScorableSide, claims: ReadonlyMap<string, ScorableClaim>): Span {
  if (side.end > side.start) return side;
  const claim = claims.get(side.claimId);
  return claim ? { articleId: side.articleId, start: claim.start, end: claim.end } : side;
}

/** In how many articles the detection's evidence overlaps the labelled evidence. */
function articlesOverlapping(
  detected: ScorableDiscrepancy,
  labelled: GoldDiscrepancy | GoldNotDiscrepancy,
  located: LocatedGold,
  claims: ReadonlyMap<string, ScorableClaim>,
): number {
  const goldSpans = labelled.sides.map((s) => located.side(s)).filter((s): s is Span => s !== null);
  const hit = new Set<string>();
  for (const side of detected.sides) {
    const span = sideSpan(side, claims);
    if (goldSpans.some((g) => g.articleId === span.articleId && overlap(g, span) > 0))
      hit.add(span.articleId);
  }
  return hit.size;
}

/** Values compare without case, quote marks and punctuation ("National Archives" = "national archives"). */
const valueKey = (value: string): string =>
  value
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

/**
 * Whether a detection sets the labelled agreement's sides against each other: its sides that
 * overlap the agreement's evidence come from at least two articles and carry different values. A
 * detection that overlaps them with one shared value (both sources on the same side of another
 * disagreement) does not flag the agreement.
 */
function disagreesOn(
  detected: ScorableDiscrepancy,
  labelled: GoldNotDiscrepancy,
  located: LocatedGold,
  claims: ReadonlyMap<string, ScorableClaim>,
): boolean {
  const goldSpans = labelled.sides.map((s) => located.side(s)).filter((s): s is Span => s !== null);
  const valuesByArticle = new Map<string, Set<string>>();
  for (const side of detected.sides) {
    const span = sideSpan(side, claims);
    if (!goldSpans.some((g) => g.articleId === span.articleId && overlap(g, span) > 0)) continue;
    const values = valuesByArticle.get(span.articleId) ?? new Set<string>();
    values.add(valueKey(side.value));
    valuesByArticle.set(span.articleId, values);
  }
  if (valuesByArticle.size < 2) return false;
  const all = new Set([...valuesByArticle.values()].flatMap((v) => [...v]));
  return all.size > 1;
}

export interface DiscrepancyScore {
  readonly precision: number;
  readonly recall: number;
  /** Detections counted for precision (spelling notes excluded unless the gold labels spelling). */
  readonly counted: number;
  readonly found: readonly string[];
  readonly missed: readonly GoldDiscrepancy[];
  readonly falsePositives: readonly ScorableDiscrepancy[];
  /** Must-not-flag agreements that were flagged, with the detection that flagged them. */
  readonly flagged: readonly { readonly not: GoldNotDiscrepancy; readonly by: ScorableDiscrepancy }[];
}

/** Score detected discrepancies against the gold discrepancies and must-not-flag agreements. */
export function scoreDiscrepancies(
  gold: Gold,
  located: LocatedGold,
  analysis: Pick<ScorableAnalysis, 'claims' | 'discrepancies'>,
): DiscrepancyScore {
  const claims = new Map(analysis.claims.map((c) => [c.id, c]));
  const labelsSpelling = gold.discrepancies.some((d) => d.kind === 'spelling');
  const counted = analysis.discrepancies.filter((d) => d.kind !== 'spelling' || labelsSpelling);
  const matches = (d: ScorableDiscrepancy, g: GoldDiscrepancy): boolean =>
    d.kind === g.kind && articlesOverlapping(d, g, located, claims) >= 2;
  const found = gold.discrepancies.filter((g) => analysis.discrepancies.some((d) => matches(d, g)));
  const falsePositives = counted.filter((d) => !gold.discrepancies.some((g) => matches(d, g)));
  const flagged = gold.notDiscrepancies.flatMap((not) =>
    analysis.discrepancies
      .filter((d) => not.kinds.includes(d.kind) && disagreesOn(d, not, located, claims))
      .map((by) => ({ not, by })),
  );
  const total = gold.discrepancies.length;
  return {
    precision: counted.length === 0 ? 1 : (counted.length - falsePositives.length) / counted.length,
    recall: total === 0 ? 1 : found.length / total,
    counted: counted.length,
    found: found.map((g) => g.id),
    missed: gold.discrepancies.filter((g) => !found.includes(g)),
    falsePositives,
    flagged,
  };
}

/** Everything eval knows about one analysis of one story. */
export interface StoryScore {
  readonly groups: GroupScore;
  readonly discrepancies: DiscrepancyScore;
  /** Gold sentences not found in the ingested bodies (left out of scoring). */
  readonly unlocated: readonly string[];
  readonly located: LocatedGold;
  readonly claimMap: ReadonlyMap<string, string | null>;
}

/** Locate the gold in the analysis' articles, map claims, and score groups and discrepancies. */
export function scoreAnalysis(gold: Gold, analysis: ScorableAnalysis): StoryScore {
  const located = locateGold(gold, analysis.articles);
  const claimMap = mapClaimsToGold(analysis.claims, located);
  return {
    groups: scoreGroups(gold, located, analysis, claimMap),
    discrepancies: scoreDiscrepancies(gold, located, analysis),
    unlocated: gold.sentences.filter((s) => !located.sentences.get(s.id)).map((s) => s.id),
    located,
    claimMap,
  };
}
