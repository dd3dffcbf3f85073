import { describe, expect, it } from 'vitest';
import { findAttributions, type Attribution } from '../../../src/core/detect/find-attributions';
import { maySameSource, sameParty } from '../../../src/core/detect/same-source';
import { findNameMentions } from '../../../src/core/text/names';
import { findTitles } from '../../../src/core/text/titles';

/** Attributions as 'role:relation=party (display)'. */
const render = (text: string): string =>
  findAttributions(text, findNameMentions(text), findTitles(text))
    .map((a) => `${a.role}:${a.relation}=${a.party} (${a.display})`)
    .join('; ');

describe('findAttributions', () => {
  it.each([
    [
      'told an outlet',
      'Dana Holt told River Radio that the plan works.',
      'recipient:told=river radio (told River Radio)',
    ],
    [
      'said to, with an article',
      'Holt said to the Harbour Gazette: "It works."',
      'recipient:said to=harbour gazette (said to the Harbour Gazette)',
    ],
    [
      'in an interview with',
      'She added in an interview with River Radio on Monday.',
      'recipient:interview with=river radio (interview with River Radio)',
    ],
    [
      'the press, told as a body',
      '"It will take days," Dana Holt told reporters at the briefing.',
      'recipient:told=reporter (told reporters)',
    ],
    [
      'a message is its sender\'s ("according to a tweet from …")',
      'According to a tweet from the regional emergency services, three people were hurt.',
      'source:according to=regional emergency service (According to a tweet from the regional emergency services)',
    ],
    [
      'what a body finds out is no party ("according to the investigation")',
      'According to the investigation, the bus crashed into a car.',
      '',
    ],
    [
      'a name ending in such a word is ("according to the Heartland Review")',
      'The questions were first raised, according to the Heartland Review.',
      'source:according to=heartland review (according to the Heartland Review)',
    ],
    [
      'people of a named body speak for it, and an outlet reporting it at the end passes it on',
      'Carvell Machines officials said that the craft tipped over, CBS reported.',
      'source:said=carvell machines (Carvell Machines officials said); source:reported=cbs (CBS reported)',
    ],
    [
      'a ruling is no party, but the court whose ruling it is is one',
      'She was jailed for three years, according to the ruling by a district court in Carvell.',
      'source:according to=district court (according to the ruling by a district court)',
    ],
    [
      "data from a named body is that body's",
      'A dozen ships were waiting, according to ship-tracking data from Tidewell Marine.',
      'source:according to=tidewell marine (according to ship-tracking data from Tidewell Marine)',
    ],
    [
      'a count of the people who are the source',
      'The scenes in Carvell were like an inferno, according to one witness.',
      'source:according to=witness (according to one witness)',
    ],
    [
      'a statement opening the sentence',
      'In a statement released by her office, Dana Holt said the plan works.',
      'recipient:in=statement (In a statement)',
    ],
    [
      'a setting in -ing after "told"',
      '"We will not pay a penny," Dana Holt told an emergency meeting of the council\'s cabinet.',
      'recipient:told=emergency meet (told an emergency meeting)',
    ],
    [
      'a setting after "said at"',
      '"It works," Holt said at a press conference at the stadium.',
      'recipient:at=press conference (said at a press conference)',
    ],
    [
      'according to a body',
      'Trams will run every six minutes, according to the operator, Ellery Metro.',
      'source:according to=ellery metro (according to the operator, Ellery Metro)',
    ],
    [
      'first reported by',
      'The move was first reported by the broadcaster Sportkanaal 7.',
      'source:reported by=sportkanaal (first reported by the broadcaster Sportkanaal 7)',
    ],
    [
      'speaking to, opening the sentence',
      'Speaking to River Radio, Dana Holt said the plan works.',
      'recipient:said to=river radio (Speaking to River Radio)',
    ],
    [
      'first carried by',
      'News of the arrest was first carried by the Carvell Gazette.',
      'source:reported by=carvell gazette (first carried by the Carvell Gazette)',
    ],
    [
      'told a setting',
      '"We acted," Holt told a news conference in Carvell.',
      'recipient:told=news conference (told a news conference)',
    ],
    [
      'told a body',
      '"We acted," Holt told parliament\'s finance committee on Monday.',
      "recipient:told=parliament finance committee (told parliament's finance committee)",
    ],
    [
      'a statement as the channel',
      '"This is wrong," she wrote in a statement on social media.',
      'recipient:in=statement (wrote in a statement)',
    ],
    [
      'a named outlet after a common noun',
      '"This is wrong," she told the broadcaster Sportline on Thursday.',
      'recipient:told=sportline (told the broadcaster Sportline)',
    ],
    ['people are not a setting', '"We acted," Holt told onlookers in Carvell.', ''],
    [
      'first raised by',
      'The questions were first raised by the Harbour Review in January.',
      'source:reported by=harbour review (first raised by the Harbour Review)',
    ],
    [
      'first reported in a month by',
      'The allegations were first reported in January by the Carvell Lantern.',
      'source:reported by=carvell lantern (first reported in January by the Carvell Lantern)',
    ],
    [
      'first revealed by',
      'News of the closure was first revealed by Harbour FM on Tuesday.',
      'source:reported by=harbour fm (first revealed by Harbour FM)',
    ],
    [
      'X reported',
      'The Daily Planet reported that the plan was dropped.',
      'source:reported=daily planet (Daily Planet reported)',
    ],
    [
      'advised by',
      'Residents were advised by the regional health agency to stay inside.',
      'source:advised by=regional health agency (advised by the regional health agency)',
    ],
    [
      'a body telling the public',
      'The county council told residents to stay inside.',
      'source:told=county council (county council told)',
    ],
    [
      'a trailing "X said"',
      'Trams will run every six minutes, the council said.',
      'source:said=council (council said)',
    ],
  ])('%s', (_name, text, expected) => {
    expect(render(text)).toBe(expected);
  });

  it('finds an unnamed source that is the subject of a verb of saying', () => {
    expect(render('Two people who are familiar with the plans claim the bridge will close.')).toBe(
      'source:said=person (Two people \u2026 claim)',
    );
    expect(render('Officials said the bridge would reopen.')).toBe('source:said=official (Officials said)');
    // Whose people they are is part of the source: "University bosses" speak for the university.
    expect(render('University bosses say students can complain.')).toBe(
      'source:said=university boss (University bosses say)',
    );
    // A kind of business is a body even where its first senses are the thing it runs.
    expect(render('The airline said all flights were cancelled.')).toBe(
      'source:said=airline (The airline said)',
    );
    expect(render('The supermarket says prices will fall.')).toBe(
      'source:said=supermarket (The supermarket says)',
    );
    expect(render('The bridge that engineers inspected is said to be safe.')).toBe('');
    expect(render('The injured woman was said to be in a stable condition.')).toBe('');
    // A relative clause's verb has the relative pronoun for subject ("that has claimed 670 lives").
    expect(
      render('Six villages below the landslide that has claimed an estimated 670 lives will be evacuated.'),
    ).toBe('');
    // A relative clause's own pronoun is the verb's subject ("which it says"), not the sentence's.
    expect(render('The maker has asked owners to remove floor mats, which it says can jam the pedal.')).toBe(
      '',
    );
  });

  it('finds a named subject of a verb of saying at the start of a sentence', () => {
    expect(render('Carvell Police said the walkers had been well equipped.')).toBe(
      'source:said=carvell police (Carvell Police said)',
    );
    expect(render('The Ellery Tram Company has confirmed the line will open in May.')).toBe(
      'source:said=ellery tram company (Ellery Tram Company has confirmed)',
    );
    // A name later in the sentence is not its subject.
    expect(render('The walkers, Carvell Police said, were well equipped.')).toBe('');
    // The stops of an initialism are inside the phrase ("U.S. officials").
    expect(render('The crash killed nine people, according to U.S. officials.')).toBe(
      'source:according to=u official (according to U.S. officials)',
    );
    // A conjunction opening the clause is no part of the subject, nor is a dateline.
    expect(render('While Carvell Motors says the fix is simple, owners are worried.')).toBe(
      'source:said=carvell motors (Carvell Motors says)',
    );
    // A dateline before the subject is no part of it.
    expect(
      render('CARVELL -- Carvellian Prime Minister Dana Holt announced on Friday that she will resign.'),
    ).toBe('source:said=carvellian prime minister dana holt (Carvellian Prime Minister Dana Holt announced)');
  });

  it('finds a named subject set off by an apposition, with the body the description names', () => {
    expect(render('The branch president, Dr Rhiannon Ashworth-Pryce, said the deal was fair.')).toBe(
      'source:said=rhiannon ashworth pryce (Dr Rhiannon Ashworth-Pryce said)',
    );
    expect(render('Elspeth Garrow, managing director of Northsound Ferries, said the crew were safe.')).toBe(
      'source:said=elspeth garrow northsound ferries (Elspeth Garrow said)',
    );
    const [garrow] = findAttributions(
      'Elspeth Garrow, managing director of Northsound Ferries, said the crew were safe.',
      findNameMentions('Elspeth Garrow, managing director of Northsound Ferries, said the crew were safe.'),
      [],
    );
    const [ferries] = findAttributions(
      'Northsound Ferries said the crew were safe.',
      findNameMentions('Northsound Ferries said the crew were safe.'),
      [],
    );
    expect(maySameSource(garrow as Attribution, ferries as Attribution)).toBe(true);
  });

  it('does not read the words of a quote as the subject of "said"', () => {
    expect(render('"Holt is exactly the type of striker we need," said manager Ann Berg.')).toBe('');
  });

  it('ignores pronouns, documents and titles of works as sources', () => {
    expect(render('He has kept in touch, according to a new book.')).toBe('');
    expect(render('According to The Long Road, a new book, he stayed.')).toBe('');
    expect(render('It works, she said.')).toBe('');
  });
});

