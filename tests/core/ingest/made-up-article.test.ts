// A whole made-up scraped page (no word of the seed story): every furniture family around a short report,
// saved with CRLF and a BOM. The rendering shows what stays, what is a caption, and what was removed where.
import { describe, expect, it } from 'vitest';
import { ingestArticle } from '../../../src/core';
import { renderArticle } from './render-article';

const page = [
  'Skip to main content',
  'Sign up for our free morning briefing',
  'Bridge to close for three months as repairs begin',
  'By Ana Lima and Tom Reyes',
  'Updated 9:05 am GMT, Mon March 3, 2025',
  'Share',
  'The old river bridge will close to all traffic on Monday for repairs expected to last three months, the council said.',
  'Engineers inspect the bridge supports last week (Photo: Council handout)',
  'Advertisement',
  'Drivers will be sent on a 12-mile detour, and a ferry will run every 20 minutes during the day.',
  '• Celebrity chef opens a third restaurant in the capital',
  '“We know this is hard for everyone,” the council leader said.',
  'The bridge opened in 1932',
  'Read more: How the city paid for its last bridge',
  'Your donation helps us keep reporting on local news.',
  '© 2025 River Valley Post',
  '12 comments',
].join('\r\n\r\n');

describe('a made-up scraped page', () => {
  const result = ingestArticle({ file: 'bridge.txt', text: `\uFEFF${page}` });
  if (!result.ok) throw new Error(result.error);
  const article = result.value;

  it('keeps the report, marks the captions and shows each removed piece where it stood', () => {
    expect(renderArticle(article, { removed: true })).toEqual([
      '(-navigation-) Skip to main content',
      '(-subscription-) Sign up for our free morning briefing',
      '(-metadata-) By Ana Lima and Tom Reyes',
      '(-metadata-) Updated 9:05 am GMT, Mon March 3, 2025',
      '(-share-) Share',
      'The old river bridge will close to all traffic on Monday for repairs expected to last three months, the council said.',
      '[caption] Engineers inspect the bridge supports last week (Photo: Council handout)',
      '(-advertisement-) Advertisement',
      'Drivers will be sent on a 12-mile detour, and a ferry will run every 20 minutes during the day.',
      '(-teaser-) • Celebrity chef opens a third restaurant in the capital',
      '“We know this is hard for everyone,” the council leader said.',
      '[caption] The bridge opened in 1932',
      '(-read-more-) Read more: How the city paid for its last bridge',
      '(-donation-) Your donation helps us keep reporting on local news.',
      '(-navigation-) © 2025 River Valley Post',
      '(-comments-) 12 comments',
    ]);
  });

  it('reads the metadata from the text', () => {
    expect({
      source: article.source,
      title: article.title,
      byline: article.byline,
      published: article.published,
    }).toEqual({
      source: 'River Valley Post',
      title: 'Bridge to close for three months as repairs begin',
      byline: 'Ana Lima and Tom Reyes',
      published: '2025-03-03T09:05:00Z',
    });
  });
});
