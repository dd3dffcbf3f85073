/**
 * Pairs for fact comparison beyond the groups. The grouping keeps apart sentences that share too
 * little wording to be called the same claim, but two reports of one fact often do share a little
 * ("was carrying 143 passengers" / "with 134 passengers on board"). A claim left out of every group
 * is paired with the claim of another article it is most similar to when that claim also finds it
 * the most similar in its article (mutual nearest neighbours, the usual guard against hubs in
 * nearest-neighbour matching) and their similarity reaches PAIR_FLOOR. The pairs only widen what
 * the detectors compare; they are not groups and are not shown as shared claims.
 *
 * Cost: candidates come from an inverted index over the features, each feature's postings capped
 * at PAIR_POSTINGS_CAP (a feature in more claims than that is nearly a stopword), so the work per
 * claim is bounded and the whole pass near-linear.
 */
import type { Claim } from '../model/analysis';
import type { SparseVector } from './sparse-vectors';

/**
 * Similarity a leftover claim and its partner need: lower pairs more facts for comparison (recall
 * of discrepancies) and more unrelated sentences (their false discrepancies). Measured on the 14
 * gold stories: 0.10 → recall 0.864, precision 0.955; 0.15–0.20 → 0.864, 0.979; 0.25 → 0.864,
 * 0.991; 0.30 and above → 0.853, 0.991 (the same as no pairing).
 */
export const PAIR_FLOOR = 0.25;
/** Features held by more claims than this are not used to find candidates. */
export const PAIR_POSTINGS_CAP = 200;

/**
 * The detection grouping: every claim's group, extended with leftover claims paired by mutual
 * nearest neighbours (joining the group of their partner, or forming a new pair).
 * @param claims all claims; @param vectors their unit vectors (same order).
 * @param groupOf claim index → group index, for grouped claims.
 * @param groupCount the number of groups (new pairs are numbered from it).
 * @returns claim index → group index, a superset of `groupOf`.
 */
export function pairLeftovers(
  claims: readonly Claim[],
  vectors: readonly SparseVector[],
  groupOf: ReadonlyMap<number, number>,
  groupCount: number,
): Map<number, number> {
  const postings = new Map<string, number[]>();
  vectors.forEach((v, i) => {
    for (const f of v.keys()) {
      const list = postings.get(f);
      if (list) list.push(i);
      else postings.set(f, [i]);
    }
  });
  /**
   * The most similar claim of each other article to claim `i`: article → [claim, similarity].
   * Cached: a claim is asked about once as a leftover and again each time it is a partner.
   */
  const bestCache = new Map<number, Map<string, [number, number]>>();
  const bestByArticle = (i: number): Map<string, [number, number]> => {
    const cached = bestCache.get(i);
    if (cached) return cached;
    const sums = new Map<number, number>();
    for (const [f, w] of vectors[i] as SparseVector) {
      const list = postings.get(f) as number[];
      if (list.length > PAIR_POSTINGS_CAP) continue;
      for (const j of list) {
        if (j === i) continue;
        const o = (vectors[j] as SparseVector).get(f) as number;
        sums.set(j, (sums.get(j) ?? 0) + w * o);
      }
    }
    const best = new Map<string, [number, number]>();
    const own = (claims[i] as Claim).articleId;
    for (const [j, s] of sums) {
      const article = (claims[j] as Claim).articleId;
      if (article === own) continue;
      const cur = best.get(article);
      // Ties go to the smaller claim id (content-derived), so the order of the articles does not matter.
      if (!cur || s > cur[1] || (s === cur[1] && (claims[j] as Claim).id < (claims[cur[0]] as Claim).id))
        best.set(article, [j, s]);
    }
    bestCache.set(i, best);
    return best;
  };
  const out = new Map(groupOf);
  let next = groupCount;
  // Claims and partners in id order: the result does not depend on the order of the articles.
  const byId = (a: number, b: number): number =>
    (claims[a] as Claim).id < (claims[b] as Claim).id
      ? -1
      : (claims[a] as Claim).id > (claims[b] as Claim).id
        ? 1
        : 0;
  const order = claims.map((_, i) => i).sort(byId);
  for (const i of order) {
    if (out.has(i)) continue;
    const claim = claims[i] as Claim;
    const partners = [...bestByArticle(i).values()]
      .filter(([, s]) => s >= PAIR_FLOOR)
      .sort((a, b) => byId(a[0], b[0]));
    for (const [j] of partners) {
      if (out.get(i) !== undefined) break;
      const back = bestByArticle(j).get(claim.articleId);
      if (!back || back[0] !== i) continue;
      const g = out.get(j);
      if (g !== undefined) out.set(i, g);
      else {
        out.set(i, next);
        out.set(j, next);
        next++;
      }
    }
  }
  return out;
}
