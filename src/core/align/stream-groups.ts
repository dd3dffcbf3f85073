/**
 * Streaming claim grouping for big stories: one pass over the articles in a canonical order, each
 * claim joining the group it is most similar to on average (average linkage, Sokal & Michener
 * 1958, computed from the group's summed vector: mean cosine to the members = dot(claim, Σ members)
 * / size). Candidate groups come from an inverted index over the groups' features, so the cost
 * grows with the number of claims times the groups that share a term with them, not with all
 * pairs. Each article's claims are matched to groups one to one, best pairs first; afterwards
 * groups that are similar on average are merged (average linkage again), which is how a source's
 * restatements of one fact (headline, caption, body) end up together. Processing articles sorted
 * by id makes the result independent of the order the articles were given in.
 */
import type { Claim } from '../model/analysis';
import { dot, type SparseVector } from './claim-features';

/**
 * Minimum mean similarity of a claim to a group's members for it to join. Lower joins more
 * paraphrases (recall) but also claims that only share the story's names (precision). Measured
 * with `npm run eval` (mean group F1 over the seed and three invented gold stories, merge 0.12):
 * 0.10 → 0.814, 0.12 → 0.819, 0.15 → 0.808, 0.20 → 0.79, 0.30 → 0.63.
 */
export const JOIN_THRESHOLD = 0.12;
/**
 * Groups (and lone claims) whose members are this similar on average are merged, even when that
 * puts two claims of one article together (a story restates its main fact in several sentences).
 * Higher keeps groups tight; lower gathers the restatements. Measured (join 0.12, mean group F1):
 * no merge → 0.809, 0.25 → 0.811, 0.20 → 0.819, 0.15 → 0.827, 0.12 → 0.832 (seed 0.41 → 0.49).
 */
export const MERGE_THRESHOLD = 0.12;
/** Merge rounds: each round can halve the number of groups; 2 scored as well as 3–6 on the gold and costs less. */
export const MERGE_ROUNDS = 2;
/**
 * No chaining: a claim joins a group only when it is at least this similar to a strict majority
 * of the members (checked on up to MAJORITY_SAMPLE of them), so a claim that bridges two topics
 * cannot pull an unrelated claim in through the average. Measured (mean group F1 over the four
 * gold stories): 0.05 → 0.81, 0.08 → 0.78, 0.1 → 0.77, 0.12 → 0.74; 0.05 still breaks the chain
 * of the bridging test in tests/core/align.
 */
export const MEMBER_FLOOR = 0.05;
/** Members checked for the majority rule: bounds the cost on very large groups. */
export const MAJORITY_SAMPLE = 9;

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

/**
 * A feature shared by more than this fraction of the groups is left out of the scores: it is
 * nearly a stopword there, and scanning its postings would make the cost quadratic. 0.25 keeps
 * the synthetic 200-article story near-linear; no gold story reaches the cap.
 */
export const MAX_GROUP_DF_FRACTION = 0.25;
/** ...unless the story is small: below this many groups every feature is used. */
export const MIN_DF_CAP = 40;
/**
 * ...and never more than this many groups, whatever the story's size: a fraction alone lets the
 * postings scanned per claim grow with the story (two articles of 2,000 sentences: 7.7 s, ×3.9 per
 * doubling). With the bound the scan per claim is at most (features × 200): 2 × 2,000 sentences
 * 1.9 s, and the 200-article bench is unchanged in groups (a feature in 200 groups carries an idf
 * weight of almost nothing there).
 */
export const MAX_DF_CAP = 200;
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
export function streamGroups(
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
