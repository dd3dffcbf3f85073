/**
 * Claims: the sentences of every paragraph (captions included, flagged), with exact offsets and
 * content-derived ids.
 */
import type { Claim } from '../model/analysis';
import type { Article } from '../model/article';
import { makeId } from '../text/hash';
import { normalizeText } from '../text/normalize';
import { segmentSentences, trimSpan } from '../text/segment-sentences';

/**
 * Split an article into sentence claims.
 * @param article a clean article.
 * @returns claims in body order; `text === article.body.slice(start, end)`. The id is derived from
 *   the article id, the normalised text and the occurrence index of that text in the article, so it
 *   stays the same across rebuilds while the text is unchanged.
 */
export function extractClaims(article: Article): Claim[] {
  const claims: Claim[] = [];
  const seen = new Map<string, number>();
  article.paragraphs.forEach((p, paragraph) => {
    const text = article.body.slice(p.start, p.end);
    for (const span of segmentSentences(text)) {
      const trimmed = trimSpan(text, span);
      if (!trimmed) continue;
      const start = p.start + trimmed.start;
      const end = p.start + trimmed.end;
      const claimText = article.body.slice(start, end);
      if (!/[\p{L}\p{N}]/u.test(claimText)) continue;
      const norm = normalizeText(claimText);
      const occurrence = seen.get(norm) ?? 0;
      seen.set(norm, occurrence + 1);
      claims.push({
        id: makeId('c', `${article.id}|${norm}|${occurrence}`),
        articleId: article.id,
        start,
        end,
        text: claimText,
        paragraph,
        caption: p.kind === 'caption',
      });
    }
  });
  return claims;
}
