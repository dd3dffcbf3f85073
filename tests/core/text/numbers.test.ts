import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isRoundNumber, numberToWords, parseNumberWords } from '../../../src/core/text/number-words';
import { findQuantities } from '../../../src/core/text/numbers';
import { quantitiesAgree, quantityKey } from '../../../src/core/text/quantity-compare';

/** Render quantities as 'display=low..high unit' (vague marked with ~). */
const render = (text: string): string =>
  findQuantities(text)
    .map(
      (q) =>
        `${q.display}=${q.vague ? '~' : ''}${q.low === q.high ? q.low : `${q.low}..${q.high}`} ${q.unit ?? '-'}`,
    )
    .join('; ');

describe('parseNumberWords', () => {
  it.each([
    [['two'], 2],
    [['twenty-one'], 21],
    [['15'], 15],
    [['20,000'], 20000],
    [['1.5', 'million'], 1.5e6],
    [['three', 'hundred', 'and', 'twelve'], 312],
    [['forty', 'thousand'], 40000],
  ] as const)('%j → %d', (words, value) => {
    expect(parseNumberWords(words)).toBe(value);
  });

  it('refuses words that are not numbers', () => {
    expect(parseNumberWords(['several'])).toBeNull();
    expect(parseNumberWords(['million'])).toBeNull();
  });

  it('round-trips generated numbers through words and through digits', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 999_999_999 }), (n) => {
        expect(parseNumberWords(numberToWords(n).split(' '))).toBe(n);
        expect(parseNumberWords([n.toLocaleString('en-US')])).toBe(n);
      }),
    );
  });
});

