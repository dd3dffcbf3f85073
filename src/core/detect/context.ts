/**
 * Shared context of the discrepancy detectors and the one way to build a Discrepancy.
 */
import { outletLabels, UNKNOWN_OUTLET } from '../model/outlet-labels';
import type { Claim, ClaimGroup, Discrepancy, DiscrepancyKind, Severity } from '../model/analysis';
import type { Article } from '../model/article';
import type { SparseVector } from '../align/sparse-vectors';
import { makeId } from '../text/hash';
import type { ClaimFacts } from './extract-facts';

/** Everything a detector may look at. */
export interface DetectContext {
  readonly articles: ReadonlyMap<string, Article>;
  readonly claims: readonly Claim[];
  readonly facts: readonly ClaimFacts[];
  readonly vectors: readonly SparseVector[];
  readonly groups: readonly ClaimGroup[];
  /**
   * Claim index → index into `groups` for grouped claims; also leftover claims paired for
   * comparison (pair-leftovers.ts): with their partner's group, or with an index past `groups`.
   */
  readonly groupOf: ReadonlyMap<number, number>;
  /**
   * Grouped claims that are also compared within other groups, for numbers and dates only
   * (second-groups.ts: a sentence with a second fact).
   */
  readonly alsoIn?: ReadonlyMap<number, readonly number[]>;
}

/** One side before it becomes a DiscrepancySide: offsets relative to the claim text. */
export interface RawSide {
  readonly claim: number;
  readonly value: string;
  readonly start: number;
  readonly end: number;
}

/** The outlet labels of each story's articles, worked out once per story. */
const labelsOf = new WeakMap<DetectContext['articles'], ReadonlyMap<string, string>>();

/** The outlet name for summaries (see outletLabels: no two sources named alike). */
export function outletOf(ctx: DetectContext, articleId: string): string {
  let labels = labelsOf.get(ctx.articles);
  if (!labels) {
    labels = outletLabels([...ctx.articles.values()]);
    labelsOf.set(ctx.articles, labels);
  }
  return labels.get(articleId) ?? UNKNOWN_OUTLET;
}

/**
 * Build a discrepancy: ids from kind and sorted claim ids, group id when every claim shares one,
 * a one-line summary "value (outlet, outlet) · value (outlet)" with one entry per distinct value.
 */
export function makeDiscrepancy(
  ctx: DetectContext,
  kind: DiscrepancyKind,
  severity: Severity,
  sides: readonly RawSide[],
  confidence: number,
  explanation: string,
): Discrepancy {
  const ordered = [...sides].sort((a, b) => a.claim - b.claim || a.start - b.start);
  const claimIds = [...new Set(ordered.map((s) => (ctx.claims[s.claim] as Claim).id))];
  const groupIdx = new Set(ordered.map((s) => ctx.groupOf.get(s.claim) ?? -1));
  const only = groupIdx.size === 1 ? [...groupIdx][0] : undefined;
  // A claim paired for comparison only (see pair-leftovers.ts) is not a member of its partner's group.
  const group = only !== undefined && only >= 0 ? ctx.groups[only] : undefined;
  const groupId = group && claimIds.every((id) => group.claimIds.includes(id)) ? group.id : null;
  // One entry per distinct value, naming every outlet that gives it, in order of first mention; a
  // name in capitals ("CHELYABINSK" in a dateline) is the same name.
  const keyOf = (value: string): string =>
    kind === 'spelling' || kind === 'name' ? value.toLowerCase() : value;
  const outletsByValue = new Map<string, { value: string; outlets: string[] }>();
  for (const s of ordered) {
    const claim = ctx.claims[s.claim] as Claim;
    const entry = outletsByValue.get(keyOf(s.value)) ?? { value: s.value, outlets: [] };
    if (entry.value === entry.value.toUpperCase() && s.value !== s.value.toUpperCase()) entry.value = s.value;
    const outlet = outletOf(ctx, claim.articleId);
    if (!entry.outlets.includes(outlet)) entry.outlets.push(outlet);
    outletsByValue.set(keyOf(s.value), entry);
  }
  const parts = [...outletsByValue.values()].map(({ value, outlets }) => `${value} (${outlets.join(', ')})`);
  return {
    id: makeId('d', `${kind}|${[...claimIds].sort().join('|')}`),
    kind,
    severity,
    claimIds,
    groupId,
    sides: ordered.map((s) => {
      const claim = ctx.claims[s.claim] as Claim;
      return {
        articleId: claim.articleId,
        claimId: claim.id,
        value: s.value,
        start: claim.start + s.start,
        end: claim.start + s.end,
      };
    }),
    summary: parts.join(' \u00b7 '),
    confidence: Math.round(confidence * 100) / 100,
    explanation,
  };
}

/** Union-find over indices, for joining comparable facts into components. */
export class Components {
  private readonly parent: number[];
  constructor(n: number) {
    this.parent = Array.from({ length: n }, (_, i) => i);
  }
  find(i: number): number {
    let r = i;
    while (this.parent[r] !== r) r = this.parent[r] as number;
    let c = i;
    while (this.parent[c] !== r) {
      const next = this.parent[c] as number;
      this.parent[c] = r;
      c = next;
    }
    return r;
  }
  union(a: number, b: number): void {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra !== rb) this.parent[Math.max(ra, rb)] = Math.min(ra, rb);
  }
  /** Members per component, components with at least `min` members, in order of their smallest member. */
  groups(min = 2): number[][] {
    const map = new Map<number, number[]>();
    this.parent.forEach((_, i) => {
      const r = this.find(i);
      const list = map.get(r) ?? [];
      list.push(i);
      map.set(r, list);
    });
    return [...map.values()].filter((g) => g.length >= min);
  }
}

/**
 * Each source's values, without repeats: every list deduplicated by `key`, then lists with the same
 * set of keys kept once. Comparing every pair of sources is quadratic in the number of sources (a
 * 200-article story), but sources that give the same values compare the same way to everyone, and
 * a list always agrees with itself; so comparing the distinct lists gives the same answer.
 */
export function distinctLists<T>(lists: readonly (readonly T[])[], key: (t: T) => string): T[][] {
  const seen = new Set<string>();
  const out: T[][] = [];
  for (const list of lists) {
    const byKey = new Map<string, T>();
    for (const t of list) if (!byKey.has(key(t))) byKey.set(key(t), t);
    const signature = [...byKey.keys()].sort().join('\u0001');
    if (seen.has(signature)) continue;
    seen.add(signature);
    out.push([...byKey.values()]);
  }
  return out;
}

/**
 * Whether some two sources disagree: none of one's values agrees with any of the other's ("two"
 * and "three meetings"; a vague "several" agrees with "three" and keeps that pair in agreement).
 * @param lists each source's values.
 * @param agree whether two values (of different sources) say the same.
 */
export function sourcesDisagree<T>(
  lists: readonly (readonly T[])[],
  agree: (a: T, b: T) => boolean,
): boolean {
  return lists.some((x, i) => lists.some((y, j) => j > i && !x.some((a) => y.some((b) => agree(a, b)))));
}
