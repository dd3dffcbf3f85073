/**
 * The Map-based formulation of the streaming grouping (src/core/align/stream-groups.ts as it was
 * before features were interned), kept as a test oracle: the optimised version must return
 * exactly the same clusters. Constants are imported, so both always use the same values.
 */
import type { Claim } from '../../../src/core/model/analysis';
import { dot, type SparseVector } from '../../../src/core/align/sparse-vectors';
import {
  JOIN_THRESHOLD,
  MAX_DF_CAP,
  MAX_GROUP_DF_FRACTION,
  MERGE_ROUNDS,
  MERGE_THRESHOLD,
  MIN_DF_CAP,
} from '../../../src/core/align/stream-groups';
import { MAJORITY_SAMPLE, MEMBER_FLOOR } from '../../../src/core/align/stream-majority';

/** Whether `v` is similar to a strict majority of (a sample of) the members. */
function agreesWithMost(
  v: SparseVector,
  members: readonly number[],
  vectors: readonly SparseVector[],
): boolean {
  const sample = members.length <= MAJORITY_SAMPLE ? members : members.slice(0, MAJORITY_SAMPLE);
  let close = 0;
  for (const m of sample) {
    const u = vectors[m] as SparseVector;
    if (dot(v, u) >= MEMBER_FLOOR) close++;
  }
  return close * 2 > sample.length;
}

/** Whether most members of `a` agree with most of `b` (the majority rule for merges). */
function groupsAgree(a: Building, b: Building, vectors: readonly SparseVector[]): boolean {
  const sample = a.members.length <= MAJORITY_SAMPLE ? a.members : a.members.slice(0, MAJORITY_SAMPLE);
  let close = 0;
  for (const m of sample) if (agreesWithMost(vectors[m] as SparseVector, b.members, vectors)) close++;
  return close * 2 > sample.length;
}

/** The postings cap for a story with `groupCount` groups so far. */
const dfCapFor = (groupCount: number): number =>
  Math.min(MAX_DF_CAP, Math.max(MIN_DF_CAP, groupCount * MAX_GROUP_DF_FRACTION));

interface Building {
  readonly members: number[];
  readonly articles: Set<string>;
  readonly sum: Map<string, number>;
}

/**
 * Group claims with the streaming one-pass join and an average-linkage merge.
 * @param claims all claims of the story.
 * @param vectors unit feature vectors, one per claim (same order).
 * @param threshold minimum mean similarity to join a group.
 * @param mergeThreshold minimum mean similarity for two groups to merge.
 * @returns clusters of claim indices, singletons included.
 */
export function referenceStreamGroups(
  claims: readonly Claim[],
  vectors: readonly SparseVector[],
  threshold = JOIN_THRESHOLD,
  mergeThreshold = MERGE_THRESHOLD,
): number[][] {
  const byArticle = new Map<string, number[]>();
  claims.forEach((c, i) => {
    const list = byArticle.get(c.articleId) ?? [];
    list.push(i);
    byArticle.set(c.articleId, list);
  });
  const articleOrder = [...byArticle.keys()].sort();
  const groups: Building[] = [];
  const postings = new Map<string, number[]>();

  for (const articleId of articleOrder) {
    const members = byArticle.get(articleId) ?? [];
    const dfCap = dfCapFor(groups.length);
    const pairs: Array<{ claim: number; group: number; score: number }> = [];
    for (const ci of members) {
      const v = vectors[ci] as SparseVector;
      // Dot products through the postings. Features in more than `dfCap` groups are left out:
      // at that spread they carry almost no idf weight, and scanning them would make the cost
      // quadratic.
      const partial = new Map<number, number>();
      for (const [f, w] of v) {
        const list = postings.get(f);
        if (!list || list.length > dfCap) continue;
        for (const g of list)
          partial.set(g, (partial.get(g) ?? 0) + w * ((groups[g] as Building).sum.get(f) ?? 0));
      }
      for (const [g, p] of partial) {
        const group = groups[g] as Building;
        if (group.articles.has(articleId)) continue;
        const score = p / group.members.length;
        if (score >= threshold) pairs.push({ claim: ci, group: g, score });
      }
    }
    pairs.sort((a, b) => b.score - a.score || a.claim - b.claim || a.group - b.group);
    const usedClaims = new Set<number>();
    const usedGroups = new Set<number>();
    const joins: Array<{ claim: number; group: number }> = [];
    for (const p of pairs) {
      if (usedClaims.has(p.claim) || usedGroups.has(p.group)) continue;
      // The majority rule, checked only for the pairs that would be taken.
      const group = groups[p.group] as Building;
      if (!agreesWithMost(vectors[p.claim] as SparseVector, group.members, vectors)) continue;
      usedClaims.add(p.claim);
      usedGroups.add(p.group);
      joins.push(p);
    }
    for (const ci of members) if (!usedClaims.has(ci)) joins.push({ claim: ci, group: -1 });
    for (const { claim, group } of joins) {
      const v = vectors[claim] as SparseVector;
      let g = group;
      if (g < 0) {
        g = groups.length;
        groups.push({ members: [], articles: new Set(), sum: new Map() });
      }
      const target = groups[g] as Building;
      target.members.push(claim);
      target.articles.add(articleId);
      for (const [f, w] of v) {
        if (!target.sum.has(f)) {
          const list = postings.get(f) ?? [];
          list.push(g);
          postings.set(f, list);
        }
        target.sum.set(f, (target.sum.get(f) ?? 0) + w);
      }
    }
  }

  return mergeGroups(groups, postings, mergeThreshold, vectors).map((g) => g.members);
}