describe('findQuantities', () => {
  it('reads British number words: "a hundred and twenty", "one hundred and five", "a thousand"', () => {
    expect(render('Roughly a hundred and twenty people spent the night there.')).toBe(
      'a hundred and twenty people=108..132 person',
    );
    expect(render('A thousand people and one hundred and five homes.')).toBe(
      'A thousand people=1000 person; one hundred and five homes=105 home',
    );
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 9 }), fc.integer({ min: 1, max: 99 }), (h, r) => {
        const text = `They emptied ${h === 1 ? 'a' : numberToWords(h)} hundred and ${numberToWords(r)} homes.`;
        const [q] = findQuantities(text);
        expect([q?.low, q?.unit]).toEqual([h * 100 + r, 'home']);
      }),
    );
  });

  it('reads "half a dozen" and "half a million" as half the scale', () => {
    expect(render('Half a dozen fire engines were sent.')).toBe('Half a dozen fire engines=6 engine');
    expect(quantitiesAgree(findQuantities('half a dozen engines')[0]!, findQuantities('6 engines')[0]!)).toBe(
      true,
    );
    expect(render('They waited half an hour.')).toBe('half an hour=0.5 hour');
  });

  it('reads a number word inside a name ("the Carvell One Cup") as no count, except in a title-case headline', () => {
    expect(render('He will miss nine league games and Carvell One Cup matches this season.')).toBe(
      'nine games=9 game',
    );
    expect(render('Carvell Rovers Two Up After Nine Minutes')).toBe('Two=2 -; Nine=9 -');
  });

  it('reads digits grouped by spaces ("4 000 films", "1\u00a0200 people") as one number, not before a letter or a year', () => {
    expect(render('Its library has 17 000 TV shows.')).toBe('17 000 shows=17000 show');
    expect(render('Then 1\u00a0200 people came.')).toBe('1\u00a0200 people=1200 person');
    expect(
      quantitiesAgree(findQuantities('17 000 TV shows')[0]!, findQuantities('17,000 TV shows')[0]!),
    ).toBe(true);
    expect(render('She won 3 100m races.')).not.toContain('3100');
  });

  it('reads a year after "the" before a singular noun ("the 2027/2028 season") as no count', () => {
    expect(render('He cannot play again until the 2027/2028 season.')).toBe('');
    expect(render('He won the 2019 election.')).toBe('');
    expect(render('There were 2000 staff on site.')).toBe('2000 staff=2000 staff');
  });

  it('reads a spoken decimal ("one point four million people") as one number', () => {
    expect(render('There were one point four million people without power.')).toBe(
      'one point four million people=1400000 person',
    );
  });

  it('ends the counted noun at a spaced dash: "one count - enticement" counts counts', () => {
    expect(render('Holt was cleared of one count - enticement of a minor.')).toBe('one count=1 count');
    expect(render('Holt was cleared of one count -- enticement of a minor.')).toBe('one count=1 count');
    expect(render('Holt was cleared of one count \u2013 enticement of a minor.')).toBe('one count=1 count');
  });

  it('reads a span in the singular before a noun ("his 20 year career", "a 20 year old man") as the span', () => {
    expect(render('He played his entire 20 year career with Carvell.')).toBe('20 year=20 year');
    expect(render('A 20 year old man was arrested.')).toBe('20 year old=20 year-old');
    expect(render('He served 20 years in prison.')).toBe('20 years=20 year');
  });

  it('reads "a 34-year-old man" as an age, not a count of men', () => {
    expect(render('A 34-year-old man was flown to hospital.')).toBe('34-year-old=34 year-old');
  });

  it.each([
    [
      'counts with their unit noun',
      'The mayor held two summits and three meetings.',
      'two summits=2 summit; three meetings=3 meeting',
    ],
    [
      'digits with thousands separators',
      'Then 20,000 people marched past 15 boxes.',
      '20,000 people=20000 person; 15 boxes=15 box',
    ],
    [
      'estimates and bounds',
      'About 60 firefighters and more than 200 workers, fewer than 10 cars.',
      '60 firefighters=54..66 firefighter; 200 workers=200..20000 worker; 10 cars=0..10 car',
    ],
    [
      'fractions are percentages',
      'A quarter of the cost and two-thirds of them.',
      'A quarter=25 percent; two-thirds=66.66666666666667 percent',
    ],
    [
      'currency with scale words and suffixes',
      'It cost \u00a34 million, then \u20ac42m.',
      '\u00a34 million=4000000 gbp; \u20ac42m=42000000 eur',
    ],
    [
      'a number and its unit in one word',
      'She signed a five-year contract for the 8-kilometre route.',
      'five-year=5 year; 8-kilometre=8 kilometre',
    ],
    [
      'a span or a length with "-long": the unit, not the noun after it',
      'After an almost four-month-long trial and a 72-hour-long walkout came a 10-mile-long queue.',
      'four-month-long=3.6..4 month; 72-hour=72 hour; 10-mile=10 mile',
    ],
    ['adjectives before the unit', 'The route will have 11 new stops.', '11 stops=11 stop'],
    ['scale words', 'The city spent 1.5 million dollars.', '1.5 million dollars=1500000 usd'],
    ['hyphenated number words', 'Officers fired twenty-one shots.', 'twenty-one shots=21 shot'],
    [
      'vague quantities stay vague',
      'They held several rounds of talks with dozens of officials.',
      'several rounds=~3..7 talk; dozens=~24..144 -',
    ],
    [
      'a group of people counts groups, not people',
      'A webcam showed one group of people walking away from the rim.',
      'one group=1 group',
    ],
    [
      'a number of dozens',
      'More than two dozen people were missing and three dozen eggs broke.',
      'two dozen people=24..36 person; three dozen eggs=36 egg',
    ],
    [
      'a handful and a dozen',
      'A handful of firms sold a dozen eggs.',
      'A handful=~2..6 -; a dozen eggs=12 egg',
    ],
    [
      'half is fifty percent',
      'Half of the voters and 50 percent of the members agreed.',
      'Half=50 percent; 50 percent=50 percent',
    ],
    [
      'tallies give both numbers the unit',
      'It passed by 212 votes to 40.',
      '212 votes to 40=212 vote; 212 votes to 40=40 vote',
    ],
    [
      'hyphenated tallies',
      'It passed in a 212-to-40 vote.',
      '212-to-40 vote=212 vote; 212-to-40 vote=40 vote',
    ],
    ['years, ordinals and possessive years are not counts', "In 2018 the 45th mayor cited 1977's law.", ''],
    ['"one another" and "one of" are not counts', 'They wrote to one another about one of the plans.', ''],
    ['participles are not units', 'The two exchanged letters.', 'two=2 -'],
  ])('%s', (_name, text, expected) => {
    expect(render(text)).toBe(expected);
  });

  it('gives offsets inside the text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 120 }), (text) => {
        for (const q of findQuantities(text)) {
          expect(q.start).toBeGreaterThanOrEqual(0);
          expect(q.end).toBeLessThanOrEqual(text.length);
          expect(q.start).toBeLessThan(q.end);
        }
      }),
    );
  });
});

