import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { perDoublingRatio, quantile, scalingExponent } from '../../../src/cli/bench/stats';
import { generateSyntheticStory, mulberry32, numberInWords } from '../../../src/cli/bench/synthetic';

describe('bench statistics', () => {
  it('takes medians and p90 by interpolation', () => {
    expect(quantile([5, 1, 3], 0.5)).toBe(3);
    expect(quantile([1, 2, 3, 4], 0.5)).toBe(2.5);
    expect(quantile([0, 10], 0.9)).toBe(9);
    expect(quantile([], 0.5)).toBeNaN();
  });
  it('normalises growth to a doubling: linear is ×2, quadratic ×4', () => {
    expect(perDoublingRatio(10, 100, 50, 500)).toBeCloseTo(2);
    expect(perDoublingRatio(50, 100, 200, 1600)).toBeCloseTo(4);
  });
  it('recovers the exponent of any power law', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0.5, max: 3, noNaN: true }),
        fc.double({ min: 0.1, max: 100, noNaN: true }),
        (k, c) => {
          const points = [10, 50, 100, 200].map((n) => ({ n, ms: c * n ** k }));
          expect(scalingExponent(points)).toBeCloseTo(k, 6);
        },
      ),
    );
  });
});

describe('synthetic stories', () => {
  it('are deterministic for a seed and differ across seeds', () => {
    expect(generateSyntheticStory(3, 10, 7)).toEqual(generateSyntheticStory(3, 10, 7));
    expect(generateSyntheticStory(3, 10, 7)[0]?.text).not.toBe(generateSyntheticStory(3, 10, 8)[0]?.text);
    const rng = mulberry32(42);
    const xs = Array.from({ length: 1000 }, rng);
    expect(xs.every((x) => x >= 0 && x < 1)).toBe(true);
  });
  it('give each article about the asked number of sentences and shared facts across articles', () => {
    const story = generateSyntheticStory(10, 40);
    expect(story).toHaveLength(10);
    const sentences = story.map(
      (a) =>
        a.text
          .split('\n\n')
          .slice(1)
          .join(' ')
          .match(/[.!?](?=\s|$)/g)?.length ?? 0,
    );
    for (const n of sentences) expect(n).toBe(40);
    // Shared facts reappear: some "<count> <object> in <place>" phrase occurs in more than one article.
    const phrases = story.map(
      (a) => new Set(a.text.match(/\b\w+ (?:new |additional |extra )?\w+ \w+ in [A-Z]\w+/g) ?? []),
    );
    const shared = [...(phrases[0] ?? [])].filter((p) => phrases.slice(1).some((s) => s.has(p)));
    expect(shared.length).toBeGreaterThan(0);
  });
  it('writes counts as words or digits', () => {
    expect([3, 20, 45, 1200].map(numberInWords)).toEqual(['three', 'twenty', 'forty-five', '1,200']);
  });
});
