/**
 * Names compared across the whole story, grouped or not: long names that differ in one inner word
 * ("Calder Bridge General Hospital" / "Calder Bridge Royal Hospital") and a person's first name
 * ("Margaret Elsworth" / "Marguerite Elsworth"). Both are low-severity `name` discrepancies.
 */
import type { Discrepancy } from '../model/analysis';
import { canBeAdjective, canBeNoun, isPersonLemma, lemmatize, lexFileOf, synsetsOf } from '../text/lexicon';
import { editDistance } from '../text/edit-distance';
import { STREET_WORDS } from '../text/names';
import { isPersonNoun } from './action-words';
import { coordinated, intersects, spellingNote, type NameEntry } from './compare-names';
import {
  formsOfOneWord,
  isShortForm,
  isSpellingVariant,
  soundsAlike,
  mistypedFirstName,
  surnameLike,
} from '../text/name-spelling';
import type { DetectContext } from './context';
import { compareTypos } from './name-typos';
import { nameDiscrepancy, pairDiscrepancy, storyNames } from './story-name-entries';

/** Find story-wide name discrepancies (inner words of long names, first names of people). */
export function compareStoryNames(ctx: DetectContext): Discrepancy[] {
  return [
    ...compareMiddleWords(ctx),
    ...compareFirstWords(ctx),
    ...compareAddedWords(ctx),
    ...compareGivenNames(ctx),
    ...compareSurnames(ctx),
    ...compareDoubleSurnames(ctx),
    ...compareStreetTypes(ctx),
    ...compareSwappedNames(ctx),
    ...compareTypos(ctx, storyNames(ctx, 1)),
  ];
}

/** Names of at least this many words are compared across the whole story (see compareMiddleWords). */
export const MIDDLE_WORD_MIN_WORDS = 3;

/**
 * Long names that differ in one inner word, used by different sources anywhere in the story
 * ("Calder Bridge General Hospital" / "Calder Bridge Royal Hospital"): a low-severity `name`
 * discrepancy even when the two sentences are not grouped, because a name of three words or more
 * that agrees in its first and last words names one thing. The differing words must not be
 * spelling variants, and no source may use both names (then they are two entities).
 */
function compareMiddleWords(ctx: DetectContext): Discrepancy[] {
  const byKey = storyNames(ctx, MIDDLE_WORD_MIN_WORDS);
  // Candidates share the first and last words: bucket by them (linear in the names).
  const buckets = new Map<string, string[]>();
  for (const key of byKey.keys()) {
    const w = key.split(' ');
    const b = `${w.length}|${w[0]}|${w[w.length - 1]}`;
    buckets.set(b, [...(buckets.get(b) ?? []), key]);
  }
  const out: Discrepancy[] = [];
  for (const keys of buckets.values())
    for (let i = 0; i < keys.length; i++)
      for (let j = i + 1; j < keys.length; j++) {
        const ka = keys[i] as string;
        const kb = keys[j] as string;
        const wa = ka.split(' ');
        const wb = kb.split(' ');
        const diff = wa.flatMap((w, k) => (w === wb[k] ? [] : [k]));
        if (diff.length !== 1) continue;
        const x = wa[diff[0] as number] as string;
        const y = wb[diff[0] as number] as string;
        if (isSpellingVariant(x, y) || formsOfOneWord(x, y)) continue;
        const d = pairDiscrepancy(
          ctx,
          byKey,
          ka,
          kb,
          0.5,
          `One name written with a different word: ${ka} / ${kb}.`,
        );
        if (d) out.push(d);
      }
  return out;
}

/** Letters two first words of a place's name must share in front to be one name misremembered. */
export const FIRST_WORD_PREFIX = 4;

/**
 * A place or body whose name's first word differs between sources, in a way that looks like one
 * name misremembered ("Larkhill Primary School" / "Larkfield Primary School", "Willowbank House" /
 * "Willowbrook House"): the other words agree, the last is a common noun (not a surname: people's
 * first names are compareGivenNames' work), the first words share FIRST_WORD_PREFIX letters in
 * front without being one spelling, and no source uses both names. "Northgate" / "Southgate
 * Primary School" share no such prefix and stay two schools.
 */
