// Claims, facts and feature vectors of a few articles, as analyzeStory builds them (names as
// entities, no numbers): for tests that call the grouping directly.
import { claimFeatureCounts } from '../../../src/core/align/claim-features';
import { weightVectors } from '../../../src/core/align/weight-vectors';
import { extractClaims } from '../../../src/core/align/extract-claims';
import type { SparseVector } from '../../../src/core/align/sparse-vectors';
import { extractFacts, type ClaimFacts } from '../../../src/core/detect/extract-facts';
import type { Claim } from '../../../src/core/model/analysis';
import type { Article } from '../../../src/core/model/article';

export function claimVectors(articles: readonly Article[]): {
  claims: Claim[];
  facts: ClaimFacts[];
  vectors: SparseVector[];
} {
  const claims = articles.flatMap((a) => extractClaims(a));
  const facts = extractFacts(claims);
  const vectors = weightVectors(
    claims.map((c, i) =>
      claimFeatureCounts(c, {
        entities: [...new Set((facts[i]?.names ?? []).map((n) => n.key))],
        nameSpans: facts[i]?.names ?? [],
        numbers: [],
      }),
    ),
  );
  return { claims, facts, vectors };
}

/** A bare claim of `article` with a content-like id (its text is the id). */
export const bareClaim = (id: string, article: string): Claim => ({
  id,
  articleId: article,
  start: 0,
  end: 1,
  text: id,
  paragraph: 0,
  caption: false,
});

/** A unit vector over the given features with the given weights (normalised here). */
export const unitVector = (entries: Record<string, number>): SparseVector => {
  const norm = Math.sqrt(Object.values(entries).reduce((s, w) => s + w * w, 0));
  return new Map(Object.entries(entries).map(([f, w]) => [f, w / norm]));
};
