import { describe, expect, it } from 'vitest';
import { compareStoryNames } from '../../../src/core/detect/story-names';
import { ungroupedContext } from './ungrouped-context';

const OUTLETS = ['Daily Planet', 'Evening Star', 'Harbour FM'];

/** Story-wide name discrepancies among one-paragraph articles that share no group. */
const names = (...texts: string[]): string[] =>
  compareStoryNames(ungroupedContext(texts, OUTLETS)).map((d) => `${d.kind}/${d.severity}: ${d.summary}`);

describe('compareStoryNames: first names of one person', () => {
  it('flags a person given two first names in sentences that are not grouped', () => {
    expect(
      names(
        'The tribunal, chaired by Margaret Elsworth, found the sample contained a banned drug.',
        'The panel, chaired by the retired judge Marguerite Elsworth, was not persuaded.',
      ),
    ).toEqual(['name/low: Margaret Elsworth (Daily Planet) · Marguerite Elsworth (Evening Star)']);
  });

  it('leaves alone a family, places, a source naming both, and a short form', () => {
    // Three first names for one surname: a family, not one person named three ways.
    expect(
      names('Dana Holt opened the fair.', 'Tom Holt judged the cakes.', 'Ann Holt ran the raffle.'),
    ).toEqual([]);
    // Roads, ports and cities are places, not surnames.
    expect(names('The crash closed Ashgrove Road.', 'Diversions ran along Station Road.')).toEqual([]);
    // A source that names both means two people.
    expect(
      names('Dana Holt and her husband Tom Holt opened the fair.', 'Tom Holt judged the cakes.'),
    ).toEqual([]);
    expect(names('Tom Holt judged the cakes.', 'Tomas Holt judged the cakes.')).toEqual([]);
    // A plural of a thing ends the name of a thing: two awards, not one person's two first names.
    expect(names('The film swept the Carvell Awards.', 'The film won at the Harbour Awards.')).toEqual([]);
  });

  it('knows English pet names that do not begin like the name ("Bob" / "Robert", "Peggy" / "Margaret")', () => {
    expect(names('Mine owner Bob Aske spoke to reporters.', 'Robert Aske, the mine owner, spoke.')).toEqual(
      [],
    );
    expect(names('Peggy Aske opened the fair.', 'The fair was opened by Margaret Aske.')).toEqual([]);
    // A pet name of another name is another person.
    expect(names('Mine owner Bob Aske spoke to reporters.', 'William Aske, the mine owner, spoke.')).toEqual([
      'name/low: Bob Aske (Daily Planet) · William Aske (Evening Star)',
    ]);
  });
});

describe('compareStoryNames: an organisation named with a word more or less', () => {
  it('flags a word added in the middle or in front of an organisation name', () => {
    expect(
      names(
        'Carvell Council said it would review the licence.',
        'Carvell District Council, which licenses the park, will look again at it.',
      ),
    ).toEqual(['name/low: Carvell Council (Daily Planet) · Carvell District Council (Evening Star)']);
    expect(
      names(
        'The Air Passenger Rights Council urged travellers to keep receipts.',
        'The Passenger Rights Council advised travellers to hang on to receipts.',
      ),
    ).toEqual([
      'name/low: Air Passenger Rights Council (Daily Planet) · Passenger Rights Council (Evening Star)',
    ]);
  });

  it('leaves alone people, roles, places and names in front, and a source using both', () => {
    expect(names('Mary Ann Holt opened the fair.', 'Ann Holt opened the fair.')).toEqual([]);
    // An acronym in front says whose body it is ("UN World Health Organization").
    expect(
      names(
        'The UN Harbour Health Organization said 16 cases were suspected.',
        'The Harbour Health Organization said 16 people were quarantined.',
      ),
    ).toEqual([]);
    expect(
      names('Prosecutor Daniel Rourke KC told the jury.', 'The jury heard from Daniel Rourke KC.'),
    ).toEqual([]);
    expect(names('The US National Archives said so.', 'The National Archives said so.')).toEqual([]);
    // A time in front says which one: "Easter Bank Holiday" is a Bank Holiday.
    expect(
      names(
        'The vault was raided over the Easter Bank Holiday weekend.',
        'Staff found the raid after the Bank Holiday break.',
      ),
    ).toEqual([]);
    expect(names('Carvell National Bank cut rates.', 'The National Bank cut rates.')).toEqual([]);
    expect(names('Carvell District Council and Carvell Council both met.', 'Carvell Council met.')).toEqual(
      [],
    );
  });

  it('leaves alone a word one source puts inside the name and another after it ("Prize for literature")', () => {
    expect(
      names(
        'Dana Holt has won the Carvell Prize for poetry.',
        'Dana Holt won the Carvell Poetry Prize on Thursday.',
      ),
    ).toEqual([]);
    expect(
      names(
        'Dana Holt has won the Carvell Prize in Poetry.',
        'Dana Holt won the Carvell Poetry Prize on Thursday.',
      ),
    ).toEqual([]);
    // Another word after the shorter name is no such complement.
    expect(
      names(
        'Dana Holt has won the Carvell Prize for fiction.',
        'Dana Holt won the Carvell Poetry Prize on Thursday.',
      ),
    ).toEqual(['name/low: Carvell Prize (Daily Planet) · Carvell Poetry Prize (Evening Star)']);
  });
});

