/**
 * Claims: the sentences of every paragraph (captions included, flagged), with exact offsets and
 * content-derived ids.
 */
import type { Claim } from '../model/analysis';
import type { Article } from '../model/article';
import { makeId } from '../text/hash';
import { normalizeText } from '../text/normalize';
import { segmentSentences, trimSpan, type Span } from '../text/segment-sentences';

/**
 * Split an article into sentence claims.
 * @param article a clean article.
 * @param clauses split long sentences into clauses (measured on the gold: see CLAUSE_CLAIMS).
 * @returns claims in body order; `text === article.body.slice(start, end)`. The id is derived from
 *   the article id, the normalised text and the occurrence index of that text in the article, so it
 *   stays the same across rebuilds while the text is unchanged.
 */
export function extractClaims(article: Article, clauses = false): Claim[] {
  const claims: Claim[] = [];
  const seen = new Map<string, number>();
  article.paragraphs.forEach((p, paragraph) => {
    const text = article.body.slice(p.start, p.end);
    const spans = segmentSentences(text).flatMap((span) => (clauses ? splitClauses(text, span) : [span]));
    for (const span of spans) {
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
        ...(p.kind === 'standfirst' ? { standfirst: true as const } : {}),
      });
    }
  });
  return claims;
}

/** Clause boundaries: a semicolon, or a comma before a coordinating or contrasting conjunction. */
const CLAUSE_BREAK = /;\s+|,\s+(?=(?:and|but|while|whereas|although|though|which|who)\s)/g;
/** A clause shorter than this many words stays with its sentence ("..., and he left"). */
const MIN_CLAUSE_WORDS = 6;

/** Split one sentence span into clause spans (contiguous, covering the span). */
function splitClauses(text: string, span: Span): Span[] {
  const sentence = text.slice(span.start, span.end);
  const out: Span[] = [];
  let start = span.start;
  for (const m of sentence.matchAll(CLAUSE_BREAK)) {
    const cut = span.start + (m.index ?? 0) + m[0].length;
    const words = (a: number, b: number): number => text.slice(a, b).split(/\s+/).filter(Boolean).length;
    if (words(start, cut) >= MIN_CLAUSE_WORDS && words(cut, span.end) >= MIN_CLAUSE_WORDS) {
      out.push({ start, end: cut });
      start = cut;
    }
  }
  out.push({ start, end: span.end });
  return out;
}
