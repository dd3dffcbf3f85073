import { describe, expect, it } from 'vitest';
import { compareStoryNames } from '../../../src/core/detect/story-names';
import { ungroupedContext } from './ungrouped-context';

const OUTLETS = ['Daily Planet', 'Evening Star', 'Harbour FM'];

/** Story-wide name discrepancies among one-paragraph articles that share no group. */
const names = (...texts: string[]): string[] =>
  compareStoryNames(ungroupedContext(texts, OUTLETS)).map((d) => `${d.kind}/${d.severity}: ${d.summary}`);

describe('compareStoryNames: first names of one person', () => {
  it('flags a person given two first names in sentences that are not grouped', () => {
    expect(
      names(
        'The tribunal, chaired by Margaret Elsworth, found the sample contained a banned drug.',
        'The panel, chaired by the retired judge Marguerite Elsworth, was not persuaded.',
      ),
    ).toEqual(['name/low: Margaret Elsworth (Daily Planet) · Marguerite Elsworth (Evening Star)']);
  });

  it('leaves alone a family, places, a source naming both, and a short form', () => {
    // Three first names for one surname: a family, not one person named three ways.
    expect(
      names('Dana Holt opened the fair.', 'Tom Holt judged the cakes.', 'Ann Holt ran the raffle.'),
    ).toEqual([]);
    // Roads, ports and cities are places, not surnames.
    expect(names('The crash closed Ashgrove Road.', 'Diversions ran along Station Road.')).toEqual([]);
    // A source that names both means two people.
    expect(
      names('Dana Holt and her husband Tom Holt opened the fair.', 'Tom Holt judged the cakes.'),
    ).toEqual([]);
    expect(names('Tom Holt judged the cakes.', 'Tomas Holt judged the cakes.')).toEqual([]);
  });
});
