// Bylines, datelines and outlets on made-up text, and the order of precedence manifest → text → fallback.
import { describe, expect, it } from 'vitest';
import { ingestArticle } from '../../../src/core';
import { findOutletInText, splitSiteSuffix } from '../../../src/core/ingest/find-outlet';
import { parseByline } from '../../../src/core/ingest/parse-byline';
import { parseDateline } from '../../../src/core/ingest/parse-dateline';
import { renderArticle } from './render-article';

describe('parseDateline', () => {
  it.each([
    ['Thursday 10 February 2022 13:37 EST', '2022-02-10T13:37:00-05:00'],
    ['Feb. 10, 2022', '2022-02-10'],
    ['February 10, 2022 1:37 PM EDT', '2022-02-10T13:37:00-04:00'],
    ['10/02/2022 09:15', '2022-02-10T09:15:00'],
    ['02/25/2022', '2022-02-25'],
    ['Monday 3 March 2025 09:00 GMT', '2025-03-03T09:00:00Z'],
    ['Published: 4 July 2023, 18:05 BST', '2023-07-04T18:05:00+01:00'],
    ['Updated 1:37 pm ET, Thu July 14, 2022', '2022-07-14T13:37:00-04:00'],
    ['Updated 1:37 pm ET, Thu January 13, 2022', '2022-01-13T13:37:00-05:00'],
    ['2022-02-10T18:37:00Z', '2022-02-10T18:37:00Z'],
    ['1 Sept 2021 06:00 UTC+2', '2021-09-01T06:00:00+02:00'],
    ['Last modified on Tue 8 Mar 2022 18.37 GMT', '2022-03-08T18:37:00Z'],
    ['HEMBRY CROSS, 7 October 2026', '2026-10-07'],
    ['LONDON, Feb. 10, 2022', '2022-02-10'],
    ['Port Ellery \u2013 Tuesday 7 October 2026', '2026-10-07'],
    ['Published: 05:30, 17 June 2026 | Updated: 07:12, 17 June 2026', '2026-06-17T05:30:00'],
    ['Published 10 February 2022 Updated 11 February 2022', '2022-02-10'],
  ])('%s → %s', (line, iso) => {
    expect(parseDateline(line)).toBe(iso);
  });

  it.each([
    'The vote was held on 10 February 2022 in the town hall.',
    '31 February 2022',
    'Thursday',
    'Room 10/02',
    'Police said 7 October 2026',
    'Paris, the capital, 7 October 2026',
    'News | 17 June 2026',
    '',
  ])('not a dateline: %s', (line) => {
    expect(parseDateline(line)).toBeNull();
  });
});

describe('parseByline', () => {
  it.each([
    ['By Jane Doe', false, 'Jane Doe'],
    ['By JANE DOE', false, 'JANE DOE'],
    ['By Jane Doe and John Roe', false, 'Jane Doe and John Roe'],
    ['By Jane Doe, Political Editor', false, 'Jane Doe'],
    ['By Jana A. Holt, The Carvell Courier (TNS)', false, 'Jana A. Holt'],
    ['Jane Doe and John Roe', true, 'Jane Doe and John Roe'],
    ['Maria de la Cruz', true, 'Maria de la Cruz'],
    ['Jane Doe', true, 'Jane Doe'],
    ['Jane Doe Political correspondent', true, 'Jane Doe'],
    ['Jane Doe, Senior Reporter', true, 'Jane Doe'],
    ['Jane Doe in Lisbon', true, 'Jane Doe'],
  ])('%s → %s', (line, bare, byline) => {
    expect(parseByline(line, bare)).toBe(byline);
  });

  it.each([
    ['Jane Doe', false],
    ['Breaking News', true],
    ['By the end of the day the road was open.', true],
    ['The mayor resigned.', true],
    ['North Harbour Council', true],
    ['Firefighters in Lisbon', true],
  ])('not a byline: %s', (line, bare) => {
    expect(parseByline(line, bare)).toBeNull();
  });
});

describe('findOutletInText', () => {
  it.each([
    [['Stay up to date with notifications from The Morning Ledger'], 'The Morning Ledger'],
    [['© 2024 Harbour Gazette. All rights reserved.'], 'Harbour Gazette'],
    [['HarbourGazette.com has asked the council for comment.'], 'Harbour Gazette'],
    [['Sign up to Coastal Times’s newsletter'], 'Coastal Times'],
    [['LISBON (Harbour Wire) — The council met on Tuesday.'], 'Harbour Wire'],
    [['The council said nothing.', 'Nobody commented.'], null],
  ])('%j → %s', (lines, outlet) => {
    expect(findOutletInText(lines)).toBe(outlet);
  });
});

