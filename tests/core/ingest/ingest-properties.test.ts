// Invariants of ingest on arbitrary input (fast-check) and the edge cases of raw files.
import fc from 'fast-check';
import { looksLikeHtml } from '../../../src/core/ingest/html-extract';
import { describe, expect, it } from 'vitest';
import type { Article } from '../../../src/core';
import { ingestArticle } from '../../../src/core';
import { renderArticle } from './render-article';

/** Paragraph offsets in bounds, ordered, non-overlapping, and the body is exactly the paragraphs joined by "\n\n". */
function expectConsistent(article: Article): void {
  let previousEnd = -2;
  for (const p of article.paragraphs) {
    expect(p.start).toBeGreaterThanOrEqual(0);
    expect(p.end).toBeLessThanOrEqual(article.body.length);
    expect(p.start).toBeLessThan(p.end);
    expect(p.start).toBe(previousEnd + 2);
    previousEnd = p.end;
  }
  const joined = article.paragraphs.map((p) => article.body.slice(p.start, p.end)).join('\n\n');
  expect(joined).toBe(article.body);
  for (const r of article.removed) {
    expect(r.at).toBeGreaterThanOrEqual(0);
    expect(r.at).toBeLessThanOrEqual(article.body.length);
  }
  expect(article.removed.map((r) => r.at)).toEqual(
    [...article.removed.map((r) => r.at)].sort((a, b) => a - b),
  );
}

const linesOf = (line: fc.Arbitrary<string>) =>
  fc
    .array(fc.oneof(line, fc.constantFrom('', ' ', '\r\n', '\u00A0', '• ', 'Comments', 'By Jane Doe')), {
      maxLength: 30,
    })
    .map((ls) => ls.join('\n'));

describe('ingestArticle on arbitrary strings', () => {
  it.each([
    ['fc.string', fc.string()],
    ['full Unicode', fc.string({ unit: 'binary' })],
    ['lines of words', linesOf(fc.lorem({ maxCount: 12, mode: 'sentences' }))],
    ['lines of Unicode', linesOf(fc.string({ unit: 'binary', maxLength: 80 }))],
  ])('never throws and returns an error or a consistent article (%s)', (_name, arbitrary) => {
    fc.assert(
      fc.property(arbitrary, (text) => {
        const result = ingestArticle({ file: 'x.txt', text });
        if (result.ok) {
          expectConsistent(result.value);
          expect(result.value.body.trim()).not.toBe('');
        } else {
          expect(result.error).toMatch(/^x\.txt: /);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('never throws on arbitrary HTML extracts either', () => {
    const text = fc.oneof(
      fc.string({ unit: 'binary', maxLength: 60 }),
      fc.lorem({ maxCount: 8, mode: 'sentences' }),
    );
    const extract = fc.record({
      title: fc.option(text),
      byline: fc.option(text),
      siteName: fc.option(text),
      published: fc.option(fc.oneof(text, fc.constant('2022-02-10T18:37:00.000Z'))),
      blocks: fc.array(
        fc.record({
          text,
          kind: fc.constantFrom('text', 'heading', 'list-item', 'caption') as fc.Arbitrary<
            'text' | 'heading' | 'list-item' | 'caption'
          >,
        }),
        { maxLength: 20 },
      ),
    });
    fc.assert(
      fc.property(extract, (html) => {
        const result = ingestArticle({ file: 'x.html', text: '<html></html>', html });
        if (result.ok) expectConsistent(result.value);
      }),
      { numRuns: 300 },
    );
  });

  it('is deterministic', () => {
    fc.assert(
      fc.property(linesOf(fc.lorem({ maxCount: 10, mode: 'sentences' })), (text) => {
        expect(ingestArticle({ file: 'x.txt', text })).toEqual(ingestArticle({ file: 'x.txt', text }));
      }),
      { numRuns: 100 },
    );
  });
});

describe('edge cases', () => {
  const article = (text: string): Article => {
    const result = ingestArticle({ file: 'edge.txt', text });
    if (!result.ok) throw new Error(result.error);
    return result.value;
  };

  it.each([
    ['an empty file', ''],
    ['whitespace only', ' \n\t\r\n\u00A0\u200B\n'],
    ['page furniture only', 'Comments\n\nAdvertisement\n\nShare'],
  ])('rejects %s with an error', (_name, text) => {
    const result = ingestArticle({ file: 'edge.txt', text });
    expect(result.ok).toBe(false);
  });

  it('reads CRLF, a BOM, NBSPs and a last line without newline like clean text', () => {
    const messy = '\uFEFFHeadline here\r\n\r\nFirst\u00A0paragraph.\r\n\r\nSecond “quoted” paragraph.';
    const clean = 'Headline here\n\nFirst paragraph.\n\nSecond “quoted” paragraph.\n';
    expect(article(messy).body).toBe(article(clean).body);
    expect(renderArticle(article(messy))).toEqual(['First paragraph.', 'Second “quoted” paragraph.']);
  });

  it('reads text with and without blank lines between paragraphs the same way', () => {
    const withBlank = 'Headline here\n\nFirst paragraph.\n\nSecond paragraph.';
    expect(article(withBlank).body).toBe(article('Headline here\nFirst paragraph.\nSecond paragraph.').body);
  });

  it('keeps a one-line article as its own body', () => {
    expect(renderArticle(article('Storm closes harbour'))).toEqual(['Storm closes harbour']);
  });

  it('refuses raw HTML: markup never reaches the body', () => {
    const result = ingestArticle({
      file: 'page.txt',
      text: '<html><body><p>Hi</p><script>alert(1)</script></body></html>',
    });
    expect(result.ok).toBe(false);
  });

  it("reads prose with an embedded post's inline tags as text: the tags go, the paragraphs stay", () => {
    const text = [
      'Runner breaks the world record in Chicago',
      'Kelvin Harte won in two hours and 35 seconds on Sunday.',
      'WORLD RECORD<br><br>Harte destroys the record at the <a href="https://example.org/x">@RaceDay</a> with 2:00:35<br><br>He is the first man to break 2:01.',
      'He broke the tape three minutes ahead of the field.',
    ].join('\n\n');
    expect(looksLikeHtml(text)).toBe(false);
    const body = article(text).body;
    expect(body).not.toMatch(/[<>]/);
    expect(body).toContain('Harte destroys the record at the @RaceDay with 2:00:35\n\nHe is the first man');
    expect(body).toContain('He broke the tape three minutes ahead of the field.');
    // A page's structure or code is HTML still, however much prose surrounds it.
    expect(looksLikeHtml(`${text}\n\n<p>More</p><script>alert(1)</script>`)).toBe(true);
    expect(looksLikeHtml('<a href="x">one</a> <a href="y">two</a> <br> three')).toBe(true);
  });

  // Speed is measured by `npm run bench`, not asserted here: this proves a huge article loses nothing.
  it('ingests a 2 MB article whole', () => {
    const paragraph =
      'The council met again on Tuesday to discuss the harbour repairs and the cost of the work. ';
    const text = Array.from({ length: 4500 }, (_, i) => `${paragraph.repeat(5)}Paragraph ${i}.`).join('\n\n');
    expect(text.length).toBeGreaterThan(2_000_000);
    const result = article(text);
    expect(result.paragraphs.length).toBe(4500);
    expect(result.body.length).toBeGreaterThan(2_000_000);
    expect(result.body.slice(result.paragraphs[4499]!.start, result.paragraphs[4499]!.end)).toMatch(
      /Paragraph 4499\.$/,
    );
  });
});
