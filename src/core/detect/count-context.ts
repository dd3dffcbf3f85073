/**
 * What happened to a count, read from the words around it: the verb after it ("were taken"), the
 * verb it is the object of ("employs 140 people"), and whether it counts people. What a figure is
 * of: count-readings.ts. Used by compare-quantities.ts.
 */
import { canBeVerb, isKindOf, lemmatize, lexFileOf, synsetsOf } from '../text/lexicon';
import { tokenize } from '../text/normalize';
import type { Quantity } from '../text/numbers';
import { unitClass } from '../text/quantity-compare';

/** Nouns this related (Wu–Palmer) name one sum ("gap" / "shortfall"); below, different sums. */
export const SAME_SUM = 0.5;
/** Currencies a sum of money is counted in (see number-words.ts). */
export const MONEY = new Set(['gbp', 'usd', 'eur']);

/** The first inflected verb within a few words after a count, as its lemma ("were taken" → take). */
export function verbAfter(text: string, from: number): string | null {
  for (const t of tokenize(text.slice(from)).slice(0, PREDICATE_WINDOW)) {
    if (t.kind !== 'word') continue;
    const lemma = lemmatize(t.norm);
    // "three of the victims were": a plural noun is inflected too, but names nothing that happened.
    if (lemma !== t.norm && canBeVerb(lemma) && !/^(be|have)$/.test(lemma)) return lemma;
  }
  return null;
}
/** Words looked at after a count for what happened to it. */
const PREDICATE_WINDOW = 4;

/** The words an estimate or bound puts between a verb and its count ("employs around 140"). */
const APPROXIMATOR_WORD =
  /^(?:about|around|some|roughly|nearly|almost|approximately|over|under|more|fewer|less|than|up|to|at|least|most|just|close|an|estimated)$/;

/**
 * The verb a count is the object of ("employs 140 people" → employ), as its lemma, or null: the
 * word before the count, past an estimate or bound, when it is an inflected verb form.
 */
export function verbBefore(text: string, start: number): string | null {
  // The last few words are enough: a cut first word of the window is never looked at.
  const words = tokenize(text.slice(Math.max(0, start - 80), start)).filter((t) => t.kind === 'word');
  for (let k = words.length - 1; k >= 0 && k >= words.length - 4; k--) {
    const t = words[k] as (typeof words)[number];
    if (APPROXIMATOR_WORD.test(t.norm)) continue;
    const lemma = lemmatize(t.norm);
    return lemma !== t.norm && canBeVerb(lemma) && !/^(be|have)$/.test(lemma) ? lemma : null;
  }
  return null;
}

/**
 * A compound of a known word and "man" or "woman" names a person whatever WordNet ranks first
 * ("fireman" is first a children's game there): "six firemen", "two policewomen". A first part
 * that is no word ("talisman", "ottoman") makes no such compound.
 */
const manCompound = (unit: string): boolean => {
  const first = /^([a-z]{3,}?)(?:wo)?man$/.exec(unit)?.[1];
  return first !== undefined && synsetsOf(first).length > 0;
};

const humanCache = new Map<string, boolean>();
/** Whether a unit noun counts people: a kind of person ("employees", "passengers") or of personnel ("staff"), or "people". */
export function countsPeople(unit: string): boolean {
  let known = humanCache.get(unit);
  if (known === undefined) {
    known =
      unit === 'person' ||
      unit === 'people' ||
      isKindOf(unit, 'person', 3) ||
      isKindOf(unit, 'personnel', 3) ||
      manCompound(unit);
    humanCache.set(unit, known);
  }
  return known;
}

/** A count of things ("143 passengers"), not a measure ("two miles", "nine hours") or a share. */
export const isCount = (q: Quantity): boolean => {
  if (q.unit === null || q.unit === 'percent' || unitClass(q.unit) !== q.unit || q.tally) return false;
  // WordNet's noun.quantity and noun.time files: "years", "miles" the converter does not know.
  const first = synsetsOf(q.unit)[0];
  return first === undefined || !MEASURE_FILES.has(lexFileOf(first));
};
const MEASURE_FILES = new Set([23, 28]);

