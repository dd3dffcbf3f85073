import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isAcronym, linkNames } from '../../../src/core/text/name-links';
import { collectNameWords, findNameMentions, nameKey } from '../../../src/core/text/names';

describe('nameKey', () => {
  it('folds hyphens, case and diacritics so spelling conventions are one key', () => {
    expect(new Set(['Lee Jae-won', 'Lee Jae Won', 'Lee Jae-Won', 'LEE JAE-WON'].map(nameKey))).toEqual(
      new Set(['lee jae won']),
    );
    expect(nameKey('Jos\u00e9 Mu\u00f1oz')).toBe(nameKey('Jose Munoz'));
  });

  it('reads a regnal number typed with the digit one as that number ("Louis X11" / "Louis XII"), not a plain number', () => {
    expect(nameKey('King Louis X11')).toBe(nameKey('King Louis XII'));
    expect(nameKey('Apollo 11')).toBe('apollo 11');
  });

  it('drops an abbreviated rank before a name, and keeps a given name WordNet lists as a person', () => {
    expect(nameKey('PC Daniel Okonkwo Reid')).toBe('daniel okonkwo reid');
    expect(nameKey('Pc Daniel Okonkwo-Reid')).toBe('daniel okonkwo reid');
    expect(nameKey('Det Insp Mary Ann Jones')).toBe('mary ann jones');
    expect(nameKey('Inspector Michael Tarrant')).toBe('michael tarrant');
  });

  it('drops a role before a name, but not a word that begins a name', () => {
    expect(nameKey('Headteacher Hilary Pemberton')).toBe('hilary pemberton');
    expect(nameKey('Headteacher Mrs Pemberton')).toBe('pemberton');
    expect(nameKey('Farmer Gethin Rowse')).toBe('gethin rowse');
    expect(nameKey('Grandmother Lorna McKissock')).toBe('lorna mckissock');
    expect(nameKey('National Archives')).toBe('national archives');
    expect(nameKey('Korean Central News Agency')).toBe('korean central news agency');
    expect(nameKey('Passenger Rights Council')).toBe('passenger rights council');
    expect(nameKey('Calder Bridge General Hospital')).toBe('calder bridge general hospital');
    expect(nameKey('Hunter Biden')).toBe('hunter biden');
  });

  it('drops a word that qualifies a title before a two-word name ("District Superintendent Greg Haverkamp")', () => {
    expect(nameKey('District Superintendent Greg Haverkamp')).toBe('greg haverkamp');
    expect(nameKey('Superintendent Greg Haverkamp')).toBe('greg haverkamp');
    expect(nameKey('Calder Bridge General Hospital')).toBe('calder bridge general hospital');
  });

  it('drops a post after a rank even where the post can be an adjective ("Chief Executive Dana Brandt")', () => {
    expect(nameKey('Chief Executive Dana Brandt')).toBe('dana brandt');
    expect(nameKey('Deputy Chief Executive Dana Brandt')).toBe('dana brandt');
    expect(nameKey('Chief Financial Officer Dana Brandt')).toBe('dana brandt');
    // Not without a rank before it, nor from a name that is no person's.
    expect(nameKey('Executive Council')).toBe('executive council');
    expect(nameKey('Chief Executive Officer')).toBe('executive officer');
  });

  it('drops a body\'s acronym before a title ("NTSB Vice Chair Renata Okafor-Lind"), not from a name', () => {
    expect(nameKey('NTSB Vice Chair Renata Okafor-Lind')).toBe('renata okafor lind');
    expect(nameKey('NTSB Chair Renata Okafor-Lind')).toBe('renata okafor lind');
    expect(nameKey('BBC Radio Carvell')).toBe('bbc radio carvell');
    expect(nameKey('NHS Carvell Trust')).toBe('nhs carvell trust');
  });

  it('drops a hyphenated role before a two-word name ("Passer-by Bernard Holt"), not a name\'s first word', () => {
    expect(nameKey('Passer-by Bernard Holt')).toBe('bernard holt');
    expect(nameKey('Anglo-Carvell Mining Group')).toBe('anglo carvell mining group');
  });

  it('drops honorifics and possessives', () => {
    expect(nameKey('Mr Smith')).toBe('smith');
    expect(nameKey('Former President Jane Doe')).toBe('jane doe');
    expect(nameKey("Smith's")).toBe('smith');
  });

  it('is idempotent', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 60 }), (s) => {
        expect(nameKey(nameKey(s))).toBe(nameKey(s));
      }),
    );
  });
});

