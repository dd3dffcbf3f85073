/**
 * The folded key of a name, one for every way of writing it: case, hyphens, diacritics, honorifics
 * and a role before the name ("Headteacher Mrs Pemberton" → "pemberton"). Name mentions and the
 * story's linking (names.ts, name-links.ts) compare names by these keys.
 */
import { canBeAdjective, isPersonLemma, lemmatize, synsetsOf } from './lexicon';
import { normalizeText } from './normalize';

/** Honorifics and job titles dropped from a name's key ("Mr Smith" → "smith"). */
export const HONORIFICS = new Set([
  'mr',
  'mrs',
  'ms',
  'miss',
  'dr',
  'prof',
  'sir',
  'dame',
  'lord',
  'lady',
  'president',
  'former',
  'senator',
  'sen',
  'rep',
  'gov',
  'governor',
  'judge',
  'justice',
  'general',
  'gen',
  'minister',
  'prime',
  'secretary',
  'chancellor',
  'mayor',
  'king',
  'queen',
  'prince',
  'princess',
  'pope',
  'reverend',
  'rev',
  'officer',
  'chief',
  'captain',
  'capt',
  'lt',
  'sgt',
  'detective',
  'inspector',
  'superintendent',
  'sergeant',
  'constable',
  // Ranks abbreviated before a name ("PC Daniel Okonkwo-Reid", "Det Insp Alan Roskilly").
  'pc',
  'det',
  'insp',
  'supt',
  'cpl',
  'pte',
  'maj',
  'col',
  'cdr',
  'cmdr',
  'adm',
  'brig',
  'lieutenant',
  'colonel',
  'corporal',
  'professor',
  'councillor',
  'commissioner',
  'ex',
  'vice',
  'deputy',
  'acting',
  'speaker',
  'leader',
  'dictator',
  'chair',
  'chairman',
  'chairwoman',
  'chairperson',
  'st',
]);
/**
 * Common English given names that WordNet also lists as kinds of person ("daniel", "michael",
 * "bobby" a policeman, "jerry" a German soldier): before a surname they are the given name, never
 * a post ("PC Daniel Okonkwo Reid").
 */
export const GIVEN_NAME_NOUNS = new Set([
  'michael',
  'daniel',
  'jacob',
  'gabriel',
  'christian',
  'jerry',
  'bobby',
  'donna',
  'ted',
]);
/** Legal suffixes of company names ("Inc", "Ltd", "plc"). */
const CORPORATE_SUFFIXES = new Set(['inc', 'ltd', 'plc', 'llc', 'corp', 'gmbh']);
/** Forms of address: nothing of a name comes before them ("Headteacher Mrs Pemberton"). */
const ADDRESS = new Set(['mr', 'mrs', 'ms', 'miss', 'dr', 'sir', 'dame']);
/** Lower-case words allowed inside a name ("Department of Justice", "Osama bin Laden"). */
export const CONNECTORS = new Set([
  'of',
  'de',
  'des',
  'du',
  'di',
  'da',
  'dos',
  'das',
  'del',
  'der',
  'van',
  'von',
  'bin',
  'al',
  'la',
  'le',
  'and',
  'for',
]);
/**
 * The folded key of a name: normalised, possessive and honorifics dropped, hyphens and
 * punctuation as spaces. Idempotent.
 */
export function nameKey(name: string): string {
  let key = keyCache.get(name);
  if (key === undefined) {
    key = foldName(name);
    // Bounded: a story repeats its names, an endless stream of new ones must not grow memory.
    if (keyCache.size >= KEY_CACHE_LIMIT) keyCache.clear();
    keyCache.set(name, key);
  }
  return key;
}

