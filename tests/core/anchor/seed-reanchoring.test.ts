/**
 * Re-anchoring on real text: passages of the seed story found again after the kind of changes a
 * rebuild brings (a re-scrape with different quotes and boilerplate, a corrected typo, a paragraph
 * removed by the publisher), and refused when their paragraph is gone.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { anchorPassage, describePassage, ingestArticle, type Article } from '../../../src/core/index';

const FILE = join(import.meta.dirname, '../../../data/stories/trump-kim-letters/004_0e412853fa2b6dcf.txt');
const RAW = readFileSync(FILE, 'utf8');

function ingest(text: string): Article {
  const result = ingestArticle({ file: '004_0e412853fa2b6dcf.txt', text, manifest: null });
  if (!result.ok) throw new Error(result.error);
  return result.value;
}

const original = ingest(RAW);
/** A passage of the original body, described as a share link would. */
function passage(quote: string) {
  const start = original.body.indexOf(quote);
  expect(start).toBeGreaterThanOrEqual(0);
  return describePassage(original.body, start, start + quote.length);
}
/** The anchored text in `article`, or the refusal. */
function found(article: Article, quote: string): string {
  const r = anchorPassage(article.body, passage(quote));
  return r.ok ? `${r.method}: ${article.body.slice(r.start, r.end)}` : `refused: ${r.reason}`;
}

const LOGAN = 'The Logan Act prevents any unauthorised private American citizen from negotiating';
const BOOK = 'which explores the life and career of the former president';

describe('re-anchoring passages of a real article', () => {
  it('finds them unchanged', () => {
    expect(found(original, LOGAN)).toBe(`exact: ${LOGAN}`);
  });

  it('follows them when an earlier paragraph is removed and quotes are straightened', () => {
    const edited = ingest(
      RAW.replace(/^The New York Times’s Maggie Haberman revealed.*$/m, '')
        .replace(/[“”]/g, '"')
        .replace(/’/g, "'"),
    );
    expect(edited.body.length).toBeLessThan(original.body.length - 100);
    expect(found(edited, LOGAN)).toBe(`exact: ${LOGAN}`);
    expect(found(edited, BOOK)).toBe(`exact: ${BOOK}`);
  });

  it('finds a passage approximately after a correction inside it', () => {
    const edited = ingest(RAW.replace('unauthorised private American', 'unauthorized private US'));
    expect(found(edited, LOGAN)).toBe(
      'approx: The Logan Act prevents any unauthorized private US citizen from negotiating',
    );
  });

  it('refuses when the paragraph holding the passage was deleted', () => {
    const edited = ingest(RAW.replace(/^Correspondence with a foreign leader is not illegal.*$/m, ''));
    expect(found(edited, LOGAN)).toMatch(/^refused/);
  });
});
