/**
 * How each article's outlet is named to readers: the outlet itself, "unknown outlet" for the one
 * article without one, and the file name in brackets wherever one name would stand for several
 * articles ("unknown outlet (dawn.txt)", "Reuters (reuters-wire.txt)"), so a summary such as
 * "37 people (…) · 34 people (…)" never names two sources alike.
 */
import type { Article } from './article';

/** The label of an article whose outlet is not known. */
export const UNKNOWN_OUTLET = 'unknown outlet';

/**
 * Label every article's outlet.
 * @returns article id → label, for every article given.
 */
export function outletLabels(
  articles: readonly Pick<Article, 'id' | 'source' | 'file'>[],
): ReadonlyMap<string, string> {
  const base = (a: Pick<Article, 'source'>): string => a.source ?? UNKNOWN_OUTLET;
  const count = new Map<string, number>();
  for (const a of articles) count.set(base(a), (count.get(base(a)) ?? 0) + 1);
  return new Map(
    articles.map((a) => [a.id, (count.get(base(a)) ?? 0) > 1 ? `${base(a)} (${a.file})` : base(a)]),
  );
}
