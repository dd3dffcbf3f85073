// Captions on made-up text: lines without closing punctuation, and punctuated lines that describe a picture.
import { describe, expect, it } from 'vitest';
import { ingestArticle } from '../../../src/core';
import { isCaption } from '../../../src/core/ingest/classify-caption';
import { renderArticle } from './render-article';

describe('isCaption', () => {
  it.each([
    'Firefighters at the scene of the warehouse blaze on Sunday',
    'The mayor, pictured with council staff at the opening of the new library',
    'Rescue teams search the rubble. This picture taken on March 3 shows the collapsed school',
    'Crowds gathered outside the stadium (Getty Images)',
    'A flooded street in the old town. (AP Photo/Jane Doe)',
    'Photo: The harbour at dawn.',
    'The new bridge, shown here shortly after it opened in May.',
    'Harbour master: ‘We were lucky’',
    'Image caption, Boats at the quay on Monday.',
    'media captionDana Holt looks back at the life of the poet.',
  ])('caption: %s', (text) => {
    expect(isCaption(text)).toBe(true);
  });

  it.each([
    'The council voted to close the bridge.',
    'Yes.',
    '“We were lucky,” the harbour master said.',
    'She was pictured leaving the court on Tuesday.',
    'The inquiry will hear from three witnesses:',
    'Repairs will cost more than expected,',
    'Will the bridge reopen before winter?',
  ])('text: %s', (text) => {
    expect(isCaption(text)).toBe(false);
  });
});

describe('captions in an article', () => {
  it('marks captions in the flow and leaves short punctuated paragraphs as text', () => {
    const text = [
      'Storm closes harbour for a week',
      'The harbour closed on Monday after the storm damaged the quay.',
      'Waves breaking over the harbour wall on Sunday night',
      'No one was hurt.',
      'The harbour master said repairs would start at once.',
      'Repair crews at work on the quay (file photo)',
    ].join('\n');
    const result = ingestArticle({ file: 'storm.txt', text });
    if (!result.ok) throw new Error(result.error);
    expect(result.value.title).toBe('Storm closes harbour for a week');
    expect(renderArticle(result.value)).toEqual([
      'The harbour closed on Monday after the storm damaged the quay.',
      '[caption] Waves breaking over the harbour wall on Sunday night',
      'No one was hurt.',
      'The harbour master said repairs would start at once.',
      '[caption] Repair crews at work on the quay (file photo)',
    ]);
  });

  it('keeps a caption the page prints twice once', () => {
    const text = [
      'Storm closes harbour for a week',
      'The harbour closed on Monday after the storm damaged the quay.',
      'Waves breaking over the harbour wall on Sunday night',
      'Waves breaking over the harbour wall on Sunday night',
      'The harbour master said repairs would start at once.',
    ].join('\n\n');
    const result = ingestArticle({ file: 'storm.txt', text });
    if (!result.ok) throw new Error(result.error);
    expect(renderArticle(result.value)).toEqual([
      'The harbour closed on Monday after the storm damaged the quay.',
      '[caption] Waves breaking over the harbour wall on Sunday night',
      'The harbour master said repairs would start at once.',
    ]);
  });

  it('reads a name over a picture credit ("Dana Holt" / "AFP/Getty") as a caption, not the byline', () => {
    const text = [
      'Dana Holt guilty of harbour fraud',
      'Dana Holt',
      'AFP/Getty',
      'Dana Holt has been found guilty of defrauding the Carvell harbour trust.',
    ].join('\n');
    const result = ingestArticle({ file: 'fraud.txt', text });
    if (!result.ok) throw new Error(result.error);
    expect(result.value.byline).toBeNull();
    expect(renderArticle(result.value)).toEqual([
      '[caption] Dana Holt',
      '[caption] AFP/Getty',
      'Dana Holt has been found guilty of defrauding the Carvell harbour trust.',
    ]);
    // A byline over a story's first paragraph stays a byline.
    const plain = ingestArticle({ file: 'fraud.txt', text: text.replace('\nAFP/Getty', '') });
    if (!plain.ok) throw new Error(plain.error);
    expect(plain.value.byline).toBe('Dana Holt');
  });

  it('reads the line over a picture credit with its button ("Reuters Zoom") as a caption anywhere', () => {
    const text = [
      'Dana Holt guilty of harbour fraud',
      'Dana Holt was found guilty on Monday of defrauding the Carvell harbour trust',
      'Dana Holt',
      'Reuters Zoom',
      'The trial lasted eight weeks and the jury deliberated for two days',
    ].join('\n');
    const result = ingestArticle({ file: 'fraud.txt', text });
    if (!result.ok) throw new Error(result.error);
    expect(renderArticle(result.value)).toEqual([
      'Dana Holt was found guilty on Monday of defrauding the Carvell harbour trust',
      '[caption] Dana Holt',
      'The trial lasted eight weeks and the jury deliberated for two days',
    ]);
  });

  it('does not call every paragraph a caption when the text drops final full stops throughout', () => {
    const text = [
      'Storm closes harbour',
      'The harbour closed on Monday after the storm damaged the quay',
      'No one was hurt, the harbour master said',
      'Waves over the harbour wall on Sunday night (Getty Images)',
      'Repairs will start at once and take a week',
    ].join('\n');
    const result = ingestArticle({ file: 'storm.txt', text });
    if (!result.ok) throw new Error(result.error);
    expect(renderArticle(result.value)).toEqual([
      'The harbour closed on Monday after the storm damaged the quay',
      'No one was hurt, the harbour master said',
      '[caption] Waves over the harbour wall on Sunday night (Getty Images)',
      'Repairs will start at once and take a week',
    ]);
  });
});

