import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { distinctLists } from '../../../src/core/detect/context';

describe('distinctLists', () => {
  it('drops repeated values inside a list and lists that repeat another set of values', () => {
    expect(distinctLists([['a', 'b', 'a'], ['b', 'a'], ['c'], ['a', 'b']], (x) => x)).toEqual([
      ['a', 'b'],
      ['c'],
    ]);
  });

  it('answers "do two sources share no value?" exactly as the comparison of every pair', () => {
    // The question compareQuantities and compareDates ask of every pair of sources.
    const disjointPair = (lists: readonly (readonly number[])[]): boolean =>
      lists.some((x, i) => lists.some((y, j) => j > i && !x.some((a) => y.includes(a))));
    const source = fc.array(fc.integer({ min: 0, max: 4 }), { minLength: 1, maxLength: 4 });
    fc.assert(
      fc.property(fc.array(source, { minLength: 1, maxLength: 12 }), (lists) => {
        expect(disjointPair(distinctLists(lists, String))).toBe(disjointPair(lists));
      }),
    );
  });
});
