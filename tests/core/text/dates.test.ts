import { describe, expect, it } from 'vitest';
import { dateBound, datesConflict } from '../../../src/core/text/date-compare';
import { findDates } from '../../../src/core/text/dates';

const render = (text: string): string =>
  findDates(text)
    .map((d) => `${d.text}=${d.key}`)
    .join('; ');

describe('findDates', () => {
  it.each([
    [
      'month day, year',
      'The photo was taken on January 27, 2022 and released on January 28.',
      'January 27, 2022=2022-01-27; January 28=01-28',
    ],
    [
      'day month year',
      'Thursday 10 February 2022 13:37 EST',
      'Thursday=weekday:4; 10 February 2022=2022-02-10; 13:37 EST=time:13:37',
    ],
    ['no comma', 'the January 6 2021 attack', 'January 6 2021=2021-01-06'],
    ['relative month', 'after he left office last January', 'last January=last month:1'],
    ['year after a preposition', 'their summit in 2018.', '2018=2018'],
    ['times', 'at 3 p.m. on Tuesday', '3 p.m.=time:15:00; Tuesday=weekday:2'],
    ['"may" the verb is not a month', 'He may go. In May 2019 he went.', 'May 2019=2019-05'],
  ])('%s', (_name, text, expected) => {
    expect(render(text)).toBe(expected);
  });
});

describe('datesConflict', () => {
  const one = (text: string) => findDates(text)[0]!;
  it('flags different days and agrees on the same day written two ways', () => {
    expect(datesConflict(one('on March 3, 2021'), one('on March 5, 2021'))).toBe(true);
    expect(datesConflict(one('on March 3, 2021'), one('on 3 March 2021'))).toBe(false);
    expect(datesConflict(one('on March 3'), one('on March 3, 2021'))).toBe(false);
    expect(datesConflict(one('on Tuesday'), one('on Thursday'))).toBe(true);
  });

  it('compares clock times given with their zones in UTC, and a zoned time only with another', () => {
    const time = (text: string) => findDates(text).find((d) => d.precision === 'time')!;
    expect(datesConflict(time('presented at 12:00 BST on Monday'), time('presented at 11:00 GMT'))).toBe(
      false,
    );
    expect(datesConflict(time('at 12:00 BST'), time('at 12:00 GMT'))).toBe(true);
    // Wire copy's four-digit time with a zone, across midnight.
    expect(datesConflict(time('lifted off at 5:41 p.m. EST'), time('at 2241 GMT'))).toBe(false);
    expect(datesConflict(time('at 23:30 GMT'), time('at 00:30 BST'))).toBe(false);
    // The other report may give local time: no verdict either way.
    expect(datesConflict(time('at 12:00 BST'), time('at 11am'))).toBe(false);
    expect(datesConflict(time('at 7pm'), time('at 8pm'))).toBe(true);
    // A four-digit figure without a zone is no time.
    expect(findDates('a fleet of 2241 ships').length).toBe(0);
  });

  it('reads the day of an event that lasts several ("on day three of five", "Day 4"), not "from day one"', () => {
    const day = (text: string) => findDates(text).find((d) => d.precision === 'event-day');
    expect(day('Headingley (day three of five): Carvell 179')?.key).toBe('event-day:3');
    expect(
      datesConflict(day('He scored the winning four on Day 4')!, day('Day four of five: Carvell 67')!),
    ).toBe(false);
    expect(datesConflict(day('(day three of five) Carvell 179')!, day('Day four of five: Carvell 67')!)).toBe(
      true,
    );
    expect(day('He had backed the plan from day one.')).toBeUndefined();
    expect(day('It was a good day three years ago.')).toBeUndefined();
  });

  it('reads "over the weekend" as Saturday or Sunday', () => {
    const day = (text: string) => findDates(text).find((d) => d.precision === 'weekday')!;
    expect(datesConflict(day('after a loss over the weekend'), day('after a loss on Monday night'))).toBe(
      true,
    );
    expect(datesConflict(day('after a loss at the weekend'), day('after a loss on Sunday'))).toBe(false);
    expect(datesConflict(day('after a loss last weekend'), day('after a loss over the weekend'))).toBe(false);
    expect(findDates("this weekend's game")[0]?.text).toBe('this weekend');
  });

  it('does not compare different precisions', () => {
    expect(datesConflict(one('in 2018'), one('on March 3, 2021'))).toBe(false);
  });
});

