import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalizeText } from '../../../src/core/ingest/normalize-text';
import { splitBlocks } from '../../../src/core/ingest/split-blocks';

const blocks = (text: string): string[] => splitBlocks(normalizeText(text)).map((b) => b.text);

describe('normalizeText', () => {
  it.each([
    ['CRLF and CR become LF', 'one\r\ntwo\rthree', 'one\ntwo\nthree'],
    ['a BOM is stripped', '\uFEFFHeadline', 'Headline'],
    [
      'NBSP and other Unicode spaces become a space',
      'The\u00A0Outlet\u2009said\u3000so',
      'The Outlet said so',
    ],
    ['zero-width characters are removed', 'ze\u200Bro\u200D width\u2060', 'zero width'],
    ['NFD becomes NFC', 'Cafe\u0301', 'Caf\u00E9'],
    ['runs of spaces collapse and lines are trimmed', '  a   b  \n\t c ', 'a b\nc'],
    ['curly quotes stay as written', '“Yes,” she said, ‘twice’', '“Yes,” she said, ‘twice’'],
    [
      'character references left by a scraper are decoded, a lost "#" too',
      'Tom &amp; Jerry&#8217;s &ldquo;plan&rdquo; by South Africa&39;s court&nbsp;&#x2014; &amp;amp;',
      "Tom & Jerry’s “plan” by South Africa's court — &",
    ],
    ['unknown names and control codes stay as written', '&bogus; &#7; R&D; AT&T', '&bogus; &#7; R&D; AT&T'],
  ])('%s', (_name, input, output) => {
    expect(normalizeText(input)).toBe(output);
  });

  it('is idempotent', () => {
    // Strings built from reference pieces too, so nested references ("&amp;amp;") are tried.
    const pieces = fc.constantFrom('&', 'amp;', '#39;', '39;', '&#', 'x41;', 'nbsp;', 'a', ' ', '\r\n');
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'grapheme' }), fc.string({ unit: pieces })), (s) => {
        const once = normalizeText(s);
        expect(normalizeText(once)).toBe(once);
      }),
    );
  });
});

describe('splitBlocks', () => {
  it('makes one paragraph per line when no blank line separates paragraphs', () => {
    expect(blocks('First paragraph.\nSecond paragraph.\nThird, without a final newline.')).toEqual([
      'First paragraph.',
      'Second paragraph.',
      'Third, without a final newline.',
    ]);
  });

  it('joins the hard-wrapped lines of a paragraph when blank lines separate paragraphs', () => {
    const wrapped = [
      'The council voted on Tuesday to close the old bridge to all traffic for',
      'repairs that the city engineer says will take at least three months to',
      'finish.',
      '',
      'Residents who use the bridge every day said they had not been told about',
      'the closure until the vote.',
    ].join('\n');
    expect(blocks(wrapped)).toEqual([
      'The council voted on Tuesday to close the old bridge to all traffic for repairs that the city engineer says will take at least three months to finish.',
      'Residents who use the bridge every day said they had not been told about the closure until the vote.',
    ]);
  });

  it('joins a wire copy hard-wrapped with no blank line between paragraphs', () => {
    // Archived wire copy: every line wrapped near 64 columns, a paragraph per sentence, no blank lines.
    const wire = [
      'At least five people were killed and hundreds of houses destroyed',
      'in the region on Tuesday when it was struck by tremors from an',
      'earthquake across the border, officials said.',
      'Tremors from the quake were also felt in the capital.',
      'Three women and two children were killed when their mud',
      'house collapsed in the district of Panjgur in the province.',
    ].join('\n');
    expect(blocks(wire)).toEqual([
      'At least five people were killed and hundreds of houses destroyed in the region on Tuesday when it was struck by tremors from an earthquake across the border, officials said.',
      'Tremors from the quake were also felt in the capital.',
      // "house" would have fitted after "mud": the line stopped inside a sentence near the width.
      'Three women and two children were killed when their mud house collapsed in the district of Panjgur in the province.',
    ]);
  });

  it('keeps one paragraph per line when short lines each end a sentence', () => {
    const lines = [
      'The council closed the old bridge to all traffic on Tuesday.',
      'Repairs are expected to take at least three months to finish.',
      'Residents said they had not been told about the closure at all.',
      'A new footbridge will open next to it in the spring of next year.',
    ];
    expect(blocks(lines.join('\n'))).toEqual(lines);
  });

  it('keeps a hyphen that ends a wrapped line without adding a space', () => {
    const wrapped = [
      'The bridge, a well-loved landmark of the old town, will close for repairs that the well-',
      'known firm of engineers expects to take at least three months from the start of March.',
      '',
      'Residents said they had not been told about the closure until the vote on Tuesday night.',
    ].join('\n');
    expect(blocks(wrapped)[0]).toContain('the well-known firm');
  });

  it('keeps short stacked lines (byline, dateline, a link) apart in a blank-line text', () => {
    const text = [
      'A long opening paragraph about the council and its vote on the bridge, which runs well past the width of any wrapped line.',
      '',
      'Jane Doe',
      'Monday 3 March 2025 09:00 GMT',
      'Comments',
      '',
      'Another long paragraph that follows the header block and goes on for quite a while, longer than a wrapped line.',
    ].join('\n');
    expect(blocks(text)).toEqual([
      'A long opening paragraph about the council and its vote on the bridge, which runs well past the width of any wrapped line.',
      'Jane Doe',
      'Monday 3 March 2025 09:00 GMT',
      'Comments',
      'Another long paragraph that follows the header block and goes on for quite a while, longer than a wrapped line.',
    ]);
  });

  it('records the first line index of each block', () => {
    expect(splitBlocks('a\n\nb c\nd\n\n\ne').map((b) => b.line)).toEqual([0, 2, 3, 6]);
  });
});
