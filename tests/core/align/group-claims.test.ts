import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../../src/core/align/extract-claims';
import { groupClaims, type GroupTuning } from '../../../src/core/align/group-claims';
import { analyzeStory } from '../../../src/core/analyze-story';
import type { Analysis } from '../../../src/core/model/analysis';
import type { Article } from '../../../src/core/model/article';
import { makeArticle } from '../engine/make-article';
import { claimVectors } from './claim-vectors';

/** Groups as sorted lists of claim texts, sorted: comparable across runs and article orders. */
const groupTexts = (analysis: Analysis): string[][] => {
  const text = new Map(analysis.claims.map((c) => [c.id, c.text]));
  return analysis.groups
    .map((g) => g.claimIds.map((id) => text.get(id) ?? '').sort())
    .sort((a, b) => (a[0] ?? '').localeCompare(b[0] ?? ''));
};
const together = (analysis: Analysis, a: string, b: string): boolean =>
  groupTexts(analysis).some((g) => g.some((t) => t.includes(a)) && g.some((t) => t.includes(b)));

describe('extractClaims', () => {
  const article = makeArticle('x.txt', [
    'Mr. Holt met the U.S. envoy. He left.',
    { caption: 'Holt at the port on Monday' },
    'He left.',
  ]);
  const claims = extractClaims(article);

  it('splits paragraphs into sentence claims whose text is the body slice', () => {
    expect(claims.map((c) => c.text)).toEqual([
      'Mr. Holt met the U.S. envoy.',
      'He left.',
      'Holt at the port on Monday',
      'He left.',
    ]);
    for (const c of claims) expect(article.body.slice(c.start, c.end)).toBe(c.text);
  });

  it('flags captions and keeps the paragraph index', () => {
    expect(claims.map((c) => `${c.paragraph}${c.caption ? 'c' : ''}`)).toEqual(['0', '0', '1c', '2']);
  });

  it('can split long sentences into clauses (off by default: it scored lower on the gold)', () => {
    const long = makeArticle('y.txt', [
      'The council approved the tram plan on Monday night, and the mayor said work would start in the spring.',
    ]);
    expect(extractClaims(long).map((c) => c.text)).toHaveLength(1);
    expect(extractClaims(long, true).map((c) => c.text)).toEqual([
      'The council approved the tram plan on Monday night,',
      'and the mayor said work would start in the spring.',
    ]);
  });

  it('gives distinct ids to repeated sentences and keeps ids when other text changes', () => {
    expect(new Set(claims.map((c) => c.id)).size).toBe(claims.length);
    const edited = extractClaims(
      makeArticle('x.txt', ['A new first paragraph.', 'Mr. Holt met the U.S. envoy. He left.']),
    );
    expect(edited.find((c) => c.text === 'Mr. Holt met the U.S. envoy.')?.id).toBe(claims[0]?.id);
  });
});

