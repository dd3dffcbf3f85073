/**
 * The plain baseline eval compares the engine with: TF-IDF cosine over lowercased word tokens (no
 * stemming, no synonyms, no entities), cross-article claim pairs above a threshold joined into connected
 * components (single-link clustering), and a naive number detector (grouped cross-article pairs whose
 * digit/number-word tokens differ → `number`). TF-IDF as in Salton & Buckley (1988), "Term-weighting
 * approaches in automatic text retrieval", with the smoothed idf ln((1+N)/(1+df))+1.
 * It runs on the engine's own claims, so the two differ only in grouping and detection.
 */
import type { ScorableAnalysis, ScorableClaim, ScorableDiscrepancy, ScorableSide } from './score';
import type { LocatableArticle } from './locate';

export interface BaselineClaim extends ScorableClaim {
  readonly text: string;
}

/** Lowercased word tokens (letters/digits, inner apostrophes kept), with their offsets in the text. */
export function wordTokens(text: string): { token: string; start: number; end: number }[] {
  return [...text.matchAll(/[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu)].map((m) => ({
    token: m[0].toLowerCase().replace(/’/g, "'"),
    start: m.index ?? 0,
    end: (m.index ?? 0) + m[0].length,
  }));
}

/** Cosine similarity of every pair of claims under TF-IDF weights computed over these claims. */
export function tfidfVectors(texts: readonly string[]): Map<string, number>[] {
  const tfs = texts.map((t) => {
    const tf = new Map<string, number>();
    for (const { token } of wordTokens(t)) tf.set(token, (tf.get(token) ?? 0) + 1);
    return tf;
  });
  const df = new Map<string, number>();
  for (const tf of tfs) for (const term of tf.keys()) df.set(term, (df.get(term) ?? 0) + 1);
  const n = texts.length;
  return tfs.map((tf) => {
    const v = new Map<string, number>();
    let norm = 0;
    for (const [term, count] of tf) {
      const w = count * (Math.log((1 + n) / (1 + (df.get(term) ?? 0))) + 1);
      v.set(term, w);
      norm += w * w;
    }
    norm = Math.sqrt(norm) || 1;
    for (const [term, w] of v) v.set(term, w / norm);
    return v;
  });
}

/** Dot product of two unit vectors = their cosine. */
export function cosine(a: ReadonlyMap<string, number>, b: ReadonlyMap<string, number>): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let dot = 0;
  for (const [term, w] of small) dot += w * (large.get(term) ?? 0);
  return dot;
}

const NUMBER_WORDS = new Set(
  (
    'zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen ' +
    'seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety hundred thousand ' +
    'million billion dozen'
  ).split(' '),
);

/** Digit and number-word tokens of a text, with offsets. */
export function numberTokens(text: string): { token: string; start: number; end: number }[] {
  return wordTokens(text).filter((t) => /^\d/.test(t.token) || NUMBER_WORDS.has(t.token));
}

/** Precomputed pairwise similarities of a story's claims, reusable across thresholds. */
export interface BaselineModel {
  readonly claims: readonly BaselineClaim[];
  /** Cross-article pairs [i, j, cosine], i < j. */
  readonly pairs: readonly (readonly [number, number, number])[];
}

/** Compute the TF-IDF cosine of every cross-article pair of claims (all pairs: it is a baseline). */
export function buildBaselineModel(claims: readonly BaselineClaim[]): BaselineModel {
  const vectors = tfidfVectors(claims.map((c) => c.text));
  const pairs: [number, number, number][] = [];
  for (let i = 0; i < claims.length; i++) {
    for (let j = i + 1; j < claims.length; j++) {
      if (claims[i]?.articleId === claims[j]?.articleId) continue;
      pairs.push([i, j, cosine(vectors[i] ?? new Map(), vectors[j] ?? new Map())]);
    }
  }
  return { claims, pairs };
}

/**
 * Group and detect with the baseline at one cosine threshold.
 * @returns groups (connected components spanning ≥ 2 articles) and naive `number` discrepancies.
 */
export function runBaseline(
  model: BaselineModel,
  articles: readonly LocatableArticle[],
  threshold: number,
): ScorableAnalysis {
  const { claims } = model;
  const parent = claims.map((_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i] ?? i] ?? i;
    return i;
  };
  for (const [i, j, sim] of model.pairs) if (sim >= threshold) parent[find(i)] = find(j);
  const components = new Map<number, number[]>();
  claims.forEach((_, i) => components.set(find(i), [...(components.get(find(i)) ?? []), i]));
  const groups: { id: string; claimIds: string[] }[] = [];
  const discrepancies: ScorableDiscrepancy[] = [];
  for (const members of components.values()) {
    const group = members.map((i) => claims[i]).filter((c): c is BaselineClaim => !!c);
    if (new Set(group.map((c) => c.articleId)).size < 2) continue;
    groups.push({ id: `bg-${groups.length}`, claimIds: group.map((c) => c.id) });
    for (let x = 0; x < group.length; x++) {
      for (let y = x + 1; y < group.length; y++) {
        const a = group[x];
        const b = group[y];
        if (!a || !b || a.articleId === b.articleId) continue;
        const d = numberDiscrepancy(a, b, discrepancies.length);
        if (d) discrepancies.push(d);
      }
    }
  }
  return { articles, claims, groups, discrepancies };
}

function numberDiscrepancy(a: BaselineClaim, b: BaselineClaim, n: number): ScorableDiscrepancy | null {
  const na = numberTokens(a.text);
  const nb = numberTokens(b.text);
  const key = (ts: { token: string }[]): string => [...new Set(ts.map((t) => t.token))].sort().join(' ');
  if (na.length === 0 || nb.length === 0 || key(na) === key(nb)) return null;
  const side = (c: BaselineClaim, ts: { token: string; start: number; end: number }[]): ScorableSide => ({
    articleId: c.articleId,
    claimId: c.id,
    value: ts.map((t) => t.token).join(' '),
    start: c.start + (ts[0]?.start ?? 0),
    end: c.start + (ts[ts.length - 1]?.end ?? 0),
  });
  const sides = [side(a, na), side(b, nb)];
  return { id: `bd-${n}`, kind: 'number', summary: sides.map((s) => s.value).join(' · '), sides };
}

/** The thresholds the baseline is tuned over: 0.05 to 0.95 in steps of 0.05. */
export const BASELINE_THRESHOLDS: readonly number[] = Array.from({ length: 19 }, (_, i) => (i + 1) / 20);
