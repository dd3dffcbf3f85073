/**
 * What a count or a sum is of, read from the words around it: the verb after it ("were taken"),
 * the verb it is the object of ("employs 140 people"), whether it counts people, and the thing a
 * sum of money is for ("a £38.5m gap", "a budget of £900m"). Used by compare-quantities.ts.
 */
import { canBeNoun, canBeVerb, isKindOf, lemmatize, lexFileOf, synsetsOf } from '../text/lexicon';
import { isStopword, tokenize, type Token } from '../text/normalize';
import { CONVERT } from '../text/measures';
import type { Quantity } from '../text/numbers';
import { quantitiesAgree, unitClass } from '../text/quantity-compare';

/** Nouns this related (Wu–Palmer) name one sum ("gap" / "shortfall"); below, different sums. */
export const SAME_SUM = 0.5;
/** Currencies a sum of money is counted in (see number-words.ts). */
export const MONEY = new Set(['gbp', 'usd', 'eur']);

/**
 * What a sum of money is: the noun right after it ("a £38.5m gap", "£2.1m savings") or the one
 * it is "of" ("a budget of almost £900m"), as a lemma; null when neither is there.
 */
export function moneyHead(text: string, q: Quantity): string | null {
  if (!MONEY.has(q.unit ?? '')) return null;
  const after = /^[-\s]*(?:a-year\s+|annual\s+)?([a-z]+)/i.exec(text.slice(q.end));
  const noun = (w: string | undefined): string | null => {
    if (!w) return null;
    const lemma = lemmatize(w.toLowerCase());
    return synsetsOf(lemma).some((s) => lexFileOf(s) >= 3) &&
      !/^(a|an|the|to|in|for|of|on|and|or|by|from|with|year|month|week|day)$/.test(lemma)
      ? lemma
      : null;
  };
  const before =
    /\b([a-z]+)\s+of\s+(?:about\s+|almost\s+|nearly\s+|around\s+|some\s+|more\s+than\s+|up\s+to\s+)?$/i.exec(
      text.slice(Math.max(0, q.start - 40), q.start),
    );
  return noun(after?.[1]) ?? noun(before?.[1]);
}

/**
 * The set a count is taken over, or null: "86 goals in 89 games" → 89 games, "23 goals in 19
 * appearances" → 19 appearances. Counts over sets that differ are different counts.
 * @param quantities all quantities of the sentence `text` (the set is one of them).
 */
export function countScope(text: string, q: Quantity, quantities: readonly Quantity[]): Quantity | null {
  const gap = /^\s+(?:in|from|over|across)\s+/.exec(text.slice(q.end));
  if (!gap) return null;
  const at = q.end + gap[0].length;
  return quantities.find((o) => o.start === at && o.unit !== null) ?? null;
}

/**
 * The place a distance is measured from, or null: "125 miles from Zahedan" → zahedan, "53 miles
 * south-east of Khash" → khash. Distances from different places are different distances.
 */
