/**
 * Whether two attributions name one source: two names of one party, a name and the unnamed body
 * or post it may speak for, and one surname spelt two ways. Used by the attribution comparisons.
 */
import { isKindOf, lemmatize } from '../text/lexicon';
import { isStopword, tokenize } from '../text/normalize';
import { stem } from '../text/stem';
import { ANY_BUSINESS, isAgentNoun, isPersonNoun, KINDS_OF_BUSINESS, SPEAK_FOR } from './action-words';
import { editDistance } from '../text/edit-distance';
import { surnameLike } from '../text/name-spelling';
import { countryOf } from '../text/seats-of-power';
import type { Attribution } from './find-attributions';

/** Words of a press audience: the press, its people and its events. */
export const PRESS = new Set([
  'reporter',
  'journalist',
  'press',
  'conference',
  'briefing',
  'media',
  'outlet',
]);
const isPress = (party: string): boolean => party.split(' ').some((w) => PRESS.has(w));

/** Singular person nouns that do not name the person a named source is: someone speaking for them. */
const NOT_THE_PERSON = new Set([
  'spokesman',
  'spokeswoman',
  'spokesperson',
  'official',
  'source',
  'person',
  'aide',
]);

/** People a spokesman does not speak for: those who saw or lived the event. */
const LAY_PEOPLE = new Set([
  'witness',
  'resident',
  'survivor',
  'passenger',
  'neighbour',
  'neighbor',
  'local',
  'relative',
  'family',
  'friend',
  'fan',
  'person',
  'people',
  'bystander',
  'onlooker',
  'victim',
  'expert',
  'analyst',
]);

/** Posts of people who speak for someone else: any of them may be the one another source names. */
const SPEAKING_POSTS = new Set([
  'spokesman',
  'spokeswoman',
  'spokesperson',
  'publicist',
  'representative',
  'rep',
]);

/**
 * Words that only say "a body": "the agency said" after "the health unit said" is the same unit
 * named again, as "the company" is the business of the story.
 */
const ANY_BODY = new Set(['agency', 'organisation', 'organization', 'body', 'institution']);

/** Whether two unnamed bodies may be one: the same party, a bare word for any body, or a business and a kind of business. */
function sameKindOfBody(a: string, b: string): boolean {
  if (sameParty(a, b) || ANY_BODY.has(a) || ANY_BODY.has(b)) return true;
  const x = a.split(' ').pop() ?? '';
  const y = b.split(' ').pop() ?? '';
  const business = (w: string): boolean => ANY_BUSINESS.has(w) || KINDS_OF_BUSINESS.has(w);
  return (ANY_BUSINESS.has(x) && business(y)) || (ANY_BUSINESS.has(y) && business(x));
}

/** A police force or its members ("police", "officers", "detectives", "constables"). */
const isPolice = (party: string): boolean => {
  const head = party.split(' ').pop() ?? '';
  return head === 'police' || head === 'constable' || isKindOf(head, 'policeman', 3);
};

/** Unnamed people who speak for whichever official body the story is about. */
const OFFICIALDOM = new Set(['official', 'authority']);

/**
 * Whether two attributions may name one source: the same party (see {@link sameParty}), or, for
 * sources, a name and an unnamed body it may speak for ("Dr Holt said" / "the trust said"). Unnamed
 * people ("two people familiar with it") are another source, and so is a body other than the one
 * the name is described as ("according to the operator, Metro" / "the council said").
 */
