/**
 * The subject of a sentence's verb of saying as its source: a name ("Police Scotland said the
 * walkers ...") or an unnamed person or group ("Two people familiar with the boxes claim ...").
 */
import { lemmatize } from '../text/lexicon';
import type { NameMention } from '../text/names';
import { isStopword, type Token } from '../text/normalize';
import { wordValue } from '../text/tallies';
import { DATELINE, isAgentNoun, KINDS_OF_BUSINESS } from './action-words';
import type { Attribution } from './find-attributions';

/** Verbs of saying that follow a sentence's subject ("Two people familiar with it claim ..."). */
const SAYS =
  /^(say|says|said|claim|claims|claimed|told|believe|believes|allege|alleges|alleged|insist|insists)$/;

/** A verb of saying right after a sentence's named subject ("Police Scotland said the walkers ..."). */
const NAMED_SAYS =
  /^\s+(?:has\s+|had\s+)?(?:said|says|claimed|claims|confirmed|insisted|insists|stated|states|announced|maintained|maintains)\b/u;

/**
 * People of a named body between its name and the verb of saying ("Intuitive Machines officials
 * said", "Acacia executives said"): they speak for the body.
 */
const PEOPLE_OF_NAME_SAY =
  /^\s+(?:officials|executives|spokesmen|spokeswomen|spokespeople|representatives|engineers|officers|scientists|researchers|leaders|bosses|managers|staff)\s+(?:have\s+|had\s+)?(?:said|say|says|claimed|claim|confirmed|insisted|stated|announced|maintained)\b/u;

