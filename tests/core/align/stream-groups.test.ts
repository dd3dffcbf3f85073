import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dot, packedDot, packVectors, type SparseVector } from '../../../src/core/align/sparse-vectors';
import { streamGroups } from '../../../src/core/align/stream-groups';
import type { Claim } from '../../../src/core/model/analysis';
import { referenceStreamGroups } from './stream-groups-reference';

/** A claim of article `article` (only the article matters to the streaming grouping). */
const claim = (i: number, article: string): Claim => ({
  id: `c${i}`,
  articleId: article,
  start: i,
  end: i + 1,
  text: `c${i}`,
  paragraph: 0,
  caption: false,
});

/** Unit vector from (feature, weight) pairs, in the given order (which is the Map order). */
const unit = (entries: readonly (readonly [string, number])[]): SparseVector => {
  const norm = Math.sqrt(entries.reduce((s, [, w]) => s + w * w, 0));
  return new Map(entries.map(([f, w]) => [f, w / norm]));
};

/**
 * Random stories: claims of up to `articles` articles, each a unit vector over a vocabulary of
 * `vocabulary` features (a small vocabulary makes features shared by many groups, so the postings
 * cap and the merges are exercised).
 */
const story = (articles: number, maxClaims: number, vocabulary: number, minClaims = 2) =>
  fc
    .array(
      fc.record({
        article: fc.integer({ min: 0, max: articles - 1 }),
        features: fc.uniqueArray(
          fc.tuple(
            // A few common features (like a story's names) among many rarer ones.
            fc.oneof(fc.integer({ min: 0, max: 3 }), fc.integer({ min: 0, max: vocabulary - 1 })),
            fc.integer({ min: 1, max: 9 }),
          ),
          { minLength: 1, maxLength: 8, selector: ([f]) => f },
        ),
      }),
      { minLength: minClaims, maxLength: maxClaims },
    )
    .map((rows) => ({
      claims: rows.map((r, i) => claim(i, `a${r.article}`)),
      vectors: rows.map((r) => unit(r.features.map(([f, w]) => [`w:${f}`, w] as const))),
    }));

describe('streamGroups (interned features, flat cells)', () => {
  it('returns exactly the clusters of the Map-based formulation (small stories, any thresholds)', () => {
    fc.assert(
      fc.property(
        story(5, 40, 12),
        fc.constantFrom(0.05, 0.12, 0.3),
        fc.constantFrom(0.05, 0.12, 0.3, 2),
        ({ claims, vectors }, join, merge) => {
          expect(streamGroups(claims, vectors, join, merge)).toEqual(
            referenceStreamGroups(claims, vectors, join, merge),
          );
        },
      ),
      { numRuns: 200 },
    );
  });

  it('returns exactly the same clusters on stories big enough to cap the postings (> 40 groups)', () => {
    fc.assert(
      fc.property(story(40, 500, 400, 400), ({ claims, vectors }) => {
        expect(streamGroups(claims, vectors)).toEqual(referenceStreamGroups(claims, vectors));
      }),
      { numRuns: 15 },
    );
  });

  it('keeps every claim exactly once', () => {
    fc.assert(
      fc.property(story(6, 60, 10), ({ claims, vectors }) => {
        const all = streamGroups(claims, vectors).flat();
        expect(all.sort((a, b) => a - b)).toEqual(claims.map((_, i) => i));
      }),
      { numRuns: 50 },
    );
  });

  it('groups paraphrases of two sources and leaves an unrelated claim alone', () => {
    const claims = [claim(0, 'a'), claim(1, 'a'), claim(2, 'b'), claim(3, 'b')];
    const vectors = [
      unit([
        ['w:mayor', 1],
        ['w:resign', 1],
      ]),
      unit([
        ['w:tram', 1],
        ['w:vote', 1],
      ]),
      unit([
        ['w:mayor', 1],
        ['w:quit', 1],
        ['w:resign', 1],
      ]),
      unit([
        ['w:harbour', 1],
        ['w:storm', 1],
      ]),
    ];
    expect(streamGroups(claims, vectors)).toEqual([[0, 2], [1], [3]]);
  });
});

describe('packedDot', () => {
  it('equals dot bit for bit, in either operand order, and leaves the scratch zeroed', () => {
    fc.assert(
      fc.property(story(2, 12, 15), ({ vectors }) => {
        const packed = packVectors(vectors);
        const scratch = new Float64Array(packed.featureCount);
        for (let a = 0; a < vectors.length; a++)
          for (let b = 0; b < vectors.length; b++)
            expect(packedDot(packed, a, b, scratch)).toBe(
              dot(vectors[a] as SparseVector, vectors[b] as SparseVector),
            );
        expect(scratch.every((x) => x === 0)).toBe(true);
      }),
      { numRuns: 100 },
    );
  });
});
