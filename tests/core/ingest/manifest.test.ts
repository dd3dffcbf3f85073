import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseManifest } from '../../../src/core';

describe('parseManifest', () => {
  it('parses a manifest, filling missing values with null', () => {
    const result = parseManifest({
      title: ' Harbour\u00A0reopens ',
      files: [
        {
          file: 'a.txt',
          source: 'Coastal Times',
          url: 'https://example.org/a',
          published: '2022-02-10T13:37:00-05:00',
        },
        { file: 'b.html' },
      ],
    });
    expect(result).toEqual({
      ok: true,
      value: {
        title: 'Harbour reopens',
        files: [
          {
            file: 'a.txt',
            source: 'Coastal Times',
            url: 'https://example.org/a',
            published: '2022-02-10T13:37:00-05:00',
          },
          { file: 'b.html', source: null, url: null, published: null },
        ],
      },
    });
  });

  it("accepts a month or a year alone, ISO 8601's reduced precision, when that is all that is known", () => {
    for (const published of ['2017-11', '2017']) {
      const result = parseManifest({ title: 'T', files: [{ file: 'a.txt', published }] });
      expect(result.ok && result.value.files[0]?.published).toBe(published);
    }
  });

  it.each([
    [null, /expected an object/],
    [{ files: [] }, /title/],
    [{ title: 'T', files: {} }, /files/],
    [{ title: 'T', files: [{ file: '../x.txt' }] }, /files\[0\]\.file/],
    [{ title: 'T', files: [{ file: 'a.txt', published: 'last Tuesday' }] }, /files\[0\]\.published/],
    [{ title: 'T', files: [{ file: 'a.txt', published: '2022-02-30' }] }, /files\[0\]\.published/],
    [{ title: 'T', files: [{ file: 'a.txt', published: '2022-13' }] }, /files\[0\]\.published/],
    [{ title: 'T', files: [{ file: 'a.txt', url: 'javascript:alert(1)' }] }, /files\[0\]\.url/],
    [{ title: 'T', files: [{ file: 'a.txt', source: 3 }] }, /files\[0\]\.source/],
    [{ title: 'T', files: [{ file: 'a.txt' }, { file: 'a.txt' }] }, /listed twice/],
  ])('rejects %j with a clear error', (json, message) => {
    const result = parseManifest(json);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatch(message);
  });

  it('never throws on arbitrary JSON', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.jsonValue(), fc.record({ title: fc.jsonValue(), files: fc.array(fc.jsonValue()) })),
        (json) => {
          const result = parseManifest(json);
          expect(typeof result.ok).toBe('boolean');
        },
      ),
    );
  });
});
