import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { segmentSentences, trimSpan } from '../../../src/core/text/segment-sentences';

/** Render a segmentation as 'A b.|C d.' (trimmed pieces joined by '|'). */
const render = (text: string): string =>
  segmentSentences(text)
    .map((s) => trimSpan(text, s))
    .filter((s) => s !== null)
    .map((s) => text.slice(s.start, s.end))
    .join('|');

describe('segmentSentences', () => {
  it.each([
    ['Plain sentences', 'The mayor spoke. The council voted.', 'The mayor spoke.|The council voted.'],
    ['titles', 'Mr. Smith met Dr. Jones. They talked.', 'Mr. Smith met Dr. Jones.|They talked.'],
    ['Mr without period', 'Mr Smith left. Ms Jones stayed.', 'Mr Smith left.|Ms Jones stayed.'],
    [
      'St. and Jr.',
      'He lives on St. Mark Street with John Smith Jr. and his dog. It barks.',
      'He lives on St. Mark Street with John Smith Jr. and his dog.|It barks.',
    ],
    [
      'dotted acronym mid-sentence',
      'The U.S. Army and the U.N. agreed. Talks ended.',
      'The U.S. Army and the U.N. agreed.|Talks ended.',
    ],
    [
      'dotted acronym at the end',
      'He flew back to the U.S. The trip was long.',
      'He flew back to the U.S.|The trip was long.',
    ],
    [
      "a dateline's abbreviated state before the wire or a dash",
      'CARVELL, Mass. (CBS/AP) \u2014 The jury found him guilty. HOLT, Pa. -- The Senate voted. He lives in Holt, Pa. The house is old.',
      'CARVELL, Mass. (CBS/AP) \u2014 The jury found him guilty.|HOLT, Pa. -- The Senate voted.|He lives in Holt, Pa.|The house is old.',
    ],
    [
      'times',
      'It began at 3 p.m. on Tuesday. It ended late.',
      'It began at 3 p.m. on Tuesday.|It ended late.',
    ],
    [
      'initials',
      'The novel by J. K. Rowling sold well. Critics agreed.',
      'The novel by J. K. Rowling sold well.|Critics agreed.',
    ],
    ['decimals', 'Prices rose 1.5 percent. Wages did not.', 'Prices rose 1.5 percent.|Wages did not.'],
    [
      'ellipsis inside a sentence',
      'You know ... but he has been telling people. Then he left.',
      'You know ... but he has been telling people.|Then he left.',
    ],
    [
      'quote ending a sentence (straight)',
      'He said "we are done." Then he left.',
      'He said "we are done."|Then he left.',
    ],
    [
      'quote ending a sentence (curly)',
      'She said \u201cwe won.\u201d The crowd cheered.',
      'She said \u201cwe won.\u201d|The crowd cheered.',
    ],
    [
      'scraped text with no space before an opening quote',
      'He agreed to a vote "within the next week"."This will ensure we remain on a path," she said.',
      'He agreed to a vote "within the next week".|"This will ensure we remain on a path," she said.',
    ],
    [
      'scraped text with no space after a full stop',
      'Her spokesman said.Speaking from a lectern, she resigned.She held talks. Mrs.Brown and Dr.Jones went to bbc.co.uk.',
      'Her spokesman said.|Speaking from a lectern, she resigned.|She held talks.|Mrs.Brown and Dr.Jones went to bbc.co.uk.',
    ],
    [
      'a closing quote with no space after it',
      'She said "we are done."Then she left.',
      'She said "we are done."|Then she left.',
    ],
    [
      'caption without final punctuation',
      'Firefighters at the scene on Monday',
      'Firefighters at the scene on Monday',
    ],
    [
      'numbered item',
      'He lives at No. 10 with his aide. She works there.',
      'He lives at No. 10 with his aide.|She works there.',
    ],
  ])('%s', (_name, text, expected) => {
    expect(render(text)).toBe(expected);
  });

  it('does not glue a sentence ending in "no." to the next', () => {
    expect(render('He said no. Then he left.')).toBe('He said no.|Then he left.');
  });

  it('gives nothing for empty text', () => {
    expect(segmentSentences('')).toEqual([]);
  });

  it('is lossless and in bounds for any text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 300 }), (text) => {
        const spans = segmentSentences(text);
        expect(spans.map((s) => text.slice(s.start, s.end)).join('')).toBe(text);
        let at = 0;
        for (const s of spans) {
          expect(s.start).toBe(at);
          expect(s.end).toBeGreaterThan(s.start);
          expect(s.end).toBeLessThanOrEqual(text.length);
          at = s.end;
        }
      }),
    );
  });

  it('is lossless on news-like text built from tricky pieces', () => {
    const piece = fc.constantFrom(
      'Mr. Smith',
      'U.S.',
      'said "no."',
      '3 p.m.',
      'J. K.',
      '1.5',
      '...',
      'the end.',
      'He left.',
      '\u201cWe won.\u201d',
      'St. Louis',
      '\n\n',
      ' ',
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }), (pieces) => {
        const text = pieces.join(' ');
        expect(
          segmentSentences(text)
            .map((s) => text.slice(s.start, s.end))
            .join(''),
        ).toBe(text);
      }),
    );
  });
});