function compareFirstWords(ctx: DetectContext): Discrepancy[] {
  const byKey = storyNames(ctx, 2);
  const buckets = new Map<string, string[]>();
  for (const key of byKey.keys()) {
    const rest = key.slice(key.indexOf(' ') + 1);
    buckets.set(rest, [...(buckets.get(rest) ?? []), key]);
  }
  const out: Discrepancy[] = [];
  for (const [rest, keys] of buckets) {
    const words = rest.split(' ');
    if (surnameLike(words[words.length - 1] as string)) continue;
    for (let i = 0; i < keys.length; i++)
      for (let j = i + 1; j < keys.length; j++) {
        const ka = keys[i] as string;
        const kb = keys[j] as string;
        const x = ka.slice(0, ka.indexOf(' '));
        const y = kb.slice(0, kb.indexOf(' '));
        if (x.slice(0, FIRST_WORD_PREFIX) !== y.slice(0, FIRST_WORD_PREFIX) || isSpellingVariant(x, y))
          continue;
        if (formsOfOneWord(x, y)) continue;
        const d = pairDiscrepancy(
          ctx,
          byKey,
          ka,
          kb,
          0.45,
          `One name written with a different first word: ${ka} / ${kb}.`,
        );
        if (d) out.push(d);
      }
  }
  return out;
}

/**
 * An organisation's name with a word more in one source than in another ("Hembry Council" /
 * "Hembry District Council", "Air Passenger Rights Council" / "Passenger Rights Council"): a
 * low-severity `name` discrepancy anywhere in the story. The shorter name has two words or more and
 * ends in a word that is not surname-like (so "Ann Smith" is not "Mary Ann Smith" cut short), the
 * added word is a common word (see isCommonWord), and no source uses both names (then they are two
 * entities, or a name and its short form).
 */
function compareAddedWords(ctx: DetectContext): Discrepancy[] {
  const byKey = storyNames(ctx, 2);
  // Candidates share the last word: bucket by it, and by length.
  const buckets = new Map<string, string[]>();
  for (const key of byKey.keys()) {
    const w = key.split(' ');
    const b = `${w.length}|${w[w.length - 1]}`;
    buckets.set(b, [...(buckets.get(b) ?? []), key]);
  }
  const out: Discrepancy[] = [];
  for (const [bucket, shorter] of buckets) {
    const [n, last] = bucket.split('|') as [string, string];
    if (surnameLike(last)) continue;
    for (const longKey of buckets.get(`${Number(n) + 1}|${last}`) ?? [])
      for (const shortKey of shorter) {
        const long = longKey.split(' ');
        const added = addedWord(shortKey.split(' '), long);
        if (added === null || !isCommonWord(added, added === long[0])) continue;
        // "UN World Health Organization", "US Food and Drug Administration": an acronym in front
        // says whose body it is, as a place does.
        if (added === long[0] && byKey.get(longKey)?.mentions.some((m) => /^\p{Lu}{2,3}\b/u.test(m.value)))
          continue;
        if (complementedBy(ctx, byKey.get(shortKey), added)) continue;
        const d = pairDiscrepancy(
          ctx,
          byKey,
          longKey,
          shortKey,
          0.45,
          `One name with a word more or less: ${longKey} / ${shortKey}.`,
        );
        if (d) out.push(d);
      }
  }
  return out;
}

/**
 * Whether a mention of the shorter name carries the added word as its complement ("the Nobel Prize
 * for literature" / "the Nobel Literature Prize", "the Booker Prize for Fiction"): the same name,
 * with the word after it rather than inside it.
 */
function complementedBy(ctx: DetectContext, entry: NameEntry | undefined, added: string): boolean {
  const after = new RegExp(
    `^\\s+(?:for|in|of|on)\\s+(?:the\\s+)?${added.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`,
    'i',
  );
  return (entry?.mentions ?? []).some((m) => after.test((ctx.claims[m.claim]?.text ?? '').slice(m.end)));
}

/** The one word `long` has more than `short` (the other words in order), or null. */
function addedWord(short: readonly string[], long: readonly string[]): string | null {
  for (let k = 0; k < long.length; k++)
    if (
      long
        .slice(0, k)
        .concat(long.slice(k + 1))
        .every((w, i) => w === short[i])
    )
      return long[k] as string;
  return null;
}

/**
 * Whether an added word changes what the name says: a common word ("district", "air"), not a name
 * of its own ("Veldmark National Bank" is the National Bank of Veldmark), a person's role
 * ("Prosecutor Daniel Rourke KC") or, in front, a place ("US National Archives") or a time.
 */
function isCommonWord(word: string, inFront: boolean): boolean {
  const first = synsetsOf(word)[0];
  if (first === undefined || isPersonNoun(word)) return false;
  // In front, a place ("US National Archives") or a time ("Easter Bank Holiday" / "Bank Holiday")
  // says which one, not another name.
  return !inFront || (lexFileOf(first) !== LOCATION_FILE && lexFileOf(first) !== TIME_FILE);
}
/** WordNet's noun.location and noun.time files. */
const LOCATION_FILE = 15;
const TIME_FILE = 28;

/**
 * One person given two first names by different sources anywhere in the story ("Margaret
 * Elsworth" / "Marguerite Elsworth"). Two-word names only, the last word surname-like (see
 * surnameLike), exactly two first names for the surname in the whole story (a third suggests a
 * family), no source using both, the first names not a word and its short form ("Tom"/"Tomas"),
 * and no group holding both (compareFirstNames reports those).
 */
