/**
 * Lookup tables the compare view derives once from an Analysis: which group a claim belongs to,
 * which discrepancies touch it, the reading order of shared claims, and the display number of each group.
 * Pure functions of plain data (no React), so they are tested directly.
 */
import type { Analysis, Article, Claim, ClaimGroup, Discrepancy } from '../../core/index';
import { outletLabels, UNKNOWN_OUTLET } from '../../core/index';

export interface CompareIndex {
  readonly articles: readonly Article[];
  readonly articleById: ReadonlyMap<string, Article>;
  readonly articleIndex: ReadonlyMap<string, number>;
  readonly claimById: ReadonlyMap<string, Claim>;
  /** Claims of each article, by start offset. */
  readonly claimsByArticle: ReadonlyMap<string, readonly Claim[]>;
  /** Groups with members in at least two articles, in reading order (first member's article, then offset). */
  readonly groups: readonly ClaimGroup[];
  readonly groupById: ReadonlyMap<string, ClaimGroup>;
  /** 1-based display number of each shared group (what the group marker shows). */
  readonly groupNumber: ReadonlyMap<string, number>;
  readonly groupOfClaim: ReadonlyMap<string, ClaimGroup>;
  readonly discrepancies: readonly Discrepancy[];
  readonly discrepanciesOfClaim: ReadonlyMap<string, readonly Discrepancy[]>;
  /** One claim per shared group, in reading order: the targets of "next/previous shared claim". */
  readonly sharedSequence: readonly string[];
  /** Each article's outlet as shown to readers (the core's outletLabels: no two named alike). */
  readonly outlets: ReadonlyMap<string, string>;
}

/** Display order of discrepancy kinds (filters, legend): the core's order. */
export { DISCREPANCY_KINDS } from '../../core/index';

/** Build the lookup tables of the compare view; tolerates dangling ids (they are skipped). */
export function buildCompareIndex(analysis: Analysis): CompareIndex {
  const articles = analysis.articles;
  const articleById = new Map(articles.map((a) => [a.id, a] as const));
  const articleIndex = new Map(articles.map((a, i) => [a.id, i] as const));
  const claimById = new Map<string, Claim>();
  const claimsByArticle = new Map<string, Claim[]>(articles.map((a) => [a.id, []]));
  for (const claim of analysis.claims) {
    const list = claimsByArticle.get(claim.articleId);
    if (!list) continue;
    claimById.set(claim.id, claim);
    list.push(claim);
  }
  for (const list of claimsByArticle.values()) list.sort((a, b) => a.start - b.start);

  const position = (claim: Claim): number => (articleIndex.get(claim.articleId) ?? 0) * 1e9 + claim.start;
  const firstPosition = (group: ClaimGroup): number =>
    Math.min(...group.claimIds.map((id) => claimById.get(id)).map((c) => (c ? position(c) : Infinity)));

  const groups = analysis.groups
    .map((g) => ({ ...g, claimIds: g.claimIds.filter((id) => claimById.has(id)) }))
    .filter((g) => new Set(g.claimIds.map((id) => claimById.get(id)?.articleId)).size >= 2)
    .sort((a, b) => firstPosition(a) - firstPosition(b));
  const groupById = new Map(groups.map((g) => [g.id, g] as const));
  const groupNumber = new Map(groups.map((g, i) => [g.id, i + 1] as const));
  const groupOfClaim = new Map<string, ClaimGroup>();
  for (const g of groups) for (const id of g.claimIds) groupOfClaim.set(id, g);

  const discrepancies = analysis.discrepancies.filter((d) => d.claimIds.some((id) => claimById.has(id)));
  const discrepanciesOfClaim = new Map<string, Discrepancy[]>();
  for (const d of discrepancies) {
    for (const id of new Set([...d.claimIds, ...d.sides.map((s) => s.claimId)])) {
      if (!claimById.has(id)) continue;
      const list = discrepanciesOfClaim.get(id) ?? [];
      list.push(d);
      discrepanciesOfClaim.set(id, list);
    }
  }

  const sharedSequence = groups.map((g) => {
    const sorted = [...g.claimIds].sort(
      (a, b) => position(claimById.get(a) as Claim) - position(claimById.get(b) as Claim),
    );
    return sorted[0] as string;
  });

  return {
    articles,
    articleById,
    articleIndex,
    claimById,
    claimsByArticle,
    groups,
    groupById,
    groupNumber,
    groupOfClaim,
    discrepancies,
    discrepanciesOfClaim,
    sharedSequence,
    outlets: outletLabels(articles),
  };
}

/** The versions of `claimId` (itself included): its group plus the claims its discrepancies compare them with; in article order. */
export function versionsOf(index: CompareIndex, claimId: string): readonly Claim[] {
  const claim = index.claimById.get(claimId);
  if (!claim) return [];
  const group = index.groupOfClaim.get(claimId);
  const members = group ? group.claimIds : [claimId];
  // Claims the engine says disagree with a member about the same fact are versions too (e.g. "two
  // meetings" / "several rounds of talks", worded too differently to be grouped).
  const ids = [
    ...members,
    ...members.flatMap((id) =>
      (index.discrepanciesOfClaim.get(id) ?? []).flatMap((d) => [
        ...d.claimIds,
        ...d.sides.map((s) => s.claimId),
      ]),
    ),
  ];
  return [...new Set(ids)]
    .map((id) => index.claimById.get(id))
    .filter((c): c is Claim => c !== undefined)
    .sort(
      (a, b) =>
        (index.articleIndex.get(a.articleId) ?? 0) - (index.articleIndex.get(b.articleId) ?? 0) ||
        a.start - b.start,
    );
}

/** Ids of the claims to emphasise for a selection: the claim's group, or a discrepancy's claims. */
export function selectedClaimIds(
  index: CompareIndex,
  claimId: string | null,
  discrepancyId: string | null,
): ReadonlySet<string> {
  const out = new Set<string>();
  if (claimId && index.claimById.has(claimId)) for (const c of versionsOf(index, claimId)) out.add(c.id);
  if (discrepancyId) {
    const d = index.discrepancies.find((x) => x.id === discrepancyId);
    if (d) for (const id of d.claimIds) if (index.claimById.has(id)) out.add(id);
  }
  return out;
}

/** Move through a list by one step, wrapping around; -1 (nothing current) starts at either end. */
export function stepThrough<T>(list: readonly T[], current: number, step: 1 | -1): T | undefined {
  if (list.length === 0) return undefined;
  if (current < 0) return step === 1 ? list[0] : list[list.length - 1];
  return list[(current + step + list.length) % list.length];
}

/** An article's outlet as shown to readers, capitalised ("Unknown outlet (dawn.txt)"). */
export function outletName(index: Pick<CompareIndex, 'outlets'>, articleId: string): string {
  const label = index.outlets.get(articleId) ?? UNKNOWN_OUTLET;
  return label.charAt(0).toUpperCase() + label.slice(1);
}
