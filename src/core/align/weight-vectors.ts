/**
 * TF-IDF weighting of claim features, with the idf taken from the story itself (Salton & Buckley
 * 1988, "Term-weighting approaches in automatic text retrieval"): a feature most claims share
 * (the story's main names, its common words) weighs little, one a few claims share weighs much.
 * Also where the rarer-sense markers of claim-features.ts become synset features or vanish.
 */
import { DEFAULT_FEATURE_TUNING, type FeatureTuning } from './claim-features';
import type { SparseVector } from './sparse-vectors';

/**
 * Rarer senses are used in stories of at most this many claims (the size grouped by exact
 * clustering, where they were measured). In bigger stories the extra synset features made the
 * streaming grouping's cost grow faster than linearly (synthetic 50 → 100 articles: grouping
 * 260 → 740–920 ms with them, 270 → 415 ms without; bench per-doubling ratio 2.40–2.47 > 2.3).
 */
export const DEEP_SENSE_MAX_CLAIMS = 1200;

/**
 * TF-IDF vectors, L2-normalised, for a list of feature counts.
 * @returns one unit vector per input (empty when a claim has no features).
 */
export function weightVectors(
  rawCounts: readonly ReadonlyMap<string, number>[],
  tuning: Partial<FeatureTuning> = {},
): SparseVector[] {
  const plain = (tuning.idf ?? DEFAULT_FEATURE_TUNING.idf) === 'plain';
  const counts = resolveDeepSenses(rawCounts);
  const df = new Map<string, number>();
  for (const c of counts) for (const f of c.keys()) df.set(f, (df.get(f) ?? 0) + 1);
  const n = counts.length;
  // The idf of each feature, computed once per feature rather than once per claim using it.
  const idf = new Map<string, number>();
  for (const [f, d] of df) {
    const ratio = n / d;
    idf.set(f, plain ? Math.log(ratio) : Math.log(1 + ratio));
  }
  const keys: string[] = [];
  const ws: number[] = [];
  return counts.map((c) => {
    keys.length = 0;
    ws.length = 0;
    let norm = 0;
    for (const [f, tf] of c) {
      const w = tf * (idf.get(f) as number);
      if (w <= 0) continue;
      keys.push(f);
      ws.push(w);
      norm += w * w;
    }
    norm = Math.sqrt(norm);
    const v = new Map<string, number>();
    for (let k = 0; k < keys.length; k++) {
      const w = ws[k] as number;
      v.set(keys[k] as string, norm > 0 ? w / norm : w);
    }
    return v;
  });
}

/**
 * Turn the `x:synset|lemma` markers into synset features: a synset reached from at least two
 * different lemmas of the story becomes `s:synset` (at the marker's weight); the others vanish.
 */
function resolveDeepSenses(
  counts: readonly ReadonlyMap<string, number>[],
): readonly ReadonlyMap<string, number>[] {
  // synset → the one lemma that reaches it, or null once two different lemmas do.
  const reach = new Map<string, string | null>();
  if (counts.length <= DEEP_SENSE_MAX_CLAIMS)
    for (const c of counts)
      for (const f of c.keys()) {
        if (!f.startsWith('x:') && !f.startsWith('y:')) continue;
        const bar = f.indexOf('|');
        const synset = f.slice(2, bar);
        const lemma = f.slice(bar + 1);
        const prev = reach.get(synset);
        if (prev === undefined) reach.set(synset, lemma);
        else if (prev !== null && prev !== lemma) reach.set(synset, null);
      }
  // What each raw feature becomes (itself, its `s:synset` feature, or nothing), worked out once
  // per distinct feature of the story rather than at every occurrence.
  const targetIfPositive = new Map<string, string | null>();
  const targetOtherwise = new Map<string, string | null>();
  const resolve = (f: string, w: number): string | null => {
    const deep = f.startsWith('x:');
    if (!deep && !f.startsWith('y:')) return f;
    const synset = f.slice(2, f.indexOf('|'));
    return w > 0 && (!deep || reach.get(synset) === null) ? `s:${synset}` : null;
  };
  return counts.map((c) => {
    const out = new Map<string, number>();
    for (const [f, w] of c) {
      // The weight only matters as "positive or not": one cache per case.
      const target = w > 0 ? targetIfPositive : targetOtherwise;
      let to = target.get(f);
      if (to === undefined) {
        to = resolve(f, w);
        target.set(f, to);
      }
      if (to !== null) out.set(to, (out.get(to) ?? 0) + w);
    }
    return out;
  });
}
