import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isStopword, normalizeText, tokenize } from '../../../src/core/text/normalize';
import { stem } from '../../../src/core/text/stem';

describe('normalizeText', () => {
  it('folds case, diacritics, curly quotes, dashes and whitespace', () => {
    expect(normalizeText('  Caf\u00e9 \u2018Ol\u00e9\u2019 \u2014 \u201cNa\u00efve\u201d\n\tTEXT ')).toBe(
      'cafe \'ole\' - "naive" text',
    );
    // Letters Unicode does not decompose: a dotless i, a stroke.
    expect(normalizeText('Taner Y\u0131ld\u0131z in \u0141\u00f3d\u017a and \u00d8rsta')).toBe(
      'taner yildiz in lodz and orsta',
    );
  });

  it('is idempotent on any string', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }), (text) => {
        const once = normalizeText(text);
        expect(normalizeText(once)).toBe(once);
      }),
    );
  });

  it('is idempotent on full Unicode (binary) strings', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 100 }), (text) => {
        const once = normalizeText(text);
        expect(normalizeText(once)).toBe(once);
      }),
    );
  });
});

describe('tokenize', () => {
  const render = (text: string): string =>
    tokenize(text)
      .map((t) => `${t.kind === 'number' ? '#' : ''}${t.norm}`)
      .join(' ');

  it('keeps apostrophes and hyphens inside words and numbers whole', () => {
    expect(render("Kim's aides didn't meet 20,000 high-level officials at 1.5 sites")).toBe(
      "kim's aides didn't meet #20,000 high-level officials at #1.5 sites",
    );
  });

  it('gives offsets that point at the token text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 120 }), (text) => {
        for (const t of tokenize(text)) expect(text.slice(t.start, t.end)).toBe(t.text);
      }),
    );
  });

  it('knows function words', () => {
    expect(['the', 'and', 'of', 'either'].every(isStopword)).toBe(true);
    expect(isStopword('meeting')).toBe(false);
  });
});

describe('Porter stemmer', () => {
  // Pairs from Porter's published vocabulary (tartarus.org/martin/PorterStemmer/voc.txt / output.txt).
  it.each([
    ['caresses', 'caress'],
    ['ponies', 'poni'],
    ['cats', 'cat'],
    ['agreed', 'agre'],
    ['plastered', 'plaster'],
    ['motoring', 'motor'],
    ['sing', 'sing'],
    ['conflated', 'conflat'],
    ['hopping', 'hop'],
    ['falling', 'fall'],
    ['filing', 'file'],
    ['happy', 'happi'],
    ['relational', 'relat'],
    ['conditional', 'condit'],
    ['digitizer', 'digit'],
    ['operator', 'oper'],
    ['hopefulness', 'hope'],
    ['formalize', 'formal'],
    ['electrical', 'electr'],
    ['adjustment', 'adjust'],
    ['adoption', 'adopt'],
    ['effective', 'effect'],
    ['controll', 'control'],
    ['generalizations', 'gener'],
  ])('%s → %s', (word, expected) => {
    expect(stem(word)).toBe(expected);
  });

  it('maps inflections of one word to one stem', () => {
    expect(new Set(['meeting', 'meetings', 'meet'].map(stem)).size).toBe(1);
  });

  it('never throws and never grows a lower-case word by more than one letter', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[a-z]{0,15}$/), (w) => {
        expect(stem(w).length).toBeLessThanOrEqual(w.length + 1);
      }),
    );
  });
});