describe('months with and without a year, and bounds', () => {
  const one = (text: string) => findDates(text)[0]!;
  it('compares "in March" with "March 2030" by the month only', () => {
    expect(datesConflict(one('suspended in March'), one('until March 2030'))).toBe(false);
    expect(datesConflict(one('suspended in March'), one('in April 2030'))).toBe(true);
    expect(datesConflict(one('in March 2029'), one('in March 2030'))).toBe(true);
  });

  it('names the word that makes a date bound a period', () => {
    const bound = (text: string) => dateBound(text, one(text));
    expect(bound('It was the first cut since March 2020.')).toBe('since');
    expect(bound('She cannot return before March 2030.')).toBe('before');
    expect(bound('She will resign as prime minister no later than February 7.')).toBe('by');
    // The date a "since" clause names starts a period.
    expect(bound('It was the largest march since the city was handed back to Carvell in 1997.')).toBe(
      'since',
    );
    expect(bound('The city was handed back to Carvell in 1997.')).toBeNull();
    expect(bound('The plant will reopen no earlier than March 2030.')).toBe('after');
    expect(bound('The bank cut rates in March 2020.')).toBeNull();
    // What is put off until a date happens on it: an event date, not a bound.
    expect(bound('The judge adjourned sentencing until 27 November.')).toBeNull();
    expect(bound('The hearing was postponed until Friday.')).toBeNull();
    expect(bound('The road stays closed until Friday.')).toBe('until');
    // When help was called, not when the event happened.
    expect(bound('Crews were called to the Carvell road shortly before 10am.')).toBe('call');
    expect(bound('Police received a 911 call at 9:01 a.m. about a gas leak.')).toBe('call');
    expect(bound('The group raised the alarm at around 16:00 on Sunday.')).toBe('call');
    expect(bound('The match was called off at 3pm.')).toBeNull();
    expect(bound('MPs called for an inquiry on Monday.')).toBeNull();
    // When it was said, not when the event happened.
    expect(bound('The sheriff spoke at a news conference Friday, April 22, about the death.')).toBe('speech');
    expect(bound('The firm denied the claim in a statement on Thursday.')).toBe('speech');
    expect(bound('The firm called the report false in a statement on Thursday.')).toBe('speech');
    expect(bound('He was found at his home on Thursday.')).toBeNull();
    // When a person was born or a body founded, not when the event happened.
    expect(bound('Heaney was born in 1939 in County Londonderry.')).toBe('born');
    expect(bound('The poet, born in Castledawson in 1939, died on Friday.')).toBe('born');
    expect(bound('Heaney, who was born on 13 April 1939, won the prize.')).toBe('born');
    expect(bound('The chain, founded in Austin in 1980, agreed the sale on Friday.')).toBe('founded');
    expect(bound('Heaney won the Nobel Prize in 1995.')).toBeNull();
    expect(bound('The baby was born, and the mother left hospital on Friday.')).toBeNull();
    // When something was planned or expected, not when it happened.
    expect(bound('Holt was expected to announce his resignation on Sunday.')).toBe('expected');
    expect(bound('She was due to be sentenced on Friday.')).toBe('expected');
    expect(bound('The firm had planned to open the plant in March 2030.')).toBe('expected');
    // A plan still ahead dates the event the story is about.
    expect(bound('She is due to be sentenced on Friday.')).toBeNull();
    expect(bound('Work is scheduled to start in April 2027.')).toBeNull();
    expect(bound('The match was cancelled due to the storm on Friday.')).toBeNull();
    expect(bound('Holt announced his resignation on Sunday.')).toBeNull();
    // When a state held, not when anything happened.
    expect(bound('Two people remain inside the tram as of 11.30am.')).toBe('as of');
    expect(bound('The fund held 40 homes as at 31 March.')).toBe('as of');
  });
});

