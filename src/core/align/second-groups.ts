/**
 * Second groups for fact comparison. A sentence with two facts joins the group of one of them
 * ("The Saint Brenna, with 134 passengers on board, struck the trawler at around 8.40pm, about
 * three kilometres out" goes with the route sentence it shares most words with), and its other fact
 * is then never compared with the sentences that state it ("carrying 143 passengers … collided … at
 * about 7.40pm"). Here a grouped claim is also compared within another group when its mean
 * similarity to that group's members from other articles reaches SECOND_GROUP_FLOOR: as average
 * linkage would have let it join that group too. Only numbers and dates are compared this way (the
 * facts a second clause carries); the groups shown do not change.
 *
 * Cost: the similarities come from an inverted index with capped postings (SECOND_POSTINGS_CAP),
 * so the pass stays near-linear.
 */
import type { Claim } from '../model/analysis';
import type { SparseVector } from './sparse-vectors';

/**
 * Features held by more grouped claims than this are not used here: every grouped claim is searched
 * (not only leftovers, as in pair-leftovers.ts), so the cap is lower; a feature of 50 claims says
 * little about which group a sentence's second fact belongs to. On the synthetic 50-article story
 * the pass takes 0.69 s with a cap of 200 and 0.12 s with 50; the gold stories' figures are the same
 * with either.
 */
export const SECOND_POSTINGS_CAP = 50;
/** Mean similarity to another group's members (of other articles) that makes it a second group. */
export const SECOND_GROUP_FLOOR = 0.12;

/**
 * For each grouped claim, the other groups it is also compared in.
 * @param groupOf claim index → group index of grouped claims.
 * @param wanted the claims worth the search (those with a count or a date to compare).
 * @returns claim index → other group indices (only claims that have some).
 */
export function secondGroups(
  claims: readonly Claim[],
  vectors: readonly SparseVector[],
  groupOf: ReadonlyMap<number, number>,
  wanted: (claim: number) => boolean = () => true,
  floor = SECOND_GROUP_FLOOR,
): Map<number, number[]> {
  const postings = new Map<string, number[]>();
  vectors.forEach((v, i) => {
    if (!groupOf.has(i)) return;
    for (const f of v.keys()) {
      const list = postings.get(f);
      if (list) list.push(i);
      else postings.set(f, [i]);
    }
  });
  // Members of each group, in all and by article, to average over the other articles' members.
  const size = new Map<number, number>();
  const byArticle = new Map<string, number>();
  for (const [c, g] of groupOf) {
    size.set(g, (size.get(g) ?? 0) + 1);
    const key = `${g}|${(claims[c] as Claim).articleId}`;
    byArticle.set(key, (byArticle.get(key) ?? 0) + 1);
  }
  const sizeOther = (g: number, article: string): number =>
    (size.get(g) ?? 0) - (byArticle.get(`${g}|${article}`) ?? 0);
  const out = new Map<number, number[]>();
  for (const [i, own] of groupOf) {
    if (!wanted(i)) continue;
    const article = (claims[i] as Claim).articleId;
    const sums = new Map<number, number>();
    for (const [f, w] of vectors[i] as SparseVector) {
      const list = postings.get(f) as number[];
      if (list.length > SECOND_POSTINGS_CAP) continue;
      for (const j of list) {
        const g = groupOf.get(j) as number;
        if (g === own || (claims[j] as Claim).articleId === article) continue;
        sums.set(g, (sums.get(g) ?? 0) + w * ((vectors[j] as SparseVector).get(f) as number));
      }
    }
    const also = [...sums]
      .filter(([g, s]) => s / Math.max(1, sizeOther(g, article)) >= floor)
      .map(([g]) => g)
      .sort((a, b) => a - b);
    if (also.length > 0) out.set(i, also);
  }
  return out;
}