describe('compareStoryNames: a couple sharing a surname and short first names', () => {
  it('leaves alone "Dennis and Maureen Aske" named apart elsewhere, and "Steve" / "Stephen"', () => {
    expect(
      names(
        'Dennis Aske, 84, said the water came in under the door.',
        'Firefighters brought Dennis and Maureen Aske out by boat. Maureen Aske thanked the crew.',
      ),
    ).toEqual([]);
    expect(
      names(
        'Site manager Stephen Haldane was at the quarry.',
        'Quarry boss Steve Haldane spoke to reporters.',
      ),
    ).toEqual([]);
  });
});

describe('compareStoryNames: a headline counts as using a name', () => {
  it('does not set a source against another when its headline uses the other name', () => {
    const texts = [
      'The Carvell City Marathon was stopped at noon.',
      'The Carvell Marathon was called off in the heat.',
    ];
    const flagged = (c: ReturnType<typeof ungroupedContext>): string[] =>
      compareStoryNames(c).map((d) => d.summary);
    expect(flagged(ungroupedContext(texts, OUTLETS))).toEqual([
      'Carvell City Marathon (Daily Planet) · Carvell Marathon (Evening Star)',
    ]);
    // A context is read once (its names are gathered once): the headline is set on a new one.
    const ctx = ungroupedContext(texts, OUTLETS);
    const [first] = ctx.articles.keys();
    const article = ctx.articles.get(first as string);
    if (!article) throw new Error('no article');
    (ctx.articles as Map<string, typeof article>).set(first as string, {
      ...article,
      title: 'Carvell Marathon stopped in the heat',
    });
    expect(flagged(ctx)).toEqual([]);
  });
});

describe('compareStoryNames: the first word of a place or body', () => {
  it('flags a first word misremembered ("Larkhill" / "Larkfield Primary School")', () => {
    expect(
      names(
        'Pupils at Larkhill Primary School in Carvell were sent home.',
        'Larkfield Primary School was closed for the rest of the week.',
      ),
    ).toEqual(['name/low: Larkhill Primary School (Daily Planet) · Larkfield Primary School (Evening Star)']);
    expect(
      names('Staff moved everyone out of Willowbank House.', 'Willowbrook House was evacuated by boat.'),
    ).toEqual(['name/low: Willowbank House (Daily Planet) · Willowbrook House (Evening Star)']);
  });

  it('leaves alone two places, one spelling, people and a source naming both', () => {
    expect(names('Northgate Primary School will close.', 'Southgate Primary School will close too.')).toEqual(
      [],
    );
    expect(names('Larkhill Primary School closed.', 'Larkhil Primary School closed.')).toEqual([]);
    expect(
      names(
        'Larkhill Primary School and Larkfield Primary School closed.',
        'Larkfield Primary School closed.',
      ),
    ).toEqual([]);
  });
});

describe('compareStoryNames: the surname of one person', () => {
  it('flags a surname misheard ("Jonathan Pettigrew" / "Jonathan Pettifer", "Jory Kestle" / "Jory Castle")', () => {
    expect(
      names(
        'Defending, Jonathan Pettigrew said his client was sorry.',
        'Jonathan Pettifer told the court his client was sorry.',
      ),
    ).toEqual(['name/low: Jonathan Pettigrew (Daily Planet) · Jonathan Pettifer (Evening Star)']);
    expect(names('The singer Jory Kestle left the stage.', 'The singer Jory Castle left the stage.')).toEqual(
      ['name/low: Jory Kestle (Daily Planet) · Jory Castle (Evening Star)'],
    );
  });

  it('leaves alone two things of one maker ("SpaceX Starship" / "SpaceX Starbase")', () => {
    expect(
      names(
        'The CarvellX Starship exploded minutes after launch on Thursday.',
        'Debris from the launch at CarvellX Starbase fell over the coast.',
      ),
    ).toEqual([]);
    expect(
      names(
        'The rocket was built by Jory Kestle on Thursday.',
        'The rocket was built by Jory Castle on Thursday.',
      ),
    ).toHaveLength(1);
  });

  it('leaves alone unlike surnames and a source naming both; one spelling is a spelling note', () => {
    expect(names('Anna Lindqvist spoke.', 'Anna Lindquist spoke.')).toEqual([
      'spelling/low: Anna Lindqvist (Daily Planet) · Anna Lindquist (Evening Star)',
    ]);
    expect(names('Anna Holt spoke.', 'Anna Brennock spoke.')).toEqual([]);
    expect(names('Jory Kestle and Jory Castle spoke.', 'Jory Castle spoke.')).toEqual([]);
  });
});