/** A description set off before a sentence-initial name: "The branch president, " (up to five words). */
const APPOSED_BEFORE = /^(?:the\s+)?(?:[\p{L}'\u2019-]+\s+){0,4}[\p{L}'\u2019-]+,\s+$/iu;
/** A description set off after a name: ", the branch president," (no quote, up to 60 characters). */
const APPOSED_AFTER = /^,\s+[^,;:"\u201c\u201d]{1,60},/u;

/**
 * A name as the subject of a sentence's verb of saying: "Northvale Rail said the train had struck a
 * landslip", "The Acme Group has confirmed ...", "Team leader Dana Holt said ..." (up to three
 * words of description before the name, no punctuation): the source of what follows.
 */
export function namedSubject(text: string, names: readonly NameMention[]): Attribution | null {
  const says = (rest: string): RegExpExecArray | null =>
    NAMED_SAYS.exec(rest) ?? PEOPLE_OF_NAME_SAY.exec(rest);
  const plain = names.find(
    (n) => /^(?:the\s+)?(?:[\p{L}-]+\s+){0,3}$/iu.test(text.slice(0, n.start)) && says(text.slice(n.end)),
  );
  const plainVerb = plain ? says(text.slice(plain.end)) : null;
  if (plain && plainVerb) {
    // The source starts after a dateline ("TOKYO -- Japanese Prime Minister Shinzo Abe announced"),
    // a conjunction opening the clause ("While Toyota says …") and "the".
    const opening = DATELINE.exec(text)?.[0].length ?? 0;
    const start =
      opening +
      (/^(?:(?:while|although|though|but|and|as|because|since|when|if|yet)\s+)?(?:the\s+)?/iu.exec(
        text.slice(opening),
      )?.[0].length ?? 0);
    // A body named in the words before ("Kremlin spokesperson Dmitry Peskov said") is the side the
    // person speaks for, as in an apposition.
    const bodies = names.filter((o) => o !== plain && o.end <= plain.start);
    return namedSource(
      text.slice(start, plain.end),
      [plain.key, ...bodies.map((o) => o.key)].join(' '),
      plainVerb[0],
      start,
      plain.end + plainVerb[0].length,
    );
  }
  // With an apposition: "The branch president, Dr Rhiannon Ashworth-Pryce, said …" and "Dr Rhiannon
  // Ashworth-Pryce, the branch president, said …": the name is the source.
  for (const n of names) {
    const before = APPOSED_BEFORE.test(text.slice(0, n.start));
    const rest = text.slice(n.end);
    const after = n.start === 0 ? APPOSED_AFTER.exec(rest) : null;
    if (!before && !after) continue;
    const skip = after ? after[0].length : (/^,/.exec(rest)?.[0].length ?? -1);
    if (skip < 0) continue;
    const verb = NAMED_SAYS.exec(rest.slice(skip));
    if (!verb) continue;
    // A body named in the description is the side the person speaks for ("Elspeth Garrow,
    // managing director of Northsound Ferries, said" / "Northsound Ferries said").
    const described = after ? [n.end, n.end + skip] : [0, n.start];
    const bodies = names.filter(
      (o) => o !== n && o.start >= (described[0] as number) && o.end <= (described[1] as number),
    );
    const party = [n.key, ...bodies.map((o) => o.key)].join(' ');
    return namedSource(n.text, party, verb[0], n.start, n.end + skip + verb[0].length);
  }
  return null;
}

/** A named source of the sentence's verb of saying, from `start` to `end`. */
function namedSource(partyText: string, key: string, verb: string, start: number, end: number): Attribution {
  return {
    relation: 'said',
    role: 'source',
    party: key,
    named: true,
    partyText,
    display: `${partyText} ${verb.trim()}`,
    start,
    end,
  };
}

/** Prepositions that open a phrase of place or time before a sentence's subject. */
const OPENING_PREPOSITION =
  /^(?:at|in|on|after|before|during|following|from|with|since|by|speaking|addressing)$/;

/** Auxiliaries that make a clause of their own ("four people have died, …"). */
const CLAUSE_VERB = /^(?:have|has|had|is|are|was|were|will|would|could|can|may|might)$/;

/**
 * Whether a lemma names people or a group: an agent noun, the top "person" ("people"), or a kind of
 * business whose first senses are the thing it runs ("The airline said", "The supermarket said").
 */
const isPersonOrGroup = (lemma: string): boolean =>
  lemma === 'person' || isAgentNoun(lemma) || KINDS_OF_BUSINESS.has(lemma);

/**
 * An unnamed source as the subject of a sentence: "Two people who are familiar with the boxes
 * claim ...", "Officials said ...". The head is the first person or group noun of the sentence,
 * before a relative clause; the verb of saying must follow within a few words.
 */
export function unnamedSource(text: string, tokens: readonly Token[]): Attribution | null {
  const verb = tokens.findIndex((t, i) => i < 16 && SAYS.test(t.norm));
  if (verb <= 0) return null;
  // "The injured woman was said to be stable": a passive report, and she is not its source.
  if (/^(was|were|is|are|be|been|being)$/.test((tokens[verb - 1] as Token).norm)) return null;
  // "…, which it says can entrap the throttle": the verb has a pronoun of its own for subject.
  if (/^(it|he|she|they|we|i)$/.test((tokens[verb - 1] as Token).norm)) return null;
  // Words before the verb inside a quote are the speaker's, not the subject ("'X is the type of
  // striker we need,' said Holt").
  if (/["\u201c\u201d]|(?:^|\s)['\u2018]/u.test(text.slice(0, (tokens[verb] as Token).start))) return null;
  let head = -1;
  // "At the party's first caucus meeting on Thursday, Ardern said": a phrase of place or time
  // opening the sentence is no subject; the subject comes after its comma.
  let from = 0;
  if (OPENING_PREPOSITION.test((tokens[0] as Token).norm)) {
    const comma = tokens.findIndex(
      (t, i) => i < verb && /[,;:]/.test(text.slice(t.end, tokens[i + 1]?.start ?? t.end)),
    );
    if (comma >= 0) from = comma + 1;
  }
  for (let i = from; i < verb; i++) {
    const t = tokens[i] as Token;
    // "the landslide that has claimed 670 lives": the verb is the relative clause's own, with only
    // auxiliaries before it, and its subject is the relative pronoun.
    if (
      /^(who|that|which)$/.test(t.norm) &&
      tokens.slice(i + 1, verb).every((u) => CLAUSE_VERB.test(u.norm) || /^(also|since|now)$/.test(u.norm))
    )
      return null;
    if (
      /^(who|that|which|whose)$/.test(t.norm) ||
      /[,;:]/.test(text.slice(t.end, tokens[i + 1]?.start ?? t.end))
    )
      break;
    if (t.capitalised && i > from) return null;
    if (!isStopword(t.norm) && isPersonOrGroup(lemmatize(t.norm))) head = i;
  }
  if (head < 0) return null;
  // "At least four people have died, the magistrate told reporters": the people are the subject of
  // a clause of their own, set off before the one with the verb of saying.
  const clauseEnd = tokens.findIndex(
    (t, i) => i > head && i < verb && /[,;:]/.test(text.slice(t.end, tokens[i + 1]?.start ?? t.end)),
  );
  if (clauseEnd > 0 && tokens.slice(head + 1, clauseEnd + 1).some((t) => CLAUSE_VERB.test(t.norm)))
    return null;
  const first = tokens[from] as Token;
  const last = tokens[head] as Token;
  const verbTok = tokens[verb] as Token;
  const partyText = text.slice(first.start, last.end);
  // The head with the words that say whose it is: "University bosses" is the university's side.
  const party = tokens
    .slice(from, head + 1)
    .filter((t) => t.kind === 'word' && !isStopword(t.norm) && wordValue(t.norm) === null)
    .map((t) => lemmatize(t.norm))
    .join(' ');
  return {
    relation: 'said',
    role: 'source',
    party,
    partyText,
    display: `${partyText}${verb > head + 1 ? ' \u2026' : ''} ${verbTok.text}`,
    start: first.start,
    end: verbTok.end,
  };
}