export function maySameSource(a: Attribution, b: Attribution): boolean {
  // Two names are one party when one's words are all in the other ("the Courier" / "Kestlebury
  // Courier") or they end alike; a shared place word is not enough ("the Harrowdale Argus" /
  // "Radio Harrowdale").
  if (a.named && b.named) return sameNamedParty(a.party, b.party);
  if (sameParty(a.party, b.party)) return true;
  // "told reporters" / "at a news conference" / "at the briefing": one press audience.
  if (a.role === 'recipient' && b.role === 'recipient' && isPress(a.party) && isPress(b.party)) return true;
  if (a.role !== 'source' || b.role !== 'source') return false;
  // "Officials said" / "Authorities say": whoever speaks for the bodies of the story, so any of
  // them ("Fire Chief Michael Postorino said", "the fire department says", "fire officials").
  const official = (x: Attribution): boolean => !x.named && OFFICIALDOM.has(x.party.split(' ').pop() ?? '');
  if (official(a) || official(b)) return true;
  // "Officers said" / "police said" / "detectives said": the force and its members.
  if (!a.named && !b.named && isPolice(a.party) && isPolice(b.party)) return true;
  // "A spokesman said" (whose, unsaid) / "Investigators said": the spokesman may speak for them,
  // not for witnesses or passengers.
  const bareSpeaker = (x: Attribution): boolean => !x.named && SPEAKING_POSTS.has(x.party);
  const forBody = (x: Attribution): boolean => !x.named && !LAY_PEOPLE.has(x.party.split(' ').pop() ?? '');
  if ((bareSpeaker(a) && forBody(b)) || (bareSpeaker(b) && forBody(a))) return true;
  if (!a.named && !b.named) return sameKindOfBody(a.party, b.party);
  if (Boolean(a.named) === Boolean(b.named)) return false;
  const [named, unnamed] = a.named ? [a, b] : [b, a];
  const words = tokenize(named.partyText);
  const head = unnamed.party.split(' ').pop() ?? '';
  // "Birmingham City Council said" / "a spokesperson added": someone speaking for the body named.
  const nameEnd = words[words.length - 1];
  if (
    SPEAK_FOR.has(head) &&
    nameEnd?.capitalised &&
    !surnameLike(nameEnd.norm) &&
    isAgentNoun(lemmatize(nameEnd.norm), 3)
  )
    return true;
  const described = words.filter((t) => !t.capitalised && !isStopword(t.norm)).map((t) => lemmatize(t.norm));
  // "Retail analyst Priya Venkataram said" is one of the "Analysts" who said it.
  if (described.includes(head)) return true;
  // "publicist Anna Meacham said" / "a spokeswoman said": one who speaks for someone, by either word.
  if (SPEAKING_POSTS.has(head) && described.some((w) => SPEAKING_POSTS.has(w))) return true;
  if (
    namedForTheirWork(
      head,
      words.filter((t) => t.capitalised).map((t) => t.norm),
    )
  )
    return true;
  // One person named by a post ("the attorney general said" / "Vasquez Ebert said", "the council's
  // bridges engineer said" / "Graham Pethick said") may be the named person; people ("residents"),
  // a spokesperson or an official speak for someone else.
  if (isPersonNoun(head)) {
    const people = tokenize(unnamed.partyText).some((t) => {
      const lemma = lemmatize(t.norm);
      return t.kind === 'number' || (lemma !== t.norm && (lemma === 'person' || isPersonNoun(lemma)));
    });
    return !people && !NOT_THE_PERSON.has(head);
  }
  // A name that ends in the kind of body it is ("the Rivers Authority", "the Health Protection
  // Agency") is described by that word too; "Northvale Rail" or "Dr Holt" are not.
  const last = words[words.length - 1];
  // (A surname that is also a noun, "Smith" or "Baker", is a person's name, not a kind of body.)
  if (last?.capitalised && !surnameLike(last.norm) && isAgentNoun(lemmatize(last.norm), 3))
    described.push(lemmatize(last.norm));
  return described.length === 0 || sameParty(described.join(' '), unnamed.party);
}

/**
 * Whether a body named after what its people do may be those people: "Investigators" / "the Rail
 * Accident Investigation Branch", "inspectors" / "the Care Inspectorate" (a shared stem of five
 * letters or more).
 * @param people the lowercase head noun of the unnamed people ("investigators").
 * @param nameWords the lowercase words of the body's name.
 */
export function namedForTheirWork(people: string, nameWords: readonly string[]): boolean {
  const root = stem(people);
  return root.length >= 5 && nameWords.some((w) => w !== people && stem(w) === root);
}

/** Whether two named parties are one: one's words within the other's, or the same last word. */
function sameNamedParty(a: string, b: string): boolean {
  if (a === b) return true;
  // "Washington" / "the United States", "Moscow" / "the Kremlin": one country's names.
  const country = countryOf(a);
  if (country !== null && country === countryOf(b)) return true;
  const x = a.split(' ');
  const y = b.split(' ');
  const lx = x[x.length - 1] as string;
  const ly = y[y.length - 1] as string;
  // One person with what each source says they speak for ("celeste marburn deandre gaskin" /
  // "celeste marburn kansas city"): the same given name and surname in front.
  const samePerson = x[0] === y[0] && x[1] !== undefined && x[1] === y[1] && surnameLike(x[1]);
  // One person with a post before and a body after ("peel regional det sgt mike mavity" / "mike
  // mavity project k"): one's last two words, a name ending in a surname, stand in the other.
  const nameIn = (p: readonly string[], q: readonly string[]): boolean => {
    const [given, surname] = p.slice(-2);
    if (p.length < 2 || !given || !surname || given.length < 2 || isStopword(given) || !surnameLike(surname))
      return false;
    return q.some((w, k) => w === given && q[k + 1] === surname);
  };
  return (
    x.every((w) => y.includes(w)) ||
    y.every((w) => x.includes(w)) ||
    lx === ly ||
    // A surname spelt two ways ("Pettigrew" / "Pettifer") is one speaker; the name comparisons
    // report the spelling.
    misspeltSurname(lx, ly) ||
    samePerson ||
    nameIn(x, y) ||
    nameIn(y, x)
  );
}

/**
 * One surname spelt two ways: different words that share their first five letters, three edits
 * apart at most ("Pettigrew" / "Pettifer"), or one letter apart after the same first letter
 * ("Olson" / "Olsen", "Holt" / "Hollt").
 */
export function misspeltSurname(a: string, b: string): boolean {
  if (a === b) return false;
  if (a.length >= 5 && a.slice(0, 5) === b.slice(0, 5) && editDistance(a, b, 3) <= 3) return true;
  return Math.min(a.length, b.length) >= 4 && a[0] === b[0] && editDistance(a, b, 1) === 1;
}

/** Whether two parties are the same source: a shared name word or content word ("fire officials" ~ "fire service"). */
export function sameParty(a: string, b: string): boolean {
  if (a === b) return true;
  const words = new Set(a.split(' '));
  return b.split(' ').some((w) => w.length > 2 && words.has(w));
}