export function distanceFrom(text: string, q: Quantity): string | null {
  if (q.unit === null || CONVERT[q.unit]?.[0] !== 'm') return null;
  // "Zahedan, 125 miles away": the place is named before.
  const before = /(\p{Lu}[\p{L}'\u2019-]*),\s+(?:about\s+|some\s+|around\s+)?$/u.exec(text.slice(0, q.start));
  if (before && /^\s+away\b/.test(text.slice(q.end))) return (before[1] as string).toLowerCase();
  // "53 miles from the Iranian city of Khash": the last name of the phrase after "from" / "of".
  const m = DISTANCE_FROM.exec(text.slice(q.end));
  if (!m) return null;
  const names = (m[1] as string).match(/\p{Lu}[\p{L}'\u2019-]*/gu) ?? [];
  return names.length > 0 ? (names[names.length - 1] as string).toLowerCase() : null;
}
const DISTANCE_FROM =
  /^\s*(?:\([^)]*\))?\s*\)?\s+(?:(?:north|south|east|west)(?:-?(?:east|west))?(?:wards?)?\s+)?(?:from|of)\s+([^,.;:()]{1,50})/u;

/** Whether two counts are taken over different sets (see {@link countScope}). */
export function otherScopes(a: Quantity | null, b: Quantity | null): boolean {
  return a !== null && b !== null && !quantitiesAgree(a, b);
}

/** Words that name a level of what comes before them ("a 13-year high of 1.25%", "peak at 10%"). */
const LEVEL_WORDS = new Set([
  'high',
  'low',
  'level',
  'peak',
  'record',
  'rise',
  'fall',
  'increase',
  'decrease',
  'total',
]);
/** Spans of time in "a 13-year high": what the level is over, not what it is of. */
const TIME_WORDS = /^(?:year|month|week|day|decade|century|hour|minute|time)$/;
/** Words after which the next word is a verb ("will hit", "to peak", "would exceed"). */
const BEFORE_VERB = new Set([
  'will',
  'would',
  'to',
  'could',
  'may',
  'might',
  'can',
  'should',
  'must',
  'has',
  'have',
  'had',
]);

/**
 * What a percentage is of, or null: the nearest noun before it in its clause, past verbs, numbers
 * and words naming a level ("raised interest rates to 1.25% from 1%" → rate, "warned that inflation
 * would exceed 11 per cent" → inflation, "rates to a 13-year high of 1.25%" → rate).
 */
export function percentHead(text: string, q: Quantity): string | null {
  if (q.unit !== 'percent') return null;
  const clause =
    text
      .slice(0, q.start)
      .split(/[,;:()\u2013\u2014]/)
      .pop() ?? '';
  const tokens = tokenize(clause);
  for (let i = tokens.length - 1, seen = 0; i >= 0 && seen < 10; i--, seen++) {
    const t = tokens[i] as Token;
    if (t.kind !== 'word' || isStopword(t.norm)) continue;
    const lemma = lemmatize(t.norm);
    if (LEVEL_WORDS.has(lemma) || TIME_WORDS.test(lemma)) continue;
    if (BEFORE_VERB.has(tokens[i - 1]?.norm ?? '') || (lemma !== t.norm && !/s$/.test(t.norm))) continue;
    if (canBeNoun(lemma) && (!t.capitalised || clause.slice(0, t.start).trim() === '')) return lemma;
  }
  return null;
}

/** Units of time a span can measure something in. */
const SPAN_UNITS = /^(?:second|minute|hour|day|week|month|year)s?$/i;

/**
 * What a span of time says it measures, or null: the noun its hyphenated number is joined to ("a
 * 4-year deal" → deal, "a 72-hour walkout" → walkout) or the noun after "of" ("20 years of my life"
 * → life). A plain span ("for 12 years") says nothing.
 */
export function spanHead(text: string, q: Quantity): string | null {
  if (!q.unitText || !SPAN_UNITS.test(q.unitText)) return null;
  const after = text.slice(q.end);
  const joined = text[q.end - q.unitText.length - 1] === '-' ? /^\s+([a-z]+)\b/.exec(after) : null;
  const of = /^\s+of\s+(?:(?:my|his|her|their|its|our|your|the|a|an)\s+)?([a-z]+)\b/.exec(after);
  const word = joined?.[1] ?? of?.[1];
  if (!word) return null;
  const lemma = lemmatize(word);
  return synsetsOf(lemma).some((syn) => lexFileOf(syn) >= 3) ? lemma : null;
}

/** The first inflected verb within a few words after a count, as its lemma ("were taken" → take). */
export function verbAfter(text: string, from: number): string | null {
  for (const t of tokenize(text.slice(from)).slice(0, PREDICATE_WINDOW)) {
    if (t.kind !== 'word') continue;
    const lemma = lemmatize(t.norm);
    if (lemma !== t.norm && !/^(be|have)$/.test(lemma)) return lemma;
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

const humanCache = new Map<string, boolean>();
/** Whether a unit noun counts people: a kind of person ("employees", "passengers") or of personnel ("staff"), or "people". */
export function countsPeople(unit: string): boolean {
  let known = humanCache.get(unit);
  if (known === undefined) {
    known =
      unit === 'person' || unit === 'people' || isKindOf(unit, 'person', 3) || isKindOf(unit, 'personnel', 3);
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
