import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  buildSourceUrl,
  buildTextDirective,
  encodeFragmentPart,
} from '../../../src/core/share/text-fragment';

/** Parse a directive back the way the spec does: split on ',', detect prefix-/-suffix, decode. */
function parseDirective(directive: string) {
  expect(directive.startsWith('text=')).toBe(true);
  const parts = directive.slice(5).split(',');
  const prefix = parts[0]?.endsWith('-') ? decodeURIComponent(parts.shift()!.slice(0, -1)) : null;
  const suffix = parts.at(-1)?.startsWith('-') ? decodeURIComponent(parts.pop()!.slice(1)) : null;
  return {
    prefix,
    start: decodeURIComponent(parts[0]!),
    end: parts[1] ? decodeURIComponent(parts[1]) : null,
    suffix,
    count: parts.length,
  };
}

describe('text fragments', () => {
  it('builds prefix-,start,-suffix with whole context words', () => {
    expect(
      buildSourceUrl('https://example.org/news/1', {
        exact: 'the mayor said',
        prefix: 'ouncil met on Monday, and then ',
        suffix: ' the budget would pass in time for',
      }),
    ).toBe(
      'https://example.org/news/1#:~:text=Monday%2C%20and%20then-,the%20mayor%20said,-the%20budget%20would',
    );
  });

  it('uses textStart,textEnd for a long quote', () => {
    const exact =
      'One two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen';
    expect(buildTextDirective({ exact, prefix: '', suffix: '' })).toBe(
      'text=One%20two%20three%20four,thirteen%20fourteen%20fifteen%20sixteen',
    );
  });

  it("escapes '-', ',' and '&' and keeps the page's fragment", () => {
    expect(
      buildSourceUrl('https://example.org/a#top', { exact: 'x-ray, tea & co', prefix: '', suffix: '' }),
    ).toBe('https://example.org/a#top:~:text=x%2Dray%2C%20tea%20%26%20co');
    expect(encodeFragmentPart('a-b,c&d')).toBe('a%2Db%2Cc%26d');
  });

  it('refuses unknown urls and non-http schemes', () => {
    const q = { exact: 'hello', prefix: '', suffix: '' };
    expect(buildSourceUrl(null, q)).toBeNull();
    expect(buildSourceUrl('javascript:alert(1)', q)).toBeNull();
    expect(buildSourceUrl('data:text/html,hi', q)).toBeNull();
    expect(buildSourceUrl('https://example.org/', { exact: '  ', prefix: '', suffix: '' })).toBeNull();
  });

  it('any quote gives a directive whose parts decode back to its words, with no bare delimiter', () => {
    const words = fc.array(
      fc.string({ unit: 'grapheme', minLength: 1, maxLength: 8 }).filter((w) => !/\s/.test(w)),
      {
        minLength: 1,
        maxLength: 30,
      },
    );
    fc.assert(
      fc.property(words, words, words, (exact, prefix, suffix) => {
        const directive = buildTextDirective({
          exact: exact.join(' '),
          prefix: `${prefix.join(' ')} `,
          suffix: ` ${suffix.join(' ')}`,
        });
        expect(directive).not.toBeNull();
        expect(directive!.slice(5)).not.toMatch(/[&#\s]/);
        const parsed = parseDirective(directive!);
        expect(parsed.count).toBeLessThanOrEqual(2);
        const quoted = exact.join(' ');
        if (parsed.end === null) expect(parsed.start).toBe(quoted);
        else expect(quoted.startsWith(parsed.start) && quoted.endsWith(parsed.end)).toBe(true);
        if (parsed.prefix !== null) expect(prefix.join(' ').endsWith(parsed.prefix)).toBe(true);
        if (parsed.suffix !== null) expect(suffix.join(' ').startsWith(parsed.suffix)).toBe(true);
      }),
      { numRuns: 500 },
    );
  });
});