describe('findNameMentions', () => {
  const render = (text: string, known: Set<string> = new Set()): string =>
    findNameMentions(text, known)
      .map((m) => `[[${m.text}]]=${m.key}`)
      .join(' ');

  it('finds capitalised sequences, without weekdays and sentence-initial common words', () => {
    expect(render('According to the Harbour Gazette, Mayor Dana Holt met Mr Berg on Friday.')).toBe(
      '[[Harbour Gazette]]=harbour gazette [[Mayor Dana Holt]]=dana holt [[Mr Berg]]=berg',
    );
    expect(render('The next rate decision is due on Dec. 10, not Sept. 4.')).toBe('');
  });

  it('reads French, Italian and Portuguese particles inside a name ("Laurence des Cars", "Musée du Louvre")', () => {
    expect(render('A letter by the director, Laurence des Cars, was leaked.')).toBe(
      '[[Laurence des Cars]]=laurence des cars',
    );
    expect(render('The Musée du Louvre remains closed.')).toBe('[[Musée du Louvre]]=musee du louvre');
  });

  it('reads a letter set off by apostrophes inside a brand\'s name ("Toys \'R\' Us"), and drops "Inc"', () => {
    expect(render("The chain Toys 'R' Us Inc will close.")).toBe("[[Toys 'R' Us Inc]]=toys r us");
    expect(render('Toys \u2018R\u2019 Us told staff.')).toBe('[[Toys \u2018R\u2019 Us]]=toys r us');
    expect(render("Guns N' Roses played.")).toBe("[[Guns N' Roses]]=guns n roses");
    expect(render("She said 'I' was wrong.")).toBe('');
    expect(nameKey('Mattel Inc.')).toBe('mattel');
  });

  it('reads two streets joined by "and" as two names, a body\'s name with "and" as one', () => {
    expect(render('The crash happened at Frederick Avenue and Monastery Road in Carvell.')).toBe(
      '[[Frederick Avenue]]=frederick avenue [[Monastery Road]]=monastery road [[Carvell]]=carvell',
    );
    expect(render('The Department of Health and Human Services said so.')).toBe(
      '[[Department of Health and Human Services]]=department of health and human services',
    );
  });

  it('reads a post written as an initialism before "of" as no part of the name ("CEO of Carvell Machines")', () => {
    expect(render('Dana Holt, CEO of Carvell Machines, said so.')).toBe(
      '[[Dana Holt]]=dana holt [[Carvell Machines]]=carvell machines',
    );
    expect(render('The Bank of England said so.')).toBe('[[Bank of England]]=bank of england');
  });

  it('reads a name joined with an ampersand as one name ("Tollard & Finch"), and "and" after it as two', () => {
    expect(render('She invested in Tollard & Finch and Marks & Spencer last year.')).toBe(
      '[[Tollard & Finch]]=tollard and finch [[Marks & Spencer]]=marks and spencer',
    );
    // "Gas & Electric" and "Gas and Electric" are one name.
    expect(nameKey('Carvell Gas & Electric')).toBe(nameKey('Carvell Gas and Electric'));
  });

  it('reads a list bullet or a dash as the start of a sentence ("- A Harbour Line ferry …")', () => {
    expect(render('- A Harbour Line ferry collided with a yacht.')).toBe('[[Harbour Line]]=harbour line');
    expect(render('\u2022 Woman hurt as gales hit Carvell')).toBe('[[Carvell]]=carvell');
    // A dateline's double dash too.
    expect(render('CARVELL -- A Harbour Line ferry collided with a yacht.')).toBe(
      '[[Harbour Line]]=harbour line',
    );
  });

  it('leaves a participle that opens the sentence, and its connector, out of the name after it', () => {
    expect(render('Debuting for Carvell Rovers in 2009, he made 435 appearances.')).toBe(
      '[[Carvell Rovers]]=carvell rovers',
    );
    expect(render('Writing for the Harbour Gazette, she said the vote was close.')).toBe(
      '[[Harbour Gazette]]=harbour gazette',
    );
    // A name that begins with such a word, and a connector inside a name, stay.
    expect(render('Running Pulse has asked the trust to publish its policy.')).toBe(
      '[[Running Pulse]]=running pulse',
    );
    // A plural noun for people before a person's name says who they are.
    expect(render('Students Ye Mengyuan and Wang Linjia died in the crash.')).toBe(
      '[[Ye Mengyuan]]=ye mengyuan [[Wang Linjia]]=wang linjia',
    );
    expect(render('Residents of Carvell said so.')).toBe('[[Residents of Carvell]]=residents of carvell');
    // A participle whose object the name is, the name set off by a comma.
    expect(render('Sentencing Holt, the judge said the attack was planned.')).toBe('[[Holt]]=holt');
    expect(render('Department for Education officials said so.')).toBe(
      '[[Department for Education]]=department for education',
    );
  });

  it('reads dotted initials as one word of a name ("U.S.", "J.K."), not as a name of their own', () => {
    expect(
      render('Brightwell is recalling the units, the U.S. Consumer Product Safety Commission said.'),
    ).toBe('[[U.S. Consumer Product Safety Commission]]=u s consumer product safety commission');
    expect(render('The novel by J.K. Carvell sold well.')).toBe('[[J.K. Carvell]]=j k carvell');
  });

  it('keeps a sentence-initial name when the story shows it capitalised elsewhere', () => {
    const known = collectNameWords(['Holt said no.', 'The mayor, Holt, left.']);
    expect(render('Holt said no.', known)).toBe('[[Holt]]=holt');
    expect(render('Holt said no.')).toBe('');
  });

  it('ends a titled person\'s name before "of" and where they work', () => {
    expect(render('It was said by Inspector Rhona Tallis of Wenslow Police.')).toBe(
      '[[Inspector Rhona Tallis]]=rhona tallis [[Wenslow Police]]=wenslow police',
    );
    expect(render('It was said by the Duke of Carvell.')).toBe('[[Duke of Carvell]]=duke of carvell');
  });

  it('ends a person\'s name before "of" where they work, and at "and" before another person', () => {
    expect(render('Rachel Kagan of Carvell General Hospital and Trauma Center said so.')).toBe(
      '[[Rachel Kagan]]=rachel kagan [[Carvell General Hospital and Trauma Center]]=carvell general hospital and trauma center',
    );
    expect(render('They were named as Ye Mengtuan and Wang Linjia, both 16.')).toBe(
      '[[Ye Mengtuan]]=ye mengtuan [[Wang Linjia]]=wang linjia',
    );
    // Names of bodies and places with "of" or "and" in them stay whole.
    expect(render('The Carvell Department of Health and Human Services said so.')).toBe(
      '[[Carvell Department of Health and Human Services]]=carvell department of health and human services',
    );
    expect(render('The United States of America and the Royal Society of Chemistry said so.')).toBe(
      '[[United States of America]]=united states of america [[Royal Society of Chemistry]]=royal society of chemistry',
    );
  });

  it('does not take a sentence-initial word the story also writes in lower case for a name', () => {
    const known = collectNameWords([
      'The update was supplied by Quillon Systems.',
      'The booking system went down at dawn.',
      'Systems were back up and running by noon.',
    ]);
    expect(render('Systems were back up and running by noon.', known)).toBe('');
    expect(render('Quillon said nothing.', known)).toBe('[[Quillon]]=quillon');
  });

  it('splits at possessives and at "and" between two people', () => {
    expect(render("The Gazette's Dana Holt met Berg and Mr Reyes.")).toBe(
      "[[Gazette's]]=gazette [[Dana Holt]]=dana holt [[Berg]]=berg [[Mr Reyes]]=reyes",
    );
    expect(render('She works at the Bureau of Land Management.')).toBe(
      '[[Bureau of Land Management]]=bureau of land management',
    );
  });

  it('ends a name at a place joined to a participle ("Northern Carvell-born Holt", "Harbour-based Acme")', () => {
    expect(render('The poet Northern Carvell-born Holt died on Friday.')).toBe(
      '[[Northern Carvell-born]]=northern carvell born [[Holt]]=holt',
    );
    expect(render('Shares in the Harbour-based Acme Foods fell.')).toBe(
      '[[Harbour-based]]=harbour based [[Acme Foods]]=acme foods',
    );
    // A hyphenated part of a name stays in it.
    expect(render('The leader Kim Jong-un met Dana Holt.')).toBe(
      '[[Kim Jong-un]]=kim jong un [[Dana Holt]]=dana holt',
    );
  });
});

