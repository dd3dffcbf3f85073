// Small made-up stories, one per discrepancy kind and per "agreement written differently".
import { describe, expect, it } from 'vitest';
import { analyzeStory } from '../../../src/core/analyze-story';
import { compareAges } from '../../../src/core/detect/compare-ages';
import { compareAttributions } from '../../../src/core/detect/compare-attributions';
import { soundex, soundKey } from '../../../src/core/text/name-spelling';
import { findNameMentions } from '../../../src/core/text/names';
import { usSpelling } from '../../../src/core/detect/quote-diff';
import { compareDates } from '../../../src/core/detect/compare-dates';
import { compareEventCounts } from '../../../src/core/detect/compare-event-counts';
import { compareEventDates } from '../../../src/core/detect/compare-event-dates';
import { compareFirstActors, compareFirstReports } from '../../../src/core/detect/compare-first-reports';
import { compareQuantities } from '../../../src/core/detect/compare-quantities';
import { compareQuotes } from '../../../src/core/detect/compare-quotes';
import { claimFeatureCounts } from '../../../src/core/align/claim-features';
import { weightVectors } from '../../../src/core/align/weight-vectors';
import type { Analysis, Discrepancy } from '../../../src/core/model/analysis';
import { withoutCoveredSpellings, withoutRepeats } from '../../../src/core/detect/detect-discrepancies';
import { Components, makeDiscrepancy } from '../../../src/core/detect/context';
import { outletLabels } from '../../../src/core/model/outlet-labels';
import { makeArticle } from '../engine/make-article';
import { ungroupedContext } from './ungrouped-context';

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

  it('number: people named for their country are counted ("1,200 Britons"), not "the 2 Sisters factory" or "In 2019 Americans"', () => {
    const numbers = (...texts: string[]): string[] =>
      found(story(...texts)).filter((d) => d.startsWith('number'));
    expect(
      numbers(
        'The collapse of the Carvell tour firm left 1,200 Britons stranded abroad on Monday.',
        'The collapse of the Carvell tour firm left 1,600 Britons stranded abroad on Monday.',
      ),
    ).toEqual(['number/high: 1,200 Britons (Daily Planet) · 1,600 Britons (Evening Star)']);
    expect(
      numbers(
        'In 2019 Americans booked the Carvell tour firm more than ever, and 300 staff were hired.',
        'In 2018 Americans booked the Carvell tour firm more than ever, and 300 staff were hired.',
      ),
    ).toEqual([]);
  });

  it('summaries never name two sources alike: several unknown outlets are told apart by their files', () => {
    const analysis = analyzeStory([
      makeArticle('dawn.txt', ['The mayor held three meetings with union leaders before the strike ended.']),
      makeArticle('wire.txt', ['The mayor held two meetings with union leaders before the strike ended.']),
      makeArticle(
        'post.txt',
        ['The mayor held two meetings with union leaders before the strike ended.'],
        'Daily Planet',
      ),
    ]);
    expect(found(analysis)).toEqual([
      'number/high: three meetings (unknown outlet (dawn.txt)) · two meetings (unknown outlet (wire.txt), Daily Planet)',
    ]);
    expect(
      outletLabels([
        { id: 'a', source: null, file: 'a.txt' },
        { id: 'b', source: 'Reuters', file: 'b.txt' },
      ]),
    ).toEqual(
      new Map([
        ['a', 'unknown outlet'],
        ['b', 'Reuters'],
      ]),
    );
  });

  it('number: ages of different people are not one age ("the 19-year-old leader" / "the 28-year-old officer")', () => {
    expect(
      found(
        story(
          'Tom Reyland, the 19-year-old leader of the gang, and two others were jailed at Carvell Crown Court on Friday for the death of the officer.',
          'The three men, who denied knowing the 28-year-old officer was on the roof of their car, were jailed at Carvell Crown Court on Friday.',
        ),
      ).filter((d) => d.startsWith('number')),
    ).toEqual([]);
    // "The 42-year-old political leader" is not "4-year-old Neve", her daughter.
    expect(
      found(
        story(
          'The 42-year-old political leader joined the Carvell Labour Party when she was 18, according to her biography.',
          'Holt said she had no plans beyond seeing 4-year-old Neve start school, after joining the Carvell Labour Party at 18.',
        ),
      ).filter((d) => d.startsWith('number')),
    ).toEqual([]);
    // One person said two ages, with or without the noun, still is.
    expect(
      found(
        story(
          'A 34-year-old man from Dunstall was arrested on suspicion of arson on the Carvell moor on Sunday.',
          'The 36-year-old was arrested on suspicion of arson on the Carvell moor on Sunday.',
        ),
      ).filter((d) => d.startsWith('number')),
    ).toEqual(['number/high: 34-year-old (Daily Planet) · 36-year-old (Evening Star)']);
    // An age before a named person is that person's: two teachers are two ages.
    expect(
      found(
        story(
          'The crash killed 29-year-old teacher Stephenie Tait in Carvell on Monday.',
          'The crash killed 51-year-old teacher Erin McQuade in Carvell on Monday.',
        ),
      ).filter((d) => d.startsWith('number')),
    ).toEqual([]);
    expect(
      found(
        story(
          'The crash killed 29-year-old teacher Stephenie Tait in Carvell on Monday.',
          'The crash killed 31-year-old teacher Stephenie Tait in Carvell on Monday.',
        ),
      ).filter((d) => d.startsWith('number')),
    ).toHaveLength(1);
  });

  it('number: parts of a sum paid in cash or shares are not the sum ("$4 billion in cash" / "$19 billion")', () => {
    const numbers = (...texts: string[]) => found(story(...texts)).filter((d) => d.startsWith('number'));
    expect(
      numbers(
        'Orvel has agreed to buy Tallow for $19 billion, the company said in Carvell.',
        'Orvel will pay $4 billion in cash and $12 billion in shares for Tallow, the company said in Carvell.',
        'Orvel will pay 4 billion dollars in cash and about 12 billion dollars worth of its shares for Tallow, the company said in Carvell.',
      ),
    ).toEqual([]);
    // Parts in one form are still compared with each other.
    expect(
      numbers(
        'Orvel will pay $4 billion in cash and $12 billion in shares for Tallow, the company said in Carvell.',
        'Orvel will pay $5 billion in cash and $12 billion in shares for Tallow, the company said in Carvell.',
      ),
    ).toHaveLength(1);
  });

  it('number: a count every source gives once is one figure of the story, wherever it stands', () => {
    const numbers = (...texts: string[]) => found(story(...texts)).filter((d) => d.startsWith('number'));
    const other = 'Orvel, founded in 1961, has struggled since the pandemic.';
    expect(
      numbers(
        'Orvel will close 57 stores across Carvell by the end of March, the company said on Monday.',
        'Unions said the decision was a betrayal of loyal staff. Shoppers reacted with dismay after the retailer confirmed that 67 stores would shut.',
        other,
      ),
    ).toEqual(['number/high: 57 stores (Daily Planet) · 67 stores (Evening Star)']);
    // Not when a source counts that thing twice, when the counts are far apart, or below three.
    expect(
      numbers(
        'Orvel will close 57 stores across Carvell by the end of March, the company said on Monday.',
        'Unions said the decision was a betrayal of loyal staff. Shoppers reacted with dismay after the retailer confirmed that 167 stores would shut.',
        other,
      ),
    ).toEqual([]);
    expect(
      numbers(
        'One person was hurt when a wall fell in Carvell on Monday, the council said.',
        'Unions said the decision was a betrayal of loyal staff. Shoppers reported that two people were seen running from the Carvell store.',
        other,
      ),
    ).toEqual([]);
  });

  it('number: spans joined to one noun compare across units ("an eight-day trial" / "a two-week trial")', () => {
    expect(
      found(
        story(
          'The jury cleared Dorian Vale after an eight-day trial at Carvell Crown Court on Friday.',
          'The jury cleared Dorian Vale after a two-week trial at Carvell Crown Court on Friday.',
        ),
      ),
    ).toEqual(['number/high: eight-day (Daily Planet) · two-week (Evening Star)']);
    // "almost four months" is not three months; "-long" changes nothing.
    expect(
      found(
        story(
          'The jury found Dorian Vale guilty in January after a three-month trial.',
          'The jury found Dorian Vale guilty in January, following an almost four-month-long trial.',
        ),
      ),
    ).toEqual(['number/high: three-month (Daily Planet) · four-month-long (Evening Star)']);
  });

  it('number: spans of time of different things are not compared ("20 years of my life" / "a four-year deal")', () => {
    expect(
      found(
        story(
          'Reyland said he was sad to leave Carvell Rovers after nearly 20 years of his life at the club, and signed with Harbour City.',
          'Reyland signed a four-year deal with Harbour City after leaving Carvell Rovers.',
        ),
      ).filter((d) => d.startsWith('number')),
    ).toEqual([]);
    // Spans of one thing said two ways still are.
    expect(
      found(
        story(
          'Reyland signed a five-year contract with Harbour City after leaving Carvell Rovers.',
          'Reyland signed a four-year deal with Harbour City after leaving Carvell Rovers.',
        ),
      ).filter((d) => d.startsWith('number')),
    ).toHaveLength(1);
  });

  it('date: two dates a third source gives together date two events ("debuted in 1992 and retired in 2007")', () => {
    const dates = (...texts: string[]): string[] =>
      found(story(...texts)).filter((d) => d.startsWith('date'));
    expect(
      dates(
        'Carvell spin bowler Dana Holt made her Test debut for Carvell in 1992 and took 708 wickets.',
        'Carvell spin bowler Dana Holt retired from Test cricket for Carvell in 2007 after 708 wickets.',
        'Carvell spin bowler Dana Holt debuted for Carvell in 1992 and retired from Test cricket in 2007 with 708 wickets.',
      ),
    ).toEqual([]);
    expect(
      dates(
        'Carvell spin bowler Dana Holt made her Test debut for Carvell in 1992 and took 708 wickets.',
        'Carvell spin bowler Dana Holt made her Test debut for Carvell in 1993 and took 708 wickets.',
      ),
    ).toHaveLength(1);
  });

  it('date: the time help was called is compared with other calls, not with the event', () => {
    const dates = (...texts: string[]): string[] =>
      found(story(...texts)).filter((d) => d.startsWith('date'));
    expect(
      dates(
        'Fire chief Dana Holt said police received a 911 call at 9:01 a.m. reporting a gas leak at 16 Goshen Street in Carvell.',
        'Officials said the explosion at 16 Goshen Street in Carvell happened at 9:24 a.m. after a gas leak.',
      ),
    ).toEqual([]);
    expect(
      dates(
        'The walkers from Carvell raised the alarm at about 4pm on Saturday after one of them hurt her ankle near the summit.',
        'The walkers from Carvell raised the alarm at around 16:00 on Sunday after one of them hurt her ankle near the summit.',
      ),
    ).toHaveLength(1);
  });

  it('date: a date in a clause set off about a person ("X, who bit him on Tuesday, will …") dates what that person did', () => {
    const dates = (first: string, second: string): string[] =>
      found(story(first, second)).filter((d) => d.startsWith('date'));
    expect(
      dates(
        'Dana Holt was banned for nine matches by the Carvell FA on Thursday after biting a defender.',
        'Dana Holt, who bit a defender in the Carvell derby on Tuesday, was banned for nine matches by the Carvell FA.',
      ),
    ).toEqual([]);
    expect(
      dates(
        'Dana Holt was banned for nine matches by the Carvell FA on Thursday after biting a defender.',
        'Dana Holt was banned for nine matches by the Carvell FA on Tuesday after biting a defender.',
      ),
    ).toHaveLength(1);
  });

  it('date: the caption of an archive picture ("FILE: … on 15 June") dates an earlier occasion', () => {
    const dates = (caption: string): string[] =>
      found(
        analyzeStory([
          makeArticle(
            'a.txt',
            [{ caption: 'The runner leaves the High Court in Carvell on July 6, 2016.' }],
            'Daily Planet',
          ),
          makeArticle('b.txt', [{ caption }], 'Evening Star'),
        ]),
      ).filter((d) => d.startsWith('date'));
    expect(dates('FILE: The runner at the High Court in Carvell on 15 June 2016.')).toEqual([]);
    expect(dates('The runner at the High Court in Carvell on 15 June 2016.')).toHaveLength(1);
  });

  it('date: a caption dates its picture, and is compared with other captions only, not with the event', () => {
    const dates = found(
      analyzeStory([
        makeArticle(
          'a.txt',
          ['Carvell will pay tribute on Thursday to the firefighters who saved the cathedral from the fire.'],
          'Daily Planet',
        ),
        makeArticle(
          'b.txt',
          [
            {
              caption:
                'The president paid tribute to the firefighters who saved Carvell cathedral on Monday.',
            },
            'The fire at the cathedral was put out after nine hours.',
          ],
          'Evening Star',
        ),
        makeArticle(
          'c.txt',
          ['Carvell paid tribute on Thursday to the firefighters who saved the cathedral from the fire.'],
          null,
        ),
      ]),
    ).filter((d) => d.startsWith('date'));
    expect(dates).toEqual([]);
  });

  it('date: when something was said at a news conference is compared with other statements, not with the event', () => {
    const dates = (...texts: string[]): string[] =>
      found(story(...texts)).filter((d) => d.startsWith('date'));
    expect(
      dates(
        'The singer was found dead at his estate in Carvell on Thursday, Sheriff Dana Holt said.',
        'The singer died at his estate in Carvell, Sheriff Dana Holt said at a news conference on Friday.',
      ),
    ).toEqual([]);
    expect(
      dates(
        'The thieves entered the Carvell museum at 4:58 a.m., Sheriff Dana Holt said.',
        'The thieves broke into the Carvell museum, Sheriff Dana Holt said at a news conference held around 1 p.m.',
      ),
    ).toEqual([]);
    expect(
      dates(
        'Sheriff Dana Holt said at a news conference on Friday that the singer died at his estate in Carvell.',
        'Sheriff Dana Holt said at a news conference on Saturday that the singer died at his estate in Carvell.',
      ),
    ).toHaveLength(1);
  });

  it('date: the day a reporting verb gives ("the board confirmed Wednesday") is when it was said, not the day of the event', () => {
    const dates = (...texts: string[]): string[] =>
      found(story(...texts)).filter((d) => d.startsWith('date'));
    expect(
      dates(
        'The train that crashed outside Carvell on Tuesday night was travelling at 106 mph, twice the limit on that bend.',
        'The train that derailed outside Carvell was travelling at 106 mph, twice the limit on that bend, the safety board confirmed Wednesday.',
        'The train that derailed outside Carvell was travelling at 106 mph, twice the limit on that bend, the safety board announced on Wednesday.',
      ),
    ).toEqual([]);
    // Two sources dating the saying still disagree, in either word order.
    expect(
      dates(
        'The Carvell safety board on Wednesday announced that the train was travelling at 106 mph on the bend.',
        'The Carvell safety board said Thursday that the train was travelling at 106 mph on the bend.',
      ),
    ).toHaveLength(1);
    // A statement on the day of the event does not make another source's date of the event agree.
    expect(
      dates(
        'The Carvell council voted 27-23 on Wednesday to close the library, sending the plan to the mayor.',
        'The mayor said Wednesday she will sign the plan to close the Carvell library after the council voted 27-23.',
        'The plan to close the Carvell library is headed to the mayor after the council voted 27-23 on Tuesday.',
      ),
    ).toHaveLength(1);
  });

  it('date: a wire report\'s dateline ("Jan 14 (Reuters) - …") dates the report, not the event', () => {
    const dates = (...texts: string[]): string[] =>
      found(story(...texts)).filter((d) => d.startsWith('date'));
    expect(
      dates(
        'Jan 14 (Reuters) - Holt Optics agreed to the Carvell Systems offer of $70 a share.',
        'Carvell Systems offered to acquire Holt Optics for $70 a share back in July 2019.',
      ),
    ).toEqual([]);
    expect(
      dates(
        'Holt Optics agreed on Jan 14 to the Carvell Systems offer of $70 a share.',
        'Holt Optics agreed in July 2019 to the Carvell Systems offer of $70 a share.',
      ),
    ).toHaveLength(1);
    // A place before the date, the wire after it, in a parenthesis with the wire, or a colon.
    for (const dateline of [
      'Carvell City, Dec. 9 (Holt Press)--Holt Optics agreed to the Carvell Systems offer of $70 a share on Saturday.',
      'Carvell City, (HPA - Holt Press Agency - 10th Dec, 2019) Holt Optics agreed to the Carvell Systems offer of $70 a share on Saturday.',
      'Carvell City, December 10, 2019 (HPA):Holt Optics agreed to the Carvell Systems offer of $70 a share on Saturday.',
    ])
      expect(
        dates(
          dateline,
          'Holt Optics agreed on Saturday, Dec. 8, 2019, to the Carvell Systems offer of $70 a share.',
        ),
      ).toEqual([]);
  });

  it('date: the day a figure rose to a new value ("the toll has increased to 118 on Tuesday") is not the day of the event', () => {
    const dates = (...texts: string[]): string[] =>
      found(story(...texts)).filter((d) => d.startsWith('date'));
    expect(
      dates(
        'A magnitude-6.2 earthquake jolted a remote region of Carvell just before midnight on Monday, killing at least 118 people.',
        'The death toll from a powerful earthquake that jolted Carvell has increased to 118 on Tuesday, authorities said.',
      ),
    ).toEqual([]);
    expect(
      dates(
        'A magnitude-6.2 earthquake jolted a remote region of Carvell just before midnight on Monday, killing at least 118 people.',
        'A magnitude-6.2 earthquake jolted a remote region of Carvell late on Sunday, killing at least 118 people.',
      ),
    ).toHaveLength(1);
  });

  it('date: the days of an illness\'s course ("fell ill on September 24", "admitted on Sunday, Sept. 28") are days of two stages', () => {
    const dates = (...texts: string[]): string[] =>
      found(story(...texts)).filter((d) => d.startsWith('date'));
    expect(
      dates(
        'The patient was later admitted to Carvell Presbyterian Hospital on Sunday, Sept. 28, and put under isolation.',
        'He fell ill on September 24 and sought medical care at Carvell Presbyterian Hospital on September 26.',
      ),
    ).toEqual([]);
    expect(
      dates(
        'The patient was later admitted to Carvell Presbyterian Hospital on Sunday, Sept. 28, and put under isolation.',
        'The patient was admitted to Carvell Presbyterian Hospital on September 26 and put under isolation.',
      ),
    ).toHaveLength(1);
  });

  it('date: the dates of two stages of a court case ("found guilty on Monday" / "jailed on Friday") do not disagree', () => {
    const dates = (...texts: string[]): string[] =>
      found(story(...texts)).filter((d) => d.startsWith('date'));
    expect(
      dates(
        'Publicist Dana Holt was jailed for eight years in Carvell on Friday for indecent assault.',
        'Publicist Dana Holt, found guilty on Monday of indecent assault, was given eight years in Carvell.',
      ),
    ).toEqual([]);
    // One stage dated two ways is in dispute, and so is a stage against a date with none.
    expect(
      dates(
        'Publicist Dana Holt was jailed for eight years in Carvell on Friday for indecent assault.',
        'Publicist Dana Holt was jailed for eight years in Carvell on Thursday for indecent assault.',
      ),
    ).toHaveLength(1);
  });

  it('date: the times of two places in a series ("the first result" / "the final result") do not disagree', () => {
    const dates = (...texts: string[]): string[] =>
      found(story(...texts)).filter((d) => d.startsWith('date'));
    expect(
      dates(
        'The first result of the Carvell referendum count came in at around 1.15pm, with 60 per cent voting Yes.',
        'The final result of the Carvell referendum count, announced at 6.20pm, showed 66 per cent voting Yes.',
      ),
    ).toEqual([]);
    expect(
      dates(
        'The final result of the Carvell referendum count came in at around 1.15pm, with 66 per cent voting Yes.',
        'The final result of the Carvell referendum count, announced at 6.20pm, showed 66 per cent voting Yes.',
      ),
    ).toHaveLength(1);
  });

  it('number: a span of time used as an offset ("one year previously") or a record ("an 11-year low") is no duration', () => {
    const numbers = (...texts: string[]): string[] =>
      found(story(...texts)).filter((d) => d.startsWith('number'));
    expect(
      numbers(
        'In August, Carvell Foods shares hit an 11-year low after the firm cut its profit forecast.',
        'Carvell Foods cut its profit forecast in August from the estimate it had given one year previously.',
      ),
    ).toEqual([]);
    expect(
      numbers(
        'In August, Carvell Foods shares hit an 11-year low after the firm cut its profit forecast.',
        'In August, Carvell Foods shares hit a 12-year low after the firm cut its profit forecast.',
      ),
    ).toHaveLength(1);
  });

  it('number: a round span of time written as a word ("in fifty years") is a precise one rounded', () => {
    const numbers = (...texts: string[]): string[] =>
      found(story(...texts)).filter((d) => d.startsWith('number'));
    expect(
      numbers(
        'The Carvell marathon saw the biggest improvement on the world record for 51 years.',
        'The Carvell marathon brought an improvement on the world record not seen in fifty years.',
      ),
    ).toEqual([]);
    // Written in digits it is the figure itself.
    expect(
      numbers(
        'The Carvell marathon saw the biggest improvement on the world record for 51 years.',
        'The Carvell marathon brought an improvement on the world record not seen in 50 years.',
      ),
    ).toHaveLength(1);
  });

  it('number: ages in sentences about a woman and about a man are the ages of two people', () => {
    const numbers = (...texts: string[]): string[] =>
      found(story(...texts)).filter((d) => d.startsWith('number'));
    const his =
      'The 33-year-old Kenyan ran two hours and one minute in Carvell, successfully defending his title.';
    expect(
      numbers(
        'The 35-year-old Kenyan, who has won twice before in Carvell, said she felt confident going into the race.',
        his,
      ),
    ).toEqual([]);
    expect(
      numbers(
        'The 35-year-old Kenyan ran two hours and one minute in Carvell, successfully defending his title.',
        his,
      ),
    ).toHaveLength(1);
  });

  it('date: a birth year is compared with other birth years, not with the year of what the person did', () => {
    const dates = (...texts: string[]): string[] =>
      found(story(...texts)).filter((d) => d.startsWith('date'));
    expect(
      dates(
        'The poet Dana Holt was born in 1939 in Carvell and has died at the age of 74.',
        'The poet Dana Holt won the Carvell Prize in 1995 and has died at the age of 74.',
      ),
    ).toEqual([]);
    expect(
      dates(
        'The poet Dana Holt was born in 1939 in Carvell and has died at the age of 74.',
        'The poet Dana Holt was born in 1940 in Carvell and has died at the age of 74.',
      ),
    ).toHaveLength(1);
  });

  it('number: a count joined to its noun before another noun is set only against counts of that noun', () => {
    const numbers = (...texts: string[]): string[] =>
      found(story(...texts)).filter((d) => d.startsWith('number'));
    expect(
      numbers(
        'A coach carrying 33 people collided with a four-wheel drive on the Carvell highway on Sunday.',
        'Police were called to a collision between two vehicles on the Carvell highway on Sunday.',
      ),
    ).toEqual([]);
    expect(
      numbers(
        'Police are investigating a three-vehicle crash on the Carvell highway on Sunday.',
        'Police were called to a collision between two vehicles on the Carvell highway on Sunday.',
      ),
    ).toHaveLength(1);
  });

  it('number: counts over different sets are different counts ("86 goals in 89 games" / "23 goals in 19 appearances")', () => {
    const numbers = (...texts: string[]): string[] =>
      found(story(...texts)).filter((d) => d.startsWith('number'));
    expect(
      numbers(
        'Reyland scored 86 goals in 89 games for Carvell Rovers.',
        'Reyland has scored 23 goals in 19 European appearances for Carvell Rovers.',
      ),
    ).toEqual([]);
    expect(
      numbers(
        'Reyland scored 86 goals in 89 games for Carvell Rovers.',
        'Reyland scored 68 goals in 89 games for Carvell Rovers.',
      ),
    ).toHaveLength(1);
  });

  it('number: distances from different places are different distances', () => {
    const numbers = (...texts: string[]): string[] =>
      found(story(...texts)).filter((d) => d.startsWith('number'));
    expect(
      numbers(
        'The epicentre of the Carvell quake was about 200 km (125 miles) south-east of Zahedan.',
        'The epicentre of the Carvell quake was 53 miles from the Iranian city of Khash.',
        'The epicentre of the Carvell quake was near Zahedan, 125 miles away.',
      ),
    ).toEqual([]);
    expect(
      numbers(
        'The epicentre of the Carvell quake was 53 miles from Khash.',
        'The epicentre of the Carvell quake was 50 miles from Khash.',
      ),
    ).toHaveLength(1);
  });

  it('number: percentages of different things are not compared ("interest rates to 1.25%" / "inflation will hit 11%")', () => {
    const numbers = (...texts: string[]): string[] =>
      found(story(...texts)).filter((d) => d.startsWith('number'));
    expect(
      numbers(
        'The Bank of Carvell raised interest rates to 1.25% on Thursday.',
        'The Bank of Carvell raised interest rates on Thursday and warned that inflation would exceed 11 per cent.',
      ),
    ).toEqual([]);
    expect(
      numbers(
        'The Bank of Carvell raised interest rates to 1.25% on Thursday.',
        'The Bank of Carvell raised interest rates to 1.5% on Thursday.',
      ),
    ).toHaveLength(1);
  });

  it('number: areas and weights of different things are not compared, and areas are not lengths', () => {
    const numbers = (...texts: string[]): string[] =>
      found(story(...texts)).filter((d) => d.startsWith('number'));
    expect(
      numbers(
        'The blast over Carvell broke an estimated 100,000 square metres of glass, officials said.',
        'The blast over Carvell caused about 600 square metres (6,000 square feet) of a roof to collapse, officials said.',
      ),
    ).toEqual([]);
    expect(
      numbers(
        'The blast over Carvell broke an estimated 100,000 square metres of glass, officials said.',
        'The blast over Carvell broke an estimated 20,000 square metres of glass, officials said.',
      ),
    ).toHaveLength(1);
    // One area in two units agrees: 600 m² is 6,458 sq ft.
    expect(
      numbers(
        'The blast over Carvell caused 600 square metres of the roof to collapse.',
        'The blast over Carvell caused 6,458 square feet of the roof to collapse.',
      ),
    ).toEqual([]);
  });

  it('number: the percentage a change starts from is compared only with other starting points ("from 1% to 1.25%")', () => {
    const numbers = (...texts: string[]): string[] =>
      found(story(...texts)).filter((d) => d.startsWith('number'));
    expect(
      numbers(
        'The Bank of Carvell has raised interest rates to 1.25% from 1% on Thursday.',
        'The Bank of Carvell has raised interest rates to 1.25% on Thursday, though three members wanted rates of 1.5%.',
      ),
    ).toEqual([]);
    expect(
      numbers(
        'The Bank of Carvell has raised interest rates from 1% to 1.25% on Thursday.',
        'The Bank of Carvell has raised interest rates from 0.75% to 1.25% on Thursday.',
      ),
    ).toHaveLength(1);
  });

  it('number: a vote tally written two ways', () => {
    expect(
      found(
        story(
          'The Carvell harbour board voted 5-2 on Thursday to close the old ferry terminal.',
          'The Carvell harbour board decided by six votes to one on Thursday to close the old ferry terminal.',
        ),
      ).filter((d) => d.startsWith('number')),
    ).toEqual(['number/high: 5-2 vote (Daily Planet) · six votes to one (Evening Star)']);
  });

  it('number: each source gives a value the other does not, beside one they share', () => {
    const numbers = (...texts: string[]): string[] =>
      found(story(...texts)).filter((d) => d.startsWith('number'));
    expect(
      numbers(
        "Annual inflation in Carvell eased to 2.1% in October, just above the harbour bank's 2% target.",
        "Annual inflation in Carvell rose 2.4 per cent in October, close to the harbour bank's 2 per cent target.",
      ),
    ).toEqual(['number/high: 2.1% (Daily Planet) · 2.4 per cent (Evening Star)']);
    // A source that only gives more values (all of the other's among them) does not disagree.
    expect(
      numbers(
        "Annual inflation in Carvell eased to 2.1% in October, just above the harbour bank's 2% target.",
        'Annual inflation in Carvell eased to 2.1 per cent in October, above the 2 per cent target and down from 3%.',
      ),
    ).toEqual([]);
  });

  it('number: a whole number and a decimal that rounds to it are one figure ("6 percent" / "6.2 percent")', () => {
    const numbers = (...texts: string[]): string[] =>
      found(story(...texts)).filter((d) => d.startsWith('number'));
    expect(
      numbers(
        'Shares of Carvell Holdings, which owns the airline, fell 6 percent in Wednesday trading.',
        'Carvell Holdings, which owns the airline, saw its shares slide 6.2 percent on Wednesday.',
      ),
    ).toEqual([]);
    // Further apart than rounding explains.
    expect(
      numbers(
        'Shares of Carvell Holdings, which owns the airline, fell 6 percent in Wednesday trading.',
        'Carvell Holdings, which owns the airline, saw its shares slide 6.4 percent on Wednesday.',
      ),
    ).toEqual(['number/high: 6 percent (Daily Planet) · 6.4 percent (Evening Star)']);
    // Beside a real dispute, a figure rounded by one source is no evidence of it.
    expect(
      numbers(
        'Holt won 55.7% of the vote in the Carvell runoff to 44.3% for Reyland, official results showed.',
        'Holt won 58.1% of the vote in the Carvell runoff to 44% for Reyland, official results showed.',
      ),
    ).toEqual(['number/high: 55.7% (Daily Planet) · 58.1% (Evening Star)']);
    // How far the count had gone ("with 97.6% of votes tallied") is no share of the vote.
    expect(
      numbers(
        'With 97.6% of votes tallied in the Carvell runoff, Holt had 55.8% and Reyland 44.2%.',
        'Holt had nearly 56% of the vote in the Carvell runoff to 44% for Reyland, with almost 90% of votes counted.',
      ),
    ).toEqual([]);
  });

  it('number: a round figure is a precise one rounded ("500-year-old" / "528-year-old"), not one far off', () => {
    const numbers = (...texts: string[]): string[] =>
      found(story(...texts)).filter((d) => d.startsWith('number'));
    expect(
      numbers(
        'The 528-year-old skeleton found under a council car park is that of the lost king, archaeologists said.',
        'The 500-year-old skeleton found under a council car park is that of the lost king, archaeologists said.',
      ),
    ).toEqual([]);
    // Rounded to the hundred it would be 600: a different figure.
    expect(
      numbers(
        'The 560-year-old skeleton found under a council car park is that of the lost king, archaeologists said.',
        'The 500-year-old skeleton found under a council car park is that of the lost king, archaeologists said.',
      ),
    ).toEqual(['number/high: 560-year-old (Daily Planet) · 500-year-old (Evening Star)']);
    // A figure that is not round is compared as written.
    expect(
      numbers(
        'The 528-year-old skeleton found under a council car park is that of the lost king, archaeologists said.',
        'The 520-year-old skeleton found under a council car park is that of the lost king, archaeologists said.',
      ),
    ).toEqual(['number/high: 528-year-old (Daily Planet) · 520-year-old (Evening Star)']);
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

  it('date: what is put off until a date happens on it', () => {
    expect(
      found(
        story(
          'Judge Ann Berg remanded Dana Holt in custody in Carvell and said she would be sentenced on 20 November.',
          'Judge Ann Berg adjourned sentencing until 27 November and remanded Dana Holt in custody in Carvell.',
        ),
      ).filter((d) => d.startsWith('date')),
    ).toEqual(['date/medium: 20 November (Daily Planet) · 27 November (Evening Star)']);
  });

  it('date: "until late Friday" bounds a wait, as "until Friday" does; it does not date the event', () => {
    const dates = (...texts: string[]): string[] =>
      found(story(...texts)).filter((d) => d.startsWith('date'));
    expect(
      dates(
        'Power was restored late Thursday to millions of customers across the Carvell region, the utility said.',
        'Utility officials warned that power across the Carvell region may not be restored until late Friday.',
      ),
    ).toEqual([]);
    expect(
      dates(
        'Power was restored late Thursday to millions of customers across the Carvell region, the utility said.',
        'Power was restored late Friday to millions of customers across the Carvell region, the utility said.',
      ),
    ).toHaveLength(1);
  });

  it('date: a date one source gives as a bound and another as an event is not in dispute', () => {
    expect(
      found(
        story(
          'The regulator ordered Carvell Coaches to stop running buses from midnight on 23 June.',
          'In a decision dated 9 June, the regulator revoked the licence of Carvell Coaches with effect from 23 June.',
        ),
      ).filter((d) => d.startsWith('date')),
    ).toEqual([]);
    expect(
      found(
        story(
          'The regulator ordered Carvell Coaches to stop running buses from midnight on 23 June.',
          'The regulator ordered Carvell Coaches to stop running buses from midnight on 30 June.',
        ),
      ).filter((d) => d.startsWith('date')),
    ).toEqual(['date/medium: 23 June (Daily Planet) · 30 June (Evening Star)']);
  });

  it('date: "into Monday morning" ends a span as "until Sunday afternoon" does; "into Monday\'s landing" does not', () => {
    const dates = (...texts: string[]): string[] =>
      found(story(...texts)).filter((d) => d.startsWith('date'));
    expect(
      dates(
        'Carvell firefighters remained at the pier until Sunday afternoon, damping down hotspots.',
        'Carvell firefighters stayed at the pier into Monday morning, damping down hotspots.',
      ),
    ).toEqual(['date/medium: Sunday (Daily Planet) · Monday (Evening Star)']);
    expect(
      dates(
        'The Carvell board opened an inquiry into the emergency landing on Tuesday evening.',
        "The Carvell board opened an inquiry into Monday evening's emergency landing.",
      ),
    ).toEqual(['date/medium: Tuesday (Daily Planet) · Monday (Evening Star)']);
  });

  it('date: a deadline rules out a later date of the event, not an earlier one', () => {
    const dates = (...texts: string[]): string[] =>
      found(story(...texts)).filter((d) => d.startsWith('date'));
    expect(
      dates(
        'The Carvell exam board said corrected grades will reach schools by 11 September.',
        'The Carvell exam board said schools will receive the corrected grades on 14 September.',
      ),
    ).toEqual(['date/medium: 11 September (Daily Planet) · 14 September (Evening Star)']);
    expect(
      dates(
        'The Carvell exam board said corrected grades will reach schools by 11 September.',
        'The Carvell exam board said schools will receive the corrected grades on 9 September.',
      ),
    ).toEqual([]);
  });

  it('date: one event at different times of day, loosely given', () => {
    expect(
      found(
        story(
          'A passenger train derailed near Carvell at 8.05am on Thursday.',
          'A passenger train derailed near Carvell shortly before 9am on Thursday.',
          'A passenger train derailed near Carvell just after 8am on Thursday.',
        ),
      ),
    ).toEqual([
      'date/medium: 8.05am (Daily Planet) · shortly before 9am (Evening Star) · just after 8am (unknown outlet)',
    ]);
  });

  it('date: a bound is compared with the same kind of bound, never with the date of an event', () => {
    const dates = (...texts: string[]): string[] =>
      found(story(...texts)).filter((d) => d.startsWith('date'));
    expect(
      dates(
        "It was the harbour board's first rate cut since March 2020, the board said on Thursday.",
        "It was the harbour board's first rate cut since January 2021, the board said on Thursday.",
      ),
    ).toEqual(['date/medium: March 2020 (Daily Planet) · January 2021 (Evening Star)']);
    expect(
      dates(
        'The runner Dana Holt was provisionally suspended in March and has not raced since.',
        'The runner Dana Holt was provisionally suspended and cannot race before March 2030.',
      ),
    ).toEqual([]);
  });

  it('actor: loosely related verbs are one action only when done to one thing', () => {
    const actors = (...texts: string[]): string[] =>
      found(story(...texts)).filter((d) => d.startsWith('actor'));
    // "rule" and "vow" are 0.62 related in WordNet, but a ruling and a vow are not one action.
    expect(
      actors(
        'Runner Dana Holt has been banned for four years for doping, an independent tribunal ruled on Thursday.',
        'Runner Dana Holt has vowed to clear her name after she was banned for four years for doping.',
      ),
    ).toEqual([]);
    // "obtain" and "recover" (0.5) done to the boxes: one action by two different agents.
    expect(
      actors(
        'Questions surround the 15 boxes that the Carvell Archive obtained from the harbour office.',
        'Harbour police recovered 15 boxes from the harbour office this week.',
      ),
    ).toEqual(['actor/high: Carvell Archive (Daily Planet) · Harbour police (Evening Star)']);
    // "conduct" and "hire" (0.77): a review conducted by a law firm, lawyers hired by the board.
    expect(
      actors(
        'The plagiarism review, conducted by the law firm Brandt Carvell LLP, was published on Monday.',
        'The plagiarism report by outside lawyers hired by the Carvell Board of Regents was published on Monday.',
      ),
    ).toEqual([]);
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

  it('date: a weekday written with its date agrees with a weekday but disputes none by itself', () => {
    expect(
      found(
        story(
          'Carvell Rovers were fined on Wednesday after fans invaded the pitch during the derby on 14 March.',
          'The derby, played at Carvell Park on Saturday, March 14, ended with fans invading the pitch.',
        ),
      ).filter((d) => d.startsWith('date')),
    ).toEqual([]);
    expect(
      found(
        story(
          'Fans invaded the pitch at Carvell Park on Wednesday.',
          'Fans invaded the pitch at Carvell Park on Saturday.',
        ),
      ).filter((d) => d.startsWith('date')),
    ).toHaveLength(1);
  });

  it('attribution: one surname spelt two ways is one speaker, not a quote in different mouths', () => {
    expect(
      found(
        story(
          '"He is not asking for special treatment, only for the court to look at those who depend on him," Pettigrew said.',
          '\u201cHe is not asking for special treatment, only for the court to look at those who depend on him,\u201d Mr Pettifer said.',
        ),
      ).filter((d) => d.startsWith('attribution')),
    ).toEqual([]);
    // A short surname one letter apart ("Olson" / "Olsen").
    expect(
      found(
        story(
          '"To you, he was a celebrity. To us, he is a good neighbour," Sheriff Olson said in Carvell.',
          '"To you, he was a celebrity. To us, he is a good neighbour," Sheriff Olsen said in Carvell.',
        ),
      ).filter((d) => !d.startsWith('spelling')),
    ).toEqual([]);
  });

  it('attribution: sources that give different figures made two statements; the figures disagree, not the credit', () => {
    expect(
      found(
        story(
          'The Interior Ministry said 1,200 people had been injured in Carvell, most of them by glass.',
          'Governor Dana Holt said 520 people had been injured in Carvell, most of them by glass.',
        ),
      ).map((d) => d.split(':')[0]),
    ).toEqual(['number/high']);
  });

  it('attribution: a person the story gives a post at a named body speaks for it ("Dana Holt, CEO of Carvell Machines" / "Carvell Machines officials said")', () => {
    const attributions = (...texts: string[]): string[] =>
      found(story(...texts)).filter((d) => d.startsWith('attribution'));
    expect(
      attributions(
        'CEO Dana Holt said on Friday the lander caught a foot in the surface and tipped onto its side. "It is stable," Dana Holt, CEO of Carvell Machines, said.',
        'Carvell Machines officials said that the lander caught a foot in the surface and tipped onto its side, CBS reported.',
      ),
    ).toEqual([]);
    expect(
      attributions(
        'CEO Dana Holt said on Friday the lander caught a foot in the surface and tipped onto its side. "It is stable," Dana Holt, CEO of Carvell Machines, said.',
        'Holt Aerospace officials said that the lander caught a foot in the surface and tipped onto its side, CBS reported.',
      ),
    ).toHaveLength(1);
  });

  it('attribution: a named person the story gives a post speaks for an unnamed body ("the firm says")', () => {
    const credits = (...texts: string[]) => found(story(...texts)).filter((d) => d.startsWith('attribution'));
    expect(
      credits(
        'Managing director Lorna Vickery said the author had died peacefully at home in Carvell.',
        'The firm said the author had died peacefully at home in Carvell.',
        'Ms Vickery said the author had died peacefully at home in Carvell.',
      ),
    ).toEqual([]);
    // Someone the story gives no post (a neighbour) does not speak for the body.
    expect(
      credits(
        'Her neighbour Lorna Vickery said the author had died peacefully at home in Carvell.',
        'The firm said the author had died peacefully at home in Carvell.',
      ),
    ).toHaveLength(1);
  });

  it('attribution: two speakers of two different quotes in one group are two statements, not one put in different mouths', () => {
    const credits = (a: string, b: string): string[] => {
      const ctx = ungroupedContext([a, b], ['Daily Planet', 'Evening Star']);
      // The tails of the two quotes ("…," X said.) grouped together, as real grouping can.
      const tails = ctx.claims.flatMap((c, i) => (/said\.$/.test(c.text) ? [i] : []));
      for (const i of tails) (ctx.groupOf as Map<number, number>).set(i, 0);
      return compareAttributions(ctx, new Components(0), []).map((d) => d.summary);
    };
    expect(
      credits(
        '"The atmosphere at the Carvell final was incredible for him. For me, not so much, but this is what I expected," Dorian Vale said.',
        '"I understood how much everyone wanted to see a Carvell winner, so I hope you enjoyed it. I did my best," Ivo Marsh said.',
      ),
    ).toEqual([]);
    // One utterance credited to two people is still a dispute.
    expect(
      credits(
        '"The atmosphere at the Carvell final was incredible for him. For me, not so much, but this is what I expected," Dorian Vale said.',
        '"The atmosphere at the Carvell final was incredible for him. For me, not so much, but this is what I expected," Ivo Marsh said.',
      ),
    ).toHaveLength(1);
  });

  it('attribution: where two different remarks were made is no dispute, though a third report quotes both', () => {
    const attributions = (...texts: string[]): string[] =>
      found(story(...texts)).filter((d) => d.startsWith('attribution'));
    const both =
      '"We have just been shredded," Dana Holt told the crowd after the sale, adding that "tonight we saw a little piece of genius".';
    // One remark told to a paper, another said at a press conference: each source is right, though
    // a third report quoting both joins them.
    expect(
      attributions(
        'Dana Holt later told the Carvell Courier: "Tonight we saw a little piece of genius."',
        '"We have just been shredded," Dana Holt said at a press conference after the sale.',
        '"We have just been shredded," said Dana Holt, adding that "tonight we saw a little piece of genius".',
      ),
    ).toEqual([]);
    // One remark said to the crowd in one source and at a press conference in another is.
    expect(
      attributions(
        both,
        '"We have just been shredded," Dana Holt said at a press conference after the sale.',
      ),
    ).toEqual([
      'attribution/medium: told the crowd (Daily Planet) \u00b7 said at a press conference (Evening Star)',
    ]);
  });

  it('attribution: a speaker is the source and "according to" the relay ("X spokesperson Y said …, according to Reuters")', () => {
    expect(
      found(
        story(
          'Carvell Council spokesperson Dana Holt said the Mill Road bridge would close on Monday, according to Reuters.',
          'Carvell Council said the Mill Road bridge would close on Monday.',
        ),
      ).filter((d) => d.startsWith('attribution')),
    ).toEqual([]);
  });

  it('attribution: a statement reaches the outlet that reports it, not a third one', () => {
    expect(
      found(
        story(
          'Carvell Haulage said in a statement that it had fitted side sensors to all 40 of its lorries.',
          'Carvell Haulage told the Evening Star that it had fitted side sensors to all 40 of its lorries.',
        ),
      ).filter((d) => d.startsWith('attribution')),
    ).toEqual([]);
    expect(
      found(
        story(
          'Carvell Haulage said in a statement that it had fitted side sensors to all 40 of its lorries.',
          'Carvell Haulage told River Radio that it had fitted side sensors to all 40 of its lorries.',
        ),
      ).filter((d) => d.startsWith('attribution')),
    ).toHaveLength(1);
  });

  it('actor: a passive with an adverb before its participle names the patient ("one wolf was also found dead")', () => {
    expect(
      found(
        story(
          'In Carvell one wolf was also found dead on the farm, leaving just a monkey unaccounted for.',
          'In Carvell the farm owner found a wolf dead on the farm, leaving just a monkey unaccounted for.',
        ),
      ).filter((d) => d.startsWith('actor')),
    ).toEqual([]);
  });

  it('actor: a participle after a count or held "since" a time describes people, it is nothing they did', () => {
    const actors = (...texts: string[]): string[] =>
      found(story(...texts)).filter((d) => d.startsWith('actor'));
    expect(
      actors(
        'A cave-in has killed three rescue workers trying to reach six trapped Carvell miners, officials said.',
        'A collapse inside the Carvell mine killed three rescue workers and cast doubt on whether a rescue mission to find six trapped miners should resume.',
        'The men were tunnelling through rubble in Carvell, trying to reach the six miners trapped since Aug. 6.',
      ),
    ).toEqual([]);
    // An irregular form after a count is a noun: "by one shot" names no shooter.
    expect(
      actors(
        'Dana Holt completed a remarkable comeback to win a 15th Major Championship by one shot at the Carvell Open.',
        'Holt shot a 70 on the final day of the Carvell Open to claim her first title in 14 years.',
      ),
    ).toEqual([]);
    // After an age set off by commas the participle is the person's act.
    expect(
      actors(
        'Firefighters freed a teaching assistant who had been trapped under fallen ceiling boards and timber at the edge of the Carvell hall.',
        'Caretaker Dana Holt, 61, pulled teaching assistant Lorna Birtwhistle free from the rubble in Carvell before the first fire crews arrived.',
      ),
    ).toHaveLength(1);
  });

  it('actor: a thing that only undergoes something ("their mud house collapsed") is no actor', () => {
    expect(
      found(
        story(
          'Three women and two children also died when their mud house collapsed in the Carvell district of Panjgur.',
          'Three women and two children were killed when their mud house collapsed in the district of Panjgur in the Carvell province.',
          'Several hundred houses were also reported to have collapsed in Carvell, raising fears of further casualties in the area.',
        ),
      ).filter((d) => d.startsWith('actor')),
    ).toEqual([]);
    // "a test flight ended in failure" did not halt anything the aviation authority halted.
    expect(
      found(
        story(
          'The Carvell Aviation Administration (CAA) temporarily halted departures at four major Carvell airports for over an hour, as a Holt Starship test flight ended in failure on Thursday.',
          'Videos showed fiery debris shooting across the sky and the CAA briefly halted flights into several Carvell airports on Thursday.',
        ),
      ).filter((d) => d.startsWith('actor')),
    ).toEqual([]);
  });

  it('actor: "the author", "the best-selling writer", "Sir Dorian" and a misspelt surname are the named person', () => {
    expect(
      found(
        story(
          'Author Sir Dorian Quellan wrote for Carvell. The author of more than 70 books died at his home in Carvell.',
          'The best-selling writer died at his home in Carvell with his family around him.',
          'His publisher said Sir Dorian had died at his home in Carvell with his family around him.',
          'Author Sir Dorian Quelan died at his home in Carvell with his family around him.',
        ),
      ).filter((d) => d.startsWith('actor')),
    ).toEqual([]);
  });

  it('actor: a participle after its noun with the clause\'s verb after it ("the two victims identified so far were") names no agent', () => {
    expect(
      found(
        story(
          'The pilot of the Carvell helicopter was identified by police today as Dorian Vale.',
          'According to local reports the two victims identified so far were the Carvell helicopter pilot Dorian Vale and an officer.',
        ),
      ).filter((d) => d.startsWith('actor')),
    ).toEqual([]);
  });

  it('actor: representatives of a named body are that body ("Toys \u2018R\u2019 Us representatives" / "the company")', () => {
    expect(
      found(
        story(
          'Toys \u2018R\u2019 Us representatives declined to comment on the Carvell closures on Thursday.',
          'The company declined to comment on the Carvell closures on Thursday.',
        ),
      ).filter((d) => d.startsWith('actor')),
    ).toEqual([]);
  });

  it('actor: verbs only as related as "seek" / "return" are one action only when done to one thing', () => {
    expect(
      found(
        story(
          'The judge in Carvell gave the runner six years in prison, less than half the term sought by prosecutors.',
          'The convicted runner has returned to the Carvell prison, where he will serve his six years.',
        ),
      ).filter((d) => d.startsWith('actor')),
    ).toEqual([]);
  });

  it('actor: a passive agent after its owner\'s name is the named body, not the owner ("by Carvell\'s Supreme Court")', () => {
    expect(
      found(
        story(
          "The verdict of culpable homicide was changed to murder by Carvell's Supreme Court of Appeal in 2015.",
          'The verdict of culpable homicide was changed to murder by the Supreme Court of Appeal in 2015.',
        ),
      ).filter((d) => d.startsWith('actor')),
    ).toEqual([]);
    expect(
      found(
        story(
          "The verdict of culpable homicide was changed to murder by Carvell's Supreme Court of Appeal in 2015.",
          'The verdict of culpable homicide was changed to murder by the Carvell High Court in 2015.',
        ),
      ).filter((d) => d.startsWith('actor')),
    ).toHaveLength(1);
  });

  it('actor: a named subject with an apposition ("The park\'s head vet, Dr Ines Marwood, sedated …")', () => {
    expect(
      found(
        story(
          "The park's head vet, Dr Ines Marwood, sedated the lynx near the Carvell bypass.",
          'Head keeper Tom Reyes, 52, sedated the lynx near the Carvell bypass.',
        ),
      ),
    ).toEqual(['actor/high: Dr Ines Marwood (Daily Planet) · Tom Reyes (Evening Star)']);
    // "Legendary Carvellian cricketer Dana Holt, known as …, has died": the last name heads the part.
    expect(
      found(
        story(
          'Legendary Carvellian cricketer Dana Holt, known as the greatest bowler of all time, has died aged 52.',
          'Dana Holt has died aged 52 of a suspected heart attack, her management said.',
        ),
      ).filter((d) => d.startsWith('actor')),
    ).toEqual([]);
    // A relative clause is no subject: "which runs …" does not name who agreed.
    expect(
      found(
        story(
          'Kittiwake Travel, which already runs the Carvell school buses, has agreed to run the routes.',
          'Kittiwake Travel, which already runs the Carvell school buses, has agreed to run the routes.',
        ),
      ),
    ).toEqual([]);
    // A possessive names the owner: "Carvell's biggest operator, Kittiwake Travel" is Kittiwake Travel.
    expect(
      found(
        story(
          "Carvell's biggest coach operator, Kittiwake Travel, has agreed to run the school routes from May.",
          'Kittiwake Travel agreed to run the school routes in Carvell from May.',
        ),
      ),
    ).toEqual([]);
    // A second part with a verb of its own is a clause: "Irish" in the first part is no subject.
    expect(
      found(
        story(
          'Viewed by many as the best Irish poet since Yeats, Holt had enjoyed a distinguished career, winning the Carvell prize for literature in 1995.',
          'Carvell Prize winning poet Dana Holt dies aged 74',
        ),
      ),
    ).toEqual([]);
  });

  it('actor: "starting on Nov. 15" says when, and "Science Act funding from …" is a noun, not an act', () => {
    expect(
      found(
        story(
          'Orvel plans to lay off approximately 1,300 employees in Carvell starting on Nov. 15, according to a notice.',
          'Orvel started the year with 23,000 Carvell employees, more than any other business in the state.',
        ),
      ).filter((d) => d.startsWith('actor')),
    ).toEqual([]);
    expect(
      found(
        story(
          'The company has also been a major beneficiary of Growth and Science Act funding from the government, pulling in $8.5 billion.',
          'The company has vowed to expand in the state, winning the promise of state and federal Growth Act funding.',
        ),
      ).filter((d) => d.startsWith('actor')),
    ).toEqual([]);
  });

  it('actor: an abstract object ("urged all-out efforts" / "suspended their efforts") does not make two verbs one action', () => {
    expect(
      found(
        story(
          'President Dana Holt has urged all-out efforts to contain the fire at the Carvell port warehouse.',
          'Firefighters have suspended their efforts at the Carvell port warehouse, citing questions about the fire.',
        ),
      ).filter((d) => d.startsWith('actor')),
    ).toEqual([]);
  });

  it('actor: one thing done to by different people under different verbs ("freed" / "pulled … free")', () => {
    expect(
      found(
        story(
          'Firefighters freed a teaching assistant who had been trapped in the Carvell school hall.',
          'Caretaker Dennis Mould pulled teaching assistant Lorna Birtwhistle free in the Carvell school hall.',
        ),
      ),
    ).toEqual(['actor/high: Firefighters (Daily Planet) · Caretaker Dennis Mould (Evening Star)']);
  });

  it('actor: the two parties of one deal, each source naming both, agree ("X completed his move to Y" / "Y completed the signing of X")', () => {
    expect(
      found(
        story(
          'Tomas Reyland has completed his move from Carvell Rovers to Harbour City.',
          'Harbour City have completed the signing of Tomas Reyland from Carvell Rovers.',
        ),
      ).filter((d) => d.startsWith('actor')),
    ).toEqual([]);
    // One source naming both is not enough: the other says someone else did it.
    expect(
      found(
        story(
          'Harbour City have completed the signing of Tomas Reyland from Carvell Rovers.',
          'Kelby Town have completed the signing of Tomas Reyland from Carvell Rovers.',
        ),
      ).filter((d) => d.startsWith('actor')),
    ).toHaveLength(1);
  });

  it('actor: a body and a thing it used, each sentence naming the other ("launched by an Orbex rocket … under Carvell\'s guidance" / "Carvell launched it on Orbex\'s rocket")', () => {
    const actors = (...texts: string[]): string[] =>
      found(story(...texts)).filter((d) => d.startsWith('actor'));
    expect(
      actors(
        "Lumo, launched by an Orbex rocket in November 2021, made most of its voyage under the guidance of Carvell's flight directors.",
        "Last November, Carvell launched Lumo successfully on Orbex's Falcon 9 rocket from the coast.",
      ),
    ).toEqual([]);
    // A sentence without the other's agent still disagrees.
    expect(
      actors(
        'Lumo, launched by an Orbex rocket in November 2021, made most of its voyage on its own.',
        "Last November, Carvell launched Lumo successfully on Orbex's Falcon 9 rocket from the coast.",
      ),
    ).toHaveLength(1);
  });

  it('actor: a head of state or government acts for the government and the country the post names', () => {
    const actors = (...texts: string[]): string[] =>
      found(story(...texts)).filter((d) => d.startsWith('actor'));
    expect(
      actors(
        'CARVELL - Norway on Tuesday declared three days of mourning over the wildfires that killed 60 people.',
        'Norwegian prime minister Dana Holt has declared three days of mourning over the wildfires that killed 60 people.',
      ),
    ).toEqual([]);
    expect(
      actors(
        'The government declared three days of national mourning on May 14 over the mine disaster.',
        'President Dana Holt declared three days of national mourning on May 14 over the mine disaster.',
      ),
    ).toEqual([]);
    // The police are no government a president acts for.
    expect(
      actors(
        'The police declared three days of national mourning on May 14 over the mine disaster.',
        'President Dana Holt declared three days of national mourning on May 14 over the mine disaster.',
      ),
    ).toHaveLength(1);
  });

  it('actor: a source that also names the agent another source names agrees with it', () => {
    expect(
      found(
        story(
          'The Carvell water company has promised to renew the mains, and engineers promised to renew the mains by May.',
          'The Carvell water company has promised to renew the mains by May.',
        ),
      ).filter((d) => d.startsWith('actor')),
    ).toEqual([]);
  });

  it('actor: a body and the people of its trade are one side ("Crown Prosecution Service" / "Prosecutors")', () => {
    expect(
      found(
        story(
          'The Crown Prosecution Service decided last year that Mr Pruett would not face charges over the Carvell crash.',
          'Prosecutors decided last year that the trucker would not face charges over the Carvell crash.',
        ),
      ).filter((d) => d.startsWith('actor')),
    ).toEqual([]);
  });

  it('actor: "the company" or "the bank" may be the named business of the story', () => {
    expect(
      found(
        story(
          'The tech company has struggled to keep up with its rivals in Carvell, analysts said.',
          'Norchip Systems has struggled to keep up with its rivals in Carvell, analysts said.',
        ),
      ).filter((d) => d.startsWith('actor')),
    ).toEqual([]);
    // Unnamed people of a trade are still another side.
    expect(
      found(
        story(
          'Federal agents arrested the Carvell treasurer at his home on Friday.',
          'Carvell Police arrested the Carvell treasurer at his home on Friday.',
        ),
      ).filter((d) => d.startsWith('actor')),
    ).toHaveLength(1);
  });

  it('actor: a name with a word cut short is one side ("Man City" / "Manchester City")', () => {
    expect(
      found(
        story(
          'Manchester City have officially unveiled Tomas Reyland as their newest signing at the Carvell stadium.',
          'Man City have officially unveiled Tomas Reyland as their new player at the Carvell stadium.',
        ),
      ).filter((d) => d.startsWith('actor')),
    ).toEqual([]);
  });

  it('name: two rivers ("River Calder" / "River Eden") are two features, not one name', () => {
    expect(
      found(
        story(
          'The River Calder burst its banks in Carvell on Sunday after the storm, flooding homes.',
          'The River Eden burst its banks in Carvell on Sunday after the storm, flooding homes.',
        ),
      ).filter((d) => d.startsWith('name')),
    ).toEqual([]);
  });

  it('actor: an unnamed agent is the word another source describes the named one by ("the opposition" / "the opposition CDP"), or people the named one is one of ("prosecutors")', () => {
    const actors = (...texts: string[]): string[] =>
      found(story(...texts)).filter((d) => d.startsWith('actor'));
    expect(
      actors(
        'The impeachment motion against President Holt was introduced by the ruling party and seconded by the opposition.',
        'The impeachment motion against President Holt was introduced by the ruling party and seconded by the opposition CDP.',
      ),
    ).toEqual([]);
    // People of whom the named one is one by their post: a prosecutor is a kind of attorney.
    expect(
      actors(
        'The seven-year sentence is lighter than the 15 years that Assistant US Attorney Jacquelyn Kasulis had sought for Holt.',
        'It is less than half of the 15 years prosecutors were seeking for Holt in the Carvell fraud case.',
      ),
    ).toEqual([]);
    expect(
      actors(
        'The seven-year sentence is lighter than the 15 years that Judge Jacquelyn Kasulis had sought for Holt.',
        'It is less than half of the 15 years prosecutors were seeking for Holt in the Carvell fraud case.',
      ),
    ).toHaveLength(1);
    // Another word is another side.
    expect(
      actors(
        'The impeachment motion against President Holt was introduced by the ruling party and seconded by the army.',
        'The impeachment motion against President Holt was introduced by the ruling party and seconded by the opposition CDP.',
      ),
    ).toHaveLength(1);
  });

  it('actor: an acronym and the name it spells are one side ("the CRA" / "the Carvell Rivers Authority", "CRA bosses")', () => {
    for (const short of ['the CRA', 'CRA bosses'])
      expect(
        found(
          story(
            'The Carvell Rivers Authority closed the towpath at Mill Lane after the flood on Friday.',
            `${short.charAt(0).toUpperCase()}${short.slice(1)} closed the towpath at Mill Lane after the flood on Friday.`,
          ),
        ).filter((d) => d.startsWith('actor')),
      ).toEqual([]);
    // Not when the capitals spell nothing of it.
    expect(
      found(
        story(
          'The Carvell Rivers Authority closed the towpath at Mill Lane after the flood on Friday.',
          'The NPA closed the towpath at Mill Lane after the flood on Friday.',
        ),
      ).filter((d) => d.startsWith('actor')),
    ).toHaveLength(1);
  });

  it('actor: a person and the body named after them, hyphens aside, are one side ("Lars-Erik Holt\'s consortium")', () => {
    expect(
      found(
        story(
          'Carvell Athletic are under new ownership after a consortium led by Norwegian businessman Lars Erik Holt completed its takeover of the club on Friday.',
          "Lars-Erik Holt's Fjordhaven Capital consortium completed its takeover of Carvell Athletic on Friday.",
        ),
      ).filter((d) => d.startsWith('actor')),
    ).toEqual([]);
  });

  it('actor: one action read through its object behind a hyphenated modifier ("a dusk-to-dawn curfew")', () => {
    expect(
      found(
        story(
          'Carvell Mayor Dana Holt imposed a dusk-to-dawn curfew on the island, citing reports of looting.',
          'Carvell County Sheriff Tomas Berg ordered a dusk-to-dawn curfew for the island on Tuesday.',
        ),
      ).filter((d) => d.startsWith('actor')),
    ).toHaveLength(1);
  });

  it('actor: one action read through one exact count of what was done to ("hoisted 27 people" / "rescued 27 residents")', () => {
    const actors = (...texts: string[]): string[] =>
      found(story(...texts)).filter((d) => d.startsWith('actor'));
    expect(
      actors(
        'Coast Guard helicopter crews hoisted 27 people from the roofs of the flooded Carvell apartments.',
        'National Guard soldiers in trucks rescued 27 residents of the flooded Carvell apartments.',
      ),
    ).toHaveLength(1);
    expect(
      actors(
        'Coast Guard helicopter crews hoisted 27 people from the roofs of the flooded Carvell apartments.',
        'National Guard soldiers in trucks rescued 31 residents of the flooded Carvell apartments.',
      ),
    ).toEqual([]);
  });

  it('actor: a name after "a" ("A Harbourline 340") is a thing of that make, not the body that name is', () => {
    expect(
      found(
        story(
          'A Harbourline 340 from Carvell crashed while landing at Saxby airport on Saturday.',
          'An Aerovell Airways flight from Carvell crashed while landing at Saxby airport on Saturday.',
        ),
      ).filter((d) => d.startsWith('actor')),
    ).toEqual([]);
    expect(
      found(
        story(
          'Harbourline Aviation bought the old hangar at Saxby airport on Saturday.',
          'Aerovell Airways bought the old hangar at Saxby airport on Saturday.',
        ),
      ).filter((d) => d.startsWith('actor')),
    ).toHaveLength(1);
  });

  it('actor: a bare word for people at work ("Crews") may be any of them ("Firefighters")', () => {
    expect(
      found(
        story(
          'Firefighters stayed at the Carvell pier until Sunday afternoon, damping down hotspots.',
          'Crews stayed at the Carvell pier until Sunday afternoon, damping down hotspots.',
        ),
      ).filter((d) => d.startsWith('actor')),
    ).toEqual([]);
    expect(
      found(
        story(
          'Firefighters stayed at the Carvell pier until Sunday afternoon, damping down hotspots.',
          'Coastguards stayed at the Carvell pier until Sunday afternoon, damping down hotspots.',
        ),
      ).filter((d) => d.startsWith('actor')),
    ).toHaveLength(1);
    // Any word for a business after related words for its trade.
    expect(
      found(
        story(
          'Flights were cancelled at Carvell and several rail firms urged passengers not to travel on Sunday.',
          'Flights were cancelled at Carvell and train companies urged passengers not to travel on Sunday.',
        ),
      ).filter((d) => d.startsWith('actor')),
    ).toEqual([]);
    // Whoever answered an emergency call, however named.
    expect(
      found(
        story(
          'Emergency workers tried to revive the singer at his Carvell home on Thursday morning.',
          'Medical personnel tried to revive the singer at his Carvell home on Thursday morning.',
          'First responders tried to revive the singer at his Carvell home on Thursday morning.',
        ),
      ).filter((d) => d.startsWith('actor')),
    ).toEqual([]);
  });

  it('actor: the same work named, then any word for its people ("rescue workers" / "rescue operatives"), is one side', () => {
    const actors = (...texts: string[]): string[] =>
      found(story(...texts)).filter((d) => d.startsWith('actor'));
    expect(
      actors(
        'Rescue workers pumped water out of the Carvell cave overnight before the divers went in.',
        'Rescue operatives pumped water out of the Carvell cave overnight before the divers went in.',
      ),
    ).toEqual([]);
    expect(
      actors(
        'Rescue workers pumped water out of the Carvell cave overnight before the divers went in.',
        'Army personnel pumped water out of the Carvell cave overnight before the divers went in.',
      ),
    ).toHaveLength(1);
  });

  it('actor: a body and its members from one root ("jurors" / "a Carvell jury"), unnamed policing or management, and "the American" are no other side', () => {
    const actors = (...texts: string[]): string[] =>
      found(story(...texts)).filter((d) => d.startsWith('actor'));
    expect(
      actors(
        'In the end, the jurors convicted Holt, 37, of one count of conspiracy at the Carvell court.',
        'Holt, 37, was convicted of one count of conspiracy on Monday by a Carvell jury.',
      ),
    ).toEqual([]);
    expect(
      actors(
        'In the end, the jurors convicted Holt, 37, of one count of conspiracy at the Carvell court.',
        'Holt, 37, was convicted of one count of conspiracy on Monday by a Carvell judge.',
      ),
    ).toHaveLength(1);
    expect(
      actors(
        'Law enforcement officers shot and killed nearly 50 wild animals near Carvell on Wednesday.',
        "Sheriff's deputies shot and killed nearly 50 wild animals near Carvell on Wednesday.",
      ),
    ).toEqual([]);
    expect(
      actors(
        'Management locked out the Carvell dock workers on Sunday after a week of slowdowns.',
        'The Harbour Employers Association locked out the Carvell dock workers on Sunday after a week of slowdowns.',
      ),
    ).toEqual([]);
    expect(
      actors(
        'The 22-year-old American crushed her personal record at the Carvell championships.',
        'The 22-year-old Dana Holt crushed her personal record at the Carvell championships.',
      ),
    ).toEqual([]);
  });

  it('actor: a headline\'s passive ("Dana Holt found guilty of fraud", "Man found dead") names no doer', () => {
    const actors = (...texts: string[]): string[] =>
      found(story(...texts)).filter((d) => d.startsWith('actor'));
    expect(
      actors(
        'The Carvell jury also found Holt, 37, not guilty of four charges of fraud against patients.',
        'Dana Holt found guilty of four charges of fraud against patients at Carvell.',
      ),
    ).toEqual([]);
    // An object after the adjective is an act: "found new evidence".
    expect(
      actors(
        'The Carvell police found new evidence of fraud against patients.',
        'Dana Holt found new evidence of fraud against patients at Carvell.',
      ),
    ).toHaveLength(1);
  });

  it('actor: who released a statement is no doer of the story, and "his wife of 30 years" is a wife who may be the named one', () => {
    const actors = (...texts: string[]): string[] =>
      found(story(...texts)).filter((d) => d.startsWith('actor'));
    expect(
      actors(
        'The Carvell star died from complications after heart surgery, according to a statement released by his family.',
        'Dana Holt passed away in Carvell at the age of 61 after heart surgery.',
      ),
    ).toEqual([]);
    expect(
      actors(
        'He is survived by his wife of 30 years, Louise Newbury, and their two children in Carvell.',
        'Holt is survived by his wife Louise Newbury and their two children in Carvell.',
      ),
    ).toEqual([]);
  });

  it('actor: a count in front of the agent says how many, not who ("Two rescue teams" / "Rescue workers")', () => {
    expect(
      found(
        story(
          'Two rescue teams were working underground on Monday, trying to reach the 13 miners trapped in the Carvell mine.',
          'Rescue workers were working underground on Monday, trying to reach the 13 miners trapped in the Carvell mine.',
        ),
      ).filter((d) => d.startsWith('actor')),
    ).toEqual([]);
  });

  it('actor: one kind of agent counted or described more closely by one source ("several Carvellian banks" / "a number of banks")', () => {
    const actors = (...texts: string[]): string[] =>
      found(story(...texts)).filter((d) => d.startsWith('actor'));
    expect(
      actors(
        'Following the Holt outage, Carvpay, a money transfer service used by several Carvellian banks, was affected.',
        'The Holt outage also affected Carvpay, a money transfer service used by a number of banks in Carvell.',
      ),
    ).toEqual([]);
  });

  it('actor: a court rules through the judge the story names ("Judge Dana Holt" … "Holt returned")', () => {
    expect(
      found(
        story(
          'Judge Dana Holt delivered her verdict in Carvell. The court will return for sentencing on October 13.',
          'Judge Dana Holt delivered her verdict in Carvell. Holt returned for sentencing on October 13.',
        ),
      ).filter((d) => d.startsWith('actor')),
    ).toEqual([]);
  });

  it('actor: a headline\'s "sentenced to" names no doer; a court and its judge are one side; "Assistant US attorney" is no name', () => {
    const actors = (...texts: string[]): string[] =>
      found(story(...texts)).filter((d) => d.startsWith('actor'));
    expect(
      actors(
        'Fallen crypto mogul Dana Holt sentenced to 25 years in prison in Carvell for fraud',
        'Carvell judge Lewis Kaplan sentenced Dana Holt to 25 years in prison for fraud.',
      ),
    ).toEqual([]);
    expect(
      actors(
        'A Carvell court ordered the liquidation of the property giant on Monday.',
        'A judge from the High Court of Carvell ordered the liquidation of the property giant on Monday.',
      ),
    ).toEqual([]);
    expect(
      actors(
        'A Carvell court ordered the liquidation of the property giant on Monday.',
        'The Carvell finance minister ordered the liquidation of the property giant on Monday.',
      ),
    ).toHaveLength(1);
    expect(findNameMentions('Assistant US attorney Nicolas Roos said so.').map((n) => n.text)).toEqual([
      'US',
      'Nicolas Roos',
    ]);
  });

  it('actor: how someone looked ("Holt still looked like the winner") is not something done', () => {
    expect(
      found(
        story(
          'On the final bend at the Carvell stadium, Holt still looked like the winner.',
          'On the final bend at the Carvell stadium, Benjamin still looked like the winner.',
        ),
      ).filter((d) => d.startsWith('actor')),
    ).toEqual([]);
  });

  it('actor: an owner before a passive agent ("by the company\'s “Mechazilla” tower") is not the agent', () => {
    expect(
      found(
        story(
          'The reusable Carvell booster was again caught by the company\u2019s \u201cMechazilla\u201d tower.',
          'The Carvell booster made its way back to be caught by the 400-foot-tall Mechazilla tower in its giant arms.',
        ),
      ).filter((d) => d.startsWith('actor')),
    ).toEqual([]);
  });

  it('actor: a body and the person its title names are one side ("Police Department" / "Police Chief Dana Holt")', () => {
    const actors = (...texts: string[]): string[] =>
      found(story(...texts)).filter((d) => d.startsWith('actor'));
    expect(
      actors(
        'Carvell Police Chief Dana Holt on Tuesday fired the officer who punched the handcuffed man.',
        'The Carvell Police Department on Tuesday fired the officer who punched the handcuffed man.',
      ),
    ).toEqual([]);
    expect(
      actors(
        'Carvell Fire Chief Dana Holt on Tuesday fired the officer who punched the handcuffed man.',
        'The Carvell Police Department on Tuesday fired the officer who punched the handcuffed man.',
      ),
    ).toHaveLength(1);
  });

  it('actor: one kind of people qualified by different bodies ("airport staff" / "Carvell Air ground staff")', () => {
    expect(
      found(
        story(
          'Airport staff handed out bottled water and snack vouchers to people in the departure hall.',
          'Carvell Air ground staff handed out bottled water and snack vouchers as the hours ticked by.',
        ),
      ).filter((d) => d.startsWith('actor')),
    ).toEqual(['actor/high: Airport staff (Daily Planet) · Carvell Air ground staff (Evening Star)']);
    expect(
      found(
        story(
          'Staff handed out bottled water and snack vouchers to people in the departure hall.',
          'Airport staff handed out bottled water and snack vouchers as the hours ticked by.',
        ),
      ).filter((d) => d.startsWith('actor')),
    ).toEqual([]);
    expect(
      found(
        story(
          'Every household covered by the notice will receive a £30 credit on its next bill, the company said.',
          'Carvell Water said households would receive a £30 goodwill payment.',
        ),
      ).filter((d) => d.startsWith('actor')),
    ).toEqual([]);
  });

  it('actor: agents linked only through one another that all read the same are no disagreement', () => {
    expect(
      found(
        story(
          'The mask was worn by Kessaran kings at harvest festivals in Halvering.',
          'The mask was worn by the kings of Kessara at the harvest rites in Halvering.',
          'Experts say Kessaran kings wore the mask during harvest celebrations in Halvering.',
        ),
      ).filter((d) => d.startsWith('actor')),
    ).toEqual([]);
  });

  it('actor: one payment given to different named recipients', () => {
    expect(
      found(
        story(
          'The Carvell park has offered to pay farmer Tom Reyes for the dead lambs.',
          'The Carvell park said it would compensate smallholder Dana Holt for the loss of the lambs.',
        ),
      ).filter((d) => d.startsWith('actor')),
    ).toEqual(['actor/medium: Tom Reyes (Daily Planet) · Dana Holt (Evening Star)']);
    expect(
      found(
        story(
          'The Carvell park has offered to pay farmer Tom Reyes for the dead lambs.',
          'The Carvell park said it would compensate Mr Reyes for the loss of the lambs.',
        ),
      ).filter((d) => d.startsWith('actor')),
    ).toEqual([]);
    // Someone named after a verb of giving only when a role noun at most stands between.
    expect(
      found(
        story(
          'The Carvell park has offered to pay for the dead lambs, Tom Reyes said.',
          'The Carvell park said it would pay for the dead lambs, Dana Holt said.',
        ),
      ).filter((d) => d.startsWith('actor')),
    ).toEqual([]);
  });

  it('quote: the same quote worded differently, with the word diff as explanation', () => {
    const analysis = story(
      '"We will rebuild the school before winter," Mayor Dana Holt said.',
      '"We will rebuild the whole school before the winter," Mayor Dana Holt said.',
    );
    expect(found(analysis)).toEqual([
      'quote/medium: …will rebuild the school before winter (Daily Planet) · …will rebuild the whole school before the winter (Evening Star)',
    ]);
    expect(analysis.discrepancies[0]?.explanation).toBe(
      'we will rebuild the [+whole+] school before [+the+] winter',
    );
  });

  it('quote: words added where the other quote begins or ends its sentence are rewording, not an excerpt', () => {
    const quotes = (...texts: string[]): string[] =>
      found(story(...texts)).filter((d) => d.startsWith('quote'));
    expect(
      quotes(
        'Councillor Dana Holt said: "Safety has to come first, and I know this will cause real disruption."',
        'Councillor Dana Holt said: "Public safety has to come first, and I know this will cause real disruption for people."',
      ),
    ).toHaveLength(1);
    // Cut where the sentence goes on, or a clause more: an excerpt.
    expect(
      quotes(
        'Councillor Dana Holt said the closure "will cause real disruption", adding that safety came first.',
        'Councillor Dana Holt said: "I know this will cause real disruption for people in the town."',
      ),
    ).toEqual([]);
    // A fragment that ends the reporter's sentence ends no sentence of the speaker's.
    expect(
      quotes(
        'The Carvell council said the flights home would be arranged "at no extra cost".',
        '"The council has asked the airline to bring the Carvell families home at no extra cost to them," Dana Holt said.',
      ),
    ).toEqual([]);
    expect(
      quotes(
        'Councillor Dana Holt said: "Nobody told us anything until we were wading out at four in the morning."',
        'Councillor Dana Holt said: "The forecast was bad and nobody told us anything until we were wading out at four in the morning."',
      ),
    ).toEqual([]);
    // An opening word set off by a comma, left out: the same sentence, excerpted.
    expect(
      quotes(
        'Chief Inspector Dana Holt said: "However, once the line has been made safe, a full search will be conducted."',
        'Chief Inspector Dana Holt said: "Once the line has been made safe a full search will be conducted."',
      ),
    ).toEqual([]);
    // A conjunction tying the quote to the reporter's sentence, left out: the same sentence, excerpted.
    expect(
      quotes(
        'Dana Holt said the choice may look odd, "but if you look far back, 500 years, you find the same thing."',
        'Dana Holt said: "If you look far back, 500 years, you find the same thing."',
      ),
    ).toEqual([]);
    // A word of its own opening the quote is still rewording.
    expect(
      quotes(
        'Dana Holt said the choice may look odd, "yes if you look far back, 500 years, you find the same thing."',
        'Dana Holt said: "If you look far back, 500 years, you find the same thing."',
      ),
    ).toHaveLength(1);
  });

  it('quote: words one source leaves out where it marks the cut with an ellipsis are not rewording', () => {
    const quotes = (...texts: string[]): string[] =>
      found(story(...texts)).filter((d) => d.startsWith('quote'));
    expect(
      quotes(
        'Carvell council said: "The council must fund the liability that has accrued to date\u2026 but it does not have the resources to do so."',
        'Carvell council said: "The council must fund the liability that has accrued to date (in the region of £650m), but it does not have the resources to do so."',
      ),
    ).toEqual([]);
    // Without the ellipsis the words are missing from the quote.
    expect(
      quotes(
        'Carvell council said: "The council must fund the liability that has accrued to date but it does not have the resources to do so."',
        'Carvell council said: "The council must fund the liability that has accrued to date (in the region of £650m), but it does not have the resources to do so."',
      ),
    ).toHaveLength(1);
  });

  it('quote: words a speaker repeats, transcribed by one source only, are not rewording', () => {
    const quotes = (...texts: string[]): string[] =>
      found(story(...texts)).filter((d) => d.startsWith('quote'));
    expect(
      quotes(
        'Dana Holt said: "He is a great poet - a great poet in the English-speaking tradition."',
        'Dana Holt said: "He is a great poet in the English-speaking tradition."',
      ),
    ).toEqual([]);
    // Words said once in another place are added words.
    expect(
      quotes(
        'Dana Holt said: "He is a great poet - a fine poet in the English-speaking tradition."',
        'Dana Holt said: "He is a great poet in the English-speaking tradition."',
      ),
    ).toHaveLength(1);
  });

  it('quote: a word swapped where both quotes begin or end is rewording ("crucial for …" / "instrumental for …")', () => {
    expect(
      found(
        story(
          'Governor Dana Holt said the measures are "crucial for restoring orderly market conditions and financial stability".',
          'Governor Dana Holt said the move will be "instrumental for restoring orderly market conditions".',
        ),
      ).filter((d) => d.startsWith('quote')),
    ).toEqual([
      'quote/medium: crucial for restoring orderly… (Daily Planet) · instrumental for restoring orderly… (Evening Star)',
    ]);
  });

  it("quote: a determiner fitted to the reporter's sentence, a longer lead-in, or a word cut short by a scraped page end are no rewording", () => {
    const quotes = (...texts: string[]): string[] =>
      found(story(...texts)).filter((d) => d.startsWith('quote'));
    expect(
      quotes(
        'Dana Holt said the vote was "a culmination of a quiet revolution in this country".',
        'Holt said the result represented "the culmination of a quiet revolution", one long in the making.',
      ),
    ).toEqual([]);
    expect(
      quotes(
        '"What we have seen today is a culmination of a quiet revolution in this country," Dana Holt said.',
        'Holt said the result represented "the culmination of a quiet revolution", one long in the making.',
      ),
    ).toEqual([]);
    expect(
      quotes(
        'Dana Holt wrote: "I pray to God for the safety of everyone in the valley tonight."',
        'Dana Holt wrote: "I pray to God for the safety of everyone in the val',
      ),
    ).toEqual([]);
  });

  it('quote: contractions are the same words ("I\'ll" / "I will", "won\'t" / "will not")', () => {
    expect(
      found(
        story(
          '"I\'ll cherish these memories forever and we won\'t forget the fans," Reyland said at the Carvell ground.',
          '"I will cherish these memories forever and we will not forget the fans," Reyland said at the Carvell ground.',
        ),
      ).filter((d) => d.startsWith('quote')),
    ).toEqual([]);
  });

  it('quote: a quote running over two sentences of a paragraph is read in both ("… a celebrity. To us, he was …”")', () => {
    expect(
      found(
        story(
          '“To you, the singer was a celebrity. To us, he’s a community member and a good neighbour,” Sheriff Olson said.',
          'Sheriff Olson spoke on Friday. “To you, the singer was a celebrity. To us, he was a community member and a good neighbour.”',
        ),
      ).filter((d) => d.startsWith('quote')),
    ).toEqual([
      'quote/medium: To us, he’s a community member… (Daily Planet) · To us, he was a community member… (Evening Star)',
    ]);
  });

  it('quote: a shorter excerpt found word for word in the longer quote is no rewording, nor "on stage" / "onstage"', () => {
    expect(
      found(
        story(
          '“I’m not giving up… and I can’t wait to see you again!” the singer added on Friday.',
          '“I want you all to know, I’m not giving up… and I can’t wait to see you again!” the singer added on Friday.',
        ),
      ).filter((d) => d.startsWith('quote')),
    ).toEqual([]);
    expect(
      found(
        story(
          '“We will cancel everything until I am really ready to be back on stage again,” the singer said on Friday.',
          '“We will cancel everything until I am really ready to be back onstage again,” the singer said on Friday.',
        ),
      ).filter((d) => d.startsWith('quote')),
    ).toEqual([]);
  });

  it('quote: an editor\'s bracketed words and "per cent" / "percent" are no rewording', () => {
    expect(
      found(
        story(
          '"It is a proud day and Pep [Guardiola] is one of the best coaches, even when you are 100 per cent fit," Reyland said at Carvell.',
          '"It is a proud day and Pep is one of the best coaches, even when you are 100 percent fit," Reyland said at Carvell.',
        ),
      ).filter((d) => d.startsWith('quote')),
    ).toEqual([]);
  });

  it('quote: British and American spellings ("judgement" / "judgment", "defence" / "defense") and a backtick for a quote mark are no rewording', () => {
    const quotes = (...texts: string[]): string[] =>
      found(story(...texts)).filter((d) => d.startsWith('quote'));
    expect(
      quotes(
        '"The minister has shown a lack of judgement over a period of 12 months on the Carvell defence file," Reyland said.',
        '"The minister has shown a lack of judgment over a period of 12 months on the Carvell defense file," Reyland said.',
      ),
    ).toEqual([]);
    expect(
      quotes(
        'Reyland said, "We received a list of diplomats declared \'persona non grata\' from the Carvell ministry on March 23."',
        'Reyland said, "We received a list of diplomats declared `persona non grata` from the Carvell ministry on March 23."',
      ),
    ).toEqual([]);
    // "St" before a name is "Saint".
    expect(
      quotes(
        '"I am delighted to join Paris Saint-Germain and to play for this great club," Reyland said.',
        '"I am delighted to join Paris St Germain and to play for this great club," Reyland said.',
      ),
    ).toEqual([]);
    // A backtick typed for an apostrophe ("Russia`s") is the apostrophe.
    expect(
      quotes(
        '"This is Carvell\'s latest unhelpful and unproductive step in our bilateral relationship," Reyland said.',
        '"This is Carvell`s latest unhelpful and unproductive step in our bilateral relationship," Reyland said.',
      ),
    ).toEqual([]);
    // Another word is still rewording.
    expect(
      quotes(
        '"The minister has shown a lack of judgement over a period of 12 months on the Carvell defence file," Reyland said.',
        '"The minister has shown a lack of wisdom over a period of 12 months on the Carvell defence file," Reyland said.',
      ),
    ).toHaveLength(1);
    expect(
      ['colour', 'organised', 'centre', 'four', 'hour', 'catalogue', 'programmes', 'vogue'].map(usSpelling),
    ).toEqual(['color', 'organized', 'center', 'four', 'hour', 'catalog', 'programs', 'vogue']);
  });

  it('quote: one quotation over several sentences has its speaker in each ("… There is no turning back. …," Holt said)', () => {
    expect(
      found(
        story(
          '"Today begins the rebuilding of Carvell. The model of decay has come to an end. There is no turning back. Enough of the old ways, today we embrace freedom," Holt said in her victory speech.',
          '"Today begins the rebuilding of Carvell. Today begins the end of its decline," Holt said in her victory speech. "The model of decay has come to an end. There is no way back."',
          '"The model of decay has come to an end. There is no way back," Holt said.',
        ),
      ).filter((d) => d.startsWith('quote')),
    ).toEqual([
      'quote/medium: There is no turning back (Daily Planet) · There is no way back (Evening Star, unknown outlet)',
    ]);
  });

  it('quote: a currency named after a figure is its symbol before it ("4.34 billion euros" / "€4.34 billion")', () => {
    const quotes = (...texts: string[]): string[] =>
      found(story(...texts)).filter((d) => d.startsWith('quote'));
    expect(
      quotes(
        '"Today the Commission has fined Holt 4.34 billion euros for breaching Carvell antitrust rules," the commissioner said.',
        '"Today the Commission has fined Holt \u20ac4.34 billion for breaching Carvell antitrust rules," the commissioner said.',
      ),
    ).toEqual([]);
    expect(
      quotes(
        '"Today the Commission has fined Holt 4.34 billion euros for breaching Carvell antitrust rules," the commissioner said.',
        '"Today the Commission has fined Holt 4.34 billion dollars for breaching Carvell antitrust rules," the commissioner said.',
      ),
    ).toHaveLength(1);
  });

  it('quote: a contraction typed without its apostrophe ("I cant believe") is the same words', () => {
    expect(
      found(
        story(
          '"I cant believe the time, it is so fast and I dont know how," Holt said after the Carvell race.',
          '"I can\'t believe the time, it is so fast and I don\'t know how," Holt said after the Carvell race.',
        ),
      ).filter((d) => d.startsWith('quote')),
    ).toEqual([]);
    // "were" is a word, not "we're" typed short: a passenger's "We were going down" is not the
    // pilot's "… we're going to need to slow down a bit".
    expect(
      found(
        story(
          '"We have a part of the aircraft missing, so we\'re going to need to slow down a bit," the Carvell Air captain, Dana Holt, told controllers.',
          'The Carvell Air jet lost a part of the aircraft. "We were going down," passenger Lee Reyland said.',
        ),
      ).filter((d) => d.startsWith('quote') || d.startsWith('attribution')),
    ).toEqual([]);
  });

  it('quote: two wordings that one source quotes apart are two remarks, not one reworded', () => {
    const quotes = (...texts: string[]): string[] =>
      found(story(...texts)).filter((d) => d.startsWith('quote'));
    expect(
      quotes(
        '"Today begins the reconstruction of Carvell," Holt told supporters. "Today begins the end of Carvell\'s decline," Holt said.',
        'In his victory speech, Holt said: "Today begins the reconstruction of Carvell."',
        '"Today begins the end of Carvell\'s decline," Holt told cheering supporters.',
      ),
    ).toEqual([]);
    expect(
      quotes(
        'In his victory speech, Holt said: "Today begins the reconstruction of Carvell."',
        '"Today begins the end of Carvell\'s decline," Holt told cheering supporters.',
      ),
    ).toHaveLength(1);
  });

  it('quote: a short aside in round brackets and a day written "30th" / "30" are no rewording', () => {
    expect(
      found(
        story(
          '"Thanks go, too, to my family; most notably my fiancee Nadia who chose to support me in my darkest hour," Orrin said.',
          '"Thanks go, too, to my family; most notably my fiancee, Nadia (Kemble), who chose to support me in my darkest hour," Orrin said.',
        ),
      ).filter((d) => d.startsWith('quote')),
    ).toEqual([]);
    expect(
      found(
        story(
          '"In the early hours of 30th May 2011 an incident occurred in Carvell that was to change my life," Orrin said.',
          '"In the early hours of 30 May, 2011, an incident occurred in Carvell that was to change my life," Orrin said.',
        ),
      ).filter((d) => d.startsWith('quote')),
    ).toEqual([]);
    // Words outside brackets still count.
    expect(
      found(
        story(
          '"Thanks go, too, to my family; most notably my fiancee Nadia who chose to support me in my darkest hour," Orrin said.',
          '"Thanks go, too, to my family; most notably my wife Nadia who chose to support me in my darkest hour," Orrin said.',
        ),
      ).filter((d) => d.startsWith('quote')),
    ).toHaveLength(1);
  });

  it('quote: two excerpts joined only through a third quote are not compared with each other', () => {
    expect(
      found(
        story(
          'Reyland said the illness affects "every aspect of my daily life" in Carvell.',
          'Reyland said the illness in Carvell was "not allowing me to use my vocal cords to sing the way I am used to".',
          '"These spasms affect every aspect of my daily life, sometimes not allowing me to use my vocal cords to sing the way I am used to," Reyland said in Carvell.',
        ),
      ).filter((d) => d.startsWith('quote')),
    ).toEqual([]);
  });

  it('quote: one speech cut at different places is one quote, compared where the two overlap', () => {
    expect(
      found(
        story(
          'In a farewell video he said: "It is sad to leave the club I have spent nearly 20 years at, from 11-year-old boy to a 30-year-old man now."',
          '"From an 11-year-old boy to a 30-year-old man now there have been so many great moments and special memories that I will cherish for the rest of my life," Reyland said of Carvell Rovers.',
        ),
      ).filter((d) => d.startsWith('quote')),
    ).toEqual([
      'quote/low: …years at, from 11-year-old… (Daily Planet) · From an 11-year-old… (Evening Star)',
    ]);
    // A part of the speech that reads the same in both is no evidence of the change.
    expect(
      found(
        story(
          'In a farewell video he said: "It is sad to leave the club I have spent nearly 20 years at, from 11-year-old boy to a 30-year-old man now." He added that there were "special memories that I\'ll cherish for the rest of my life".',
          '"From an 11-year-old boy to a 30-year-old man now there have been so many great moments and special memories that I will cherish for the rest of my life," Reyland said of Carvell Rovers.',
        ),
      ).filter((d) => d.startsWith('quote')),
    ).toEqual([
      'quote/low: …years at, from 11-year-old… (Daily Planet) · From an 11-year-old… (Evening Star)',
    ]);
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
      'quote/low: …some kind of a correspondence with them (Daily Planet) · …some kind of correspondence with them (Evening Star)',
    ]);
  });

  it('quote: one speaker quoted more freely in claims that say the same thing', () => {
    const analysis = story(
      '"We will not pay criminals, full stop," Mayor Dana Holt told reporters at the town hall on Friday.',
      '"We are not going to pay criminals," Mayor Dana Holt told reporters at the town hall on Friday.',
    );
    expect(found(analysis).filter((d) => d.startsWith('quote'))).toEqual([
      'quote/medium: We will not pay criminals, full… (Daily Planet) · We are not going to pay criminals (Evening Star)',
    ]);
  });

  it('quote: a statement reworded more freely still, with the speaker after a role', () => {
    const analysis = story(
      '"The safety of our runners has to come first, and conditions on the course had become dangerous," said race director Dana Holt at the Carvell finish.',
      'Race director Ms Holt insisted at the Carvell finish: "Runners\' safety must always come first \u2013 out there it had simply become too dangerous."',
    );
    expect(found(analysis).filter((d) => d.startsWith('quote'))).toHaveLength(1);
  });

  it('quote: a bare surname and the full name are one speaker inside a group', () => {
    const analysis = story(
      '"The staff acted with incredible calm and got every child out within minutes," said headteacher Dana Holt.',
      'Headteacher Mrs Holt said: "Staff acted with remarkable calm and had every child out in a matter of minutes."',
      // A second Holt in the story: "Mrs Holt" is not linked to either full name.
      'Headteacher Ann Holt praised the staff for their calm after the Carvell school roof fell in.',
    );
    expect(found(analysis).filter((d) => d.startsWith('quote'))).toHaveLength(1);
  });

  it('attribution: one quote put in different mouths, but not by a pronoun, a body or a first name', () => {
    const attributions = (...texts: string[]): string[] =>
      found(story(...texts)).filter((d) => d.startsWith('attribution'));
    expect(
      attributions(
        '"It was never ours to keep," Marchetti told reporters at the Carvell museum.',
        'Museum chairman Sir Aubrey Kinnersley admitted at the Carvell museum: "It was never ours to keep."',
      ),
    ).toEqual(['attribution/medium: Marchetti (Daily Planet) · Sir Aubrey Kinnersley (Evening Star)']);
    expect(
      attributions(
        '"It was never ours to keep," she told reporters at the Carvell museum.',
        'Museum chairman Sir Aubrey Kinnersley admitted at the Carvell museum: "It was never ours to keep."',
      ),
    ).toEqual([]);
    expect(
      attributions(
        '"It was never ours to keep," said Colm Ashdown at the Carvell museum.',
        '"It was never ours to keep," said Conor Ashdown at the Carvell museum.',
      ),
    ).toEqual([]);
    expect(
      attributions(
        '"It was never ours to keep," said Carvell\'s museum director, Helena Marchetti.',
        '"It was never ours to keep," said museum director Helena Marchetti in Carvell.',
      ),
    ).toEqual([]);
    // A body named for what its people do speaks for them.
    expect(
      attributions(
        'The Marine Accident Investigation Branch said the ferry was "travelling far faster than permitted".',
        'Investigators said the ferry was "travelling far faster than permitted" when it hit the pier.',
      ),
    ).toEqual([]);
  });

  it('quote: "my" put as "her" by the writer is reported speech, not rewording', () => {
    const quotes = (...texts: string[]): string[] =>
      found(story(...texts)).filter((d) => d.startsWith('quote'));
    expect(
      quotes(
        'Reyland told fans in Carvell: "I have been dealing with problems with my health for a long time."',
        'Reyland told fans in Carvell that she had been "dealing with problems with her health for a long time".',
      ),
    ).toEqual([]);
    // A judge's "your" put as "his": the same.
    expect(
      quotes(
        'The judge told Reyland in Carvell that he had been "laughing and shaking your head at the evidence".',
        'The judge said Reyland had been "laughing and shaking his head" in the dock in Carvell.',
      ),
    ).toEqual([]);
    // "my" against "our" is the speaker's own words changed.
    expect(
      quotes(
        'Reyland told fans in Carvell: "I have been dealing with problems with my health for a long time."',
        'Reyland told fans in Carvell: "I have been dealing with problems with our health for a long time."',
      ),
    ).toHaveLength(1);
  });

  it('quote: a short quote is not one with a longer quote that has its words only scattered', () => {
    expect(
      found(
        story(
          'The Carvell crash was described at the scene: "This is a tragic incident."',
          'Superintendent Dana Holt said of the Carvell crash: "It is a very significant and very tragic incident for the town."',
        ),
      ).filter((d) => d.startsWith('quote')),
    ).toEqual([]);
  });

  it('quote: a short quote is not one with a longer quote that shares only its function words', () => {
    const analysis = story(
      'Chief Constable Robin Hale said police were looking at whether the driver fell asleep, alongside "a number of factors".',
      'An ambulance spokesman said: "We have treated a number of patients at the scene of the crash."',
    );
    expect(found(analysis).filter((d) => d.startsWith('quote'))).toEqual([]);
  });

  it('quote: the same loose overlap from two different speakers is not one quote', () => {
    const analysis = story(
      '"We will not pay criminals, full stop," Mayor Dana Holt told reporters at the town hall on Friday.',
      '"We are not going to pay criminals," police chief Omar Reyes told reporters at the town hall on Friday.',
    );
    expect(found(analysis).filter((d) => d.startsWith('quote'))).toEqual([]);
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

  it('attribution: one quote said in two different settings', () => {
    expect(
      found(
        story(
          '"We acted decisively because waiting would have cost jobs," Governor Dana Holt told a news conference in Carvell.',
          '"We acted decisively because waiting would have cost jobs," Governor Dana Holt told parliament\'s finance committee.',
        ),
      ),
    ).toEqual([
      "attribution/medium: told a news conference (Daily Planet) · told parliament's finance committee (Evening Star)",
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

  it('name: one acronym spelt out with another word is a low-severity name discrepancy; a dropped word, a spelling or a country for its adjective or people is not', () => {
    const names = (...texts: string[]): string[] =>
      found(story(...texts)).filter((d) => d.startsWith('name'));
    expect(
      names(
        'A 16-member team from the Carvell Border Force (CBP) has arrived at the landslide.',
        'The Carvell Border Police (CBP) has sent a 16-member team to the landslide.',
      ),
    ).toEqual(['name/low: Carvell Border Force (Daily Planet) \u00b7 Carvell Border Police (Evening Star)']);
    expect(
      names(
        'The Carvell Environmental Protection Agency (EPA) said the engines cheated the tests.',
        'The Environmental Protection Agency (EPA) said the engines cheated the tests.',
        'The Environmental Protection Agancy (EPA) said the engines cheated the tests.',
      ),
    ).toEqual([]);
    // A country and its people are no spelling of one name ("Argentina" / "Argentines").
    expect(
      found(
        story(
          'On Sunday Argentina won the World Cup final in Doha after extra time.',
          'In Doha on Sunday, Argentina beat France on penalties after extra time.',
          'A Messi penalty had seen the Argentines 2-0 up in the first half in Doha on Sunday.',
        ),
      ).filter((d) => d.startsWith('spelling')),
    ).toEqual([]);
    // A country and its adjective are one word of the name ("Irish" / "Ireland's").
    expect(
      names(
        'The Irish Data Protection Commission (DPC) fined Holt Media on Monday.',
        'Ireland\u2019s Data Protection Commission (DPC) fined Holt Media on Monday.',
      ),
    ).toEqual([]);
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

  it('name: a short surname two letters away is another name, not a spelling', () => {
    expect(
      found(
        story(
          'His deputy, Fiona Grant, will take over as harbour master in May.',
          'He will be succeeded as harbour master in May by his deputy, Fiona Gray.',
        ),
      ),
    ).toEqual(['name/low: Fiona Grant (Daily Planet) · Fiona Gray (Evening Star)']);
  });

  it('name: a long name with a different inner word, even in sentences that are not grouped', () => {
    const names = (a: string, b: string): string[] => found(story(a, b)).filter((d) => d.startsWith('name'));
    expect(
      names(
        'The outbreak began on a ward at Carvell General Hospital in early March.',
        'Visiting hours at Carvell Royal Hospital have been cut to one hour a day.',
      ),
    ).toEqual(['name/low: Carvell General Hospital (Daily Planet) · Carvell Royal Hospital (Evening Star)']);
    // A source that names both means two places.
    expect(
      names(
        'Patients were moved from Carvell General Hospital to Carvell Royal Hospital overnight.',
        'Visiting hours at Carvell Royal Hospital have been cut to one hour a day.',
      ),
    ).toEqual([]);
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
    // Every source's spelling is shown, not only the first one found.
    expect(
      found(
        story(
          'Mayor Dana Holt opened the new library in Carvell on Friday.',
          'Mayor Dana Hollt opened the new library in Carvell on Friday.',
          'Mayor Dana Holt opened the new library in Carvell on Friday morning.',
        ),
      ),
    ).toEqual([
      'spelling/low: Mayor Dana Holt (Daily Planet, unknown outlet) · Mayor Dana Hollt (Evening Star)',
    ]);
  });
});

describe('more discrepancies of each kind', () => {
  it('actor: a passive agent and the same object done by different people', () => {
    expect(
      found(
        story(
          'The scheme will be paid for by the national transport fund, officials in Carvell said.',
          'The regional development agency will pay for the scheme in Carvell, officials said.',
        ),
      ),
    ).toEqual([
      'actor/high: national transport fund (Daily Planet) · regional development agency (Evening Star)',
    ]);
    expect(
      found(
        story(
          'Police have arrested a 34-year-old man at the Orton mill.',
          'Security guards detained a 34-year-old man at the Orton mill.',
        ),
      ),
    ).toEqual(['actor/high: Police (Daily Planet) · Security guards (Evening Star)']);
  });

  it('actor: who asked someone to do something, but not who asked a question', () => {
    expect(
      found(
        story(
          'The port operator has asked the Carvell Conciliation Service to bring the two sides together.',
          'On Monday the union asked the Carvell Conciliation Service to bring the two sides together.',
        ),
      ),
    ).toEqual(['actor/high: port operator (Daily Planet) · union (Evening Star)']);
    expect(
      found(
        story(
          'The port operator asked the Carvell Conciliation Service about the talks.',
          'On Monday the union asked the Carvell Conciliation Service about the talks.',
        ),
      ),
    ).toEqual([]);
  });

  it('actor: "have put up" a thing is doing it to that thing, as "have offered" it is', () => {
    expect(
      found(
        story(
          'Loss adjusters for the Carvell museum have offered a reward of \u00a350,000 for the gold.',
          'The Carvell museum trustees have put up a reward of \u00a350,000 for the gold.',
        ),
      ).filter((d) => d.startsWith('actor')),
    ).toEqual(['actor/high: Loss adjusters (Daily Planet) · Carvell museum trustees (Evening Star)']);
  });

  it('actor: a crewed vehicle acts when it does something to something', () => {
    expect(
      found(
        story(
          'The Carvell lifeboat towed the damaged trawler back to Carvell harbour on Friday night.',
          'The damaged trawler was towed back to Carvell harbour on Friday night by a fishing boat.',
        ),
      ).filter((d) => d.startsWith('actor')),
    ).toEqual(['actor/high: Carvell lifeboat (Daily Planet) · fishing boat (Evening Star)']);
    // A train that derails does nothing to anything: no actor.
    expect(
      found(
        story(
          'The Carvell train derailed on Friday night.',
          'A landslip derailed the Carvell train on Friday night.',
        ),
      ).filter((d) => d.startsWith('actor')),
    ).toEqual([]);
  });

  it('actor: a passive agent after adverbials, but not a means or a time', () => {
    expect(
      found(
        story(
          'The sample was collected at her training base in Carvell on 11 October by testers from the Holt Integrity Board.',
          'The sample was collected at her training base in Carvell on 11 October by officers of the national agency.',
        ),
      ),
    ).toEqual([
      'actor/high: testers from the Holt Integrity Board (Daily Planet) · officers of the national agency (Evening Star)',
    ]);
    expect(
      found(
        story(
          'The sample was collected at her training base in Carvell on 11 October by hand.',
          'The sample was collected at her training base in Carvell on 11 October by officers of the national agency.',
        ),
      ),
    ).toEqual([]);
  });

  it('actor: announcing or confirming is saying, not an action with a doer', () => {
    expect(
      found(
        story(
          'Members backed the Carvell deal by 78 per cent, the union announced on 27 March.',
          "Lecturers' union FALS announced that members had backed the Carvell deal.",
        ),
      ).filter((d) => d.startsWith('actor')),
    ).toEqual([]);
  });

  it('actor: a deadline after "by" is no agent ("marked by 24 April" / "by the end of April")', () => {
    expect(
      found(
        story(
          'Coursework handed in at Carvell during the strike will be marked by 24 April.',
          'Coursework submitted at Carvell during the strike should be marked by the end of April.',
        ),
      ).filter((d) => d.startsWith('actor')),
    ).toEqual([]);
  });

  it('actor: a named person and "the former mayor" may be one person; a council and its councillors one side', () => {
    expect(
      found(
        story(
          'Dana Holt approved the Carvell harbour plan on Monday.',
          'The former mayor approved the Carvell harbour plan on Monday.',
        ),
      ),
    ).toEqual([]);
    expect(
      found(
        story(
          'Carvell city council approved the harbour plan on Monday.',
          'Councillors in Carvell approved the harbour plan on Monday.',
        ),
      ),
    ).toEqual([]);
  });

  it('attribution: different sources credited with the same information', () => {
    expect(
      found(
        story(
          'Trams will run every six minutes at peak times, the council said.',
          'Trams will run every six minutes at peak times, according to the operator, Ellery Metro.',
        ),
      ),
    ).toEqual([
      'attribution/medium: council said (Daily Planet) · according to the operator, Ellery Metro (Evening Star)',
    ]);
  });

  it('attribution: a statement credited to different named sources at the start of the sentence', () => {
    expect(
      found(
        story(
          'Carvell Police said the three walkers had been well equipped for the ridge.',
          'Team leader Dana Holt said the three walkers had been well equipped for the ridge.',
        ),
      ),
    ).toEqual([
      'attribution/medium: Carvell Police said (Daily Planet) · Team leader Dana Holt said (Evening Star)',
    ]);
    // A named chief executive may speak for the unnamed trust.
    expect(
      found(
        story(
          'Dr Dana Holt said twelve planned operations at Carvell General had been postponed.',
          'Twelve planned operations at Carvell General had been postponed, the trust said.',
        ),
      ),
    ).toEqual([]);
  });

  it('name: a club name with a different word', () => {
    expect(
      found(
        story(
          'He could make his debut against Northgate United on 14 September.',
          'He is in line to make his debut against Northgate City on 14 September.',
        ),
      ),
    ).toEqual(['name/low: Northgate United (Daily Planet) · Northgate City (Evening Star)']);
  });

  it('name: two bodies of one kind are not one name ("Coast Guard" / "National Guard"); two first names are', () => {
    const names = (...texts: string[]): string[] =>
      found(story(...texts)).filter((d) => d.startsWith('name'));
    expect(
      names(
        'Coast Guard crews hoisted 27 people from the roofs of the Carvell apartments.',
        'National Guard soldiers rescued 27 residents of the Carvell apartments.',
      ),
    ).toEqual([]);
    // Two descriptions before one name ("Shameless PR king" / "Showbiz PR consultant") are no first names.
    expect(
      names(
        'Shameless PR king Dana Okafor was jailed today for eight years.',
        'Showbiz PR consultant Dana Okafor has been sentenced to eight years in prison, having been found guilty of eight charges.',
      ),
    ).toEqual([]);
    expect(
      names(
        'Priya Okafor hoisted 27 people from the roofs of the Carvell apartments.',
        'Maya Okafor rescued 27 residents from the roofs of the Carvell apartments.',
      ),
    ).toHaveLength(1);
  });

  it('name: one word inside the other is one name written longer ("Londonderry" / "Derry Magistrates\' Court")', () => {
    expect(
      found(
        story(
          "The man appeared at Londonderry Magistrates' Court on Monday charged with attempted murder.",
          "The man appeared at Derry Magistrates' Court on Monday charged with attempted murder.",
        ),
      ).filter((d) => d.startsWith('name')),
    ).toEqual([]);
  });

  it("spelling: one source's typo of a name the others write alike, anywhere in the story", () => {
    const spelling = (...texts: string[]): string[] =>
      found(story(...texts)).filter((d) => d.startsWith('spelling'));
    expect(
      spelling(
        'The tram derailed near the Sandilands stop in Carvell. Five people were trapped near Sandlilands station.',
        'The tram overturned at Sandilands in Carvell early on Wednesday.',
        'Passengers were helped from the tram at Sandilands by firefighters.',
      ),
    ).toEqual([
      'spelling/low: Sandilands (Daily Planet, Evening Star, unknown outlet) · Sandlilands (Daily Planet)',
    ]);
    // A one-word typo of a word of a longer name.
    expect(
      spelling(
        'Matthew Perry was found dead at his home in Carvell on Saturday.',
        'Matthew Perry, the actor, was found at his home in Carvell. Born in Quebec, Mattew was raised in Ottawa.',
      ),
    ).toHaveLength(1);
    // A place is no typo of a word of a place's name ("Batley" / "Old Bailey").
    expect(
      spelling(
        'Mair was tried at the Old Bailey in London.',
        'The trial at the Old Bailey lasted seven days. She got out of her car in her Batley and Spen constituency.',
      ),
    ).toEqual([]);
    // Two words of the language are not a typo ("Ministry" / "Minister").
    expect(
      spelling(
        'The State Minister resigned in Carvell on Sunday.',
        'The State Minister quit in Carvell on Sunday. The Ministry confirmed it.',
      ),
    ).toEqual([]);
  });

  it('spelling: one misspelling found in a group and across the story is one note, the one with more sources', () => {
    const note = (id: string, values: string[]): Discrepancy => ({
      id,
      kind: 'spelling',
      severity: 'low',
      claimIds: values.map((_, i) => `c${i}`),
      groupId: null,
      sides: values.map((value, i) => ({ articleId: `a${i}`, claimId: `c${i}`, value, start: 0, end: 1 })),
      summary: values.join(' · '),
      confidence: 0.5,
      explanation: '',
    });
    const inGroup = note('d1', ['Chelyabink', 'Chelyabinsk']);
    const acrossStory = note('d2', ['CHELYABINSK', 'Chelyabink', 'Chelyabinsk', 'Chelyabinsk']);
    const other = note('d3', ['Holt', 'Hollt']);
    expect(withoutCoveredSpellings([inGroup, acrossStory, other])).toEqual([acrossStory, other]);
    // A surname's slip beside the full name's is shown once, with the full name.
    const surname = note('d4', ['Holt', 'Holt', 'Hollt', 'Holt']);
    const full = note('d5', ['Dana Holt', 'Dana Hollt']);
    expect(withoutCoveredSpellings([surname, full, inGroup])).toEqual([full, inGroup]);
  });

  it('spelling: the evidence is the name without its possessive ending ("Pistorius’s uncle")', () => {
    const analysis = story(
      'The athlete Vandorius was found guilty in Carvell on Friday. In a statement, Vandorius\u2019s uncle said he was grateful.',
      'Vandorius\u2019s lawyer said on Friday that the athlete found guilty in Carvell would appeal.',
      'The athlete Vandorious was found guilty in Carvell on Friday. Vandorious fired repeatedly into a small cubicle.',
    );
    const values = analysis.discrepancies
      .filter((d) => d.kind === 'spelling')
      .flatMap((d) => d.sides.map((x) => x.value));
    expect(values).toContain('Vandorius');
    expect(values.filter((v) => /['\u2019]s$/.test(v))).toEqual([]);
  });

  it('number: one disagreement found twice from different sentences is one, the more confident kept', () => {
    const count = (id: string, claims: string[], values: string[], confidence: number): Discrepancy => ({
      id,
      kind: 'number',
      severity: 'high',
      claimIds: claims,
      groupId: null,
      sides: values.map((value, i) => ({
        articleId: `a${i}`,
        claimId: claims[i] as string,
        value,
        start: 0,
        end: 1,
      })),
      summary: values.join(' · '),
      confidence,
      explanation: '',
    });
    const inGroup = count('d1', ['c1', 'c9'], ['five people', 'seven people'], 0.85);
    const asEvent = count('d2', ['c2', 'c9'], ['five people', 'Seven people'], 0.6);
    const other = count('d3', ['c3', 'c8'], ['six cars', 'seven cars'], 0.6);
    expect(withoutRepeats([asEvent, inGroup, other])).toEqual([inGroup, other]);
  });

  it('summaries fold a name written in capitals into the same name ("CARVELLSK" / "Carvellsk")', () => {
    const ctx = ungroupedContext(
      [
        'CARVELLSK - A meteor exploded.',
        'A meteor exploded over Carvellsk.',
        'A meteor exploded over Carvelsk.',
      ],
      ['Daily Planet', 'Evening Star', null],
    );
    const at = (claim: number, word: string) => {
      const start = (ctx.claims[claim]?.text ?? '').indexOf(word);
      return { claim, value: word, start, end: start + word.length };
    };
    const sides = [at(0, 'CARVELLSK'), at(1, 'Carvellsk'), at(2, 'Carvelsk')];
    expect(makeDiscrepancy(ctx, 'spelling', 'low', sides, 0.5, '').summary).toBe(
      'Carvellsk (Daily Planet, Evening Star) · Carvelsk (unknown outlet)',
    );
    // A quote keeps its capitals: "AND" is not "and" in what someone said.
    expect(makeDiscrepancy(ctx, 'quote', 'low', sides.slice(0, 2), 0.5, '').summary).toBe(
      'CARVELLSK (Daily Planet) · Carvellsk (Evening Star)',
    );
  });

  it('spelling: a long first name two letters apart is one name mistyped, not two first names', () => {
    expect(
      found(
        story(
          'Judge Thokozile Masipa handed down the sentence in the Carvell High Court on Wednesday morning.',
          'Judge Thozokile Masipa handed down the sentence in the Carvell High Court on Wednesday.',
          'Judge Thokozile Masipa handed down the sentence in Carvell on Wednesday.',
        ),
      ).map((d) => d.split(':')[0]),
    ).toEqual(['spelling/low']);
  });

  it('spelling: a long first name a vowel apart ("Wilmer" / "Wilmar") is one name spelt two ways', () => {
    expect(
      found(
        story(
          'Carvell FA president Wilmer Valdez said the federation would appeal against the ban.',
          'Carvell FA president Wilmar Valdez said the federation would appeal against the ban.',
        ),
      ),
    ).toEqual(['spelling/low: Wilmer Valdez (Daily Planet) · Wilmar Valdez (Evening Star)']);
  });

  it('spelling: a first name spelt as it sounds ("Stephan" / "Stefan") is one name, "Dana" / "Dara" are two', () => {
    expect(
      found(
        story(
          'Lander manager Stephan Ulmeck said the probe had landed in Carvell on Wednesday.',
          'Lander manager Stefan Ulmeck said the probe had landed in Carvell on Wednesday.',
          'Lander manager Stephan Ulmeck said the probe landed in Carvell on Wednesday.',
        ),
      ).map((d) => d.split(':')[0]),
    ).toEqual(['spelling/low']);
    expect(soundKey('Stephen')).toBe(soundKey('Steven'));
    expect(soundKey('Katherine')).toBe(soundKey('Catherine'));
    expect(soundKey('Phillip')).toBe(soundKey('Filip'));
    expect(soundKey('Dana')).not.toBe(soundKey('Dara'));
  });

  it('spelling: a long surname spelt as it sounds ("Nicklaus" / "Nicholas") is one name; one misheard ("Pettigrew" / "Pettifer") is another', () => {
    expect(
      found(
        story(
          'Holt is now one title behind Jack Nicklaus, who won 18 in a career spanning four decades.',
          'Holt is now one title behind Jack Nicholas, who won 18 in a career spanning four decades.',
          'Holt trails only Jack Nicklaus, who won 18 in a career spanning four decades.',
        ),
      ).map((d) => d.split(':')[0]),
    ).toEqual(['spelling/low']);
    expect(
      found(
        story(
          'Holt is now one title behind Jack Pettigrew, who won 18 in a career spanning four decades.',
          'Holt is now one title behind Jack Pettifer, who won 18 in a career spanning four decades.',
        ),
      ).map((d) => d.split(':')[0]),
    ).toEqual(['name/low']);
    // Soundex as the US National Archives give it.
    expect(['Robert', 'Rupert', 'Ashcraft', 'Tymczak', 'Pfister', 'Honeyman'].map(soundex)).toEqual([
      'R163',
      'R163',
      'A261',
      'T522',
      'P236',
      'H555',
    ]);
  });

  it('name: one word of a name in two of its forms is no other name ("Emergencies Ministry" / "Emergency Ministry")', () => {
    expect(
      found(
        story(
          'The Emergencies Ministry said 20,000 rescue workers were sent to the Carvell region.',
          'The Emergency Ministry said 20,000 rescue workers were sent to the Carvell region.',
        ),
      ),
    ).toEqual([]);
  });

  it('name: "I\'m" and "I\'ve" are no names', () => {
    expect(
      found(
        story(
          '"I\'m so sorry to disappoint you, but I\'m not ready," Reyland said of the Carvell shows.',
          '"I\'ve been so sorry to disappoint you, and I\'ve not been ready," Reyland said of the Carvell shows.',
        ),
      ).filter((d) => d.startsWith('name')),
    ).toEqual([]);
  });

  it('name: a short form of a first name is the same person ("Steve" / "Stephen"); "Colm" / "Conor" are not', () => {
    expect(
      found(
        story(
          'Quarry boss Steve Haldane said the Carvell site would stay shut until Friday.',
          'Site manager Stephen Haldane said the Carvell site would stay shut until Friday.',
        ),
      ),
    ).toEqual([]);
    expect(
      found(
        story(
          'Chief executive Colm Ashdown said the Carvell flights would resume on Friday.',
          'Chief executive Conor Ashdown said the Carvell flights would resume on Friday.',
        ),
      ),
    ).toEqual(['name/low: Colm Ashdown (Daily Planet) · Conor Ashdown (Evening Star)']);
  });

  it('name: two names one source uses anywhere in the story are two entities, not one written differently', () => {
    const analysis = analyzeStory([
      makeArticle(
        's0.txt',
        [
          'Ms Kaur polled 1,147 votes to the 1,143 cast for Declan Foyle of the Hearthstone Party.',
          'The Meridian Party now holds 21 of the 41 seats on the council.',
        ],
        'Daily Planet',
      ),
      makeArticle(
        's1.txt',
        ['The Meridian Party held the seat, Ms Kaur polling 1,147 votes to the 1,143 cast for Declan Foyle.'],
        'Evening Star',
      ),
    ]);
    expect(found(analysis).filter((d) => d.startsWith('name'))).toEqual([]);
  });

  it('number: a contract length in compound words', () => {
    expect(
      found(
        story(
          'The striker has agreed a five-year contract with Carvell Rovers.',
          'The striker has signed a four-year deal with Carvell Rovers.',
        ),
      ),
    ).toEqual(['number/high: five-year (Daily Planet) · four-year (Evening Star)']);
  });

  it('number: people counted under one verb, whatever the noun ("employs 140 people" / "employs 110 staff")', () => {
    const employs = story(
      'The Carvell coach company, founded in 1974, employs 140 people, most of them drivers.',
      'The Carvell coach company employs around 110 staff, and union officials fear for their jobs.',
    );
    expect(employs.groups).toHaveLength(1);
    expect(found(employs)).toEqual(['number/high: 140 people (Daily Planet) · 110 staff (Evening Star)']);
    // Not people ("homes"), or people under different verbs, are different counts.
    const evacuated = story(
      'Police evacuated 40 homes in Carvell after the quarry blast on Thursday.',
      'Police evacuated 100 residents in Carvell after the quarry blast on Thursday.',
    );
    expect(evacuated.groups).toHaveLength(1);
    expect(found(evacuated)).toEqual([]);
    const verbs = story(
      'The Carvell coach company employs 140 people and will close on Friday.',
      'The Carvell coach company laid off 110 staff and will close on Friday.',
    );
    expect(verbs.groups).toHaveLength(1);
    expect(found(verbs)).toEqual([]);
  });

  it('number: partitive counts ("three of its five carriages")', () => {
    expect(
      found(
        story(
          'Three of its five carriages left the rails near Carvell on Thursday.',
          'Two of the five coaches left the rails near Carvell on Thursday.',
        ),
      ),
    ).toEqual(['number/high: Three carriages (Daily Planet) · Two coaches (Evening Star)']);
  });

  it('number: a whole ("12 of the company\'s 24 buses") holds a smaller count of a source with no whole', () => {
    expect(
      found(
        story(
          "Inspectors found serious defects on 12 of the Carvell company's 24 buses during checks.",
          'During the checks one bus of the Carvell company was found with defects so serious that inspectors banned it.',
        ),
      ).filter((d) => d.startsWith('number')),
    ).toEqual([]);
  });

  it('number: a jury majority written as "a majority of 10 to two" and "11-1"', () => {
    expect(
      found(
        story(
          'The Carvell jury convicted Dana Holt by a majority of 10 to two on Tuesday.',
          'The Carvell jury convicted Dana Holt by an 11-1 majority on Tuesday.',
        ),
      ),
    ).toEqual(['number/high: majority of 10 to two (Daily Planet) · 11-1 majority (Evening Star)']);
  });

  it('number: one count under nouns that share a sense only in one claim group ("people" / "cases")', () => {
    expect(
      found(
        story(
          'The Carvell health agency said nine people had been confirmed as having the infection.',
          'The Carvell health agency has so far confirmed 11 cases of the infection.',
        ),
      ),
    ).toEqual(['number/high: nine people (Daily Planet) · 11 cases (Evening Star)']);
    expect(
      found(
        story(
          'Carvell Water put 16,000 homes under a boil-water notice on Tuesday.',
          'Carvell Water put 18,000 households under a boil-water notice on Tuesday.',
        ),
      ),
    ).toEqual(['number/high: 16,000 homes (Daily Planet) · 18,000 households (Evening Star)']);
  });

  it('number: counts of different things in one claim group are not compared ("people" / "homes")', () => {
    expect(
      found(
        story(
          'The flood on Monday forced 300 people in Carvell to leave their homes.',
          'The flood on Monday forced the owners of 120 homes in Carvell to leave.',
        ),
      ),
    ).toEqual([]);
  });

  it('number: a third source giving both values reconciles two sources that each give one', () => {
    const reconciled = story(
      'Twenty-three runners were taken to hospital in Carvell, two of them in a serious condition.',
      'In all, 23 runners were rushed to hospital in Carvell with heat exhaustion.',
      'Two runners remained in hospital in Carvell on Monday in a serious condition.',
    );
    expect(reconciled.groups.map((g) => g.claimIds.length)).toEqual([3]);
    expect(found(reconciled).filter((d) => d.startsWith('number'))).toEqual([]);
    // Without the third source the two values disagree.
    expect(
      found(
        story(
          'In all, 23 runners were rushed to hospital in Carvell with heat exhaustion.',
          'Two runners were rushed to hospital in Carvell with heat exhaustion.',
        ),
      ).filter((d) => d.startsWith('number')),
    ).toEqual(['number/high: 23 runners (Daily Planet) · Two runners (Evening Star)']);
  });

  it('number: a rate is compared only with rates ("500,000 people visit each year" / "200 people were evacuated")', () => {
    const numbers = (...texts: string[]): string[] =>
      found(story(...texts)).filter((d) => d.startsWith('number'));
    expect(
      numbers(
        'Around 200 people were evacuated from Carvell pier as the fire took hold.',
        'Around 500,000 people visit Carvell pier each year, and it was evacuated as the fire took hold.',
      ),
    ).toEqual([]);
    expect(
      numbers(
        'Around 400,000 people visit Carvell pier each year, the trust said.',
        'Around 500,000 people visit Carvell pier each year, the trust said.',
      ),
    ).toHaveLength(1);
  });

  it('number: two parts of one set compare ("six of the dead whales" / "four of the dead whales")', () => {
    const numbers = (...texts: string[]): string[] =>
      found(story(...texts)).filter((d) => d.startsWith('number'));
    expect(
      numbers(
        'Scientists from Carvell University will carry out post-mortems on six of the dead whales to try to establish the cause.',
        'Post-mortems will be carried out on four of the dead whales by Carvell University, the council said.',
      ),
    ).toEqual(['number/high: six whales (Daily Planet) · four whales (Evening Star)']);
    // Parts of different sets do not.
    expect(
      numbers(
        'Officer Dana Holt in Carvell accepted two of the papers and rejected the rest.',
        'Officer Dana Holt in Carvell said that in seven of these cases the intention was not clear.',
      ),
    ).toEqual([]);
  });

  it('number: parts of a count ("seven of them", "3 of whom") dispute only counts of the same thing', () => {
    expect(
      found(
        story(
          'The roof collapse in Carvell on Thursday injured nine people, seven of them children.',
          'The roof collapse in Carvell on Thursday left 9 people injured, 3 of whom were taken to hospital.',
        ),
      ).filter((d) => d.startsWith('number')),
    ).toEqual([]);
    expect(
      found(
        story(
          'After the roof collapse in Carvell on Thursday, four people were taken to hospital.',
          'The roof collapse in Carvell on Thursday left 9 people injured, 3 of whom were taken to hospital.',
        ),
      ).filter((d) => d.startsWith('number')),
    ).toEqual(['number/high: four people (Daily Planet) · 3 of whom (Evening Star)']);
  });

  it('number: people killed and people hurt are different counts ("73 people dead, dozens more injured")', () => {
    const counts = (first: string, second: string): string[] =>
      found(story(first, second)).filter((d) => d.startsWith('number'));
    expect(
      counts(
        'The Carvell quake killed at least 73 people and injured hundreds more as crews dug through the rubble.',
        'The Carvell quake left at least 73 people dead, dozens more injured and thousands homeless.',
      ),
    ).toEqual(['number/medium: hundreds (Daily Planet) · dozens (Evening Star)']);
    // What befell them is read past an aside naming some of them.
    expect(
      counts(
        'Seven people, including a cadet from Saxby and a reporter from Carvell, were killed in the Carvell derailment.',
        'The Carvell derailment sent more than 140 people to hospitals, the rail operator said.',
      ),
    ).toEqual([]);
    // Dozens hurt is no dispute of 80 dead, however the ranges overlap.
    expect(
      counts(
        'The Carvell quake killed 80 people, the civil protection agency said on Wednesday.',
        'The Carvell quake left 80 people dead and dozens more injured, the civil protection agency said.',
      ),
    ).toEqual([]);
  });

  it('number: the number hurt (or killed) that every source gives once is one figure of the story, whatever the noun', () => {
    const analysis = compareQuantities(
      ungroupedContext(
        [
          'A further 10 people were injured when the council lorry mounted a pavement in Carvell.',
          'Carvell Police confirmed six people were dead and eight more were seriously injured.',
        ],
        ['Daily Planet', 'Evening Star'],
      ),
    );
    expect(analysis.map((d) => d.summary)).toEqual(['10 people (Daily Planet) · eight (Evening Star)']);
  });

  it('number: people counted by a kind that is part of any crowd ("two children", "five family members") are not the total', () => {
    const numbers = (...texts: string[]): string[] =>
      found(story(...texts)).filter((d) => d.startsWith('number'));
    expect(
      numbers(
        'The Carvell cable car fell to the ground on Sunday, killing 14 people.',
        'Two young children were among those killed when the Carvell cable car fell to the ground on Sunday.',
        'One family lost five family members when the Carvell cable car fell on Sunday, killing 14 people.',
      ),
    ).toEqual([]);
    // Counts of the same kind still disagree.
    expect(
      numbers(
        'Two young children were among those killed when the Carvell cable car fell to the ground on Sunday.',
        'Three young children were among those killed when the Carvell cable car fell to the ground on Sunday.',
      ),
    ).toHaveLength(1);
  });

  it('number: the age of one of several people ("Among the dead was a nine-year-old boy", "including a …") is nobody else\'s', () => {
    const numbers = (...texts: string[]): string[] =>
      found(story(...texts)).filter((d) => d.startsWith('number'));
    expect(
      numbers(
        'Among those who died in the Carvell cable car fall on Sunday was a nine-year-old boy.',
        'Those who died in the Carvell cable car fall on Sunday included a seven-year-old boy.',
      ),
    ).toEqual([]);
    expect(
      numbers(
        'A nine-year-old boy died in the Carvell cable car fall on Sunday.',
        'A seven-year-old boy died in the Carvell cable car fall on Sunday.',
      ),
    ).toHaveLength(1);
  });

  it('number: a height ("rises to 1,500 metres") and a fall ("fell about 15 metres") are other lengths than a distance', () => {
    const numbers = (...texts: string[]): string[] =>
      found(story(...texts)).filter((d) => d.startsWith('number'));
    expect(
      numbers(
        'The Carvell cable car cabin fell about 15 metres on Sunday near the top of Mount Carvell, which rises to 1,500 metres.',
        'The Carvell cable car cabin crashed some 15 metres to the ground on Sunday, just 1,000 feet from the top station.',
      ),
    ).toEqual([]);
    expect(
      numbers(
        'The Carvell cable car cabin fell about 15 metres on Sunday near the top of Mount Carvell.',
        'The Carvell cable car cabin crashed some 20 metres to the ground on Sunday near the top of Mount Carvell.',
      ),
    ).toHaveLength(1);
  });

  it('number: people counted by what befell them ("14 dead") are people, compared with "12 people" killed', () => {
    expect(
      found(
        story(
          'By Sunday evening the death toll from the Carvell cable car fall had risen to 14 dead.',
          'The Carvell cable car fall killed 12 people on Sunday, the death toll rising by the evening.',
        ),
      ).filter((d) => d.startsWith('number')),
    ).toEqual(['number/high: 14 dead (Daily Planet) \u00b7 12 people (Evening Star)']);
  });

  it('number: a margin ("a majority of 706,349 votes") is compared with margins, not with counts', () => {
    const numbers = (...texts: string[]): string[] =>
      found(story(...texts)).filter((d) => d.startsWith('number'));
    expect(
      numbers(
        'Carvell voted to repeal the law, with 1,429,981 votes for the change in the referendum.',
        'Carvell voted to repeal the law, the Yes side winning the referendum with a majority of 706,349 votes.',
      ),
    ).toEqual([]);
    expect(
      numbers(
        'Carvell voted to repeal the law, the Yes side winning the referendum by a majority of 706,349 votes.',
        'Carvell voted to repeal the law, the Yes side winning the referendum by a majority of 760,349 votes.',
      ),
    ).toHaveLength(1);
  });

  it('number: a change ("slowing the train by four mph") is compared with changes, not with the level', () => {
    const numbers = (...texts: string[]): string[] =>
      found(story(...texts)).filter((d) => d.startsWith('number'));
    expect(
      numbers(
        'The emergency brakes were applied seconds before the Carvell crash, slowing the train by just four miles per hour.',
        'The emergency brakes were applied seconds before the Carvell crash, and the speed of the train fell to 102 mph.',
      ),
    ).toEqual([]);
    expect(
      numbers(
        'The emergency brakes were applied seconds before the Carvell crash, slowing the train by just four miles per hour.',
        'The emergency brakes were applied seconds before the Carvell crash, slowing the train by just nine miles per hour.',
      ),
    ).toHaveLength(1);
  });

  it('number: multiples of different things ("36 times the mass" / "50 times greater") are not compared; blows counted in "times" are', () => {
    const numbers = (...texts: string[]): string[] =>
      found(story(...texts)).filter((d) => d.startsWith('number'));
    expect(
      numbers(
        'The two black holes detected at Carvell were roughly 36 times the mass of the sun.',
        'The two black holes detected at Carvell released an energy 50 times greater than all the stars.',
      ),
    ).toEqual([]);
    expect(
      numbers(
        'The Carvell footage shows the officer striking the man six times in the head.',
        'The Carvell footage shows the officer punching the man eight times as he lay on the ground.',
      ),
    ).toHaveLength(1);
  });

  it('number: counts of one noun split by kind ("nine male lions, eight female lions") are parts, not the count', () => {
    const numbers = (...texts: string[]): string[] =>
      found(story(...texts)).filter((d) => d.startsWith('number'));
    expect(
      numbers(
        'The animals killed near Carvell included 18 tigers, 17 lions and six black bears.',
        'The animals killed near Carvell included 18 Bengal tigers, nine male lions, eight female lions and six black bears.',
      ),
    ).toEqual([]);
    expect(
      numbers(
        'The animals killed near Carvell included 18 tigers, 17 lions and six black bears.',
        'The animals killed near Carvell included 18 tigers, 19 lions and six black bears.',
      ),
    ).toHaveLength(1);
  });

  it('number: a number the story uses as a label ("the Galaxy Note 7 catching fire") counts nothing where a noun follows it', () => {
    const numbers = (...texts: string[]): string[] =>
      found(story(...texts)).filter((d) => d.startsWith('number'));
    expect(
      numbers(
        'Carvell will halt sales and recall all Galaxy Note 7 phones sold at its Harbour store after reports of the Galaxy Note 7 catching fire.',
        'Carvell will halt sales and recall the 9 phones sold at its Harbour store after reports of the Galaxy Note 7 catching fire.',
      ),
    ).toEqual([]);
    // Without the label used elsewhere, the count stands.
    expect(
      numbers(
        'Carvell will halt sales and recall 7 phones sold worldwide after reports of batteries catching fire.',
        'Carvell will halt sales and recall 10 phones sold worldwide after reports of batteries catching fire.',
      ),
    ).toHaveLength(1);
  });

  it('number: passengers are some of the people aboard, and figures a thousand-fold apart are different things', () => {
    const numbers = (...texts: string[]): string[] =>
      found(story(...texts)).filter((d) => d.startsWith('number'));
    expect(
      numbers(
        'The train, carrying 238 passengers and a crew of five, had just left Carvell station when it derailed.',
        'Authorities believe 243 people, including a crew of five, were on board when the train derailed after leaving Carvell station.',
      ),
    ).toEqual([]);
    expect(
      numbers(
        'The train, carrying 238 passengers and a crew of five, had just left Carvell station when it derailed.',
        'The train, carrying 283 passengers and a crew of five, had just left Carvell station when it derailed.',
      ),
    ).toHaveLength(1);
    // "over 5,000 injured" counts the hurt; a count whose clause says "were also killed" past a
    // place counts the dead.
    expect(
      numbers(
        'As many as 3,700 people were injured in the blasts at the Carvell port on Tuesday, the health ministry said.',
        'The blasts at the Carvell port on Tuesday left over 5,000 injured, the health ministry said.',
      ),
    ).toHaveLength(1);
    expect(
      numbers(
        'The death toll from the Carvell quake rose to at least 13, with 182 injured.',
        'Thirteen people in the town of Harbury in neighbouring Carvell province were also killed by the quake.',
      ),
    ).toEqual([]);
    // All the passengers aboard are not the one passenger killed.
    expect(
      numbers(
        'A Carvell Air jet carrying 143 passengers and five crew made an emergency landing after an engine exploded.',
        'One passenger was killed when a Carvell Air jet made an emergency landing after an engine exploded.',
      ),
    ).toEqual([]);
    expect(
      numbers(
        'Dana Holt faces up to 20 years in prison and a fine of $250,000 for the Carvell fraud.',
        'Dana Holt faces up to 20 years in prison for the Carvell fraud, in which investors sank $945 million.',
      ),
    ).toEqual([]);
  });

  it('number: a first and a revised version of a deal ("initially offered" / "an increased offer") are two figures; a ticker\'s move ("(CSCO 0.25%)") or a trading price is none', () => {
    const numbers = (...texts: string[]): string[] =>
      found(story(...texts)).filter((d) => d.startsWith('number'));
    expect(
      numbers(
        'Carvell Systems initially offered to acquire Holt Optics for $70 a share, or $2.6 billion, in July.',
        'Holt Optics agreed on Thursday to an increased offer of $4.5 billion from Carvell Systems.',
      ),
    ).toEqual([]);
    expect(
      numbers(
        'Holt Optics agreed on Thursday to an increased offer of $4.6 billion from Carvell Systems.',
        'Holt Optics agreed on Thursday to an increased offer of $4.5 billion from Carvell Systems.',
      ),
    ).toHaveLength(1);
    expect(
      numbers(
        "The revised Carvell Systems deal is a premium of about 33% to Holt Optics' last closing price.",
        'Holt Optics soared after its purchase by Carvell Systems (CSCO 0.25%) ended with a higher premium.',
      ),
    ).toEqual([]);
    // The span rain was measured over is not how long something took.
    expect(
      numbers(
        'In the lead up to the Carvell derailment the region had torrential rain, with Carvell receiving 79mm over 24 hours.',
        'In the lead up to the Carvell derailment the region had torrential rain, and the train waited for three hours.',
      ),
    ).toEqual([]);
    // More of what was counted before ("another eight people") is not the whole.
    expect(
      numbers(
        'The Carvell volcano exploded on Monday, killing an estimated 13 people on the island.',
        'Six deaths were confirmed after the Carvell volcano exploded and another eight people are believed to have died on the island.',
      ),
    ).toEqual([]);
    // Plants are first factories, not people: no one count with the workers cut.
    expect(
      numbers(
        'Carvell Motors is cutting up to 14,000 workers in a restructuring, and will close its plants.',
        'Carvell Motors will close as many as five plants in a restructuring and cut workers.',
      ),
    ).toEqual([]);
    // A run of a series is not the whole of it.
    expect(
      numbers(
        'In 15 years as a manager, Holt has taken charge of 765 matches and won 22 trophies before Carvell sacked him.',
        'Carvell began the year losing 3 of its first 5 league matches before sacking Holt as manager.',
      ),
    ).toEqual([]);
    // The price shares traded at is no sum of the deal.
    expect(
      numbers(
        'Carvell Systems agreed in July to pay $70 a share for Holt Optics, before the deal was revised.',
        'Holt Optics shares were up 31.8%, at $113.98, in recent trading after the Carvell Systems deal was revised.',
      ),
    ).toEqual([]);
    // Counts of two kinds of charge ("two perjury counts" / "one count - enticement") are two
    // things; two counts of one kind still disagree.
    expect(
      numbers(
        'Holt was found not guilty of one count - enticement of a minor - by the Carvell jury.',
        'The two perjury counts Holt faces will be tried later, after the Carvell jury verdict.',
      ),
    ).toEqual([]);
    expect(
      numbers(
        'Holt was found guilty of two counts of fraud by the Carvell jury.',
        'The Carvell jury found Holt guilty of three counts of fraud.',
      ),
    ).toHaveLength(1);
    // A depth ("300 feet underground") is no distance from the entrance.
    expect(
      numbers(
        'Rescue workers struggled through the night to reach 13 coal miners trapped almost 300 feet underground by an explosion in the Carvell mine.',
        'The 13 miners were trapped 1,770 metres from the entrance of the Carvell mine after the explosion.',
      ),
    ).toEqual([]);
    // Firemen are people, no occasion to count beside fires.
    expect(
      numbers(
        'Four fires were still burning in Carvell on Thursday, Holt said.',
        'At least 6 firemen were killed in Carvell on Thursday, Holt said.',
      ),
    ).toEqual([]);
  });

  it('number: the age of a thing ("the 29-year-old record") is not a person\'s age', () => {
    const numbers = (...texts: string[]): string[] =>
      found(story(...texts)).filter((d) => d.startsWith('number'));
    expect(
      numbers(
        'The new champion broke the 29-year-old record last month but clocked 45.94 seconds in Carvell on Tuesday.',
        '"It is like the feeling I had as a six-year-old on Christmas Eve," the new champion said after clocking 45.94 seconds in Carvell on Tuesday.',
      ),
    ).toEqual([]);
    expect(
      numbers(
        'The new champion broke the 29-year-old record last month and clocked 45.94 seconds in Carvell on Tuesday.',
        'The new champion broke the 26-year-old record last month and clocked 45.94 seconds in Carvell on Tuesday.',
      ),
    ).toHaveLength(1);
  });

  it('number: "Seven dead" are dead, not the 50 people injured', () => {
    expect(
      found(
        story(
          'Seven dead and eight seriously injured in the Carvell tram derailment',
          'More than 50 people were injured, some seriously, in the Carvell tram derailment.',
        ),
      ).filter((d) => d.startsWith('number')),
    ).toEqual([]);
  });

  it('number: ages of people who met different fates ("in critical condition" / "also died") are other people\'s; "five of at least 13" is a part of a whole', () => {
    const numbers = (...texts: string[]): string[] =>
      found(story(...texts)).filter((d) => d.startsWith('number'));
    expect(
      numbers(
        'A 29-year-old woman and a 40-year-old man were in critical condition on Tuesday evening after the bus crash.',
        'A 61-year-old woman, a 46-year-old woman and a 32-year-old man also died in the bus crash on Tuesday evening.',
      ),
    ).toEqual([]);
    expect(
      numbers(
        'A 61-year-old woman, a 46-year-old woman and a 32-year-old man also died in the bus crash on Tuesday evening.',
        'A 51-year-old woman, a 46-year-old woman and a 32-year-old man also died in the bus crash on Tuesday evening.',
      ),
    ).toHaveLength(1);
    expect(
      numbers(
        'Five of at least 13 people aboard the city bus were killed in the crash on Tuesday.',
        'The driver of the school bus and five people on the city bus were killed in the crash on Tuesday.',
      ),
    ).toEqual([]);
  });

  it('number: a gap to a mark ("half a second inside the old record") is a margin, not a time', () => {
    const numbers = (...texts: string[]): string[] =>
      found(story(...texts)).filter((d) => d.startsWith('number'));
    expect(
      numbers(
        'Holt clocked a remarkable 45.94 seconds in Carvell, beating his previous world best of 46.70sec.',
        'Benjamin pushed him all the way in Carvell to take silver in 46.17, also half a second inside the old record.',
      ),
    ).toEqual([]);
  });

  it('number: a total ("a total of 42 years") is compared with totals, not with what others give apiece', () => {
    const spans = (first: string, second: string): string[] =>
      found(story(first, second)).filter((d) => d.startsWith('number'));
    expect(
      spans(
        'The ringleader of the Carvell gang was jailed for 16 years, while his two accomplices were each sentenced to 13 years.',
        'The three members of the Carvell gang were jailed for a total of 42 years at Saxby Crown Court.',
      ),
    ).toEqual([]);
    expect(
      spans(
        'The three members of the Carvell gang were jailed for a total of 40 years at Saxby Crown Court.',
        'The three members of the Carvell gang were jailed for a total of 42 years at Saxby Crown Court.',
      ),
    ).toHaveLength(1);
  });

  it('number: a count of the people a claim is credited to ("according to one witness") is no fact to compare', () => {
    expect(
      found(
        story(
          'The toll in Carvell was likely to rise as crews reached remote hamlets, according to one witness.',
          'The Carvell quake left 38 people dead and the toll is likely to rise as crews reach remote hamlets.',
        ),
      ).filter((d) => d.startsWith('number')),
    ).toEqual([]);
  });

  it('number: a sum given again in another currency in brackets is the exchange rate, not a figure of the story', () => {
    const fines = (first: string, second: string): string[] =>
      found(story(first, second)).filter((d) => d.startsWith('number'));
    expect(
      fines(
        'The Carvell FA fined Dana Holt 100,000 Swiss francs ($111,000) for the bite.',
        'The Carvell FA fined Dana Holt 100,000 Swiss francs ($140,000) for the bite.',
      ),
    ).toEqual([]);
    // The sums themselves still disagree.
    expect(
      fines(
        'The Carvell FA fined Dana Holt 100,000 Swiss francs ($111,000) for the bite.',
        'The Carvell FA fined Dana Holt 80,000 Swiss francs ($89,000) for the bite.',
      ),
    ).toEqual(['number/high: 100,000 francs (Daily Planet) · 80,000 francs (Evening Star)']);
  });

  it('number: the noun of a part ("three of the victims were") is not what happened to it', () => {
    const partsOfVictims = (first: string, second: string): string[] =>
      found(story(first, second)).filter((d) => d.startsWith('number'));
    // Two parts of one set, each saying something else of its own: different people, no dispute.
    expect(
      partsOfVictims(
        'Three of the victims were the Carvell bridge workers Ada Penrose, Tom Vell and Ian Roe.',
        'Police named Ada Penrose, Tom Vell, Ian Roe and Jo Marr as four of the victims of the Carvell bridge collapse.',
      ),
    ).toEqual([]);
    // The same thing happened to both parts: the counts still disagree.
    expect(
      partsOfVictims(
        'Three of the victims died in hospital after the Carvell bridge collapse.',
        'Four of the victims died in hospital after the Carvell bridge collapse.',
      ),
    ).toEqual(['number/high: Three victims (Daily Planet) · Four victims (Evening Star)']);
  });

  it('number: sums of money for different things are not set against each other ("£38.5m gap" / "a budget of £900m")', () => {
    expect(
      found(
        story(
          'The Carvell closures will save £2.1m a year towards a £38.5m gap in the council budget.',
          'The Carvell saving of £2.1m a year is a rounding error in a budget of almost £900m.',
        ),
      ).filter((d) => d.startsWith('number')),
    ).toEqual([]);
    expect(
      found(
        story(
          'The Carvell closures will save £2.1m a year towards a £38.5m gap in the council budget.',
          'The Carvell closures will save £2.1m a year towards a £35m gap in the council budget.',
        ),
      ).filter((d) => d.startsWith('number')),
    ).toEqual(['number/high: £38.5m (Daily Planet) · £35m (Evening Star)']);
  });

  it('number: lengths of different extents are different measures ("12 metres across" / "eight metres deep")', () => {
    expect(
      found(
        story(
          'The bus dropped into the Carvell hole, which engineers measured at roughly 12 metres across and five metres deep.',
          'The road gave way beneath a Carvell bus, leaving its back wheels in a crater eight metres deep.',
        ),
      ).filter((d) => d.startsWith('number')),
    ).toEqual(['number/high: five metres (Daily Planet) · eight metres (Evening Star)']);
  });

  it('number: a moment given as a span of time is no amount to compare ("10 minutes after the break")', () => {
    expect(
      found(
        story(
          'Carvell took the lead in the derby and Holt equalised 10 minutes after the break.',
          'Carvell led in the derby after 38 minutes before Holt levelled in the second half.',
        ),
      ).filter((d) => d.startsWith('number')),
    ).toEqual([]);
  });

  it("number: of several counts of one unit, the one nearest the other source's is the evidence", () => {
    expect(
      found(
        story(
          'Priya Kaur won the Carvell by-election by four votes, polling 1,147 votes after trailing by two votes.',
          'Priya Kaur won the Carvell by-election by a wafer-thin three votes.',
        ),
      ).filter((d) => d.startsWith('number')),
    ).toEqual(['number/high: four votes (Daily Planet) · three votes (Evening Star)']);
  });

  it('number: counts of unrelated occasions about one party are not compared', () => {
    expect(
      found(
        story(
          'Dana Holt was convicted of 12 counts of fraud at Carvell Crown Court.',
          'The Carvell Crown Court jury heard that the charity runs three holiday lodges.',
        ),
      ),
    ).toEqual([]);
  });
});

describe('agreements written differently are not discrepancies', () => {
  it.each([
    [
      'a bound and an exact count',
      'A fire in Brackley forced the evacuation of 212 workers on Tuesday.',
      'More than 200 workers were evacuated in Brackley on Tuesday after a fire.',
    ],
    [
      'a fraction and a percentage',
      'The city of Carvell will pay a quarter of the tram cost.',
      'The city of Carvell will pay 25 percent of the tram cost.',
    ],
    [
      'a currency with a suffix',
      'Repairs to the Carvell bridge will cost about \u00a34 million.',
      'Repairs to the Carvell bridge will cost \u00a34m.',
    ],
    [
      'units in compound words',
      'The 8-kilometre tram line in Carvell opens in May.',
      'The 5-mile tram line in Carvell opens in May.',
    ],
    [
      'a day among other days',
      'The Carvell deal was completed on Friday after a medical on Thursday.',
      'The Carvell deal was signed off on Friday.',
    ],
    [
      'a country and its adjective',
      'Dana Holt met North Korea envoys in Carvell on Monday.',
      'Dana Holt met North Korean envoys in Carvell on Monday.',
    ],
  ])('%s', (_name, a, b) => {
    expect(found(story(a, b))).toEqual([]);
  });
});

describe('agreements written differently are not discrepancies (forms)', () => {
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
      'one weight in tons and in tonnes',
      'Thieves in Harwick stole a five-tonne shipment of gold from the airport warehouse.',
      'Thieves in Harwick stole a five-ton shipment of gold from the airport warehouse.',
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
      'a natural cause is not an actor',
      'A passenger train derailed near Carvell on Thursday morning.',
      'A passenger train was derailed by a landslip near Carvell on Thursday morning.',
    ],
    [
      'an organisation and its acronym',
      'Drivers at Orton Freight Services (OFS) were told on Monday. OFS sacked 40 drivers at the Carvell depot on Monday.',
      'Orton Freight Services sacked 40 drivers at the Carvell depot on Monday.',
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

const ungrouped = (...texts: string[]) => ungroupedContext(texts, OUTLETS);

describe('who broke the story (compareFirstReports)', () => {
  it('compares first reports across the whole story, grouped or not', () => {
    const found = compareFirstReports(
      ungrouped(
        'The theft was first reported by the Carvell Packet.',
        'News of the raid was first broken by Harbour FM, whose reporter saw officers at the doors.',
      ),
    ).map((d) => `${d.kind}/${d.severity}: ${d.summary}`);
    expect(found).toEqual([
      'attribution/medium: first reported by the Carvell Packet (Daily Planet) · first broken by Harbour FM (Evening Star)',
    ]);
  });

  it('finds nothing when the sources agree or only one says it', () => {
    expect(
      compareFirstReports(
        ungrouped(
          'The theft was first reported by the Carvell Packet.',
          'The Carvell Packet first reported the theft.',
        ),
      ),
    ).toEqual([]);
    expect(
      compareFirstReports(
        ungrouped('The theft was first reported by the Carvell Packet.', 'Police are investigating.'),
      ),
    ).toEqual([]);
  });

  it('reports one discrepancy when the group comparison finds it too', () => {
    const attributions = found(
      story(
        'The closure of the Carvell ferry was first reported by the Harbour Gazette on Tuesday.',
        'The closure of the Carvell ferry was first reported by River Radio on Tuesday.',
      ),
    ).filter((d) => d.startsWith('attribution'));
    expect(attributions).toHaveLength(1);
  });
});

describe('who was first to do it (compareFirstActors)', () => {
  const firsts = (...texts: string[]): string[] =>
    compareFirstActors(ungrouped(...texts)).map((d) => `${d.kind}/${d.severity}: ${d.summary}`);

  it('names different parties as the first to do one thing', () => {
    expect(
      firsts(
        'Nordvik Bank, the biggest lender, was the first to say it would pass the full cut on to borrowers.',
        'Sparebank Veld was the first to announce that it would pass the whole cut on to its borrowers.',
      ),
    ).toEqual(['actor/medium: Nordvik Bank (Daily Planet) · Sparebank Veld (Evening Star)']);
  });

  it('leaves alone agreeing sources and firsts of different things', () => {
    expect(
      firsts(
        'Nordvik Bank was the first to pass the cut on to borrowers.',
        'Nordvik Bank was the first lender to pass the cut on to its borrowers.',
      ),
    ).toEqual([]);
    expect(
      firsts(
        'Nordvik Bank was the first to pass the cut on to borrowers.',
        'Sparebank Veld was the first to open a branch on the island.',
      ),
    ).toEqual([]);
  });
});

describe('dates of one event across groups (compareEventDates)', () => {
  /** Run the cross-group comparison alone, with no claim grouped: what compareDates never sees. */
  const eventDates = (...texts: string[]): string[] => {
    return compareEventDates(ungrouped(...texts)).map((d) => `${d.kind}/${d.severity}: ${d.summary}`);
  };

  it('finds one event dated differently: the verbs share a sense, the sentences a word', () => {
    expect(
      eventDates(
        'The break-in at the Carvell depot was discovered on Tuesday, when night staff found the gates open.',
        'Police confirmed that the break-in was detected on Sunday by a security guard.',
      ),
    ).toEqual(['date/medium: Tuesday (Daily Planet) · Sunday (Evening Star)']);
  });

  it('finds one event dated by its noun: "issued the notice on Tuesday" / "under a notice on Wednesday"', () => {
    expect(
      eventDates(
        'Carvell Water issued the notice on Tuesday after routine tests found the parasite.',
        'Carvell Water put 18,000 households under a boil-water notice on Wednesday morning.',
      ),
    ).toEqual(['date/medium: Tuesday (Daily Planet) · Wednesday (Evening Star)']);
  });

  it('finds one event under a verb and its direct hypernym ("surveyed" is a kind of "inspected")', () => {
    expect(
      eventDates(
        'The Carvell school roof was last inspected in March 2025 and was not flagged as a concern.',
        'According to the council, the Carvell school roof was last surveyed in September 2024.',
      ),
    ).toEqual(['date/medium: March 2025 (Daily Planet) · September 2024 (Evening Star)']);
    // Two kinds of one thing are not one event: opening and closing are both moving.
    expect(
      eventDates(
        'The Carvell bridge was opened on Tuesday to traffic.',
        'The Carvell bridge was closed on Wednesday to traffic.',
      ),
    ).toEqual([]);
  });

  it('leaves alone event nouns that are different events, or nouns that are not events', () => {
    expect(
      eventDates(
        'Carvell Water issued the notice on Tuesday after routine tests found the parasite.',
        'Carvell Water held a public meeting on Wednesday evening in the town hall.',
      ),
    ).toEqual([]);
    expect(
      eventDates(
        'Carvell Water opened a help desk for customers at the town library on Tuesday.',
        'Carvell Water staff handed out bottled water outside the town library on Wednesday.',
      ),
    ).toEqual([]);
  });

  it('leaves alone a source that dates two such events, statements, and unrelated events', () => {
    expect(
      eventDates(
        'The depot was first broken into on Tuesday and was broken into again on Sunday.',
        'Police said the depot was broken into on Sunday.',
      ),
    ).toEqual([]);
    expect(
      eventDates(
        'Mayor Dana Holt told reporters on Monday that the bridge would reopen in spring.',
        'Mayor Dana Holt said on Friday that the bridge would reopen in spring.',
      ),
    ).toEqual([]);
    // "since January" bounds a period; it is not when the cut happened.
    expect(
      eventDates(
        'The bank last raised rates in July 2023, taking them to a 16-year high.',
        'It was the first time the bank had reduced rates since January 2021.',
      ),
    ).toEqual([]);
    expect(
      eventDates(
        'The ferry was launched on Tuesday at the Carvell yard.',
        'A new library was opened on Sunday in the old market hall.',
      ),
    ).toEqual([]);
  });
});

describe('counts of one event across groups (compareEventCounts)', () => {
  const eventCounts = (...texts: string[]): string[] =>
    compareEventCounts(ungrouped(...texts)).map((d) => `${d.kind}/${d.severity}: ${d.summary}`);

  it('keeps a depth ("300 feet underground") apart from a distance from a place', () => {
    expect(
      eventCounts(
        'Rescue workers struggled through the night to reach 13 coal miners trapped almost 300 feet underground by an explosion.',
        'Fellow miners said that the workers, who were trapped 1,770 metres (5,800ft) from the entrance to the mine, had no oxygen tanks.',
      ),
    ).toEqual([]);
  });

  it('finds one event counted differently: the verbs share a sense, the counts a unit', () => {
    expect(
      eventCounts(
        'The airline cancelled 42 flights after its check-in system crashed just before 6am.',
        'The carrier cancelled 38 outbound flights from its Carvell base, affecting some 6,000 travellers.',
      ),
    ).toEqual(['number/high: 42 flights (Daily Planet) · 38 flights (Evening Star)']);
    expect(
      eventCounts(
        'Carvell Air cancelled 42 flights on Monday.',
        'In all, 38 flights were cancelled at the airport.',
      ),
    ).toEqual(['number/high: 42 flights (Daily Planet) · 38 flights (Evening Star)']);
  });

  it('counts what the object belongs to ("ordered the occupants of 46 homes" / "the residents of 64 homes")', () => {
    expect(
      eventCounts(
        'Carvell Constabulary ordered the occupants of 46 homes in Low Hollin to leave shortly after midday.',
        'Cops ordered the residents of 64 homes in the hamlet to get out as a grey cloud swept over their gardens.',
      ),
    ).toEqual(['number/high: 46 homes (Daily Planet) · 64 homes (Evening Star)']);
  });

  it('leaves alone different doers, rates, a source giving both, other units and agreeing counts', () => {
    expect(
      eventCounts(
        'Carvell Air cancelled 42 flights on Monday.',
        'Skyline Jets cancelled 12 flights on Monday.',
      ),
    ).toEqual([]);
    expect(
      eventCounts(
        'The ferry was carrying 143 passengers.',
        'The route carries about 250,000 passengers a year.',
      ),
    ).toEqual([]);
    // A period's total ("last year"), and a count a thousand-fold off, are not the count of the event.
    expect(
      eventCounts('The train was carrying 238 passengers.', 'The route carried 11,600 passengers last year.'),
    ).toEqual([]);
    expect(
      eventCounts('The train was carrying 238 passengers.', 'The line has carried 11.6 million passengers.'),
    ).toEqual([]);
    expect(
      eventCounts('The train was carrying 238 passengers.', 'The train was carrying 283 passengers.'),
    ).toHaveLength(1);
    expect(
      eventCounts(
        'The airline cancelled 42 flights on Monday and cancelled 12 flights on Tuesday.',
        'The airline cancelled 12 flights.',
      ),
    ).toEqual([]);
    expect(eventCounts('The airline cancelled 42 flights.', 'The airline cancelled 12 trains.')).toEqual([]);
    expect(
      eventCounts('The airline cancelled 42 flights.', 'The carrier scrapped forty-two flights.'),
    ).toEqual([]);
  });
});

describe('ages of one name across the story (compareAges)', () => {
  const ages = (...texts: string[]): string[] =>
    compareAges(ungrouped(...texts)).map((d) => `${d.kind}/${d.severity}: ${d.summary}`);

  it('finds one name given different ages, written as "N-year-old" or after the name', () => {
    expect(
      ages(
        'Keepers found that Tavi, a three-year-old female lynx, was missing.',
        'Locals were told to stay indoors after the four-year-old big cat, called Tavi, broke out.',
      ),
    ).toEqual(['number/medium: three-year-old (Daily Planet) · four-year-old (Evening Star)']);
    expect(
      ages('Dana Holt, 34, was arrested.', 'Police named the suspect as Dana Holt, 43, of Carvell.'),
    ).toEqual(['number/medium: 34 (Daily Planet) · 43 (Evening Star)']);
  });

  it('leaves alone agreeing ages, ages of other names, and numbers that are not ages', () => {
    expect(ages('Tavi, who is three, slipped out.', 'Tavi, a three-year-old lynx, slipped out.')).toEqual([]);
    expect(ages('Dana Holt, 34, was arrested.', 'Tom Reyes, 43, was arrested.')).toEqual([]);
    expect(ages('Dana Holt, 34, was arrested.', 'Dana Holt scored 43 goals in the season.')).toEqual([]);
  });

  it('compares ages inside one group too, where the number comparison leaves bare numbers alone', () => {
    const analysis = story(
      'Fairlie, 61, took over the family business from his father in 1998.',
      'Mr Fairlie, 64, took over the business from his father in 1998 and said he was heartbroken.',
    );
    expect(analysis.groups).toHaveLength(1);
    expect(found(analysis)).toEqual(['number/medium: 61 (Daily Planet) · 64 (Evening Star)']);
  });
});

describe('second groups: a two-fact sentence grouped with its other fact', () => {
  // a0 and c0 report the collision; a1 and b0 the route, where b0 also gives a passenger count
  // and a time. b0 is also compared in the collision group, for facts its own group lacks. (a2
  // counts passengers a second time, so the counts are not one figure of the story given once by
  // each source, which would be compared wherever they stand.)
  const ctx = (alsoIn: ReadonlyMap<number, readonly number[]>) => {
    const base = ungroupedContext(
      [
        'The ferry, carrying 143 passengers, collided with a trawler at about 7.40pm. The ferry was crossing to Port Ardley when it struck the trawler two miles from Carvell harbour. The ferry has room for 300 passengers.',
        'The ferry, with 134 passengers on board, struck the trawler at around 8.40pm, about three kilometres from Carvell harbour, after a crossing lasting nine hours.',
        'The ferry collided with the trawler at 19:40 while carrying 143 passengers, after a crossing lasting eight hours.',
      ],
      OUTLETS,
    );
    const claimIndex = (start: string): number => base.claims.findIndex((c) => c.text.startsWith(start));
    const groupOf = new Map<number, number>([
      [claimIndex('The ferry, carrying'), 0],
      [claimIndex('The ferry collided'), 0],
      [claimIndex('The ferry was crossing'), 1],
      [claimIndex('The ferry, with'), 1],
    ]);
    const second = new Map([...alsoIn].map(([k, v]) => [claimIndex(k === 0 ? 'The ferry, with' : ''), v]));
    return { ...base, groupOf, alsoIn: second };
  };
  const kinds = (c: ReturnType<typeof ctx>): string[] =>
    [...compareQuantities(c), ...compareDates(c)].map((d) => `${d.kind}: ${d.summary}`);

  it('brings its count only to a group whose own counts agree', () => {
    const c = ctx(new Map([[0, [0]]]));
    const claims = c.claims.map((cl) =>
      cl.text.startsWith('The ferry collided') ? { ...cl, text: cl.text.replace('143', '150') } : cl,
    );
    const facts = c.facts.map((f, i) =>
      claims[i]?.text.includes('150')
        ? {
            ...f,
            quantities: f.quantities.map((q) =>
              q.low === 143 ? { ...q, low: 150, high: 150, display: '150 passengers' } : q,
            ),
          }
        : f,
    );
    expect(compareQuantities({ ...c, claims, facts }).map((d) => d.summary)).toEqual([
      '143 passengers (Daily Planet) · 150 passengers (unknown outlet)',
    ]);
  });

  it('compares its count and time with the other group, but not a measure', () => {
    expect(kinds(ctx(new Map()))).toEqual([]);
    expect(kinds(ctx(new Map([[0, [0]]])))).toEqual([
      'number: 143 passengers (Daily Planet, unknown outlet) · 134 passengers (Evening Star)',
      'date: about 7.40pm (Daily Planet) · around 8.40pm (Evening Star) · 19:40 (unknown outlet)',
    ]);
  });
});

describe('second groups: a sentence dating several events', () => {
  // a0 (a headline-like summary dating two strikes) and b0 are grouped apart; a1 and b1 share the
  // second strike's group. a0 is also compared in that group.
  const ctx = (summary: string) => {
    const base = ungroupedContext(
      [
        `${summary} A second stoppage is planned for 9 April.`,
        'Staff voted for the walkouts on Monday. A further strike has been pencilled in for 16 April.',
      ],
      OUTLETS,
    );
    const claimIndex = (start: string): number => base.claims.findIndex((c) => c.text.startsWith(start));
    const groupOf = new Map<number, number>([
      [claimIndex('Members back'), 0],
      [claimIndex('Staff voted'), 0],
      [claimIndex('A second'), 1],
      [claimIndex('A further'), 1],
    ]);
    return { ...base, groupOf, alsoIn: new Map([[claimIndex('Members back'), [1]]]) };
  };
  const dates = (summary: string): string[] => compareDates(ctx(summary)).map((d) => d.summary);

  it('brings no date to the other group when it gives two of a kind ("in March and April")', () => {
    expect(dates('Members back two strikes in March and April.')).toEqual([
      '9 April (Daily Planet) · 16 April (Evening Star)',
    ]);
  });

  it('brings its one date of a kind, which can then agree with a source', () => {
    expect(dates('Members back a strike in April.')).toEqual([]);
  });

  it('brings no date when it is a caption, which dates its picture', () => {
    const c = ctx('Members back a strike on 16 April.');
    const claims = c.claims.map((cl) => (cl.text.startsWith('Members back') ? { ...cl, caption: true } : cl));
    expect(compareDates({ ...c, claims }).map((d) => d.summary)).toEqual([
      '9 April (Daily Planet) · 16 April (Evening Star)',
    ]);
    expect(compareDates(c)).toEqual([]);
  });
});

describe('attributions: different sources credited for one statement', () => {
  // Both claims in one group, as a loose cut can leave two statements of one event.
  const grouped = (...texts: string[]) => {
    const base = ungroupedContext(texts, OUTLETS);
    const vectors = weightVectors(
      base.claims.map((c, i) =>
        claimFeatureCounts(c, {
          entities: [...new Set(base.facts[i]?.names.map((n) => n.key))],
          nameSpans: base.facts[i]?.names ?? [],
          numbers: [],
        }),
      ),
    );
    return { ...base, vectors, groupOf: new Map(base.claims.map((_, i) => [i, 0])) };
  };
  const attributions = (...texts: string[]): string[] =>
    compareQuotes(grouped(...texts))
      .filter((d) => d.kind === 'attribution')
      .map((d) => d.summary);

  it('are a discrepancy when the claims are close enough to be one statement', () => {
    expect(
      attributions(
        'No vehicles were on the Carvell road when the quarry face collapsed, police said.',
        'No vehicles were on the Carvell road when the quarry face collapsed, the company said.',
      ),
    ).toHaveLength(1);
  });

  it('show only the disputed role, unless it qualifies a disputed side in the same claim', () => {
    // Who reported it is disputed; where the mayor said something else agrees with nobody and no one.
    expect(
      attributions(
        "The mayor famously called the docks 'our home' after the strike, and famously said at a harbour rally that 'we fell in love.' The Harbour Gazette reported that the port would reopen in May.",
        'Two people familiar with the plans claim the port would reopen in May.',
      ),
    ).toEqual(['Harbour Gazette reported (Daily Planet) · Two people familiar … claim (Evening Star)']);
    expect(
      attributions(
        'River Radio first reported that the port would reopen in May.',
        'It was reported by the Harbour Gazette (and revealed in an interview with Coast FM) that the port would reopen in May.',
      ),
    ).toEqual([
      'River Radio first reported (Daily Planet) · reported by the Harbour Gazette (Evening Star) · interview with Coast FM (Evening Star)',
    ]);
  });

  it('are not when one side is officials or authorities, who speak for any body of the story', () => {
    for (const [a, b] of [
      ['Authorities said', 'The Carvell Fire Department said'],
      ['Fire officials said', 'Authorities said'],
      ['Officials said', 'Fire Chief Michael Postorino said'],
    ])
      expect(
        attributions(
          `${a} crews were called to a gas leak on Mission Street shortly before 10am.`,
          `${b} crews were called to a gas leak on Mission Street shortly before 10am.`,
        ),
      ).toEqual([]);
    // Unnamed people of another kind are another source.
    expect(
      attributions(
        'Residents said crews were called to a gas leak on Mission Street shortly before 10am.',
        'The Carvell Fire Department said crews were called to a gas leak on Mission Street shortly before 10am.',
      ),
    ).toHaveLength(1);
  });

  it('are not when the unnamed people are what the named body is named for', () => {
    expect(
      attributions(
        'Investigators said no vehicles were on the Carvell road when the quarry face collapsed.',
        'The Quarry Investigation Branch said no vehicles were on the Carvell road when the quarry face collapsed.',
      ),
    ).toEqual([]);
  });

  it('are not when two plain "X said" claims state different things', () => {
    expect(
      attributions(
        'No vehicles were on the Carvell road at the time, police said.',
        'The company said it had complied with the order within the deadline.',
      ),
    ).toEqual([]);
  });
});
