/**
 * The importer's parse functions on their own: files → text or a named refusal, form entries → ingest
 * inputs. Property tests: any bytes give a reading or a refusal (never a throw or a rejection), and any
 * entries give inputs with unique file names, one per non-blank, non-duplicate entry.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { HtmlExtract } from '../../src/core/index';
import {
  EMPTY_META,
  MAX_ARTICLE_CHARS,
  tooLongMessage,
  checkMeta,
  findDuplicates,
  prepareImport,
  type DraftArticle,
} from '../../src/features/import/prepare-import';
import { decodeText, readImportFile } from '../../src/features/import/read-import-file';
import { isLocalSlug, localSlugFor } from '../../src/features/import/local-stories';

const blob = (name: string, bytes: Uint8Array<ArrayBuffer>) => new File([bytes], name);
const utf8 = (text: string) => new TextEncoder().encode(text);
const noHtml = (): HtmlExtract => {
  throw new Error('no HTML expected');
};
const draft = (key: string, text: string, extra: Partial<DraftArticle> = {}): DraftArticle => ({
  key,
  origin: 'paste',
  label: key,
  file: null,
  text,
  html: false,
  meta: EMPTY_META,
  ...extra,
});

describe('readImportFile', () => {
  it('reads UTF-8 and UTF-16 text, drops a UTF-8 BOM, keeps odd Unicode', async () => {
    const odd = 'Caf\u00e9\u00a0\u200f\u05e9 \ud83c\udf89 e\u0301';
    expect(await readImportFile(blob('a.txt', utf8(`\ufeff${odd}`)))).toEqual({
      status: 'ok',
      text: odd,
      html: false,
    });
    const le = new Uint8Array([0xff, 0xfe, ...[...'Hi \u00e9'].flatMap((c) => [c.charCodeAt(0), 0])]);
    expect(await readImportFile(blob('b.md', le))).toEqual({ status: 'ok', text: 'Hi \u00e9', html: false });
    expect(await readImportFile(blob('page.HTM', utf8('<p>x</p>')))).toMatchObject({
      status: 'ok',
      html: true,
    });
  });

  it('refuses by name: wrong extension, over the cap, binary, invalid UTF-8; reports empty files', async () => {
    expect(await readImportFile(blob('report.pdf', utf8('%PDF')))).toEqual({
      status: 'refused',
      message: 'report.pdf was not read: only .txt, .md, .html and .htm files can be imported.',
    });
    expect(await readImportFile(blob('big.txt', utf8('x'.repeat(2048))), 1024)).toEqual({
      status: 'refused',
      message: 'big.txt is 2 KB, over the 1 KB limit; it was not read.',
    });
    expect(await readImportFile(blob('latin1.txt', new Uint8Array([0x63, 0x61, 0x66, 0xe9])))).toMatchObject({
      status: 'refused',
      message: expect.stringMatching(/^latin1\.txt is not readable text/),
    });
    expect(await readImportFile(blob('blank.txt', utf8('\ufeff \n\u200b\t')))).toEqual({
      status: 'empty',
      message: 'blank.txt is empty — skipped.',
    });
  });

  it('refuses a plain-text article over the text cap by name, with its length', async () => {
    const long = 'A sentence of the story. '.repeat(Math.ceil((MAX_ARTICLE_CHARS + 1) / 25));
    const reading = await readImportFile(blob('long.txt', utf8(long)));
    expect(reading).toEqual({ status: 'refused', message: tooLongMessage('long.txt', long.length) });
    expect(reading.status === 'refused' && reading.message).toMatch(
      /^long\.txt has 100,0\d\d characters of text, over the 100,000 limit for one article/,
    );
    expect(await readImportFile(blob('ok.txt', utf8(long.slice(0, MAX_ARTICLE_CHARS))))).toMatchObject({
      status: 'ok',
    });
  });

  it('any bytes give a reading or a refusal, never a throw', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 300 }), async (bytes) => {
        const reading = await readImportFile(blob('x.txt', bytes));
        expect(['ok', 'empty', 'refused']).toContain(reading.status);
        const text = decodeText(bytes);
        if (reading.status === 'ok') expect(reading.text).toBe(text);
      }),
    );
  });
});

describe('prepareImport', () => {
  it('skips blank pastes and duplicates, names made-up files uniquely, carries the metadata', () => {
    const prepared = prepareImport(
      [
        draft('Pasted article 1', 'First report.', {
          meta: { outlet: ' Gazette ', url: '', date: '2024-05-01' },
        }),
        draft('Pasted article 2', '   '),
        draft('notes.txt', 'Second report.', { origin: 'file', file: 'notes.txt' }),
        draft('other/notes.txt', 'Third report.', { origin: 'file', file: 'notes.txt' }),
        draft('Pasted article 3', '  First   report. '),
      ],
      noHtml,
    );
    expect(prepared.inputs.map((i) => i.file)).toEqual(['pasted-article-1.txt', 'notes.txt', 'notes-2.txt']);
    expect(prepared.inputs[0]?.manifest).toEqual({
      file: 'pasted-article-1.txt',
      source: 'Gazette',
      url: null,
      published: '2024-05-01',
    });
    expect(prepared.skipped.map((s) => s.message)).toEqual([
      'Pasted article 3 repeats Pasted article 1 — skipped.',
    ]);
    expect(prepared.invalid).toEqual([]);
  });

  it('HTML goes through the extractor and only its blocks travel; a page with no text is skipped', () => {
    const extract = (html: string): HtmlExtract => ({
      title: 'T',
      byline: null,
      siteName: null,
      published: null,
      blocks: html.includes('<p>') ? [{ text: 'Body text.', kind: 'text' }] : [],
    });
    const prepared = prepareImport(
      [
        draft('a.html', '<html><body><p>Body</p><script>x()</script></body></html>', {
          html: true,
          file: 'a.html',
        }),
        draft('b.html', '<html><body></body></html>', { html: true, file: 'b.html' }),
      ],
      extract,
    );
    expect(prepared.inputs).toHaveLength(1);
    expect(prepared.inputs[0]).toMatchObject({
      file: 'a.html',
      text: '',
      html: { blocks: [{ text: 'Body text.' }] },
    });
    expect(prepared.skipped.map((s) => s.message)).toEqual(['b.html: no article text found in the page.']);
  });

  it('skips a pasted text or an extracted page over the text cap, by name', () => {
    const long = 'x'.repeat(MAX_ARTICLE_CHARS + 1);
    const prepared = prepareImport(
      [
        draft('Pasted article 1', long),
        draft('page.html', '<p>page</p>', { origin: 'file', html: true, file: 'page.html' }),
        draft('Pasted article 2', 'Short report.'),
      ],
      () => ({
        title: null,
        byline: null,
        siteName: null,
        published: null,
        blocks: [{ text: long, kind: 'text' }],
      }),
    );
    expect(prepared.inputs.map((i) => i.file)).toEqual(['pasted-article-2.txt']);
    expect(prepared.skipped.map((s) => s.message)).toEqual([
      tooLongMessage('Pasted article 1', MAX_ARTICLE_CHARS + 1),
      tooLongMessage('page.html', MAX_ARTICLE_CHARS + 1),
    ]);
  });

  it('names a malformed URL or date', () => {
    expect(checkMeta({ outlet: '', url: 'javascript:alert(1)', date: '' })).toMatch(/not a web address/);
    expect(checkMeta({ outlet: '', url: 'example.com/x', date: '' })).toMatch(/not a web address/);
    expect(checkMeta({ outlet: '', url: '', date: '2024-13-45' })).toMatch(/not a date/);
    expect(checkMeta({ outlet: '', url: 'https://example.com/a?b=1', date: '2024-02-29' })).toBeNull();
  });

  it('any entries give unique file names, one input per non-blank, non-duplicate entry', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            text: fc.string({ maxLength: 40 }),
            name: fc.option(fc.constantFrom('a.txt', 'A.txt', 'b')),
          }),
        ),
        (entries) => {
          const drafts = entries.map((e, i) =>
            draft(`k${i}`, e.text, e.name ? { origin: 'file', file: e.name, label: e.name } : {}),
          );
          const prepared = prepareImport(drafts, () => ({
            title: null,
            byline: null,
            siteName: null,
            published: null,
            blocks: [{ text: 'x', kind: 'text' }],
          }));
          const files = prepared.inputs.map((i) => i.file.toLowerCase());
          expect(new Set(files).size).toBe(files.length);
          const dups = findDuplicates(drafts);
          const expected = drafts.filter(
            (d) => /[^\s\u200b-\u200f\u2060\ufeff]/u.test(d.text) && !dups.has(d.key),
          );
          expect(prepared.inputs.length + prepared.skipped.length - dups.size).toBe(expected.length);
        },
      ),
    );
  });
});

describe('local story slugs', () => {
  it('derive from the inputs, and only that shape counts as an imported story', () => {
    const inputs = [{ file: 'a.txt', text: 'One.' }];
    const slug = localSlugFor(inputs);
    expect(slug).toMatch(/^local-[0-9a-z]{11}$/);
    expect(localSlugFor([{ file: 'a.txt', text: 'One.' }])).toBe(slug);
    expect(localSlugFor([{ file: 'a.txt', text: 'Two.' }])).not.toBe(slug);
    expect(isLocalSlug(slug)).toBe(true);
    expect(isLocalSlug('local-news')).toBe(false);
    expect(isLocalSlug('harbour-bridge')).toBe(false);
  });
});