/** A name as written without its possessive ending ("Pistorius’s" → "Pistorius"). */
export const withoutPossessive = (name: string): string => name.replace(/['\u2019]s$/u, '');

/** Names whose keys are kept (a story's names are a few hundred; 20,000 bounds a long session). */
const KEY_CACHE_LIMIT = 20_000;
const keyCache = new Map<string, string>();

function foldName(name: string): string {
  // "Passer-by Bernard Kenny": a hyphenated role before a name of two words is no part of it.
  // ("Anglo-American Mining", its second half capitalised, is a name's first word.)
  const parts = name.trim().split(/\s+/);
  if (
    parts.length > 2 &&
    /\p{L}-\p{Ll}/u.test(parts[0] as string) &&
    isRoleNoun(normalizeText(parts[0] as string))
  )
    name = parts.slice(1).join(' ');
  const words = normalizeText(name)
    // "Gas & Electric" / "Gas and Electric": one name.
    .replace(/\s*&\s*/g, ' and ')
    .replace(/'s\b/g, '')
    .replace(/[-.'"]/g, ' ')
    .split(/\s+/)
    .filter((w) => w.length > 0);
  // "Louis X11": a regnal number typed with the digit one for the letter I is that number.
  for (let k = 0; k < words.length; k++) {
    const w = words[k] as string;
    if (/^[ivxlcdm]+1[ivxlcdm1]*$|^1[ivxlcdm1]*[ivxlcdm]+$/.test(w)) words[k] = w.replace(/1/g, 'i');
  }
  // "Toys 'R' Us Inc" / "Toys R Us", "Mattel Inc.": a company's legal suffix is no part of its name.
  while (words.length > 1 && CORPORATE_SUFFIXES.has(words[words.length - 1] as string)) words.pop();
  // "Headteacher Mrs Pemberton": a word before a form of address is a role, not part of the name.
  if (words.length > 2 && ADDRESS.has(words[1] as string)) words.shift();
  // "District Superintendent Greg Haverkamp", "Group Manager Dan Oakes": a word that qualifies the
  // title before a person's two-word name.
  if (
    words.length === 4 &&
    (HONORIFICS.has(words[1] as string) || isRoleNoun(words[1] as string)) &&
    !HONORIFICS.has(words[0] as string) &&
    personLike(words[3] as string)
  )
    words.shift();
  // "NTSB Vice Chair Renata Okafor-Lind", "FBI Director Jo Hale": the body's acronym before a title
  // says whose title it is; the person is the name after it.
  if (
    words.length > 3 &&
    /^\p{Lu}{2,}$/u.test(name.trim().split(/\s+/)[0] ?? '') &&
    (HONORIFICS.has(words[1] as string) || isRoleNoun(words[1] as string))
  )
    words.shift();
  let afterRank = false;
  for (;;) {
    const first = words[0] as string;
    // "Chief Executive Dana Brandt", "Chief Financial Officer Dana Brandt": after a rank, a post
    // that is also an adjective is a post, and a word before a post qualifies it.
    if (
      afterRank &&
      words.length > 2 &&
      personLike(words[words.length - 1] as string) &&
      (isRoleNoun(first, true) || HONORIFICS.has(words[1] as string) || isRoleNoun(words[1] as string, true))
    )
      words.shift();
    else if (words.length > 1 && (HONORIFICS.has(first) || first === 'the')) words.shift();
    // A role before a name ("Headteacher Hilary Pemberton", "Farmer Gethin Rowse", "Headteacher Mrs
    // Pemberton"), when a name of two words or an honorific follows it.
    else if (
      (HONORIFICS.has(words[1] ?? '') ||
        (words.length > 2 && personLike(words[words.length - 1] as string))) &&
      !CONNECTORS.has(words[1] ?? '') &&
      isRoleNoun(first)
    )
      words.shift();
    else break;
    afterRank ||= RANK_WORDS.has(first);
  }
  return words.join(' ');
}

/** Whether a name's last word can be a surname: unknown to WordNet ("Pemberton") or a person ("Baker"). */
function personLike(word: string): boolean {
  return isPersonLemma(lemmatize(word), { unknown: true });
}

/**
 * Whether a word's most frequent sense is a kind of person ("headteacher", "farmer", "prosecutor"),
 * and it is no adjective: "National", "Korean" and "White" begin names (unless `adjectiveToo`).
 */
function isRoleNoun(word: string, adjectiveToo = false): boolean {
  const lemma = lemmatize(word);
  if (GIVEN_NAME_NOUNS.has(lemma)) return false;
  if (synsetsOf(lemma).length === 0) {
    // A compound WordNet does not list, ending in a role it does: "headteacher", "groundskeeper".
    const role = /(teacher|keeper|worker|master|mistress|fighter|officer|manager|leader|owner)s?$/.exec(word);
    return role !== null && role.index > 0;
  }
  return isPersonLemma(lemma) && (adjectiveToo || !canBeAdjective(word));
}

/** Ranks of a post: the word after one is a post even when it can be an adjective ("Chief Executive"). */
const RANK_WORDS = new Set(['chief', 'deputy', 'vice', 'acting', 'senior', 'assistant']);
