// Small made-up stories, one per discrepancy kind and per "agreement written differently".
import { describe, expect, it } from 'vitest';
import { analyzeStory } from '../../../src/core/analyze-story';
import type { Analysis } from '../../../src/core/model/analysis';
import { makeArticle } from '../engine/make-article';

const OUTLETS = ['Daily Planet', 'Evening Star', null];

/** Analyse one-paragraph articles (one per string) from the outlets above. */
const story = (...texts: string[]): Analysis =>
  analyzeStory(texts.map((t, i) => makeArticle(`s${i}.txt`, [t], OUTLETS[i] ?? null)));

/** Discrepancies as 'kind/severity: summary'. */
const found = (analysis: Analysis): string[] =>
  analysis.discrepancies.map((d) => `${d.kind}/${d.severity}: ${d.summary}`);

describe('discrepancies of each kind', () => {
  it('number: different counts of the same thing', () => {
    expect(
      found(
        story(
          'The mayor held three meetings with union leaders before the strike ended.',
          'The mayor held two meetings with union leaders before the strike ended.',
        ),
      ),
    ).toEqual(['number/high: three meetings (Daily Planet) · two meetings (Evening Star)']);
  });

  it('number: counts of synonymous occasions about the same parties, vague side included', () => {
    expect(
      found(
        story(
          'Governor Alma Reyes held two summits with the union chief Tomas Berg.',
          'Governor Alma Reyes and Tomas Berg met in three meetings that failed to end the dispute.',
          'Reyes and Berg engaged in several rounds of talks.',
        ),
      ),
    ).toEqual([
      'number/high: two summits (Daily Planet) · three meetings (Evening Star) · several rounds (unknown outlet)',
    ]);
  });

  it('date: the same event on different days', () => {
    expect(
      found(
        story(
          'The bridge in Carvell reopened on March 3, 2021 after repairs.',
          'The bridge in Carvell reopened on March 5, 2021 after repairs.',
        ),
      ),
    ).toEqual(['date/medium: March 3, 2021 (Daily Planet) · March 5, 2021 (Evening Star)']);
  });

  it('actor: different agents for the same action', () => {
    expect(
      found(
        story(
          'Local police arrested the suspect near the Harbour Street station.',
          'Federal agents arrested the suspect near the Harbour Street station.',
        ),
      ),
    ).toEqual(['actor/high: Local police (Daily Planet) · Federal agents (Evening Star)']);
  });

  it('quote: the same quote worded differently, with the word diff as explanation', () => {
    const analysis = story(
      '"We will rebuild the school before winter," Mayor Dana Holt said.',
      '"We will rebuild the whole school before the winter," Mayor Dana Holt said.',
    );
    expect(found(analysis)).toEqual([
      'quote/medium: We will rebuild the school before winter (Daily Planet) · We will rebuild the whole school before the winter (Evening Star)',
    ]);
    expect(analysis.discrepancies[0]?.explanation).toBe(
      'we will rebuild the [+whole+] school before [+the+] winter',
    );
  });

  it('quote: only function words changed is low severity', () => {
    expect(
      found(
        story(
          '"He has kept some kind of a correspondence with them," Holt said.',
          '"He has kept some kind of correspondence with them," Holt said.',
        ),
      ),
    ).toEqual([
      'quote/low: He has kept some kind of a correspondence with them (Daily Planet) · He has kept some kind of correspondence with them (Evening Star)',
    ]);
  });

  it('attribution: the same statement told to different outlets', () => {
    expect(
      found(
        story(
          'Dana Holt told the Harbour Gazette that the school would be rebuilt.',
          'Dana Holt told River Radio that the school would be rebuilt.',
        ),
      ),
    ).toEqual([
      'attribution/medium: told the Harbour Gazette (Daily Planet) · told River Radio (Evening Star)',
    ]);
  });

  it('name: a title with a word added or dropped is a low-severity name discrepancy', () => {
    expect(
      found(
        story(
          'The plan is described in her new book, The Long Road Home, published this week.',
          'The plan is described in her new book, Long Road Home, published this week.',
        ),
      ),
    ).toEqual(['name/low: The Long Road Home (Daily Planet) · Long Road Home (Evening Star)']);
  });

  it('name: a different first name with the same surname', () => {
    expect(
      found(
        story(
          'Mayor Dana Holt opened the new library in Carvell on Friday.',
          'Mayor Diana Holt opened the new library in Carvell on Friday.',
        ),
      ),
    ).toEqual(['name/low: Mayor Dana Holt (Daily Planet) · Mayor Diana Holt (Evening Star)']);
  });

  it('spelling: a name spelled two ways is at most a low note', () => {
    expect(
      found(
        story(
          'Mayor Dana Holt opened the new library in Carvell on Friday.',
          'Mayor Dana Hollt opened the new library in Carvell on Friday.',
        ),
      ),
    ).toEqual(['spelling/low: Mayor Dana Holt (Daily Planet) · Mayor Dana Hollt (Evening Star)']);
  });
});