describe('days and months compared on what both give', () => {
  const one = (text: string) => findDates(text)[0]!;
  it('compares a day with a month by the month (and the year when both give one)', () => {
    expect(datesConflict(one('on 11 October 2025'), one('in November 2025'))).toBe(true);
    expect(datesConflict(one('on 11 October 2025'), one('in October 2025'))).toBe(false);
    expect(datesConflict(one('on 11 October 2025'), one('on the morning of October 11'))).toBe(false);
    expect(datesConflict(one('backdated to 14 March 2026'), one('backdated to 4 March'))).toBe(true);
    expect(datesConflict(one('backdated to 4 March'), one('until March 2030'))).toBe(false);
  });

  it('keeps years, weekdays and times to their own kind', () => {
    expect(datesConflict(one('in 2018'), one('on 11 October 2025'))).toBe(false);
    expect(datesConflict(one('on Tuesday'), one('on 11 October 2025'))).toBe(false);
    expect(datesConflict(one('on Tuesday'), one('on Sunday'))).toBe(true);
  });
});

describe('times, exact and loose', () => {
  const one = (text: string) => findDates(text)[0]!;
  it('reads "shortly before", "just after" and "about" as loose times, not bounds', () => {
    expect(one('came off the tracks shortly before 9am').approx).toBe('before');
    expect(one('was derailed just after 8am').approx).toBe('after');
    expect(one('at about 3pm').approx).toBe('about');
    expect(one('at 8.05am').approx).toBeUndefined();
    expect(dateBound('It derailed shortly before 9am.', one('It derailed shortly before 9am.'))).toBeNull();
    expect(dateBound('Nobody may enter before 9am.', one('Nobody may enter before 9am.'))).toBe('before');
  });

  it('reads the 24-hour clock, but not scores, ratios or the name of a departure', () => {
    expect(render('They collided at 19:40, and help came at around 20:15.')).toBe(
      '19:40=time:19:40; around 20:15=time:20:15',
    );
    expect(render('Kelby won 3:1 at home.')).toBe('');
    expect(render('The 07:40 service and the 8.05am train were cancelled.')).toBe('');
    expect(datesConflict(one('at about 7.40pm'), one('at 19:40'))).toBe(false);
    expect(datesConflict(one('at around 8.40pm'), one('at 19:40'))).toBe(true);
  });

  it('reads historical years after "in", but not a count of minutes', () => {
    expect(render('It was carried off from the palace in 1889, when soldiers sacked the city.')).toBe(
      '1889=1889',
    );
    expect(render('He had played in 1650 minutes of league football.')).toBe('');
    expect(datesConflict(one('looted in 1889'), one('looted in 1898'))).toBe(true);
  });

  it('reads spoken clock times, with or without the part of the day', () => {
    expect(render('It was back up shortly after half past one in the afternoon.')).toBe(
      'shortly after half past one in the afternoon=time:13:30',
    );
    expect(render("Doors opened at a quarter to nine and closed at ten o'clock.")).toBe(
      "a quarter to nine=time:08:45; ten o'clock=time:10:00",
    );
    expect(render('It ended at twenty-five past eleven at night.')).toBe(
      'twenty-five past eleven at night=time:23:25',
    );
    expect(render('She was one of five to go, and half past the age of caring.')).toBe('');
    // Without morning or afternoon, either reading may be meant.
    expect(datesConflict(one('at half past one'), one('at 1.30pm'))).toBe(false);
    expect(datesConflict(one('at half past one'), one('at 1.30am'))).toBe(false);
    expect(datesConflict(one('at half past one'), one('at 3.30pm'))).toBe(true);
    expect(datesConflict(one('at half past one in the morning'), one('at 1.30pm'))).toBe(true);
  });

  it('compares times by the minutes they cover, with room for rounding', () => {
    expect(datesConflict(one('at 8.05am'), one('just after 8am'))).toBe(false);
    expect(datesConflict(one('at 8.05am'), one('at 8am'))).toBe(false);
    expect(datesConflict(one('at 8.05am'), one('shortly before 9am'))).toBe(true);
    expect(datesConflict(one('at 3pm'), one('at 4pm'))).toBe(true);
    expect(datesConflict(one('at about 3pm'), one('at 3.10pm'))).toBe(false);
    // Two exact times ten minutes apart are two times; an estimate reaches five minutes each way.
    expect(datesConflict(one('at 9.20pm'), one('at 9.30pm'))).toBe(true);
    expect(datesConflict(one('at about 3pm'), one('at 3.15pm'))).toBe(true);
    expect(datesConflict(one('at about 9.20pm'), one('at about 9.30pm'))).toBe(false);
  });
});
