/**
 * Who broke the story. "The theft was first reported by the Tremarth Packet" and "News of the raid
 * was first broken by Peninsula Daily" can only both be true of different things, and a story has
 * one first report: two sources crediting different parties with it disagree wherever in their
 * texts they say so, grouped or not.
 */
import type { Discrepancy } from '../model/analysis';
import { distinctLists, makeDiscrepancy, type DetectContext, type RawSide } from './context';
import { sameParty } from './find-attributions';

/** Attribution discrepancies between sources that credit different parties with first reporting. */
export function compareFirstReports(ctx: DetectContext): Discrepancy[] {
  const sides: RawSide[] = [];
  const byArticle = new Map<string, string[]>();
  ctx.facts.forEach((f, claim) => {
    for (const a of f.attributions) {
      if (!a.first) continue;
      const article = ctx.claims[claim]?.articleId ?? '';
      const list = byArticle.get(article);
      if (list) list.push(a.party);
      else byArticle.set(article, [a.party]);
      sides.push({ claim, value: a.display, start: a.start, end: a.end });
    }
  });
  if (byArticle.size < 2) return [];
  const lists = distinctLists([...byArticle.values()], (p) => p);
  const conflict = lists.some((x, i) =>
    lists.some((y, j) => j > i && !x.some((p) => y.some((q) => sameParty(p, q)))),
  );
  if (!conflict) return [];
  return [
    makeDiscrepancy(
      ctx,
      'attribution',
      'medium',
      sides,
      0.6,
      'The sources credit different outlets or people with first reporting it.',
    ),
  ];
}
