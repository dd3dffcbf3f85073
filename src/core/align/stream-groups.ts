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
 *
 * Performance: features are interned as integers (packVectors); each (group, feature) sum lives in
 * one numbered cell of a flat array, and a posting names the group and its cell, so the scan per
 * claim is array reads and a multiply-add, with no Map lookup or allocation per posting. Sums are
 * taken in the same order as the Map-based formulation (tests/core/align keeps it as a reference
 * and checks equality), so the groups are identical, bit for bit.
 */
import type { Claim } from '../model/analysis';
import { NOTHING_APART, type ApartRelation } from './quote-conflicts';
import { Accumulator, packVectors, type PackedVectors, type SparseVector } from './sparse-vectors';
import { agreesWithMost, groupsAgree } from './stream-majority';

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

/**
 * The groups being built, as arrays indexed by group: members, the features of each group's summed
 * vector (first-added order) with the cell holding each sum, and postings per feature (the groups
 * holding it, with their cells).
 */
class Groups {
  readonly members: number[][] = [];
  readonly feats: number[][] = [];
  readonly cells: number[][] = [];
  readonly cellOf: Map<number, number>[] = [];
  /** Index (in the processing order) of the last article that joined each group. */
  readonly lastArticle: number[] = [];
  /** Cell weights: the sum of one feature over one group's members. */
  readonly cellW: number[] = [];
  readonly postG: (number[] | undefined)[];
  readonly postC: (number[] | undefined)[];
  constructor(featureCount: number) {
    this.postG = new Array<number[] | undefined>(featureCount);
    this.postC = new Array<number[] | undefined>(featureCount);
  }
  get count(): number {
    return this.members.length;
  }
  create(): number {
    this.members.push([]);
    this.feats.push([]);
    this.cells.push([]);
    this.cellOf.push(new Map());
    this.lastArticle.push(-1);
    return this.members.length - 1;
  }
  /** Add claim `ci` of the article numbered `article` to group `g`. */
  add(g: number, ci: number, article: number, packed: PackedVectors): void {
    (this.members[g] as number[]).push(ci);
    this.lastArticle[g] = article;
    const fs = packed.ids[ci] as Int32Array;
    const ws = packed.weights[ci] as Float64Array;
    const cellOf = this.cellOf[g] as Map<number, number>;
    for (let k = 0; k < fs.length; k++) {
      const f = fs[k] as number;
      let c = cellOf.get(f);
      if (c === undefined) {
        c = this.cellW.length;
        this.cellW.push(0);
        cellOf.set(f, c);
        (this.feats[g] as number[]).push(f);
        (this.cells[g] as number[]).push(c);
        (this.postG[f] ??= []).push(g);
        (this.postC[f] ??= []).push(c);
      }
      this.cellW[c] = (this.cellW[c] as number) + (ws[k] as number);
    }
  }
  /**
   * Merge group `b` into `a`. A feature new to `a` adopts `b`'s cell; a shared one is added into
   * `a`'s cell and `b`'s cell is redirected there (postings keep naming `b`'s cell).
   */
  absorb(a: number, b: number, redirect: Int32Array): void {
    const ma = this.members[a] as number[];
    for (const m of this.members[b] as number[]) ma.push(m);
    const cellOf = this.cellOf[a] as Map<number, number>;
    const fb = this.feats[b] as number[];
    const cb = this.cells[b] as number[];
    for (let k = 0; k < fb.length; k++) {
      const f = fb[k] as number;
      const from = cb[k] as number;
      const c = cellOf.get(f);
      if (c === undefined) {
        cellOf.set(f, from);
        (this.feats[a] as number[]).push(f);
        (this.cells[a] as number[]).push(from);
      } else {
        this.cellW[c] = (this.cellW[c] as number) + (this.cellW[from] as number);
        redirect[from] = c;
      }
    }
  }
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
  apart: ApartRelation = NOTHING_APART,
): number[][] {
  const byArticle = new Map<string, number[]>();
  claims.forEach((c, i) => {
    const list = byArticle.get(c.articleId) ?? [];
    list.push(i);
    byArticle.set(c.articleId, list);
  });
  const articleOrder = [...byArticle.keys()].sort();
  const packed = packVectors(vectors);
  const scratch = new Float64Array(packed.featureCount);
  const gs = new Groups(packed.featureCount);
  const acc = new Accumulator();

  articleOrder.forEach((articleId, ai) => {
    const members = byArticle.get(articleId) ?? [];
    const dfCap = dfCapFor(gs.count);
    const pairs: Array<{ claim: number; group: number; score: number }> = [];
    for (const ci of members) {
      acc.begin(gs.count);
      const fs = packed.ids[ci] as Int32Array;
      const ws = packed.weights[ci] as Float64Array;
      // Dot products through the postings. Features in more than `dfCap` groups are left out:
      // at that spread they carry almost no idf weight, and scanning them would make the cost
      // quadratic.
      for (let k = 0; k < fs.length; k++) {
        const f = fs[k] as number;
        const list = gs.postG[f];
        if (list === undefined || list.length > dfCap) continue;
        const cl = gs.postC[f] as number[];
        const w = ws[k] as number;
        for (let j = 0; j < list.length; j++)
          acc.add(list[j] as number, w * (gs.cellW[cl[j] as number] as number));
      }
      for (const g of acc.touched) {
        if (gs.lastArticle[g] === ai) continue;
        const score = (acc.value[g] as number) / (gs.members[g] as number[]).length;
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
      if (!agreesWithMost(p.claim, gs.members[p.group] as number[], packed, scratch, apart)) continue;
      usedClaims.add(p.claim);
      usedGroups.add(p.group);
      joins.push(p);
    }
    for (const ci of members) if (!usedClaims.has(ci)) joins.push({ claim: ci, group: -1 });
    for (const { claim, group } of joins) gs.add(group < 0 ? gs.create() : group, claim, ai, packed);
  });

  return mergeGroups(gs, mergeThreshold, packed, scratch, apart);
}

/**
 * Average-linkage merge of the built groups (UPGMA, Sokal & Michener 1958): repeatedly join the two
 * groups with the highest mean member similarity, dot(ΣG, ΣH) / (|G|·|H|), while it is at least
 * `threshold`. Candidate pairs come from the shared postings; each round merges disjoint pairs.
 */
function mergeGroups(
  gs: Groups,
  threshold: number,
  packed: PackedVectors,
  scratch: Float64Array,
  apart: ApartRelation,
): number[][] {
  const count = gs.count;
  if (threshold > 1) return gs.members;
  const alive = new Uint8Array(count).fill(1);
  const owner = Array.from({ length: count }, (_, i) => i);
  const find = (i: number): number => {
    let r = i;
    while (owner[r] !== r) r = owner[r] as number;
    return r;
  };
  // A merged-away cell points to the cell that now holds its sum (−1: it is current).
  const redirect = new Int32Array(gs.cellW.length).fill(-1);
  const resolve = (c: number): number => {
    let r = c;
    while ((redirect[r] as number) >= 0) r = redirect[r] as number;
    return r;
  };
  const acc = new Accumulator();
  // After earlier merges a posting list can name one group twice: count it once (per feature).
  const seen = new Int32Array(count);
  let seenEpoch = 0;
  for (let round = 0; round < MERGE_ROUNDS; round++) {
    const pairs: Array<{ a: number; b: number; score: number }> = [];
    const dfCap = dfCapFor(count);
    for (let a = 0; a < count; a++) {
      if (!alive[a]) continue;
      acc.begin(count);
      const fa = gs.feats[a] as number[];
      const ca = gs.cells[a] as number[];
      for (let k = 0; k < fa.length; k++) {
        const f = fa[k] as number;
        const list = gs.postG[f] as number[];
        if (list.length > dfCap) continue;
        const cl = gs.postC[f] as number[];
        const w = gs.cellW[ca[k] as number] as number;
        seenEpoch++;
        for (let j = 0; j < list.length; j++) {
          const b = find(list[j] as number);
          if (b <= a || !alive[b] || seen[b] === seenEpoch) continue;
          seen[b] = seenEpoch;
          acc.add(b, w * (gs.cellW[resolve(cl[j] as number)] as number));
        }
      }
      const sizeA = (gs.members[a] as number[]).length;
      for (const b of acc.touched) {
        const score = (acc.value[b] as number) / (sizeA * (gs.members[b] as number[]).length);
        if (score >= threshold) pairs.push({ a, b, score });
      }
    }
    if (pairs.length === 0) break;
    pairs.sort((x, y) => y.score - x.score || x.a - y.a || x.b - y.b);
    const touched = new Set<number>();
    for (const { a, b } of pairs) {
      if (touched.has(a) || touched.has(b)) continue;
      if (!groupsAgree(gs.members[a] as number[], gs.members[b] as number[], packed, scratch, apart))
        continue;
      touched.add(a);
      touched.add(b);
      gs.absorb(a, b, redirect);
      alive[b] = 0;
      owner[b] = a;
    }
  }
  return gs.members.filter((_, i) => alive[i]);
}