describe('quantitiesAgree', () => {
  const one = (text: string) => findQuantities(text)[0]!;
  it('agrees across forms and units', () => {
    expect(quantitiesAgree(one('a dozen eggs'), one('12 eggs'))).toBe(true);
    expect(quantitiesAgree(one('5 km'), one('three miles'))).toBe(true);
    expect(quantitiesAgree(one('half of them'), one('50 percent of them'))).toBe(true);
    expect(quantitiesAgree(one('several rounds'), one('three rounds'))).toBe(true);
    expect(quantitiesAgree(one('more than 200 workers'), one('212 workers'))).toBe(true);
    expect(quantitiesAgree(one('a quarter of it'), one('25 percent of it'))).toBe(true);
    expect(quantitiesAgree(one('\u00a34 million'), one('\u00a34m'))).toBe(true);
    expect(quantitiesAgree(one('an 8-kilometre line'), one('a 5-mile line'))).toBe(true);
  });

  it('allows for rounding in a conversion once: an estimate across units has its own range only', () => {
    expect(quantitiesAgree(one('about 5 km'), one('three miles'))).toBe(true);
    // About 155 miles is 225-274 km; 216 km is 134 miles.
    expect(quantitiesAgree(one('about 155 miles'), one('216 kilometres'))).toBe(false);
    expect(quantitiesAgree(one('about 135 miles'), one('216 kilometres'))).toBe(true);
    // A bound is one figure, rounded in conversion: 80,000 km is 49,710 miles.
    expect(quantitiesAgree(one('more than 50,000 miles'), one('80,000 kilometres'))).toBe(true);
  });

  it('agrees where a fraction is written rounded ("a third" / "33.3 per cent" / "33%"), not between two decimals', () => {
    expect(quantitiesAgree(one('a third of voters'), one('33.3 per cent of voters'))).toBe(true);
    expect(quantitiesAgree(one('a third of voters'), one('33% of voters'))).toBe(true);
    expect(quantitiesAgree(one('two thirds of voters'), one('66.7 per cent of voters'))).toBe(true);
    expect(quantitiesAgree(one('a third of voters'), one('34 per cent of voters'))).toBe(false);
    expect(quantitiesAgree(one('2.1% of voters'), one('2% of voters'))).toBe(false);
  });

  it('reads "almost" and "just over" as estimates from one side, not as open bounds', () => {
    expect(quantitiesAgree(one('almost four in five of them'), one('78 per cent of them'))).toBe(true);
    expect(quantitiesAgree(one('almost four in five of them'), one('87 per cent of them'))).toBe(false);
    expect(quantitiesAgree(one('nearly 1,200 people'), one('1,200 people'))).toBe(true);
    expect(quantitiesAgree(one('nearly 1,200 people'), one('1,250 people'))).toBe(false);
    expect(quantitiesAgree(one('just over two-thirds of voters'), one('70 per cent of voters'))).toBe(true);
    expect(quantitiesAgree(one('just over two-thirds of voters'), one('90 per cent of voters'))).toBe(false);
    expect(quantitiesAgree(one('just over two-thirds of voters'), one('61 per cent of voters'))).toBe(false);
  });

  it('disagrees on different values', () => {
    expect(quantitiesAgree(one('two meetings'), one('three meetings'))).toBe(false);
    expect(quantitiesAgree(one('several rounds'), one('two rounds'))).toBe(false);
    expect(quantitiesAgree(one('5 km'), one('5 miles'))).toBe(false);
    expect(quantitiesAgree(one('a five-year deal'), one('a four-year deal'))).toBe(false);
    expect(quantitiesAgree(one('nearly 100 people'), one('150 people'))).toBe(false);
  });
});

