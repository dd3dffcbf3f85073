// Each boilerplate family on made-up lines (none from the seed story), and prose that must survive.
import { describe, expect, it } from 'vitest';
import { ingestArticle } from '../../../src/core';
import { findAppealBlocks } from '../../../src/core/ingest/appeal-block';
import { matchBoilerplateLine } from '../../../src/core/ingest/boilerplate-rules';
import { contentWords, isTeaser } from '../../../src/core/ingest/teasers';
import { renderArticle } from './render-article';

describe('line families', () => {
  it.each([
    ['Get breaking news notifications from The Morning Ledger', 'notification'],
    ['You can turn off notifications in your settings at any time.', 'notification'],
    ['Sign up for our free politics newsletter', 'subscription'],
    ['Subscribe now', 'subscription'],
    ['The best stories, delivered straight to your inbox every morning.', 'subscription'],
    ['Already a subscriber? Log in', 'subscription'],
    [
      'The Weekly Quill is free to read, but it is not free to produce. Subscribe from £4 a month to support our journalism.',
      'subscription',
    ],
    ['Join today for just $1 a week.', 'subscription'],
    [
      'Support independent music journalism \u2013 become a Weekly Quill member from £3 a month.',
      'subscription',
    ],
    [
      'Support local journalism: subscribe to the Carvell Courier from just £1 for your first month.',
      'subscription',
    ],
    ['Your donation helps keep our newsroom independent.', 'donation'],
    ['Please donate today', 'donation'],
    ['Comments', 'comments'],
    ['No comments', 'comments'],
    ['12 comments', 'comments'],
    ['Join the conversation', 'comments'],
    ['Join lively discussions with other readers and share your view in the comments', 'comments'],
    ['Leave a comment', 'comments'],
    ['Thank you for registering', 'login'],
    ['Please refresh your browser to be logged in', 'login'],
    ['Log in to continue reading', 'login'],
    ['Read Full Article', 'read-more'],
    ['Source: Read Full Article', 'read-more'],
    ['Read more: Harbour town counts the cost of the storm', 'read-more'],
    ['Continue reading', 'read-more'],
    ['Related articles', 'read-more'],
    ['Explore more on these topics', 'read-more'],
    ['Reuse this content', 'share'],
    ['Share', 'share'],
    ['Share Tweet Email', 'share'],
    ['Share this article', 'share'],
    ['Follow us on Instagram', 'share'],
    ['Advertisement', 'advertisement'],
    ['Story continues below advertisement', 'advertisement'],
    ['Skip to main content', 'navigation'],
    ['Skip to main contentSkip to navigation', 'navigation'],
    ['Jump directly to the content', 'navigation'],
    ['1 / 4', 'navigation'],
    ['Select Page', 'navigation'],
    ['Share Adjust Comment Print', 'navigation'],
    ['Loading article content', 'navigation'],
    ['Now Reading:', 'navigation'],
    ['Text size Aa Aa', 'navigation'],
    ['Media ID: 55357060', 'navigation'],
    ['Caption:', 'navigation'],
    ['Image 2 of 12', 'navigation'],
    ['Live scores: Carvell United 0-0 Saxby Town (HT) | Orsley Town 2-1 Fenbridge City (FT)', 'navigation'],
    ['LIVE SCORES: Carvell Utd 0 Saxby 0 (HT) \u2022 Orsley 2 Fenbridge 1 (FT)', 'navigation'],
    ['© 2025 Harbour Gazette. All rights reserved.', 'navigation'],
    ['* * *', 'empty'],
    ['2 hours ago', 'metadata'],
    ['Published 3 days ago', 'metadata'],
    ['Updated: 5 years ago', 'metadata'],
    ['- Published', 'metadata'],
    ['5 min read', 'metadata'],
    ['This article is more than 9 years old', 'metadata'],
    ['newday intv massimo oluseyi comet landing_00004910.jpg', 'metadata'],
    ['GettyImages-1234567.JPG', 'metadata'],
    [
      'I would like to be emailed about offers, event and updates from The Morning Ledger. Read our privacy notice.',
      'subscription',
    ],
    ['Oops.', 'navigation'],
    ['Our website is temporarily unavailable in your location.', 'navigation'],
    ['We are working hard to get it back online.', 'navigation'],
    ['Take part in our poll', 'navigation'],
    ['PRIVACY', 'navigation'],
    ['We may earn a commission from links on this page.', 'advertisement'],
    ['Sign up for our free weekday bulletin.', 'subscription'],
    ['Start the day smarter \u2600\ufe0f Notable deaths in 2022', 'subscription'],
    ['Article content', 'navigation'],
    ['Accessibility links', 'navigation'],
    ['Play Live Radio', 'navigation'],
    ['Edition: English', 'navigation'],
    ['Watch CBS News', 'navigation'],
    ['(View our Privacy Policy)', 'navigation'],
    ['Media playback is unsupported on your device', 'navigation'],
    ['Image source, Getty Images', 'navigation'],
    ['0:00 0:00', 'navigation'],
    ['6:32am Mon 27 February', 'metadata'],
    ['___-____-539771466649042954.thumb_head', 'metadata'],
  ])('%s → %s', (line, reason) => {
    expect(matchBoilerplateLine(line)?.reason).toBe(reason);
  });

  it.each([
    'The mayor said residents would be asked to comment on the plan before the council votes next month.',
    'She declined to comment.',
    'He urged followers to subscribe to the conspiracy newsletter he ran from his garage, investigators said in court papers filed on Monday.',
    'Donations to the flood fund reached £2m by Friday.',
    'The minister shared the letter with reporters.',
    'Read the statement in full, the judge told the jury.',
    'The file was saved as report.pdf. It showed nothing.',
    'He posted a picture called sunset.jpg on his blog.',
    'Supporters gathered outside the court.',
    'Members who join from £4 a month will get free entry, the club said.',
    'The museum is free to visit.',
    'Scores of fans ran onto the pitch.',
    'The website was unavailable for six hours on Monday, the council said.',
    'Engineers worked hard to get the line back online before the morning rush.',
    'Watch the video of the rescue below.',
    'Watch out for falling rocks, the council warned.',
    'The edition sold out by noon.',
    'The train left at 6:32am on Monday, 27 February.',
  ])('keeps prose: %s', (line) => {
    expect(matchBoilerplateLine(line)).toBeNull();
  });
});

