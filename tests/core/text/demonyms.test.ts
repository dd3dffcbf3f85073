import { describe, expect, it } from 'vitest';
import { sameNation } from '../../../src/core/text/demonyms';

describe('sameNation', () => {
  it('joins a country and its adjective, possessive and plural endings aside', () => {
    expect(sameNation('Irish', 'Ireland\u2019s')).toBe(true);
    expect(sameNation('Greek', 'Greece')).toBe(true);
    expect(sameNation('Argentines', 'Argentina')).toBe(true);
    expect(sameNation('Dutch', 'Netherlands')).toBe(true);
  });

  it('keeps two countries, one word, and words that are no country apart', () => {
    expect(sameNation('Irish', 'British')).toBe(false);
    expect(sameNation('Ireland', 'Ireland')).toBe(false);
    expect(sameNation('Carvell', 'Carvellian')).toBe(false);
  });
});