describe('proportions and bounds', () => {
  const one = (text: string) => findQuantities(text)[0]!;
  it('reads "N in M" and "N out of M" as a share, not as two counts', () => {
    expect(render('The airline runs three in five flights from the airport.')).toBe(
      'three in five=60 percent',
    );
    expect(render('One in three residents and nine out of 10 voters agreed.')).toBe(
      'One in three=33..34 percent; nine out of 10=90 percent',
    );
    expect(render('He scored three in five minutes.')).toBe('three=3 -; five minutes=5 minute');
    expect(quantitiesAgree(one('three in five flights'), one('60 per cent of flights'))).toBe(true);
    expect(quantitiesAgree(one('one in three voters'), one('33% of voters'))).toBe(true);
    expect(quantitiesAgree(one('one in four voters'), one('a third of voters'))).toBe(false);
  });

  it('reads a share qualified as an estimate or a bound ("nearly four in five", "more than one in three")', () => {
    expect(render('Nearly four in five members backed the deal.')).toBe('four in five=72..80 percent');
    expect(quantitiesAgree(one('nearly four in five members'), one('78 per cent of members'))).toBe(true);
    expect(quantitiesAgree(one('four in five members'), one('78 per cent of members'))).toBe(false);
    expect(findQuantities('more than one in three voters')[0]?.bound).toBe('min');
    // Fractions too: "almost a fifth" (18–22 %) agrees with 18 %, "a fifth" alone does not.
    expect(quantitiesAgree(one('almost a fifth of their value'), one('18% of their value'))).toBe(true);
    expect(quantitiesAgree(one('a fifth of their value'), one('18% of their value'))).toBe(false);
    expect(findQuantities('more than two-thirds of its value')[0]?.bound).toBe('min');
  });

  it('compares two bounds of one kind by their limits', () => {
    expect(quantitiesAgree(one('up to £220 each'), one('up to £250'))).toBe(false);
    expect(quantitiesAgree(one('up to £250 each'), one('as much as £250'))).toBe(true);
    expect(quantitiesAgree(one('more than 200 people'), one('over 300 people'))).toBe(false);
    // A bound and a value inside it agree.
    expect(quantitiesAgree(one('up to £250'), one('£200'))).toBe(true);
    expect(quantitiesAgree(one('more than 200 people'), one('212 people'))).toBe(true);
  });

  it('reads a lower bound on an unround number as a count, on a round one as a magnitude', () => {
    // "At least seven" is the confirmed count: "eleven" is another count, "eight" may be the same.
    expect(quantitiesAgree(one('at least seven people died'), one('eleven people died'))).toBe(false);
    expect(quantitiesAgree(one('at least seven people died'), one('eight people died'))).toBe(true);
    expect(quantitiesAgree(one('at least 520 people were hurt'), one('about 1,200 people were hurt'))).toBe(
      false,
    );
    expect(quantitiesAgree(one('at least 14 brokers'), one('15 brokers'))).toBe(true);
    // A round number only says how big: open above.
    expect(quantitiesAgree(one('more than 20 goals'), one('280 goals'))).toBe(true);
    expect(quantitiesAgree(one('more than a hundred fans'), one('around 150 fans'))).toBe(true);
    expect(quantitiesAgree(one('more than 1,000 staff'), one('1,300 staff'))).toBe(true);
  });
});

describe('isRoundNumber', () => {
  it('is true for one significant digit (or 15, 25 times a power of ten) from 10 up', () => {
    expect([10, 20, 300, 1000, 150_000, 2500, 9e6].map(isRoundNumber)).toEqual(Array(7).fill(true));
    expect([7, 12, 14, 520, 1300, 160_001, 0.5].map(isRoundNumber)).toEqual(Array(7).fill(false));
  });
});

