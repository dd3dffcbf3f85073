// A detection context of one-paragraph articles with no claim grouped: what the story-wide
// detectors (event dates, first reports, roles) see when the grouping keeps the sentences apart.
import { extractClaims } from '../../../src/core/align/extract-claims';
import type { DetectContext } from '../../../src/core/detect/context';
import { extractFacts } from '../../../src/core/detect/extract-facts';
import { makeArticle } from '../engine/make-article';

/** One article per text, from the given outlets in order, no claim in any group. */
export function ungroupedContext(
  texts: readonly string[],
  outlets: readonly (string | null)[],
): DetectContext {
  const articles = texts.map((t, i) => makeArticle(`s${i}.txt`, [t], outlets[i] ?? null));
  const claims = articles.flatMap((a) => extractClaims(a));
  return {
    articles: new Map(articles.map((a) => [a.id, a])),
    claims,
    facts: extractFacts(claims),
    vectors: claims.map(() => new Map<string, number>()),
    groups: [],
    groupOf: new Map<number, number>(),
  };
}
