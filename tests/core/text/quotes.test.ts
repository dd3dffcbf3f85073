import { describe, expect, it } from 'vitest';
import { findQuotes } from '../../../src/core/text/quotes';

const render = (text: string): string =>
  findQuotes(text)
    .map((q) => `[[${q.text}]]<${q.speaker ?? '?'}>`)
    .join(' ');

describe('findQuotes', () => {
  it.each([
    [
      'straight double, speaker after',
      '"We will rebuild," Mayor Dana Holt said.',
      '[[We will rebuild]]<dana holt>',
    ],
    ['curly double, pronoun speaker', '\u201cWe will rebuild,\u201d she added.', '[[We will rebuild]]<she>'],
    [
      'straight opener, curly closer (scraped text mixes them)',
      '"We will rebuild the line,\u201d Mayor Dana Holt said in a statement.',
      '[[We will rebuild the line]]<dana holt>',
    ],
    [
      'straight single, "told"',
      "'As we know, the plan works,' Holt told River Radio.",
      '[[As we know, the plan works]]<holt>',
    ],
    ['curly single', 'Holt said \u2018the plan works\u2019 on Monday.', '[[the plan works]]<holt>'],
    [
      '"said X:" before the quote',
      'Dana Holt, a city official, said: "The plan works."',
      '[[The plan works]]<dana holt>',
    ],
    ['"said" then the speaker', '"The plan works," said Dana Holt.', '[[The plan works]]<dana holt>'],
    [
      'a person "of" a body speaks, not the body',
      '"The plan works," Dana Holt of Carvell Sports said in a statement.',
      '[[The plan works]]<dana holt>',
    ],
    [
      'a possessive and a noun in -ly speak unnamed ("Her family posted")',
      'Her family posted a statement: "Our mother died peacefully at home."',
      '[[Our mother died peacefully at home]]<?>',
    ],
    [
      "the verb's own unnamed subject, not a name earlier in the sentence",
      'The Carvell Rovers star died "peacefully in her sleep" on Tuesday, her family wrote in a statement.',
      '[[peacefully in her sleep]]<?>',
    ],
    [
      'a stray comma between a titled speaker and "said"',
      'Responding to the verdict, Carvell chief executive Dana Holt, said: "The plan works."',
      '[[The plan works]]<dana holt>',
    ],
    [
      'a body named in an appositive or a relative clause is no speaker',
      'Dana Holt, who runs Carvell Bakery, said: "The plan works."',
      '[[The plan works]]<dana holt>',
    ],
    [
      'a body named after "for" in an appositive is no speaker',
      'Dana Holt, a reporter for the Carvell Courier, said: "The plan works."',
      '[[The plan works]]<dana holt>',
    ],
    [
      '"said", a role, then the speaker',
      '"The plan works," said race director Dana Holt.',
      '[[The plan works]]<dana holt>',
    ],
    [
      '"said" and a place before a role is no speaker',
      '"The plan works," said the Carvell mayor.',
      '[[The plan works]]<?>',
    ],
    [
      'a name inside the quote is not the speaker',
      '"Tom Reyes is exactly the striker we need," said manager Dana Holt.',
      '[[Tom Reyes is exactly the striker we need]]<dana holt>',
    ],
    [
      'a tabloid verb of saying',
      'Dana Holt blasted: \u2018A handful of smudged crosses should not decide this.\u2019',
      '[[A handful of smudged crosses should not decide this]]<dana holt>',
    ],
    [
      'a name after "said" that what was said is about is no speaker (a quote follows it)',
      'Dana Holt, director at Carvell Books, said Tom Reyes "passed away at home".',
      '[[passed away at home]]<dana holt>',
    ],
    [
      'a name after "says" that a verb follows is no speaker',
      'The firm, whose director says "the town has lost a friend", says Reyes died at home.',
      '[[the town has lost a friend]]<?>',
    ],
    [
      'a name after "said" that ends the attribution is the speaker',
      '"The plan works," said Dana Holt, "and always will."',
      '[[The plan works]]<dana holt> [[and always will]]<dana holt>',
    ],
    [
      'a day after the verb is no speaker',
      '"We are making hard decisions," a Norbank spokesperson said Tuesday in a statement.',
      '[[We are making hard decisions]]<norbank>',
    ],
    [
      'whom it was told to is no speaker; the speaker set off by commas is',
      '“Nobody told us anything,” one passenger, Sead Nikaj, told ABC News.',
      '[[Nobody told us anything]]<sead nikaj>',
    ],
    [
      'a quote continued from the paragraph before',
      "the plan works and always will,' Holt wrote.",
      '[[the plan works and always will]]<holt>',
    ],
  ])('%s', (_name, text, expected) => {
    expect(render(text)).toBe(expected);
  });

  it('reads a paragraph that opens a quote run on to later paragraphs as a quote to its end', () => {
    expect(render("'From a boy of 11 to a man of 30 there's been so many great moments.")).toBe(
      "[[From a boy of 11 to a man of 30 there's been so many great moments]]<?>",
    );
    // Not an apostrophe before a lower-case word or mid-sentence.
    expect(render("'tis the season, Holt's aides said.")).toBe('');
    expect(render("The 'new plan was Holt's idea.")).toBe('');
  });

  it('does not take apostrophes inside words for quotes', () => {
    expect(render("Holt's aides didn't say it wasn't theirs.")).toBe('');
    expect(render('The workers\u2019 union said it won\u2019t strike.')).toBe('');
  });
});