describe('units written out, durations, speeds and points', () => {
  const one = (text: string) => findQuantities(text)[0]!;
  const parsed = (text: string) => findQuantities(text).map((q) => [q.low, q.unit, q.display]);

  it('reads units the word parser cannot see and half-quantities', () => {
    expect(parsed('Some 50 per cent of its systems')).toEqual([[45, 'percent', '50 per cent']]);
    expect(parsed('winds of more than 110km/h')).toEqual([[110, 'km/h', '110km/h']]);
    // "500m" is metres unless a currency comes before or a plural noun after it.
    expect(parsed('Police threw a 500m cordon around the site.')).toEqual([[500, 'm', '500m']]);
    expect(parsed('a cordon 500m from the quarry')).toEqual([[500, 'm', '500m']]);
    expect(parsed('a \u00a3500m deal for 2m people')).toEqual([
      [500e6, 'gbp', '\u00a3500m'],
      [2e6, 'person', '2m people'],
    ]);
    expect(parsed('a cut of 25 basis points')).toEqual([[25, 'basis point', '25 basis points']]);
    expect(parsed('for a day and a half')).toEqual([[1.5, 'day', 'a day and a half']]);
    expect(parsed('two and a half hours later')).toEqual([[2.5, 'hour', 'two and a half hours']]);
    expect(parsed('half a percentage point')).toEqual([[0.5, 'percentage point', 'half a percentage point']]);
    expect(parsed('over the next fortnight')).toEqual([[1, 'fortnight', 'fortnight']]);
    // A span in two units of time is one span, in the smaller unit.
    expect(parsed('it left an hour and 15 minutes late')).toEqual([[75, 'minute', 'an hour and 15 minutes']]);
    expect(parsed('a hard-fought, 3-hour, 9-minute final')).toEqual([[189, 'minute', '3-hour, 9-minute']]);
    expect(parsed('the flight lasted two hours and 30 minutes')).toEqual([
      [150, 'minute', 'two hours and 30 minutes'],
    ]);
    expect(parsed('after 1 hour 20 minutes of play')).toEqual([[80, 'minute', '1 hour 20 minutes']]);
    expect(parsed('within five minutes and 10 people')).toEqual([
      [5, 'minute', 'five minutes'],
      [10, 'person', '10 people'],
    ]);
  });

  it('agrees across the ways one amount is written', () => {
    expect(quantitiesAgree(one('for 36 hours'), one('for a day and a half'))).toBe(true);
    expect(quantitiesAgree(one('over the next fortnight'), one('within two weeks'))).toBe(true);
    expect(quantitiesAgree(one('about half of them'), one('50 per cent of them'))).toBe(true);
    expect(quantitiesAgree(one('gusts of 110km/h'), one('gusts of 70mph'))).toBe(true);
    expect(quantitiesAgree(one('by 50 basis points'), one('by half a percentage point'))).toBe(true);
    expect(quantitiesKey('for 36 hours')).toBe(quantitiesKey('for a day and a half'));
    expect(quantitiesKey('by 50 basis points')).toBe(quantitiesKey('by half a percentage point'));
    expect(quantitiesAgree(one('it weighed 7,000 metric tons'), one('it weighed 7,000 tonnes'))).toBe(true);
    expect(quantitiesAgree(one('about 600 square metres'), one('about 6,458 square feet'))).toBe(true);
    expect(quantitiesAgree(one('an area of 2 hectares'), one('an area of 20,000 square metres'))).toBe(true);
  });

  it('reads areas and volumes as their own units, not as lengths', () => {
    expect(parsed('a collapse of 600 square meters of a roof')).toEqual([
      [600, 'square meter', '600 square meters'],
    ]);
    expect(parsed('50 cubic metres of water')).toEqual([[50, 'cubic metre', '50 cubic metres']]);
    expect(quantitiesKey('600 square metres')).not.toBe(quantitiesKey('600 metres'));
  });

  it('still disagrees on different amounts', () => {
    expect(quantitiesAgree(one('for 36 hours'), one('for two days'))).toBe(false);
    expect(quantitiesAgree(one('by 25 basis points'), one('by half a percentage point'))).toBe(false);
    expect(quantitiesAgree(one('gusts of 110km/h'), one('gusts of 110mph'))).toBe(false);
    // In one unit values compare as written (the 5% slack is for conversions only).
    expect(quantitiesAgree(one('inflation of 2.1%'), one('a 2% target'))).toBe(false);
    expect(quantitiesAgree(one('more than thirty years'), one('two years'))).toBe(false);
    expect(parsedDisplay('inflation of 2.1%')).toBe('2.1%');
    expect(quantitiesKey('for 36 hours')).not.toBe(quantitiesKey('for two days'));
  });
});

