/**
 * The words of posts and titles that compare-roles.ts reads: ranks, qualifiers, posts that name no
 * particular post, what someone is in a story rather than their post, and posts written as initials.
 */
import { isKindOf } from '../text/lexicon';

/** Rank words that change the post ("chief inspector" is not "inspector"). */
export const RANKS = new Set(['chief', 'deputy', 'assistant', 'vice', 'senior', 'junior', 'associate']);
/** Ranks that make even a generic head another post ("deputy leader" is not the leader). */
export const DEPUTY_RANKS = new Set(['deputy', 'vice', 'assistant']);
/**
 * Words that say which post of a kind ("managing director" / "operations director" / "finance
 * director"): two sources that both qualify the post, differently, disagree; one that leaves the
 * qualifier out does not.
 */
export const QUALIFIERS = new Set([
  'managing',
  'operations',
  'operating',
  'finance',
  'financial',
  'sales',
  'marketing',
  'technical',
  'technology',
  'medical',
  'commercial',
  'editorial',
  'creative',
  'artistic',
  'communications',
  'legal',
  'general',
  'executive',
  'political',
  'foreign',
  'research',
  'security',
  'press',
]);
/** Person nouns that name no particular post. */
export const GENERIC = new Set([
  'leader',
  'official',
  'member',
  'figure',
  'person',
  'man',
  'woman',
  'spokesman',
  'spokeswoman',
  'spokesperson',
  'head',
  'boss',
  // "NATO chief Jens Stoltenberg" / "Secretary General Jens Stoltenberg": the head of a body.
  'chief',
  'veteran',
  'friend',
  'source',
  // Forms of address and the tabloid's words for a boss or an officer: no post ("Sir Rupert
  // Ashby" / "Rupert Ashby, the MP"; "manager" / "gaffer"; "Chief Superintendent" / "top cop").
  'sir',
  'dame',
  'lord',
  'lady',
  'gaffer',
  'cop',
  // Where someone belongs, not what they do ("Russian citizen Viktor Bout" / "arms dealer Viktor Bout").
  'citizen',
  'national',
  'resident',
  'native',
]);
/**
 * Words for where someone stands in politics ("the centrist Peronist Sergio Massa", "the
 * Republican Dana Holt"): compared with each other, never with a post ("Economy Minister").
 */
export const AFFILIATIONS = new Set([
  'centrist',
  'moderate',
  'liberal',
  'conservative',
  'progressive',
  'socialist',
  'communist',
  'leftist',
  'rightist',
  'libertarian',
  'populist',
  'nationalist',
  'republican',
  'democrat',
  'independent',
  'loyalist',
  'unionist',
  'separatist',
  'marxist',
  'anarchist',
  'radical',
  'hardliner',
  'reformist',
]);

/**
 * Kinds of person that say what someone is in the story, not their post: a witness and a
 * pharmacist can be one person ("Pharmacist Priya Oduya" / "witness Priya Oduya").
 */
const SITUATIONS = [
  'perceiver',
  'victim',
  'survivor',
  'relative',
  'inhabitant',
  'traveler',
  'customer',
  'neighbor',
  'patient',
  // A campaigner or an activist is what someone does, not a post ("Campaigner Ayesha Brennock" /
  // "Ayesha Brennock, the group's chair").
  'campaigner',
  'reformer',
  // Who won, lost or is looked up to in the story ("Osaka, the champion" / "the victor Naomi
  // Osaka"; "her idol"): a part in the event, not a post.
  'contestant',
  'idol',
  'hero',
];
export const isSituation = (head: string): boolean => SITUATIONS.some((kind) => isKindOf(head, kind));

/** Ranks of the armed forces and the police, abbreviated before a name ("Sgt. Curtis Coulter"). */
export const RANK_ABBREVIATIONS: Readonly<Record<string, readonly string[]>> = {
  pte: ['private'],
  cpl: ['corporal'],
  sgt: ['sergeant'],
  lt: ['lieutenant'],
  capt: ['captain'],
  maj: ['major'],
  col: ['colonel'],
  brig: ['brigadier'],
  gen: ['general'],
  cdr: ['commander'],
  cmdr: ['commander'],
  adm: ['admiral'],
  pc: ['constable'],
  insp: ['inspector'],
  supt: ['superintendent'],
  det: ['detective'],
};

/**
 * Posts written as initials, as the words they stand for ("CEO David Brandon" / "Chief Executive
 * David Brandon"); "chief executive officer" is the chief executive.
 */
export const INITIALISMS: Readonly<Record<string, readonly string[]>> = {
  ceo: ['chief', 'executive'],
  cfo: ['chief', 'financial', 'officer'],
  coo: ['chief', 'operating', 'officer'],
  cto: ['chief', 'technology', 'officer'],
  ...RANK_ABBREVIATIONS,
};

/**
 * Ranks of the armed forces and the police: a ladder, so two different ones are two posts however
 * close WordNet puts them ("lieutenant" / "sergeant" are siblings, Wu–Palmer 0.89).
 */
export const SERVICE_RANKS = new Set([
  'private',
  'corporal',
  'sergeant',
  'lieutenant',
  'captain',
  'major',
  'colonel',
  'brigadier',
  'general',
  'commodore',
  'admiral',
  'commander',
  'marshal',
  'constable',
  'inspector',
  'superintendent',
  'commissioner',
]);

/** Forms of address, which may follow a post before a name. */
export const ADDRESS_FORMS = new Set(['sir', 'dame', 'lord', 'lady']);

/**
 * A post someone held before ("former RAF flight lieutenant David Traill", ", a former
 * lieutenant,"): not their post now, so not compared with what other sources call them.
 */
export const PAST_POST = /\b(?:former|ex|onetime|one-time|erstwhile|retired)\b[^,.;:()]*$/i;
