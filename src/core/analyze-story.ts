/**
 * The pipeline's one entry point: clean articles in, claims, groups and discrepancies out.
 * (First pass: sentence claims only; the engine issue replaces the internals, not the signature.)
 */
import type { Analysis, Claim } from './model/analysis';
import type { Article } from './model/article';
import { makeId } from './text/hash';

/** Options for {@link analyzeStory}; all optional. */
export interface AnalyzeOptions {
  readonly signal?: { readonly aborted: boolean };
}

/**
 * Analyse a story.
 * @param articles clean articles from `ingestArticle`, in display order.
 * @returns the analysis; never throws for any list of valid articles (fewer than two gives no groups).
 */
export function analyzeStory(articles: readonly Article[], _options: AnalyzeOptions = {}): Analysis {
  const claims: Claim[] = [];
  for (const article of articles) {
    article.paragraphs.forEach((p, paragraph) => {
      const re = /[^.!?]+(?:[.!?]+["'\u201d\u2019]?|$)/g;
      const text = article.body.slice(p.start, p.end);
      for (const m of text.matchAll(re)) {
        const raw = m[0];
        const lead = raw.length - raw.trimStart().length;
        const trimmed = raw.trim();
        if (!trimmed) continue;
        const start = p.start + (m.index ?? 0) + lead;
        const end = start + trimmed.length;
        claims.push({
          id: makeId('c', `${article.id}|${trimmed}|${start}`),
          articleId: article.id,
          start,
          end,
          text: trimmed,
          paragraph,
          caption: p.kind === 'caption',
        });
      }
    });
  }
  return { version: 1, articles, claims, groups: [], discrepancies: [] };
}