describe('agreements written differently are not discrepancies', () => {
  it.each([
    [
      'hyphen and case conventions of a name',
      'Mayor Dana Holt-Rivera opened the library in Carvell on Friday.',
      'Mayor Dana Holt Rivera opened the library in Carvell on Friday.',
    ],
    [
      'a tally written two ways',
      'The council approved the plan in a 212-to-40 vote on Monday.',
      'The council approved the plan by 212 votes to 40 on Monday.',
    ],
    [
      'a distance in two units',
      'The runners covered 5 km (3 miles) along the river in Dunmore.',
      'The runners covered three miles along the river in Dunmore.',
    ],
    [
      'a dozen and 12',
      'Police in Harwick seized a dozen stolen bicycles from the warehouse.',
      'Police in Harwick seized 12 stolen bicycles from the warehouse.',
    ],
    [
      'half and 50 percent',
      'Half of the voters in Millbrook backed the new library tax.',
      'Fifty percent of the voters in Millbrook backed the new library tax.',
    ],
    [
      'different numbers of different things',
      'Three firefighters were injured in the blaze at the Orton mill.',
      'Two ambulances were sent to the blaze at the Orton mill.',
    ],
    [
      'a quote with different marks and final punctuation',
      '\u201cWe will rebuild the school,\u201d Holt said.',
      "'We will rebuild the school.' Holt said.",
    ],
    [
      'a shorter excerpt of the same quote',
      '"We will rebuild the school before winter comes to the valley," Holt said.',
      '"We will rebuild the school before winter," Holt said.',
    ],
    [
      'the same day written two ways',
      'The bridge in Carvell reopened on March 3, 2021 after repairs.',
      'The bridge in Carvell reopened on 3 March 2021 after repairs.',
    ],
  ])('%s', (_name, a, b) => {
    expect(found(story(a, b))).toEqual([]);
  });
});

describe('discrepancy records', () => {
  const analysis = story(
    'The mayor held three meetings with union leaders before the strike ended.',
    'The mayor held two meetings with union leaders before the strike ended.',
  );
  const d = analysis.discrepancies[0]!;

  it('point their sides at the evidence in each body', () => {
    const body = new Map(analysis.articles.map((a) => [a.id, a.body]));
    expect(d.sides.map((s) => `${body.get(s.articleId)?.slice(s.start, s.end)}=${s.value}`)).toEqual([
      'three meetings=three meetings',
      'two meetings=two meetings',
    ]);
  });

  it('name the group, the claims, a confidence and a content-derived id', () => {
    expect(d.groupId).toBe(analysis.groups[0]?.id);
    expect(d.claimIds).toEqual(analysis.groups[0]?.claimIds);
    expect(d.confidence).toBeGreaterThan(0.5);
    expect(d.confidence).toBeLessThanOrEqual(1);
    expect(
      story(
        'The mayor held three meetings with union leaders before the strike ended.',
        'The mayor held two meetings with union leaders before the strike ended.',
      ).discrepancies[0]?.id,
    ).toBe(d.id);
  });
});
