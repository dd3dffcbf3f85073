/** Anchor the passages of a link in the articles of a story (see `text-quote.ts`). */
import type { Article } from '../model/article';
import type { PassageAnchor } from '../share/view-state';
import { anchorPassage, type AnchorFailure } from './text-quote';

/** A shared passage found in its article, or why it was not. */
export type ResolvedPassage =
  | {
      readonly ok: true;
      readonly index: number;
      readonly passage: PassageAnchor;
      readonly articleId: string;
      readonly start: number;
      readonly end: number;
      readonly method: 'exact' | 'approx';
    }
  | {
      readonly ok: false;
      readonly index: number;
      readonly passage: PassageAnchor;
      readonly reason: AnchorFailure | 'no-article';
    };

/**
 * Re-anchor every passage of a link in its article's current body.
 * @param articles the story's articles (clean bodies).
 * @param passages the link's passages, in link order.
 * @returns one entry per passage, in the same order; never throws.
 */
export function resolvePassages(
  articles: readonly Article[],
  passages: readonly PassageAnchor[],
): readonly ResolvedPassage[] {
  const byId = new Map(articles.map((a) => [a.id, a]));
  return passages.map((passage, index): ResolvedPassage => {
    const article = byId.get(passage.articleId);
    if (!article) return { ok: false, index, passage, reason: 'no-article' };
    const found = anchorPassage(article.body, passage);
    return found.ok
      ? {
          ok: true,
          index,
          passage,
          articleId: article.id,
          start: found.start,
          end: found.end,
          method: found.method,
        }
      : { ok: false, index, passage, reason: found.reason };
  });
}