/** What befell people a count names: killed, hurt, or missing; or that they were aboard. */
export type Fate = 'dead' | 'hurt' | 'missing' | 'aboard';

/** Words that say a count's people died, were hurt or are missing (verbs as lemmas, and adjectives). */
const FATE_WORDS: ReadonlyMap<string, Fate> = new Map([
  ...['kill', 'die', 'dead', 'death', 'fatality', 'perish', 'drown'].map((w) => [w, 'dead'] as const),
  ...['injure', 'hurt', 'wound', 'hospital', 'hospitalise', 'hospitalize', 'injury', 'critical'].map(
    (w) => [w, 'hurt'] as const,
  ),
  ...['missing', 'unaccounted'].map((w) => [w, 'missing'] as const),
  // "a jet carrying 143 passengers", "with 149 people aboard": all who were on it, not those a
  // fate befell ("one passenger was killed").
  ...['carry', 'aboard', 'onboard'].map((w) => [w, 'aboard'] as const),
]);

/** An aside right after a count that names some of the people counted (", including …,"). */
const ASIDE_OF_PART = /^\s*,\s*(?:including|among them|most of them|many of them|some of them)\b[^,;]*,/i;

/** Words looked at on each side of a count of people for what befell them. */
const FATE_WINDOW = 3;
/** Words looked at after an age for what befell its person (past a list of other people). */
const AGE_FATE_WINDOW = 14;

/**
 * What befell the people a count names, read from the words right around it in its clause:
 * "killing 73 people", "73 people dead", "dozens more injured", "sent 140 people to hospital",
 * "injuring hundreds more". Null when the count is not of people or nothing near says.
 */
export function fateOf(text: string, q: Quantity): Fate | null {
  const words = (s: string): string[] =>
    tokenize(s)
      .filter((t) => t.kind === 'word')
      .map((t) => t.norm);
  // An age's person: what befell them is said after the list of people it may stand in ("A
  // 29-year-old woman and a 40-year-old man were in critical condition").
  if (q.unit === 'year-old') {
    for (const w of words(text.slice(q.end).split(/[;.!?]/)[0] ?? '').slice(0, AGE_FATE_WINDOW)) {
      const fate = FATE_WORDS.get(w) ?? FATE_WORDS.get(lemmatize(w));
      if (fate) return fate;
    }
    return null;
  }
  // "Seven dead", "14 injured": the count's noun is what befell them.
  const named = q.unit === null ? undefined : (FATE_WORDS.get(q.unit) ?? FATE_WORDS.get(lemmatize(q.unit)));
  if (named) return named;
  if (q.unit === null || !countsPeople(q.unit)) return null;
  // Within the clause: up to a comma, a semicolon or "and" on either side; past an aside that
  // names some of them ("Seven people, including a midshipman from Queens, were killed").
  const rest = text.slice(q.end).replace(ASIDE_OF_PART, ' ');
  const after = words(rest.split(/[,;]|\band\b/)[0] ?? '').slice(0, FATE_WINDOW + 1);
  const before = words(
    text
      .slice(0, q.start)
      .split(/[,;]|\band\b/)
      .pop() ?? '',
  ).slice(-FATE_WINDOW);
  for (const w of [...after, ...before.reverse()]) {
    const fate = FATE_WORDS.get(w) ?? FATE_WORDS.get(lemmatize(w));
    if (fate) return fate;
  }
  // Past a place or a kind the clause adds ("Thirteen people in the city of Haidong in neighbouring
  // Qinghai province were also killed"): the clause's passive verb says what befell them.
  const passive = CLAUSE_PASSIVE.exec(rest.split(/[,;]/)[0] ?? '');
  return passive ? (FATE_WORDS.get(lemmatize((passive[1] as string).toLowerCase())) ?? null) : null;
}

/** The first passive verb of a clause after a count ("… were also killed"). */
const CLAUSE_PASSIVE =
  /^[^.!?]*?\b(?:were|was|have\s+been|has\s+been|had\s+been)\s+(?:also\s+|reportedly\s+|later\s+|since\s+|now\s+)?(\p{L}+)/iu;