describe('compareStoryNames: one name spelt two ways by one source each', () => {
  it('notes a first name or a surname spelt two ways, in sentences that are not grouped', () => {
    expect(
      names(
        'Ten patients arrived at Carvell General, spokeswoman Rachael Kagan told reporters.',
        'Rachel Kagan of Carvell General said the hospital had received 34 patients.',
      ),
    ).toEqual(['spelling/low: Rachael Kagan (Daily Planet) · Rachel Kagan (Evening Star)']);
    expect(
      names(
        'The students Ye Mengyuan and Wang Linjia died in the crash.',
        'They have been identified as Ye Mengtuan and Wang Linjia, both 16.',
      ),
    ).toEqual(['spelling/low: Ye Mengyuan (Daily Planet) · Ye Mengtuan (Evening Star)']);
  });

  it('keeps a last vowel, or a vowel of a short name, that makes another name', () => {
    expect(names('Mario Ferri spoke.', 'Maria Ferri spoke.')).toEqual([
      'name/low: Mario Ferri (Daily Planet) · Maria Ferri (Evening Star)',
    ]);
    expect(names('Dana Ferri spoke.', 'Dena Ferri spoke.')).toEqual([
      'name/low: Dana Ferri (Daily Planet) · Dena Ferri (Evening Star)',
    ]);
  });
});

describe('compareStoryNames: a double-barrelled surname', () => {
  it('flags one person given a double-barrelled surname by one source and half of it by another', () => {
    expect(
      names(
        'The bystander, Bernard Carter-Holt, 78, was stabbed as he tried to help.',
        'Bernard Holt, 77, was stabbed when he tried to intervene.',
      ),
    ).toEqual(['name/low: Bernard Carter-Holt (Daily Planet) · Bernard Holt (Evening Star)']);
  });

  it('leaves alone three words not joined by a hyphen, and a source naming both', () => {
    expect(names('Mary Ann Holt spoke.', 'Mary Holt spoke.')).toEqual([]);
    // An article before the surname ("Al-"), kept by one source and dropped by another.
    expect(
      names(
        'The toll was given by army spokesman Ahmed Al-Carvelli on Tuesday.',
        'More than 2,000 died, according to Ahmed Carvelli, a spokesman.',
      ),
    ).toEqual([]);
    expect(names('Bernard Carter-Holt and his cousin Bernard Holt spoke.', 'Bernard Holt spoke.')).toEqual(
      [],
    );
    // "Mr Carter-Holt" is a surname alone, not a first name "Carter".
    expect(
      names('Mr Carter-Holt, 78, was stabbed as he tried to help.', 'Bernard Holt, 77, was stabbed.'),
    ).toEqual([]);
    // Two places joined ("the New Carvell-Holt corridor") are no person: "new" is no first name.
    expect(
      names(
        'The train left the track along the busy New Carvell-Holt corridor.',
        'The train was travelling from Holt to New Carvell when it derailed.',
      ),
    ).toEqual([]);
  });
});

describe('compareStoryNames: one street as two kinds of street', () => {
  it('flags "Monastery Avenue" / "Monastery Road" from different sources, not two streets one source names', () => {
    expect(
      names(
        'The bus rear-ended a car at Monastery Avenue and struck a pillar, police said.',
        'The crash happened at Frederick Avenue and Monastery Road in Carvell.',
      ),
    ).toEqual(['name/low: Monastery Avenue (Daily Planet) · Monastery Road (Evening Star)']);
    expect(
      names(
        'The bus turned from Monastery Avenue into Monastery Road, police said.',
        'The crash happened at Monastery Road in Carvell.',
      ),
    ).toEqual([]);
  });
});

describe("compareStoryNames: one person's names in two orders", () => {
  it('flags "Hassan Hamad" / "Hamad Hassan" from different sources, not a source that names both', () => {
    expect(
      names(
        'Health Minister Hassan Hamad had earlier reported at least 70 deaths in Carvell.',
        'Health Minister Hamad Hassan fears an increase in infections over the next ten days.',
      ),
    ).toEqual([
      'name/low: Health Minister Hassan Hamad (Daily Planet) · Health Minister Hamad Hassan (Evening Star)',
    ]);
    // Two people of one story, one source naming both.
    expect(
      names(
        'Judge Martin Lewis and the prosecutor, Lewis Martin, met on Monday in Carvell.',
        'The prosecutor Lewis Martin spoke to reporters in Carvell.',
      ),
    ).toEqual([]);
  });
});

describe('compareStoryNames: parts of a place', () => {
  it('leaves alone two parts of a place ("West Yorkshire" / "North Yorkshire")', () => {
    expect(
      names(
        'Flood warnings were issued across West Carvellshire on Sunday.',
        'Flood warnings were issued across North Carvellshire on Sunday.',
      ),
    ).toEqual([]);
  });
});
