import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { claimFeatureCounts, NUMBER_WEIGHT, PHRASE_WEIGHT } from '../../../src/core/align/claim-features';
import { weightVectors } from '../../../src/core/align/weight-vectors';
import { dot } from '../../../src/core/align/sparse-vectors';
import type { Claim } from '../../../src/core/model/analysis';
import { lemmatize, synsetsOf } from '../../../src/core/text/lexicon';

const claim = (text: string, i: number): Claim => ({
  id: `c${i}`,
  articleId: `a${i}`,
  start: 0,
  end: text.length,
  text,
  paragraph: 0,
  caption: false,
});

/** Unit vectors of a story's sentences (no names or numbers), with optional feature tuning. */
const vectorsOf = (texts: readonly string[], deepWeight?: number) =>
  weightVectors(
    texts.map((t, i) =>
      claimFeatureCounts(
        claim(t, i),
        { entities: [], numbers: [] },
        deepWeight === undefined ? {} : { deepWeight },
      ),
    ),
  );

describe('claim features', () => {
  it('meets "in touch" and "in contact" through a rarer sense both words share', () => {
    // "touch" is "contact" only past its first senses: the precondition of this test.
    const shared = synsetsOf('touch').filter((s) => synsetsOf('contact').includes(s));
    expect(shared.length).toBeGreaterThan(0);
    expect(
      synsetsOf('touch')
        .slice(0, 3)
        .some((s) => shared.includes(s)),
    ).toBe(false);
    const story = [
      'The governor kept in touch with the union chief.',
      'The governor remains in contact with the union chief.',
      'Forecasters expect snow on the hills.',
    ];
    const [touch, contact] = vectorsOf(story);
    const [plainTouch, plainContact] = vectorsOf(story, 0);
    const keys = (v: ReadonlyMap<string, number> | undefined): string[] => [...(v?.keys() ?? [])];
    const common = keys(touch).filter((f) => contact?.has(f) && f.startsWith('s:'));
    const plainCommon = keys(plainTouch).filter((f) => plainContact?.has(f) && f.startsWith('s:'));
    expect(common.filter((f) => !plainCommon.includes(f)).length).toBeGreaterThan(0);
    expect(dot(touch as Map<string, number>, contact as Map<string, number>)).toBeGreaterThan(
      dot(plainTouch as Map<string, number>, plainContact as Map<string, number>),
    );
  });

  it('drops a rarer sense that no other word of the story reaches', () => {
    const story = [
      'The governor kept in touch with the union chief.',
      'Forecasters expect snow on the hills.',
    ];
    const [withDeep] = vectorsOf(story);
    const [without] = vectorsOf(story, 0);
    expect([...(withDeep?.keys() ?? [])].sort()).toEqual([...(without?.keys() ?? [])].sort());
  });

  it('reads "added" as the reporting verb "add", not the noun "ad"', () => {
    expect(lemmatize('added')).toBe('add');
    expect(lemmatize('stopped')).toBe('stop');
    expect(lemmatize('planned')).toBe('plan');
  });

  it('does not turn the suffix of a digit ordinal into a word', () => {
    const counts = claimFeatureCounts(claim('The 45th president met the 3rd envoy.', 0), {
      entities: [],
      numbers: [],
    });
    expect([...counts.keys()].filter((f) => /^w:(th|rd)$/.test(f))).toEqual([]);
    expect(counts.has('w:presid')).toBe(true);
  });

  it('weighs a quoted phrase at PHRASE_WEIGHT, below a figure', () => {
    const counts = claimFeatureCounts(claim('"We will rebuild," she said.', 0), {
      entities: [],
      numbers: ['12|engine'],
      phrases: ['we will rebuild'],
    });
    expect(counts.get('q:we will rebuild')).toBe(PHRASE_WEIGHT);
    expect(counts.get('n:12|engine')).toBe(NUMBER_WEIGHT);
    expect(PHRASE_WEIGHT).toBeLessThan(NUMBER_WEIGHT);
  });

  it('gives claims that name different weekdays a shared "when" feature', () => {
    const [friday, saturday, none] = vectorsOf([
      'The deal was completed on Friday.',
      'The deal was finalised on Saturday.',
      'The deal was finalised.',
    ]);
    expect(friday?.has('t:weekday')).toBe(true);
    expect(saturday?.has('t:weekday')).toBe(true);
    expect(none?.has('t:weekday')).toBe(false);
  });
});

describe('claim features: per-word cache', () => {
  const signals = { entities: [], numbers: [] };
  const counts = (text: string, tuning = {}) => [...claimFeatureCounts(claim(text, 0), signals, tuning)];

  it('gives a repeated word the same features, in the same order, every time', () => {
    const first = counts('The harbour board approved the harbour plan.');
    expect(counts('The harbour board approved the harbour plan.')).toEqual(first);
    // The repeated word counts twice: its stem feature carries weight 2.
    expect(first.find(([f]) => f.startsWith('w:harbour'))?.[1]).toBe(2);
  });

  it('does not serve features cached under the default tuning to another tuning, or back', () => {
    const synsetWeights = (tuning = {}) =>
      new Set(
        counts('Inspectors approved the contract.', tuning).flatMap(([f, w]) =>
          f.startsWith('y:') ? [w] : [],
        ),
      );
    expect(synsetWeights()).toEqual(new Set([0.5]));
    expect(synsetWeights({ synsetWeight: 0.8 })).toEqual(new Set([0.8]));
    expect(synsetWeights({ reportingWeight: 0.1, synsetWeight: 0.2 })).toEqual(new Set([0.2]));
    expect(synsetWeights()).toEqual(new Set([0.5]));
  });
});

describe('weightVectors', () => {
  /** From the definition: tf · log(1 + n/df), then divided by the vector's length. */
  const reference = (counts: readonly ReadonlyMap<string, number>[]) => {
    const df = (f: string) => counts.filter((c) => c.has(f)).length;
    return counts.map((c) => {
      const raw = [...c].map(([f, tf]) => [f, tf * Math.log(1 + counts.length / df(f))] as const);
      const norm = Math.sqrt(raw.reduce((s, [, w]) => s + w * w, 0));
      return [...raw].map(([f, w]) => [f, w / norm]);
    });
  };

  it('equals TF-IDF from its definition, in the order of the claim features, as unit vectors', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.uniqueArray(
            fc.tuple(fc.constantFrom('w:a', 'w:b', 'e:c', 'n:2|d', 'w:e'), fc.integer({ min: 1, max: 4 })),
            {
              minLength: 1,
              selector: ([f]) => f,
            },
          ),
          { minLength: 1, maxLength: 12 },
        ),
        (rows) => {
          const counts = rows.map((r) => new Map(r));
          const vectors = weightVectors(counts);
          expect(vectors.map((v) => [...v])).toEqual(reference(counts));
          for (const v of vectors) expect(dot(v, v)).toBeCloseTo(1, 12);
        },
      ),
      { numRuns: 200 },
    );
  });
});
