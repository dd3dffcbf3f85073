import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Claim } from '../../src/core/index';
import {
  buildCompareIndex,
  selectedClaimIds,
  stepThrough,
  versionsOf,
} from '../../src/features/compare/compare-index';
import { formatPublished, joinNames } from '../../src/features/compare/format';
import { placeRemoved, splitByMarks, splitParagraph } from '../../src/features/compare/segment-text';
import { bridgeAnalysis } from './fixtures/bridge-story';

const claimAt = (start: number, end: number, text = ''): Claim => ({
  id: `c-${start}`,
  articleId: 'a',
  start,
  end,
  text,
  paragraph: 0,
  caption: false,
});

/** Render pieces as markup: claims in [[…]], the rest plain. */
const markup = (text: string, start: number, end: number, claims: Claim[]) =>
  splitParagraph(start, end, claims)
    .map((p) => (p.kind === 'claim' ? `[[${text.slice(p.start, p.end)}]]` : text.slice(p.start, p.end)))
    .join('');

describe('splitParagraph', () => {
  it('marks claims inside the paragraph', () => {
    const text = 'The mayor said so. Then she left. Rain fell.';
    expect(markup(text, 0, text.length, [claimAt(0, 18), claimAt(34, 44)])).toBe(
      '[[The mayor said so.]] Then she left. [[Rain fell.]]',
    );
  });

  it('is lossless and in bounds for any non-overlapping claims', () => {
    fc.assert(
      fc.property(
        fc.string({ minLength: 0, maxLength: 80 }),
        fc.array(fc.nat(80), { maxLength: 12 }),
        (text, cuts) => {
          const points = [...new Set(cuts.map((c) => c % (text.length + 1)))].sort((a, b) => a - b);
          const claims: Claim[] = [];
          for (let i = 0; i + 1 < points.length; i += 2)
            claims.push(claimAt(points[i] as number, points[i + 1] as number));
          const pieces = splitParagraph(0, text.length, claims);
          expect(pieces.map((p) => text.slice(p.start, p.end)).join('')).toBe(text);
          for (const p of pieces) expect(p.end).toBeGreaterThan(p.start);
        },
      ),
    );
  });
});

describe('splitByMarks', () => {
  it('covers the range exactly and lists covering marks per run', () => {
    fc.assert(
      fc.property(
        fc.nat(50),
        fc.nat(50),
        fc.array(fc.tuple(fc.nat(120), fc.nat(40)), { maxLength: 6 }),
        (start, length, ranges) => {
          const end = start + length;
          const marks = ranges.map(([s, l], i) => ({ id: `m${i}`, start: s, end: s + l }));
          const runs = splitByMarks(start, end, marks);
          expect(runs.map((r) => r.end - r.start).reduce((a, b) => a + b, 0)).toBe(length);
          runs.forEach((r, i) => i > 0 && expect(r.start).toBe(runs[i - 1]?.end));
          for (const r of runs)
            for (const m of marks) {
              const covers = m.start <= r.start && m.end >= r.end && m.end > m.start;
              expect(r.marks.includes(m.id)).toBe(covers);
            }
        },
      ),
    );
  });
});

describe('placeRemoved', () => {
  it('places every removed piece exactly once, next to where it stood', () => {
    const gazette = bridgeAnalysis.articles[0];
    if (!gazette) throw new Error('fixture');
    const placement = placeRemoved(gazette);
    expect(placement.before.map((b) => b.length)).toEqual([0, 0, 1]);
    expect(placement.after.flat()).toEqual([]);
    expect(placement.trailing).toEqual([]);
  });
});

describe('compare index', () => {
  const index = buildCompareIndex(bridgeAnalysis);
  it('numbers shared groups in reading order and orders versions by article', () => {
    expect(index.groups.map((g) => g.id)).toEqual(['g-opened', 'g-cost']);
    expect(versionsOf(index, 'c-times5').map((c) => c.articleId)).toEqual(['gazette', 'times']);
  });
  it('selects a discrepancy’s claims together with the selected claim’s group', () => {
    expect([...selectedClaimIds(index, null, 'd-source')].sort()).toEqual(['c-gazette4', 'c-times5']);
    expect(selectedClaimIds(index, 'c-wire8', null)).toEqual(new Set(['c-wire8']));
  });
  it('adds to a group the claims its discrepancies compare it with', () => {
    const extra = buildCompareIndex({
      ...bridgeAnalysis,
      groups: bridgeAnalysis.groups.map((g) =>
        g.id === 'g-cost' ? { ...g, claimIds: ['c-gazette4', 'c-wire8'] } : g,
      ),
    });
    expect(versionsOf(extra, 'c-wire8').map((c) => c.id)).toEqual(['c-gazette4', 'c-wire8', 'c-times5']);
  });
  it('gives an ungrouped claim the versions its discrepancies compare it with', () => {
    const ungrouped = buildCompareIndex({ ...bridgeAnalysis, groups: [] });
    expect(versionsOf(ungrouped, 'c-gazette4').map((c) => c.id)).toEqual(['c-gazette4', 'c-times5']);
    expect(versionsOf(ungrouped, 'c-wire8').map((c) => c.id)).toEqual(['c-wire8']);
  });
  it('steps through a list with wrap-around', () => {
    expect(stepThrough(['a', 'b', 'c'], -1, 1)).toBe('a');
    expect(stepThrough(['a', 'b', 'c'], -1, -1)).toBe('c');
    expect(stepThrough(['a', 'b', 'c'], 2, 1)).toBe('a');
    expect(stepThrough([], 0, 1)).toBeUndefined();
  });
});

describe('format', () => {
  it('formats dates as the source gave them and says when unknown', () => {
    expect(formatPublished('2022-02-10T13:37:00-05:00')).toBe('10 February 2022, 13:37');
    expect(formatPublished('2022-02-10')).toBe('10 February 2022');
    expect(formatPublished('2017-11')).toBe('November 2017');
    expect(formatPublished('2017')).toBe('2017');
    expect(formatPublished(null)).toBe('Date unknown');
    expect(formatPublished('sometime')).toBe('sometime');
  });
  it('joins names like a reader', () => {
    expect(joinNames(['A'])).toBe('A');
    expect(joinNames(['A', 'B'])).toBe('A and B');
    expect(joinNames(['A', 'B', 'C'])).toBe('A, B and C');
  });
});