describe('the standfirst', () => {
  const ingest = (text: string): string[] => {
    const result = ingestArticle({ file: 'x.txt', text });
    if (!result.ok) throw new Error(result.error);
    return renderArticle(result.value);
  };

  it('is the unpunctuated line right under the headline, not a caption', () => {
    expect(
      ingest(
        'Harbour bridge to close for a year\n\nRepairs will start in the spring after an inspection found cracks\n\n' +
          'The council voted on Tuesday to close the bridge. Ferries will run every hour.\n\n' +
          'The old bridge seen from the quay on Monday\n\nRepairs will cost more than expected.',
      ),
    ).toEqual([
      '[standfirst] Repairs will start in the spring after an inspection found cracks',
      'The council voted on Tuesday to close the bridge. Ferries will run every hour.',
      '[caption] The old bridge seen from the quay on Monday',
      'Repairs will cost more than expected.',
    ]);
  });

  it('stays a caption when the line under the headline describes a picture', () => {
    expect(
      ingest(
        'Harbour bridge to close for a year\n\nThis picture taken on Monday shows the cracked pier\n\n' +
          'The council voted on Tuesday to close the bridge. Ferries will run every hour.',
      )[0],
    ).toBe('[caption] This picture taken on Monday shows the cracked pier');
  });

  it('reads a credited picture at the top of a page without a headline as a caption, not the title', () => {
    const result = ingestArticle({
      file: 'quake.txt',
      text:
        'Map shows the epicentre of the 7.8 magnitude earthquake.\u2014Courtesy CarvellGIS\n\n' +
        'KARACHI: A major earthquake struck a region near the border on Tuesday, killing 34 people.\n\n' +
        'Several hundred houses were also reported to have collapsed.',
    });
    if (!result.ok) throw new Error(result.error);
    expect(renderArticle(result.value)[0]).toBe(
      '[caption] Map shows the epicentre of the 7.8 magnitude earthquake.\u2014Courtesy CarvellGIS',
    );
    expect(result.value.title).toBe(
      'KARACHI: A major earthquake struck a region near the border on Tuesday, killing 34 people.',
    );
  });
});