describe('maySameSource', () => {
  const source = (text: string): Attribution => {
    const found = findAttributions(text, findNameMentions(text)).find((a) => a.role === 'source');
    if (!found) throw new Error(`no source in: ${text}`);
    return found;
  };
  const recipient = (text: string): Attribution => {
    const found = findAttributions(text, findNameMentions(text)).find((a) => a.role === 'recipient');
    if (!found) throw new Error(`no recipient in: ${text}`);
    return found;
  };

  it('takes a capital or a seat of power for its country ("told Washington" / "told the United States")', () => {
    const us = recipient('Russia told the United States on Wednesday it would expel diplomats.');
    expect(maySameSource(us, recipient('Russia told Washington that it would expel diplomats.'))).toBe(true);
    expect(maySameSource(us, recipient('Russia told the White House that it would expel diplomats.'))).toBe(
      true,
    );
    expect(maySameSource(us, recipient('Russia told Beijing that it would expel diplomats.'))).toBe(false);
  });

  it('takes one person with a post before the name or a body after it for one source', () => {
    // The party keys of one detective as two sources wrote him, linked across the story.
    const party = (p: string): Attribution => ({
      ...source('The gold was stolen, Dana Mavity said.'),
      party: p,
    });
    expect(maySameSource(party('mike mavity project k'), party('peel regional det sgt mike mavity'))).toBe(
      true,
    );
    expect(maySameSource(party('mike mavity project k'), party('peel regional det sgt dana holt'))).toBe(
      false,
    );
  });

  it('takes a spokesman of no named body for the investigators, not for witnesses', () => {
    const spokesman = source('The tram was travelling too fast, a spokesman said.');
    expect(maySameSource(spokesman, source('The tram was travelling too fast, investigators said.'))).toBe(
      true,
    );
    expect(maySameSource(spokesman, source('The tram was travelling too fast, witnesses said.'))).toBe(false);
  });

  it('takes a spokeswoman for the named publicist, but not for a named witness', () => {
    const spokeswoman = source('He died at his home on Thursday, a spokeswoman said.');
    expect(maySameSource(spokeswoman, source('He died at his home, publicist Anna Holt said.'))).toBe(true);
    expect(maySameSource(spokeswoman, source('He died at his home, neighbour Anna Holt said.'))).toBe(false);
  });

  it('takes the press and its events for one audience, not an outlet or a statement', () => {
    const reporters = recipient('"It works," Dana Holt told reporters.');
    expect(maySameSource(reporters, recipient('"It works," Holt said at a news conference.'))).toBe(true);
    expect(
      maySameSource(reporters, recipient('"It works," Holt said in an interview with WPLX News 10.')),
    ).toBe(false);
    expect(maySameSource(reporters, recipient('In a statement, Holt said: "It works."'))).toBe(false);
  });

  it('reads people a name only qualifies as unnamed people ("French authorities", "Carvell\'s chief prosecutor")', () => {
    expect(render('Nine items were stolen, French authorities said.')).toBe(
      'source:said=french authority (French authorities said)',
    );
    expect(
      maySameSource(
        source('Nine items were stolen, French authorities said.'),
        source('Police are hunting four thieves, Carvell\u2019s chief prosecutor said.'),
      ),
    ).toBe(true);
  });

  it('reads a phrase of place or time that opens the sentence as no subject', () => {
    expect(
      render(
        'At the party\u2019s first caucus meeting of the year on Thursday, Holt said she had had enough.',
      ),
    ).not.toContain('party');
    expect(render('After the crash on Monday, officials said the line would reopen.')).toBe(
      'source:said=official (officials said)',
    );
  });

  it('reads "according to a latest briefing" as no party: whose briefing it was is not said', () => {
    expect(render('The death toll rose to 50, according to a latest briefing.')).toBe('');
    expect(render('The death toll rose to 44, according to the Carvell News Agency.')).toBe(
      'source:according to=carvell news agency (according to the Carvell News Agency)',
    );
  });

  it('reads "reported missing" as what befell people, not as someone reporting', () => {
    expect(render('The minister also warned of thousands reported missing in the flooded city.')).toBe('');
    expect(render('The Carvell Courier reported that thousands were missing.')).toBe(
      'source:reported=carvell courier (Carvell Courier reported)',
    );
  });

  it('reads people who are the subject of a clause of their own as no source ("At least four people have died, X told reporters")', () => {
    expect(render('At least four people have died, District Magistrate Prashant Arya told reporters.')).toBe(
      'recipient:told=reporter (told reporters)',
    );
  });

  it('reads news outlets a name qualifies as the press ("told Indian news outlets" / "told reporters")', () => {
    expect(render('"A lot of water came at once," Arya told Indian news outlets.')).toBe(
      'recipient:told=indian news outlet (told Indian news outlets)',
    );
    expect(
      maySameSource(
        recipient('"A lot of water came at once," Arya told Indian news outlets.'),
        recipient('"A lot of water came at once," Arya told reporters.'),
      ),
    ).toBe(true);
  });

  it('lets officers and detectives speak for the police, not firefighters', () => {
    const police = source('The vault was covered in dust, police said.');
    expect(maySameSource(police, source('Officers said they found the vault covered in dust.'))).toBe(true);
    expect(maySameSource(police, source('Detectives said they found the vault covered in dust.'))).toBe(true);
    expect(maySameSource(police, source('Firefighters said they found the vault covered in dust.'))).toBe(
      false,
    );
  });

  it('finds the named speaker after a body in the description, beside "according to"', () => {
    expect(
      render('Carvell Council spokesperson Dana Holt said the road would close, according to Reuters.'),
    ).toBe(
      'source:said=dana holt carvell council (Carvell Council spokesperson Dana Holt said); source:according to=reuters (according to Reuters)',
    );
  });

  it('lets a name speak for an unnamed body', () => {
    expect(
      maySameSource(
        source('Dana Holt said the clinics would reopen.'),
        source('The clinics will reopen, the trust said.'),
      ),
    ).toBe(true);
  });

  it('lets a named person be one of the unnamed people their role names ("Analysts" / "Retail analyst Priya Venkataram")', () => {
    expect(
      maySameSource(
        source('Analysts said the rescue bought the chain time.'),
        source('Retail analyst Priya Venkataram said the rescue bought the chain time.'),
      ),
    ).toBe(true);
    expect(
      maySameSource(
        source('Analysts said the rescue bought the chain time.'),
        source('Union leader Dana Holt said the rescue bought the chain time.'),
      ),
    ).toBe(false);
  });

  it('lets one person named by a post be the named person, not a spokesperson or people', () => {
    const named = source('Graham Pethick said the bridge was safe.');
    expect(
      maySameSource(source("The council's principal bridges engineer said the bridge was safe."), named),
    ).toBe(true);
    expect(maySameSource(source('The attorney general said the bridge was safe.'), named)).toBe(true);
    expect(maySameSource(source('A council spokesman said the bridge was safe.'), named)).toBe(false);
    expect(maySameSource(source('Two engineers said the bridge was safe.'), named)).toBe(false);
  });

  it('lets a spokesperson speak for a named body, not for a named person', () => {
    const spokesperson = source('A spokesperson said the bridge was safe.');
    expect(maySameSource(spokesperson, source('Carvell City Council said the bridge was safe.'))).toBe(true);
    expect(maySameSource(spokesperson, source('Graham Pethick said the bridge was safe.'))).toBe(false);
  });

  it('takes "the company" for any business, but two kinds of business or two public bodies for two', () => {
    const company = source('The company said the review would take weeks.');
    expect(maySameSource(company, source('The supermarket chain says the review will take weeks.'))).toBe(
      true,
    );
    expect(
      maySameSource(
        source('The carrier said the review would take weeks.'),
        source('The manufacturer said the review would take weeks.'),
      ),
    ).toBe(false);
    expect(
      maySameSource(
        source('The regional health agency said the review would take weeks.'),
        source('The county council said the review would take weeks.'),
      ),
    ).toBe(false);
  });

  it('takes one person with different affiliations for one source', () => {
    expect(
      maySameSource(
        source('Celeste Marburn, a civil rights attorney representing Gaskin, said she would sue.'),
        source('Celeste Marburn, a Kansas City civil rights lawyer, said she would sue.'),
      ),
    ).toBe(true);
  });

  it('takes two names for one party when one holds the other or they end alike, not for a shared place', () => {
    expect(
      maySameSource(
        recipient('Karen Oduya told the Carvell Argus she had never been so frightened.'),
        recipient("Karen Oduya told Radio Carvell's breakfast show she had never been so frightened."),
      ),
    ).toBe(false);
    expect(
      maySameSource(
        recipient('Dana Holt told the Courier she would appeal.'),
        recipient('Dana Holt told the Kestlebury Courier she would appeal.'),
      ),
    ).toBe(true);
  });

  it('keeps apart unnamed people, a differently described body, and two names', () => {
    expect(
      maySameSource(
        source('The Carvell Times reported the boxes held letters.'),
        source('Two people familiar with the boxes claim they held letters.'),
      ),
    ).toBe(false);
    expect(
      maySameSource(
        source('Trams will run every six minutes, according to the operator, Ellery Metro.'),
        source('Trams will run every six minutes, the council said.'),
      ),
    ).toBe(false);
    expect(
      maySameSource(
        source('Carvell Police said the walkers were well equipped.'),
        source('Dana Holt said the walkers were well equipped.'),
      ),
    ).toBe(false);
    // A name that says what kind of body it is: an authority is not the company.
    expect(
      maySameSource(
        source('The company said heavy rain washed slurry into the reservoir.'),
        source('Rain washed slurry into the reservoir, according to the Carvell Rivers Authority.'),
      ),
    ).toBe(false);
    // A surname that is also a noun ("Smith") names a person, who may speak for the police.
    expect(
      maySameSource(
        source('The bus struck a pillar near the cemetery, police spokesman T.J. Smith said.'),
        source('The bus struck a pillar near the cemetery, police said.'),
      ),
    ).toBe(true);
    // A bare word for any body ("the agency") may be the body another source describes.
    expect(
      maySameSource(
        source('Cases range in age from nine months to 73 years, the health unit said.'),
        source('Cases range in age from nine months to 73, the agency said.'),
      ),
    ).toBe(true);
    expect(
      maySameSource(
        source('Cases range in age from nine months to 73 years, the health unit said.'),
        source('Cases range in age from nine months to 73, the fire department said.'),
      ),
    ).toBe(false);
    // A name that does not: the company may be Carvell Rail.
    expect(
      maySameSource(
        source('The company said the line would reopen.'),
        source('The line will reopen, according to Carvell Rail.'),
      ),
    ).toBe(true);
  });
});

describe('sameParty', () => {
  it('matches parties that share a content word and keeps others apart', () => {
    expect(sameParty('fire official', 'west ridings fire service')).toBe(true);
    expect(sameParty('maggie holt', 'holt')).toBe(true);
    expect(sameParty('council', 'ellery metro')).toBe(false);
  });
});