describe('a page title with its site name after a bar', () => {
  it('splits "Headline | Site" into the title and, when nothing else names one, the outlet', () => {
    const result = ingestArticle({
      file: 'quake.txt',
      text: [
        'Quake flattens Carvell villages, 73 dead | CARVELL COURIER English Archive',
        '',
        'A powerful earthquake flattened mountain villages near Carvell on Wednesday.',
      ].join('\n'),
    });
    if (!result.ok) throw new Error(result.error);
    expect(result.value.title).toBe('Quake flattens Carvell villages, 73 dead');
    expect(result.value.source).toBe('CARVELL COURIER English Archive');
    expect(splitSiteSuffix('Live | storm hits the coast')).toBeNull();
    expect(splitSiteSuffix('Quake hits Carvell | Our reporter says: it was awful')).toBeNull();
  });
});

describe('metadata of a made-up article', () => {
  const text = [
    'Get breaking news notifications from The Morning Ledger',
    '',
    'Harbour reopens after a week of storm repairs',
    '',
    'By Jane Doe and John Roe',
    'Feb. 10, 2022',
    '',
    'The harbour reopened on Monday after a week of repairs to the storm-damaged quay.',
    '',
    'Fishing boats were back by noon, the harbour master said.',
  ].join('\n');

  it('reads headline, byline, dateline and outlet from the text and removes byline and dateline', () => {
    const result = ingestArticle({ file: 'harbour.txt', text });
    if (!result.ok) throw new Error(result.error);
    const a = result.value;
    expect({ source: a.source, title: a.title, byline: a.byline, published: a.published }).toEqual({
      source: 'The Morning Ledger',
      title: 'Harbour reopens after a week of storm repairs',
      byline: 'Jane Doe and John Roe',
      published: '2022-02-10',
    });
    expect(a.origin).toEqual({ source: 'text', title: 'text', byline: 'text', published: 'text' });
    expect(renderArticle(a, { removed: true })).toEqual([
      '(-notification-) Get breaking news notifications from The Morning Ledger',
      '(-metadata-) By Jane Doe and John Roe',
      '(-metadata-) Feb. 10, 2022',
      'The harbour reopened on Monday after a week of repairs to the storm-damaged quay.',
      'Fishing boats were back by noon, the harbour master said.',
    ]);
  });

  it('reads a dateline that opens with the place it was filed from, and keeps it out of the body', () => {
    const result = ingestArticle({
      file: 'lynx.txt',
      text: [
        'Escaped lynx found in a barn after two-day hunt',
        '',
        'By Jane Doe',
        '',
        'HEMBRY CROSS, 7 October 2026',
        '',
        'A lynx that escaped from a wildlife park has been recaptured unharmed, police said.',
      ].join('\n'),
    });
    if (!result.ok) throw new Error(result.error);
    expect(result.value.published).toBe('2026-10-07');
    expect(renderArticle(result.value, { removed: true })).toEqual([
      '(-metadata-) By Jane Doe',
      '(-metadata-) HEMBRY CROSS, 7 October 2026',
      'A lynx that escaped from a wildlife park has been recaptured unharmed, police said.',
    ]);
  });

  it('splits a date label glued to the first paragraph off into the dateline, and keeps the paragraph', () => {
    const result = ingestArticle({
      file: 'archive.txt',
      text: [
        'date 2016-11-21 HEMBRY CROSS -- A lynx that escaped from a wildlife park has been recaptured, police said.',
        '',
        'Published: 22 November 2016 The keepers said it was unharmed.',
        '',
        'Updated November 23, 2016 at 9:40 p.m.',
        '',
        '10 November 2016 was the day it escaped.',
      ].join('\n'),
    });
    if (!result.ok) throw new Error(result.error);
    expect(result.value.published).toBe('2016-11-21');
    expect(renderArticle(result.value, { removed: true })).toEqual([
      '(-metadata-) date 2016-11-21',
      'HEMBRY CROSS -- A lynx that escaped from a wildlife park has been recaptured, police said.',
      '(-metadata-) Published: 22 November 2016',
      'The keepers said it was unharmed.',
      // A dateline whole is not split at its time.
      '(-metadata-) Updated November 23, 2016 at 9:40 p.m.',
      // Without a label word a date opening a paragraph is prose.
      '10 November 2016 was the day it escaped.',
    ]);
  });

  it('prefers the manifest and keeps the url', () => {
    const manifest = {
      file: 'harbour.txt',
      source: 'Coastal Times',
      url: 'https://example.org/a',
      published: '2022-02-11T08:00:00Z',
    };
    const result = ingestArticle({ file: 'harbour.txt', text, manifest });
    if (!result.ok) throw new Error(result.error);
    expect([result.value.source, result.value.published, result.value.url]).toEqual([
      'Coastal Times',
      '2022-02-11T08:00:00Z',
      'https://example.org/a',
    ]);
    expect(result.value.origin.source).toBe('manifest');
  });

  it('says null where neither the manifest nor the text knows, and falls back to the first sentence for the title', () => {
    const result = ingestArticle({
      file: 'plain.txt',
      text: 'The harbour reopened on Monday after a week of repairs. Boats were back by noon.\n',
    });
    if (!result.ok) throw new Error(result.error);
    expect(result.value).toMatchObject({
      source: null,
      byline: null,
      published: null,
      title: 'The harbour reopened on Monday after a week of repairs.',
    });
    expect(result.value.origin).toEqual({ source: 'none', title: 'text', byline: 'none', published: 'none' });
  });

  it('takes the first sentence as the engine reads it, without a wire dateline, when there is no headline', () => {
    const title = (text: string): string => {
      const result = ingestArticle({ file: 'wire.txt', text });
      if (!result.ok) throw new Error(result.error);
      return result.value.title;
    };
    expect(
      title(
        'CARVELL, Mass. (WireNews/AP) \u2014 The harbour reopened on Monday after repairs. Boats were back by noon.\n',
      ),
    ).toBe('The harbour reopened on Monday after repairs.');
    expect(title('CARVELL -- Dr. Holt reopened the harbour on Monday. Boats were back by noon.\n')).toBe(
      'Dr. Holt reopened the harbour on Monday.',
    );
  });

  it("drops the outlet's masthead (its name glued to its slogan) above the headline", () => {
    const result = ingestArticle({
      file: 'masthead.txt',
      text: 'The Morning LedgerTruth Before Speed\n\nHarbour reopens after storm\n\nPlaceholder while article actions load\n\nThe harbour reopened on Monday after a week of repairs.',
      manifest: { file: 'masthead.txt', source: 'The Morning Ledger', url: null, published: null },
    });
    if (!result.ok) throw new Error(result.error);
    expect(result.value.title).toBe('Harbour reopens after storm');
    expect(result.value.body).toBe('The harbour reopened on Monday after a week of repairs.');
    expect(result.value.removed.map((r) => r.explanation)).toEqual([
      "the site's masthead",
      'site navigation',
    ]);
    // After a dash, with the day's date, over a text with no headline of its own.
    const dated = ingestArticle({
      file: 'masthead.txt',
      text: [
        '- The Morning Ledger - Tuesday, November 1, 2016',
        'Carvell police sifted through twisted metal in search of the cause of a crash that killed six people early Tuesday in southwest Carvell.',
        'Holt told the Morning Ledger on Tuesday that the inquiry would take months.',
      ].join('\n\n'),
      manifest: { file: 'masthead.txt', source: 'The Morning Ledger', url: null, published: '2016-11-01' },
    });
    if (!dated.ok) throw new Error(dated.error);
    expect(dated.value.title).toMatch(/^Carvell police sifted/);
  });

  it('finds the headline after a byline and dateline that come first', () => {
    const result = ingestArticle({
      file: 'first.txt',
      text: 'By Jane Doe\n10 March 2024\n\nHarbour reopens after storm\n\nThe harbour reopened on Monday after a week of repairs.',
    });
    if (!result.ok) throw new Error(result.error);
    expect([result.value.title, result.value.byline, result.value.published]).toEqual([
      'Harbour reopens after storm',
      'Jane Doe',
      '2024-03-10',
    ]);
    expect(renderArticle(result.value)).toEqual(['The harbour reopened on Monday after a week of repairs.']);
  });

  it('derives the id from the file name only', () => {
    const a = ingestArticle({ file: 'harbour.txt', text });
    const b = ingestArticle({ file: 'harbour.txt', text: `${text}\n\nOne more line.` });
    const c = ingestArticle({ file: 'other.txt', text });
    if (!a.ok || !b.ok || !c.ok) throw new Error('ingest failed');
    expect(a.value.id).toBe(b.value.id);
    expect(a.value.id).not.toBe(c.value.id);
  });
});
