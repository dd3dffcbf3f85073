// Render an ingested article as small readable markup for assertions:
//   "[caption] text" for captions, "[standfirst] text" for the standfirst, plain text for paragraphs, "(-reason-) text" for removed pieces, shown
//   where they stood (their `at` offset), so a test reads like the article it checks.
import type { Article } from '../../../src/core';

export function renderArticle(article: Article, options: { removed?: boolean } = {}): string[] {
  const out: string[] = [];
  const removedAt = (at: number): string[] =>
    options.removed ? article.removed.filter((r) => r.at === at).map((r) => `(-${r.reason}-) ${r.text}`) : [];
  for (const p of article.paragraphs) {
    out.push(...removedAt(p.start));
    const text = article.body.slice(p.start, p.end);
    out.push(p.kind === 'text' ? text : `[${p.kind}] ${text}`);
  }
  if (options.removed) {
    const starts = new Set(article.paragraphs.map((p) => p.start));
    out.push(...article.removed.filter((r) => !starts.has(r.at)).map((r) => `(-${r.reason}-) ${r.text}`));
  }
  return out;
}