describe('support appeal blocks', () => {
  const appeal = [
    'Your support keeps us going',
    'We send reporters to places others ignore, and our journalism stays free to read for everyone.',
    'We have no paywall because we believe readers should not have to pay to know what is happening.',
    'Your contribution makes that possible.',
  ];

  it('removes the whole appeal, from opener to closer, as a donation plea', () => {
    const text = [
      'Harbour reopens after storm',
      '',
      'The harbour reopened on Monday after a week of repairs.',
      '',
      ...appeal.flatMap((p) => [p, '']),
      'Fishing boats returned to the quay by noon.',
    ].join('\n');
    const result = ingestArticle({ file: 'harbour.txt', text });
    if (!result.ok) throw new Error(result.error);
    expect(renderArticle(result.value, { removed: true })).toEqual([
      'The harbour reopened on Monday after a week of repairs.',
      ...appeal.map((p) => `(-donation-) ${p}`),
      'Fishing boats returned to the quay by noon.',
    ]);
  });

  it('does not grow into neighbouring prose that merely quotes "we"', () => {
    const texts = [
      '“We will support the fishermen,” the minister said.',
      ...appeal,
      'The quay was busy again by noon.',
    ];
    const flags = texts.map((t) => /^your (support|contribution)/i.test(t));
    expect([...findAppealBlocks(texts, flags)].sort()).toEqual([1, 2, 3, 4]);
  });
});

describe('topic links', () => {
  it('removes the short labels after a topic heading, up to the next paragraph', () => {
    const text = [
      'Harbour reopens after storm',
      'The harbour reopened on Monday after a week of repairs.',
      'Related Topics',
      'Storms',
      'Fishing industry',
      'Boats were back by noon.',
    ].join('\n');
    const result = ingestArticle({ file: 'tags.txt', text });
    if (!result.ok) throw new Error(result.error);
    expect(renderArticle(result.value, { removed: true })).toEqual([
      'The harbour reopened on Monday after a week of repairs.',
      '(-read-more-) Related Topics',
      '(-navigation-) Storms',
      '(-navigation-) Fishing industry',
      'Boats were back by noon.',
    ]);
  });
});

describe('bulleted teasers', () => {
  const article = contentWords(
    'The harbour reopened on Monday after a week of repairs. Fishing boats returned to the quay, and the harbour master said storm damage was worse than feared.',
  );

  it('removes a bullet headline about something else', () => {
    expect(isTeaser('• Celebrity chef reveals secret to perfect roast potatoes', article)).toBe(true);
  });

  it('keeps a bullet that summarises the story', () => {
    expect(isTeaser('• Fishing boats returned to the harbour after storm repairs', article)).toBe(false);
  });

  it('keeps a bulleted sentence of a list', () => {
    expect(isTeaser('• Celebrity chefs, bakers and brewers will attend.', article)).toBe(false);
  });
});
