import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { groupClaims } from '../../../src/core/align/group-claims';
import { NOTHING_APART, quoteConflicts, quoteSignature } from '../../../src/core/align/quote-conflicts';
import { analyzeStory } from '../../../src/core/analyze-story';
import type { Analysis } from '../../../src/core/model/analysis';
import { makeArticle } from '../engine/make-article';
import { claimVectors } from './claim-vectors';

const q = (...texts: string[]): { text: string }[] => texts.map((text) => ({ text }));

describe('quoteSignature', () => {
  it('ignores labels of fewer than four words and sentences without quotes', () => {
    expect(quoteSignature(q('love letters'))).toBeNull();
    expect(quoteSignature(q('a total disgrace'))).toBeNull();
    expect(quoteSignature([])).toBeNull();
  });

  it('keeps the content stems of an utterance', () => {
    // Two content stems say too little to tell utterances apart.
    expect(quoteSignature(q('We will not pay the criminals who did this'))).toBeNull();
    expect(quoteSignature(q('The harbour wall held firm through the night'))).toEqual([
      'firm',
      'harbour',
      'held',
      'night',
      'wall',
    ]);
  });
});

describe('quoteConflicts', () => {
  const signatures = [
    quoteSignature(q('The harbour wall held firm through the whole night')),
    quoteSignature(q('The harbour wall held firm throughout the night')),
    quoteSignature(q('Nobody expected the storm surge to reach the square')),
    null,
  ];
  const rel = quoteConflicts(signatures);

  it('keeps different utterances apart and lets a reworded quote stay together', () => {
    expect(rel.apart(0, 2)).toBe(true);
    expect(rel.apart(2, 1)).toBe(true);
    expect(rel.apart(0, 1)).toBe(false);
  });

  it('never separates a claim that quotes nothing', () => {
    expect(rel.apart(0, 3)).toBe(false);
    expect(rel.apart(3, 2)).toBe(false);
    expect(rel.members).toEqual([0, 1, 2]);
  });

  it('is symmetric and never keeps a quote apart from itself', () => {
    const words = fc.constantFrom('storm', 'wall', 'harbour', 'night', 'square', 'boats', 'crew', 'rain');
    fc.assert(
      fc.property(
        fc.array(words, { minLength: 4, maxLength: 9 }),
        fc.array(words, { minLength: 4, maxLength: 9 }),
        (a, b) => {
          const r = quoteConflicts([quoteSignature(q(a.join(' '))), quoteSignature(q(b.join(' ')))]);
          expect(r.apart(0, 1)).toBe(r.apart(1, 0));
          expect(r.apart(0, 0)).toBe(false);
        },
      ),
    );
  });
});

/** The claim texts of each group, as sorted lists. */
const groupTexts = (analysis: Analysis): string[][] => {
  const text = new Map(analysis.claims.map((c) => [c.id, c.text]));
  return analysis.groups.map((g) => g.claimIds.map((id) => text.get(id) ?? '').sort());
};

describe('grouping keeps different quotes of one speaker apart', () => {
  // Two utterances of one speaker in one interview: the sentences share the speaker, the
  // broadcaster and the day, but report different things.
  const articles = [
    makeArticle('one.txt', [
      '"The sea wall did exactly what it was built to do," harbourmaster Ines Okafor told Radio Tarn on Monday.',
      '"We will need a bigger pumping station before next winter," Okafor told Radio Tarn on Monday.',
    ]),
    makeArticle('two.txt', [
      'Harbourmaster Ines Okafor told Radio Tarn on Monday: "The sea wall did exactly what it was built to do."',
      'She added in the same Radio Tarn interview on Monday: "We will need a bigger pumping station before next winter."',
    ]),
    makeArticle('three.txt', [
      '"The sea wall did just what it was built to do," Ines Okafor told Radio Tarn on Monday.',
      'Okafor also told Radio Tarn on Monday: "We need a larger pumping station before next winter."',
    ]),
  ];
  const analysis = analyzeStory(articles);
  const groups = groupTexts(analysis);

  it('puts each utterance in its own group, one version per source', () => {
    const wall = groups.filter((g) => g.some((t) => t.includes('sea wall')));
    const pumps = groups.filter((g) => g.some((t) => t.includes('pumping station')));
    expect(wall).toHaveLength(1);
    expect(pumps).toHaveLength(1);
    expect(wall[0]).toHaveLength(3);
    expect(pumps[0]).toHaveLength(3);
    expect(wall[0]?.some((t) => t.includes('pumping'))).toBe(false);
  });

  it('still sees the reworded versions of one quote as a quote discrepancy', () => {
    const quotes = analysis.discrepancies.filter((d) => d.kind === 'quote');
    expect(quotes.length).toBeGreaterThanOrEqual(1);
  });
});

describe('both grouping paths honour the apart relation', () => {
  // Exact clustering (small stories) and the streaming join (big ones) see the same claims.
  const articles = [
    makeArticle('one.txt', [
      '"The sea wall did exactly what it was built to do," Ines Okafor told Radio Tarn on Monday.',
      '"We will need a bigger pumping station before next winter," Ines Okafor told Radio Tarn on Monday.',
    ]),
    makeArticle('two.txt', [
      '"We will need a bigger pumping station before next winter," Ines Okafor told Radio Tarn on Monday.',
    ]),
  ];
  const { claims, facts, vectors } = claimVectors(articles);
  const apart = quoteConflicts(facts.map((f) => quoteSignature(f.quotes)));
  const sizes = (exactLimit: number, rel = apart): number[] =>
    groupClaims(claims, vectors, undefined, undefined, { exactLimit }, rel).map((g) => g.claimIds.length);

  it.each([
    ['exact clustering', 1200],
    ['streaming join', 0],
  ])('%s pairs only the same utterance', (_, limit) => {
    expect(sizes(limit)).toEqual([2]);
    // Without the relation the frame (speaker, broadcaster, day) pulls the other quote in too.
    expect(sizes(limit, NOTHING_APART)).toEqual([3]);
  });
});