describe('groupClaims (through analyzeStory)', () => {
  const story = [
    makeArticle(
      'a.txt',
      [
        'Governor Alma Reyes has kept in touch with the union chief Tomas Berg since the strike ended.',
        'The strike at the Dunmore port lasted nine days.',
        'Reyes praised the dock workers in a speech on Friday.',
      ],
      'Daily Planet',
    ),
    makeArticle(
      'b.txt',
      [
        'Reyes remains in contact with union leader Tomas Berg after the strike, aides say.',
        'Dock workers at the Dunmore port stayed off the job for nine days.',
        'A new ferry route to Carvell opens next spring.',
      ],
      'Evening Star',
    ),
    makeArticle('c.txt', [
      'Alma Reyes and Tomas Berg still talk regularly and maintain contact, according to officials.',
      'The port strike in Dunmore lasted nine days.',
      'Weather forecasters expect heavy snow across the northern hills.',
    ]),
  ];
  const analysis = analyzeStory(story);

  it('groups paraphrases of one fact across sources', () => {
    expect(together(analysis, 'has kept in touch', 'remains in contact')).toBe(true);
    expect(together(analysis, 'lasted nine days', 'stayed off the job')).toBe(true);
  });

  it('leaves claims only one source reports out of every group', () => {
    expect(together(analysis, 'ferry route', 'heavy snow')).toBe(false);
    const grouped = new Set(analysis.groups.flatMap((g) => g.claimIds));
    const lone = analysis.claims.filter((c) => /ferry|snow/.test(c.text));
    expect(lone.every((c) => !grouped.has(c.id))).toBe(true);
  });

  it('only groups claims of at least two sources, with cohesion in 0..1', () => {
    for (const g of analysis.groups) {
      expect(g.articleIds.length).toBeGreaterThanOrEqual(2);
      expect(g.cohesion).toBeGreaterThanOrEqual(0);
      expect(g.cohesion).toBeLessThanOrEqual(1);
    }
  });

  it('does not chain: a claim that bridges two topics does not pull both into one group', () => {
    const chained = analyzeStory([
      makeArticle('a.txt', ['The mayor of Carvell opened the new harbour bridge on Monday morning.']),
      makeArticle('b.txt', [
        'The mayor of Carvell opened the new harbour bridge and the city closed the old museum of maritime history.',
      ]),
      makeArticle('c.txt', [
        'Museum trustees said the old museum of maritime history closed because of damp and falling visitor numbers.',
      ]),
    ]);
    expect(together(chained, 'on Monday morning', 'damp and falling visitor numbers')).toBe(false);
  });

  it('does not depend on the order of the articles', () => {
    const base = groupTexts(analysis);
    fc.assert(
      fc.property(
        fc.shuffledSubarray(story, { minLength: story.length, maxLength: story.length }),
        (order) => {
          expect(groupTexts(analyzeStory(order))).toEqual(base);
        },
      ),
      { numRuns: 12 },
    );
  });

  it('gives groups ids derived from their members', () => {
    const again = analyzeStory(story.map((a) => ({ ...a })));
    expect(again.groups.map((g) => g.id)).toEqual(analysis.groups.map((g) => g.id));
    expect(new Set(analysis.groups.map((g) => g.id)).size).toBe(analysis.groups.length);
  });
});

/** Groups (as sorted claim texts) of a story through groupClaims with tuning overrides. */
const groupWith = (articles: readonly Article[], tuning: Partial<GroupTuning>): string[][] => {
  const { claims, vectors } = claimVectors(articles);
  const text = new Map(claims.map((c) => [c.id, c.text]));
  return groupClaims(claims, vectors, undefined, undefined, tuning)
    .map((g) => g.claimIds.map((id) => text.get(id) ?? '').sort())
    .sort((a, b) => (a[0] ?? '').localeCompare(b[0] ?? ''));
};
const joined = (groups: string[][], a: string, b: string): boolean =>
  groups.some((g) => g.some((t) => t.includes(a)) && g.some((t) => t.includes(b)));

describe('groupClaims paths', () => {
  const story = [
    makeArticle('a.txt', [
      'Governor Alma Reyes has kept in touch with the union chief Tomas Berg since the strike ended.',
      'The strike at the Dunmore port lasted nine days.',
      'Weather forecasters expect heavy snow across the northern hills.',
    ]),
    makeArticle('b.txt', [
      'Reyes remains in contact with union leader Tomas Berg after the strike, aides say.',
      'Dock workers at the Dunmore port stayed off the job for nine days.',
      'A new ferry route to Carvell opens next spring.',
    ]),
  ];

  it('groups paraphrases on the exact path and on the streaming path for big stories', () => {
    for (const exactLimit of [1e6, 0]) {
      const groups = groupWith(story, { exactLimit });
      expect(joined(groups, 'has kept in touch', 'remains in contact')).toBe(true);
      expect(joined(groups, 'lasted nine days', 'stayed off the job')).toBe(true);
      expect(joined(groups, 'heavy snow', 'ferry route')).toBe(false);
    }
  });

  it('gathers a source restating its lead into the lead’s group (exact path)', () => {
    const restated = [
      makeArticle('a.txt', [
        'Governor Alma Reyes has kept in touch with the union chief Tomas Berg since the strike ended.',
        'Weather forecasters expect heavy snow across the northern hills.',
        'Reyes is still in touch with Berg, her aides say.',
      ]),
      story[1] as Article,
    ];
    const groups = groupWith(restated, {});
    expect(joined(groups, 'has kept in touch', 'remains in contact')).toBe(true);
    expect(joined(groups, 'is still in touch', 'remains in contact')).toBe(true);
    expect(joined(groups, 'heavy snow', 'remains in contact')).toBe(false);
  });
});