const parsedDisplay = (text: string): string => findQuantities(text)[0]!.display;
const quantitiesKey = (text: string): string => quantityKey(findQuantities(text)[0]!);

describe('counted nouns after words the lexicon does not know', () => {
  it('looks past an unknown word to the plural noun after it, but not past a verb', () => {
    expect(render('The carrier cancelled 38 outbound flights.')).toBe('38 flights=38 flight');
    expect(render('Three workers were taken to hospital.')).toBe('Three workers=3 worker');
    expect(render('It found 12 cryptosporidium cases.')).toBe('12 cases=12 case');
    // The hurt named by what befell them, as "seven dead"; not before a noun.
    expect(render('It reported 157 deaths and 5000 injured.')).toContain('5000 injured=5000 injured');
    expect(render('The two injured men were taken to hospital.')).toBe('two men=2 man');
    // "sold" is a verb's past, not a plural: "smartphones" (unknown) is no adjective of it.
    expect(render('It will recall 7 smartphones sold worldwide.')).not.toContain('sell');
    expect(render('It found 12 zorbling women.')).toBe('12 women=12 woman');
  });
});

describe('spans of time that mark a moment', () => {
  it('are offsets ("10 minutes after the break", "after 38 minutes"), not amounts ("banned for four years after …")', () => {
    const offset = (text: string) => findQuantities(text).map((q) => [q.display, q.offset === true]);
    expect(offset('Holt equalised 10 minutes after the break.')).toEqual([['10 minutes', true]]);
    expect(offset('Reyes scored after 38 minutes.')).toEqual([['38 minutes', true]]);
    expect(offset('She was banned for four years after testing positive.')).toEqual([['four years', false]]);
    expect(offset('Play was suspended for 18 minutes.')).toEqual([['18 minutes', false]]);
  });
});

describe('"N of them" and "N of whom"', () => {
  it('count what the sentence counted just before', () => {
    expect(render('Twenty-three runners were taken to hospital, two of them in a serious condition.')).toBe(
      'Twenty-three runners=23 runner; two of them=2 runner',
    );
    expect(render('The collapse left 9 people injured, 3 of whom were taken to hospital.')).toBe(
      '9 people=9 person; 3 of whom=3 person',
    );
    expect(render('Two of them were hurt.')).toBe('Two=2 -');
  });
});

describe('digits before a number word', () => {
  it('do not join it: "In 2019 two men died" counts two men, and no year', () => {
    expect(render('In 2019 two men died in the Carvell fire.')).toBe('two men=2 man');
    expect(render('It cost 2 million pounds.')).toBe('2 million pounds=2000000 gbp');
  });
});

describe('fraction words that are ordinals', () => {
  it('are no share before their noun ("a fifth consecutive rise", "a third term")', () => {
    expect(render('It was a fifth consecutive rise and her third term.')).toBe('');
    expect(render('A third of voters backed it and a quarter voted no; turnout fell by a fifth.')).toBe(
      'A third=33.333333333333336 percent; a quarter=25 percent; a fifth=20 percent',
    );
  });
});

describe('fractions of whole things', () => {
  it('count nothing ("a 7.8 magnitude quake strikes"), but measure and scale ("1.5 hours", "2.5 million people")', () => {
    expect(render('A 7.8 magnitude quake strikes Carvell.')).toBe('7.8=7.8 -');
    expect(render('It took 1.5 hours and 2.5 years; 2.5 million people moved 3.5 miles.')).toBe(
      '1.5 hours=1.5 hour; 2.5 years=2.5 year; 2.5 million people=2500000 person; 3.5 miles=3.5 mile',
    );
  });
});