function compareGivenNames(ctx: DetectContext): Discrepancy[] {
  const byKey = storyNames(ctx, 2, 2);
  const bySurname = new Map<string, string[]>();
  for (const [key, entry] of byKey) {
    // "Mr Carter-Kenny": a hyphenated surname alone has no first name.
    if (entry.mentions.every((m) => HYPHENATED_END.test(m.value))) continue;
    const [, surname] = key.split(' ') as [string, string];
    bySurname.set(surname, [...(bySurname.get(surname) ?? []), key]);
  }
  const out: Discrepancy[] = [];
  for (const [surname, keys] of bySurname) {
    // "Academy Awards" / "SAG Awards": a plural of a thing ends the name of a thing, not a person's.
    if (keys.length !== 2 || !surnameLike(surname) || pluralOfThing(surname)) continue;
    const [ka, kb] = keys as [string, string];
    const ea = byKey.get(ka) as NameEntry;
    const eb = byKey.get(kb) as NameEntry;
    if (intersects(ea.articles, eb.articles)) continue;
    const x = ka.split(' ')[0] as string;
    const y = kb.split(' ')[0] as string;
    if (formsOfOneWord(x, y) || isShortForm(x, y) || coordinated(ctx, ka, kb)) continue;
    // "West Yorkshire" / "North Yorkshire": two parts of a place, not one person's first names.
    if (COMPASS.has(x) && COMPASS.has(y)) continue;
    // "Rachael Kagan" / "Rachel Kagan": one name spelt two ways, a spelling note.
    if (mistypedFirstName(x, y)) {
      out.push(spellingNote(ctx, ea, eb, `One name spelled two ways: ${ka} / ${kb}.`));
      continue;
    }
    const groupsOf = (e: NameEntry): Set<string> =>
      new Set(e.mentions.map((m) => String(ctx.groupOf.get(m.claim) ?? `c${m.claim}`)));
    if (intersects(groupsOf(ea), groupsOf(eb))) continue;
    const confidence = isSpellingVariant(x, y) ? 0.45 : 0.5;
    out.push(nameDiscrepancy(ctx, ea, eb, confidence, `One person given two first names: ${ka} / ${kb}.`));
  }
  return out;
}

/** A plural whose singular is a common noun that names no person ("awards", "studios"; not "williams"). */
const pluralOfThing = (word: string): boolean => {
  const lemma = lemmatize(word);
  return lemma !== word && canBeNoun(lemma) && !isPersonLemma(lemma, { senses: 3 });
};

/**
 * One person given two surnames that look like one name misheard or misremembered ("Jonathan
 * Pettigrew" / "Jonathan Pettifer", "Jory Kestle" / "Jory Castle"): two-word names with one first
 * name, exactly two surnames for it in the story (at least one surname-like), the surnames sharing FIRST_WORD_PREFIX letters in
 * front or two edits apart without being one spelling (see isSpellingVariant), and no source using
 * both names.
 */
function compareSurnames(ctx: DetectContext): Discrepancy[] {
  const byKey = storyNames(ctx, 2, 2);
  const byGiven = new Map<string, string[]>();
  for (const [key, entry] of byKey) {
    // "SpaceX Starship" / "SpaceX Starbase": a brand may end in a capital or a digit, a given name
    // does not; those are two things of one maker.
    if (entry.mentions.some((m) => /^\S*(?:\p{Lu}|\d)(?=\s)/u.test(m.value.replace(/^\p{Lu}/u, 'x'))))
      continue;
    const [given] = key.split(' ') as [string, string];
    byGiven.set(given, [...(byGiven.get(given) ?? []), key]);
  }
  const out: Discrepancy[] = [];
  for (const keys of byGiven.values()) {
    if (keys.length !== 2) continue;
    const [ka, kb] = keys as [string, string];
    const x = ka.split(' ')[1] as string;
    const y = kb.split(' ')[1] as string;
    // One of them may be a word as well ("Kestle" / "Castle").
    if (!surnameLike(x) && !surnameLike(y)) continue;
    // "Ye Mengyuan" / "Ye Mengtuan": one name spelt two ways, a spelling note.
    if (isSpellingVariant(x, y) || soundsAlike(x, y)) {
      const [ea, eb] = [byKey.get(ka) as NameEntry, byKey.get(kb) as NameEntry];
      if (surnameLike(x) && surnameLike(y) && !formsOfOneWord(x, y) && !intersects(ea.articles, eb.articles))
        out.push(spellingNote(ctx, ea, eb, `One name spelled two ways: ${ka} / ${kb}.`));
      continue;
    }
    const alike =
      x.slice(0, FIRST_WORD_PREFIX) === y.slice(0, FIRST_WORD_PREFIX) || editDistance(x, y, 2) <= 2;
    if (!alike || formsOfOneWord(x, y)) continue;
    const d = pairDiscrepancy(ctx, byKey, ka, kb, 0.45, `One person given two surnames: ${ka} / ${kb}.`);
    if (d) out.push(d);
  }
  return out;
}

