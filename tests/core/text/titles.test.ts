import { describe, expect, it } from 'vitest';
import { findTitles, titleKey } from '../../../src/core/text/titles';

describe('findTitles', () => {
  const render = (text: string): string =>
    findTitles(text)
      .map((t) => `${t.text}=${t.key}`)
      .join('; ');
  it.each([
    [
      'after the work noun',
      'It is in her upcoming book, Long Road Home, which',
      'Long Road Home=long road home',
    ],
    [
      'before an appositive',
      'According to The Long Road Home, a forthcoming book by Dana Holt, she',
      'The Long Road Home=long road home',
    ],
    ['called', 'the film called Night Harbour opened', 'Night Harbour=night harbour'],
  ])('%s', (_name, text, expected) => {
    expect(render(text)).toBe(expected);
  });

  it('gives one key to a title with and without its article', () => {
    expect(titleKey('The Long Road Home')).toBe(titleKey('Long Road Home'));
  });
});