/**
 * Average-linkage merge of the built groups (UPGMA, Sokal & Michener 1958): repeatedly join the two
 * groups with the highest mean member similarity, dot(ΣG, ΣH) / (|G|·|H|), while it is at least
 * `threshold`. Candidate pairs come from the shared postings; each round merges disjoint pairs.
 */
function mergeGroups(
  groups: readonly Building[],
  postings: ReadonlyMap<string, number[]>,
  threshold: number,
  vectors: readonly SparseVector[],
): Building[] {
  if (threshold > 1) return [...groups];
  const alive: (Building | null)[] = [...groups];
  const owner = groups.map((_, i) => i);
  const find = (i: number): number => {
    let r = i;
    while (owner[r] !== r) r = owner[r] as number;
    return r;
  };
  for (let round = 0; round < MERGE_ROUNDS; round++) {
    const pairs: Array<{ a: number; b: number; score: number }> = [];
    const dfCap = dfCapFor(alive.length);
    alive.forEach((g, a) => {
      if (!g) return;
      const partial = new Map<number, number>();
      for (const [f, w] of g.sum) {
        const list = postings.get(f);
        if (!list || list.length > dfCap) continue;
        // After earlier merges a posting list can name one group twice: count it once.
        const seen = new Set<number>();
        for (const raw of list) {
          const b = find(raw);
          if (b <= a || !alive[b] || seen.has(b)) continue;
          seen.add(b);
          partial.set(b, (partial.get(b) ?? 0) + w * ((alive[b] as Building).sum.get(f) ?? 0));
        }
      }
      for (const [b, p] of partial) {
        const h = alive[b] as Building;
        const score = p / (g.members.length * h.members.length);
        if (score >= threshold) pairs.push({ a, b, score });
      }
    });
    if (pairs.length === 0) break;
    pairs.sort((x, y) => y.score - x.score || x.a - y.a || x.b - y.b);
    const touched = new Set<number>();
    for (const { a, b } of pairs) {
      if (touched.has(a) || touched.has(b)) continue;
      if (!groupsAgree(alive[a] as Building, alive[b] as Building, vectors)) continue;
      touched.add(a);
      touched.add(b);
      const ga = alive[a] as Building;
      const gb = alive[b] as Building;
      ga.members.push(...gb.members);
      for (const x of gb.articles) ga.articles.add(x);
      for (const [f, w] of gb.sum) ga.sum.set(f, (ga.sum.get(f) ?? 0) + w);
      alive[b] = null;
      owner[b] = a;
    }
  }
  return alive.filter((g): g is Building => g !== null);
}