/**
 * One person's two names in the other order ("Health Minister Hassan Hamad" / "Health Minister
 * Hamad Hassan"), by sources that do not use both: which is the surname is in dispute, a
 * low-severity `name` discrepancy. Each two-word name is looked up by its words reversed (linear).
 */
function compareSwappedNames(ctx: DetectContext): Discrepancy[] {
  const byKey = storyNames(ctx, 2, 2);
  const out: Discrepancy[] = [];
  for (const key of byKey.keys()) {
    const [first, second] = key.split(' ') as [string, string];
    const swapped = `${second} ${first}`;
    if (key >= swapped || !byKey.has(swapped)) continue;
    const d = pairDiscrepancy(
      ctx,
      byKey,
      key,
      swapped,
      0.45,
      `One person's names in two orders: ${key} / ${swapped}.`,
    );
    if (d) out.push(d);
  }
  return out;
}

/** Points of the compass that name a part of a place ("West Yorkshire", "Northern Cape"). */
const COMPASS = new Set([
  'north',
  'south',
  'east',
  'west',
  'northern',
  'southern',
  'eastern',
  'western',
  'central',
  'upper',
  'lower',
]);

/** Particles written before a surname with a hyphen ("Al-", "El-", "Abu-", "Ben-", "bin"). */
const SURNAME_PARTICLES = new Set([
  'al',
  'el',
  'ul',
  'ad',
  'ar',
  'as',
  'at',
  'az',
  'abu',
  'ben',
  'bin',
  'ibn',
  'bint',
]);

/** A name ending in two capitalised words joined by a hyphen ("Bernard Carter-Kenny"). */
const HYPHENATED_END = /\p{Lu}\p{L}*[-\u2010\u2011]\p{Lu}\p{L}*$/u;

/**
 * One person given a double-barrelled surname by one source and half of it by another ("Bernard
 * Carter-Kenny" / "Bernard Kenny"): the same first name, the hyphenated surname written so in
 * every mention, and no source using both names. A low-severity `name` discrepancy: the names
 * differ in substance, not in spelling.
 */
function compareDoubleSurnames(ctx: DetectContext): Discrepancy[] {
  const short = storyNames(ctx, 2, 2);
  const out: Discrepancy[] = [];
  for (const [key, entry] of storyNames(ctx, 3, 3)) {
    const [given, first, second] = key.split(' ') as [string, string, string];
    // "the New York-Philadelphia corridor": two places joined, no person ("new" is no first name).
    if (canBeAdjective(given) && !canBeNoun(given)) continue;
    // Both halves capitalised ("Carter-Kenny", not "Jersey-based").
    const hyphenated = entry.mentions.every((m) => HYPHENATED_END.test(m.value));
    if (!hyphenated) continue;
    // "Al-Mismari" / "Mismari", "El-Sisi" / "Sisi": an article or particle of the surname, which
    // sources keep or drop, not half of a double surname.
    if (SURNAME_PARTICLES.has(first)) continue;
    for (const half of [first, second]) {
      const other = `${given} ${half}`;
      if (!short.has(other)) continue;
      const d = pairDiscrepancy(
        ctx,
        new Map([
          [key, entry],
          [other, short.get(other) as NameEntry],
        ]),
        key,
        other,
        0.45,
        `One person given a double-barrelled surname by one source: ${key} / ${other}.`,
      );
      if (d) out.push(d);
    }
  }
  return out;
}

/**
 * One street named with another kind by different sources ("Monastery Avenue" / "Monastery
 * Road"): a low-severity `name` discrepancy anywhere in the story, when no source uses both (then
 * they are two streets).
 */
function compareStreetTypes(ctx: DetectContext): Discrepancy[] {
  const byKey = storyNames(ctx, 2);
  const byStem = new Map<string, string[]>();
  for (const key of byKey.keys()) {
    const words = key.split(' ');
    if (!STREET_WORDS.has(words[words.length - 1] as string)) continue;
    const stem = words.slice(0, -1).join(' ');
    byStem.set(stem, [...(byStem.get(stem) ?? []), key]);
  }
  const out: Discrepancy[] = [];
  for (const keys of byStem.values())
    for (let i = 0; i < keys.length; i++)
      for (let j = i + 1; j < keys.length; j++) {
        const d = pairDiscrepancy(
          ctx,
          byKey,
          keys[i] as string,
          keys[j] as string,
          0.45,
          `One street named as two kinds of street: ${keys[i] as string} / ${keys[j] as string}.`,
        );
        if (d) out.push(d);
      }
  return out;
}