describe('vulgar fractions', () => {
  it('add to the number they are glued to ("1½ hours", "2¼ miles")', () => {
    expect(render('The bus was 1\u00bd hours from Carvell and 2\u00bc miles from the coast.')).toBe(
      '1\u00bd hours=1.5 hour; 2\u00bc miles=2.25 mile',
    );
  });
});

describe('a count whose noun is left out', () => {
  it('counts what the sentence counted before when it is the subject of a verb', () => {
    expect(render('Eight people were badly hurt, while a total of 51 had been taken to hospital.')).toBe(
      'Eight people=8 person; 51=51 person',
    );
    // Not without a verb after it, not after a measure, and not with nothing counted before.
    expect(render('Eight people were hurt in the crash at 51 Mill Lane.')).toBe(
      'Eight people=8 person; 51=51 -',
    );
    expect(render('The river rose 3 metres and 40 were evacuated.')).toBe('3 metres=3 metre; 40=40 -');
    expect(render('Police said three were arrested.')).toBe('three=3 -');
  });
});

describe('the whole of a partitive', () => {
  it('is marked, with a possessive or a determiner between', () => {
    const wholes = (text: string): string[] =>
      findQuantities(text)
        .filter((q) => q.whole)
        .map((q) => q.display);
    expect(wholes("Inspectors found defects on 12 of the Carvell company's 24 buses.")).toEqual(['24 buses']);
    expect(wholes('Three of its five carriages left the rails.')).toEqual(['five carriages']);
    expect(wholes('Three carriages and five coaches left the rails.')).toEqual([]);
  });
});

describe('partitive counts', () => {
  it('count the unit of the total they are part of, which stays a quantity of its own', () => {
    expect(
      findQuantities('Three of its five carriages left the rails.').map((q) => [q.low, q.unit, q.display]),
    ).toEqual([
      [3, 'carriage', 'Three carriages'],
      [5, 'carriage', 'five carriages'],
    ]);
    expect(findQuantities('Two of them were hurt.').map((q) => q.unit)).toEqual([null]);
  });
});

describe('counted nouns after a name or in a set', () => {
  const units = (text: string) => findQuantities(text).map((q) => [q.display, q.unit, q.part === true]);

  it('look past a name that qualifies the counted plural ("2.1 million CrispMate Pro XL air fryers")', () => {
    expect(units('Carvell is recalling 2.1 million CrispMate Pro XL air fryers.')).toEqual([
      ['2.1 million fryers', 'fryer', false],
    ]);
    expect(units('It closed 40 Tesco stores.')).toEqual([['40 stores', 'store', false]]);
    // A month after a number dates it; a singular after a name is no counted noun.
    expect(units('On 12 May officials said so.')).toEqual([['12', null, false]]);
    expect(units('She works at the 2 Sisters factory.')).toEqual([['2', null, false]]);
  });

  it('read a number after a name and before a singular noun as a label, not a count ("Connect 42 service")', () => {
    expect(units('It changed the Corleshire Connect 42 service to the academy.')).toEqual([]);
    expect(units('A Boeing 737 jet landed.')).toEqual([]);
    expect(units('Carvell sent 12 engines.')).toEqual([['12 engines', 'engine', false]]);
  });

  it('count the plural after "of its" / "of the", the latter as a part of a set', () => {
    expect(units('It would recall 2.4 million of its CrispMate XL air fryers.')).toEqual([
      ['2.4 million fryers', 'fryer', false],
    ]);
    expect(units('Tests will be run on six of the dead whales.')).toEqual([['six whales', 'whale', true]]);
    // A percentage is a share of the whole, not a part of a set.
    expect(units('Holt got an impressive 55.7% of the votes.')).toEqual([['55.7%', 'percent', false]]);
    // Not a possessive, an adjective, nor a singular.
    expect(units("About 700 of the council's 1,400 staff")).toEqual([
      ['700', null, false],
      ['1,400 staff', 'staff', false],
    ]);
    expect(units('They are 12 of the best.')).toEqual([['12', null, false]]);
  });
});