describe('linkNames', () => {
  it('links a surname or given name to the one full name that has it', () => {
    const link = linkNames(['dana holt', 'holt', 'berg', 'tomas berg', 'reyes']);
    expect(link.get('holt')).toBe('dana holt');
    expect(link.get('berg')).toBe('tomas berg');
    expect(link.get('reyes')).toBe('reyes');
  });

  it('links a given name to a full name that one source misspells by a letter ("Prachett")', () => {
    expect(linkNames(['dorian', 'dorian quellan', 'dorian quelan']).get('dorian')).toBe('dorian quellan');
    // Two different surnames are two people: the given name stays unlinked.
    expect(linkNames(['dorian', 'dorian quellan', 'dorian marsh']).get('dorian')).toBe('dorian');
  });

  it('does not link a body to a person whose title names that body ("Norbank Group Chairman Colm Kelleher")', () => {
    expect(linkNames(['norbank', 'norbank group chairman colm kelleher']).get('norbank')).toBe('norbank');
    // A title word inside a body's own name is no person's title.
    expect(linkNames(['ardley', 'ardley general hospital']).get('ardley')).toBe('ardley general hospital');
  });

  it('does not link a word that can be an adjective to the body it begins ("British police" / "British Airways")', () => {
    expect(linkNames(['british', 'british airways']).get('british')).toBe('british');
    expect(linkNames(['ardley', 'ardley general hospital']).get('ardley')).toBe('ardley general hospital');
  });

  it('leaves an ambiguous short name alone', () => {
    expect(linkNames(['ann holt', 'dana holt', 'holt']).get('holt')).toBe('holt');
  });

  it('links an acronym to the one full name whose initials it spells', () => {
    const keys = [
      'kct',
      'kelby container terminals',
      'dhwu',
      'dock and harbour workers union',
      'u n',
      'united nations',
    ];
    const link = linkNames(keys, new Set(['kct', 'dhwu', 'u n']));
    expect(link.get('kct')).toBe('kelby container terminals');
    expect(link.get('dhwu')).toBe('dock and harbour workers union');
    expect(link.get('u n')).toBe('united nations');
  });

  it('links an acronym made of the starts of the words ("ALDOT": ALabama Department Of Transportation)', () => {
    const keys = ['aldot', 'alabama department of transportation', 'carvell police'];
    expect(linkNames(keys, new Set(['aldot'])).get('aldot')).toBe('alabama department of transportation');
    // Every word must give a letter or more, in order.
    expect(linkNames(['atd', 'alabama department of transportation'], new Set(['atd'])).get('atd')).toBe(
      'atd',
    );
    expect(linkNames(['dota', 'alabama department of transportation'], new Set(['dota'])).get('dota')).toBe(
      'dota',
    );
  });

  it('links only words written as acronyms, and only to one full name', () => {
    // "Ban" written as a word is a name of its own, not the initials of a full name.
    expect(linkNames(['ban', 'british airways news']).get('ban')).toBe('ban');
    expect(linkNames(['abc', 'alpha beta corp', 'alpha bravo company'], new Set(['abc'])).get('abc')).toBe(
      'abc',
    );
    expect(isAcronym('KCT')).toBe(true);
    expect(isAcronym('U.N.')).toBe(true);
    expect(isAcronym('Kim')).toBe(false);
    expect(isAcronym('A')).toBe(false);
  });

  it('splits two adjacent names read as one', () => {
    expect(
      linkNames(['port ellery', 'dana holt', 'port ellery dana holt']).get('port ellery dana holt'),
    ).toBe('dana holt');
  });

  it('keeps a place and the common nouns of a body as one name ("Carvell City Council")', () => {
    const link = linkNames(['carvell', 'city council', 'carvell city council']);
    expect(link.get('carvell city council')).toBe('carvell city council');
    expect(link.get('city council')).toBe('carvell city council');
  });
});