describe('a span joined to its number', () => {
  it('measures the noun after it ("a 14-year sentence" is 14 years, not 14 sentences)', () => {
    expect(render('He is serving a 14-year sentence for robbery.')).toBe('14-year=14 year');
    expect(render('He signed a 10-year contract.')).toBe('10-year=10 year');
    expect(render('He is serving 12 years for robbery.')).toBe('12 years=12 year');
    expect(render('Police arrested a 34-year-old man.')).toBe('34-year-old=34 year-old');
    // An age written with a space for its last hyphen.
    expect(render('Now the 67-year old has been jailed.')).toBe('67-year old=67 year-old');
  });
});

describe('rates', () => {
  const rates = (text: string) => findQuantities(text).map((q) => [q.display, q.rate === true]);
  it('mark a count or sum per period ("each year", "a year", "per day", "annually")', () => {
    expect(rates('Around 500,000 people visit the pier each year.')).toEqual([['500,000 people', true]]);
    expect(rates('The fund pays £420,000 a year to the village.')).toEqual([['£420,000', true]]);
    expect(rates('Around 200 people were evacuated from the pier.')).toEqual([['200 people', false]]);
    // Not past the clause.
    expect(rates('Around 200 people were evacuated, and the pier opens every day.')).toEqual([
      ['200 people', false],
    ]);
  });
});

describe('currencies written as nouns', () => {
  const one = (text: string) => findQuantities(text)[0]!;

  it('reads pounds, dollars and euros spelled out as the amount the symbol gives', () => {
    expect(
      findQuantities('a reward of fifty thousand pounds for the hoard').map((q) => [q.low, q.unit]),
    ).toEqual([[50000, 'gbp']]);
    expect(quantitiesKey('a reward of fifty thousand pounds')).toBe(
      quantitiesKey('a reward of \u00a350,000'),
    );
    expect(quantitiesAgree(one('cost 5 million dollars'), one('cost $5m'))).toBe(true);
    expect(quantitiesAgree(one('paid 40 euros'), one('paid \u20ac40'))).toBe(true);
    expect(quantitiesAgree(one('a reward of 40,000 pounds'), one('a reward of \u00a350,000'))).toBe(false);
  });

  it('keeps pounds a weight where the sentence is about weight', () => {
    expect(one('seized two pounds of cocaine').unit).toBe('pound');
    expect(one('a 300-pound bomb').unit).toBe('pound');
    expect(one('the fish weighed 40 pounds').unit).toBe('pound');
  });
});

describe('tallies', () => {
  const parsed = (text: string) => findQuantities(text).map((q) => [q.low, q.unit]);
  it('reads votes written with words, dashes and "to"', () => {
    expect(parsed('The committee voted 5-2 to cut rates.')).toEqual([
      [5, 'vote'],
      [2, 'vote'],
    ]);
    expect(parsed('The cut was agreed by six votes to one.')).toEqual([
      [6, 'vote'],
      [1, 'vote'],
    ]);
    expect(parsed('The board split 7\u20132 in favour.')).toEqual([
      [7, 'vote'],
      [2, 'vote'],
    ]);
    expect(parsed('a 212-to-40 vote')).toEqual([
      [212, 'vote'],
      [40, 'vote'],
    ]);
  });

  it('reads "2-3 days" as one range and a score as bare numbers, never a count of wins', () => {
    expect(parsed('The score was one to one.')).toEqual([[1, null]]);
    expect(parsed('It takes 2-3 days.')).toEqual([[2, 'day']]);
    expect(findQuantities('It takes 2-3 days.').map((q) => [q.low, q.high, q.display])).toEqual([
      [2, 3, '2-3 days'],
    ]);
    // Scores: the first number is not below the second, or a result word follows.
    expect(parsed("Murray's 6-4, 7-5, 6-4 victory over the champion")).toEqual(
      [6, 4, 7, 5, 6, 4].map((n) => [n, null]),
    );
    expect(parsed('a 1-2 defeat at home')).toEqual([
      [1, null],
      [2, null],
    ]);
  });
});
