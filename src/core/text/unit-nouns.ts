/**
 * The unit noun a number counts: "two summits", "11 new stops", "rounds of talks" (talks), "three
 * of its five carriages" (carriages).
 */
import { canBeNoun, canBeVerb, isPersonLemma, lexFileOf, lemmatize, synsetsOf } from './lexicon';
import { isStopword, type Token } from './normalize';
import { CONVERT } from './measures';
import { MEASURE_NOUNS } from './number-words';
import type { Quantity } from './numbers';
import { wordValue } from './tallies';

/** Whether a lemma is only an adjective in the lexicon (adjective files are 0..2). */
function onlyAdjective(lemma: string): boolean {
  const senses = synsetsOf(lemma);
  return senses.length > 0 && senses.every((s) => lexFileOf(s) <= 2);
}

/** Whether a token is a plural the lexicon knows as a noun ("flights"; "sold" is a verb's form, no plural). */
function beforePluralNoun(t: Token): boolean {
  if (t.kind !== 'word' || t.capitalised || isStopword(t.norm)) return false;
  const lemma = lemmatize(t.norm);
  const plural = /s$/.test(t.norm) || /men$/.test(t.norm) || !canBeVerb(lemma);
  return plural && lemma !== t.norm && canBeNoun(lemma);
}

/** Participles that name people after a count, as "dead" does: "over 5,000 injured". */
const HURT_PEOPLE = new Set(['injured', 'wounded']);

/** Spans of time of no fixed length in seconds (not in CONVERT). */
const SPANS = new Set(['year', 'month', 'decade', 'century']);

/** Months and weekdays, which a number before them dates rather than counts. */
const CALENDAR_WORD =
  /^(?:jan|feb|mar|apr|may|jun|jul|aug|sept?|oct|nov|dec)[a-z]*$|^(?:mon|tues?|wed|thur?s?|fri|sat|sun)[a-z]*day$/;

/**
 * Where a run of up to three capitalised words at `j` ends, when a lower-case word follows it in
 * the same phrase ("CrispMate Pro XL air fryers"); `j` itself when there is no such run.
 */
function namedModifierEnd(tokens: readonly Token[], j: number, text: string): number {
  let k = j;
  while (k < tokens.length && k < j + 4) {
    const t = tokens[k] as Token;
    if (!t.capitalised || CALENDAR_WORD.test(t.norm) || /['’]s$/.test(t.norm)) break;
    if (k > j && !/^[\s-]?$/.test(text.slice((tokens[k - 1] as Token).end, t.start))) break;
    k++;
  }
  if (k === j || k - j >= 4) return j;
  const next = tokens[k];
  if (!next || next.kind !== 'word' || next.capitalised || isStopword(next.norm)) return j;
  if (!/^\s$/.test(text.slice((tokens[k - 1] as Token).end, next.start))) return j;
  return k;
}

/** Words that make a unit of length one of area or volume. */
const POWERS = new Set(['square', 'cubic', 'sq']);

/** The counted noun after index `i`: the last of up to three noun-like words; looks through "X of". */
export function unitAfter(
  tokens: readonly Token[],
  i: number,
  text: string,
): { unit: Token; lemma: string } | null {
  let head: Token | null = null;
  let j = i;
  // "160,000 Britons", "three Americans": a people named for their country or party, capitalised
  // ("In 2019 Americans …" is a year, "the 2 Sisters factory" a name before the noun it labels).
  const first = tokens[i];
  if (first?.capitalised && first.kind === 'word' && /s$/.test(first.norm)) {
    const lemma = lemmatize(first.norm);
    const then = tokens[i + 1];
    const year = /^(?:19|20)\d\d$/.test(tokens[i - 1]?.text ?? '');
    const labels =
      then?.kind === 'word' &&
      !isStopword(then.norm) &&
      lemmatize(then.norm) === then.norm &&
      canBeNoun(then.norm);
    if (!year && !labels && lemma !== first.norm && isPersonLemma(lemma)) return { unit: first, lemma };
  }
  // "11 new stops", "two large boxes": skip up to two adjectives before the noun, and a word the
  // lexicon does not know before a plural noun it does ("38 outbound flights").
  for (let k = 0; k < 2 && j < tokens.length - 1; k++) {
    const t = tokens[j] as Token;
    if (t.kind === 'number' || t.capitalised || isStopword(t.norm)) break;
    if (
      !onlyAdjective(t.norm) &&
      !(synsetsOf(lemmatize(t.norm)).length === 0 && beforePluralNoun(tokens[j + 1] as Token))
    )
      break;
    if (/[,.;:!?()"\u201c\u201d]/.test(text.slice(t.end, (tokens[j + 1] as Token).start))) break;
    j++;
  }
  if (j > i) i = j;
  // "2.1 million CrispMate Pro XL air fryers", "40 Tesco stores": a name before the counted noun
  // qualifies it (the noun must then be a plural; a month is a date: "12 May officials said").
  const named = namedModifierEnd(tokens, j, text);
  const afterName = named > j;
  if (afterName) i = j = named;
  for (; j < tokens.length && j < i + 3; j++) {
    const t = tokens[j] as Token;
    if (t.kind === 'number' || isStopword(t.norm) || t.capitalised) break;
    const gap = text.slice((tokens[j - 1] as Token).end, t.start);
    // A spaced dash ends the noun too: "one count - enticement of a minor" counts counts.
    if (/[,.;:!?()"\u201c\u201d\u2013\u2014]|\s-|-\s/.test(gap)) break;
    // "a 34-year-old man": an age, whatever noun follows it.
    if (/^[a-z]+-old$/.test(t.norm)) {
      head = t;
      break;
    }
    // "a 72-hour-long walkout", "a 10-mile-long queue": the span or the length, not the noun after.
    const long = /^([a-z]+)-long$/.exec(t.norm)?.[1];
    if (
      j === i &&
      gap === '-' &&
      long &&
      (Object.hasOwn(CONVERT, lemmatize(long)) || SPANS.has(lemmatize(long)))
    )
      return { unit: { ...t, text: long, norm: long, end: t.start + long.length }, lemma: lemmatize(long) };
    const lemma = lemmatize(t.norm);
    // "a 14-year sentence", "a 10-year contract": a span joined to its number measures the noun after,
    // and so does one in the singular before another noun ("his entire 20 year career").
    const spanBefore =
      gap === ' ' &&
      t.norm === lemma &&
      SPANS.has(lemma) &&
      tokens[j + 1] !== undefined &&
      (tokens[j + 1] as Token).kind === 'word' &&
      !isStopword((tokens[j + 1] as Token).norm) &&
      canBeNoun(lemmatize((tokens[j + 1] as Token).norm)) &&
      /^\s+$/.test(text.slice(t.end, (tokens[j + 1] as Token).start));
    if (j === i && (gap === '-' || spanBefore) && (Object.hasOwn(CONVERT, lemma) || SPANS.has(lemma))) {
      // "the 67-year old": an age written with a space for its last hyphen.
      const old = tokens[j + 1];
      if (lemma === 'year' && old?.norm === 'old' && /^\s$/.test(text.slice(t.end, old.start)))
        return { unit: { ...t, end: old.end, text: text.slice(t.start, old.end) }, lemma: 'year-old' };
      head = t;
      j++;
      break;
    }
    // "over 5,000 injured", "40 wounded": the hurt, named by what befell them (as "seven dead"),
    // unless a noun follows ("two injured men").
    if (j === i && HURT_PEOPLE.has(t.norm) && !(tokens[j + 1] && beforePluralNoun(tokens[j + 1] as Token)))
      return { unit: t, lemma: t.norm };
    // "the two exchanged", "three meetings discussing": participles are not counted nouns.
    if (/ed$/.test(t.norm) || (/ing$/.test(t.norm) && !CONVERT[t.norm])) break;
    if (!canBeNoun(lemma) && !Object.hasOwn(CONVERT, lemma) && !t.norm.includes('-')) break;
    head = t;
    // A plural ("meetings", "people") or a unit of measure ("8-kilometre route") ends the unit.
    if (t.norm !== lemma || Object.hasOwn(CONVERT, lemma)) {
      j++;
      break;
    }
  }
  if (!head) return null;
  const lemma = lemmatize(head.norm);
  if (afterName && lemma === head.norm) return null;
  // "600 square metres", "50 cubic feet": an area or a volume, not a length.
  const power = tokens[tokens.indexOf(head) - 1];
  if (Object.hasOwn(CONVERT, lemma) && power && POWERS.has(power.norm))
    return {
      unit: { ...head, start: power.start, text: text.slice(power.start, head.end) },
      lemma: `${power.norm} ${lemma}`,
    };
  if (MEASURE_NOUNS.has(lemma) && tokens[j]?.norm === 'of') {
    const inner = unitAfter(tokens, j + 1, text);
    if (inner) return { unit: head, lemma: inner.lemma };
  }
  return { unit: head, lemma };
}

/**
 * The unit of a partitive count: "three of its five carriages" counts carriages. `k` is the token
 * after the number; null when "of", a determiner, a number and a unit noun do not follow.
 */
export function partitiveUnit(
  tokens: readonly Token[],
  k: number,
  text: string,
): { unit: Token; lemma: string; part?: true } | null {
  if (tokens[k]?.norm !== 'of') return null;
  let j = k + 1;
  const determined = /^(the|its|their|his|her|our|these|those)$/.test(tokens[j]?.norm ?? '');
  if (determined) j++;
  const total = tokens[j];
  if (!total) return null;
  // "2.4 million of its CrispMate XL air fryers": a part of an owner's things counts those things;
  // "six of the dead whales" is a part of a set the story speaks of (compared as a part).
  if (total.kind !== 'number' && wordValue(total.norm) === null) {
    if (!determined || /[,;:.!?]/.test(text.slice((tokens[k - 1] as Token).end, total.start))) return null;
    const whole = unitAfter(tokens, j, text);
    const plural = (t: Token, lemma: string): boolean => t.norm !== lemma && /[^'\u2019]s$/.test(t.norm);
    if (!whole || !plural(whole.unit, whole.lemma)) return null;
    return /^(its|their|his|her|our)$/.test(tokens[j - 1]?.norm ?? '') ? whole : { ...whole, part: true };
  }
  if (/[,;:.!?]/.test(text.slice((tokens[k - 1] as Token).end, total.start))) return null;
  return unitAfter(tokens, j + 1, text);
}

/** Between a part and its whole: "12 of the company's 24", "three of its five". */
const WHOLE_AFTER =
  /^\s+of\s+(?:(?:the|its|their|his|her|our|these|those)\s+)?(?:(?:at\s+least|about|around|some|nearly|almost|more\s+than|roughly)\s+)?(?:(?:[\p{L}-]+\s+)?[\p{L}-]+['\u2019]s?\s+)?$/u;

/** A verb right after a count whose noun is left out ("51 had been taken", "three were arrested"). */
const ELLIPTIC_VERB = /^\s+(?:had|have|were|are|remain|remained|died)\b/i;

/** "hundreds more", "two more": more of what the sentence counted before ("more than" is a bound). */
export const MORE_OF_THEM = /^\s+more\b(?!\s+than\b)(?:\s+(\p{L}+))?/u;

/** Whether the words after a count say it is more of what was counted before ("injuring hundreds more as …"). */
function moreOfThem(rest: string): boolean {
  const m = MORE_OF_THEM.exec(rest);
  return m !== null && (m[1] === undefined || isStopword(m[1].toLowerCase()) || /ed$/.test(m[1]));
}

/** "two of them", "3 of whom": a part of what the sentence counted just before. */
const OF_THEM = /^\s+of\s+(?:them|whom|those)\b/i;

/**
 * Give "N of them" / "N of whom" the unit of the count before it in the sentence ("23 runners …,
 * two of them in a serious condition": two runners).
 */
export function countsOfThem(text: string, found: Quantity[]): Quantity[] {
  return found.map((q, k) => {
    // "12 of the company's 24 buses": 24 is the whole the 12 are part of.
    const prev = found[k - 1];
    if (prev && WHOLE_AFTER.test(text.slice(prev.end, q.start))) return { ...q, whole: true };
    if (q.unit !== null) return q;
    const before = found
      .slice(0, k)
      .reverse()
      .find((p) => p.unit !== null && p.unit !== 'percent');
    // "killing 73 people and injuring hundreds more": a count of more of what was counted before.
    const countable = (p: Quantity | undefined): p is Quantity =>
      p?.unitText != null &&
      p.unitText.toLowerCase() !== p.unit &&
      !Object.hasOwn(CONVERT, p.unit as string) &&
      !SPANS.has(p.unit as string) &&
      /^[\p{Ll}]+$/u.test(p.unitText);
    if (countable(before) && moreOfThem(text.slice(q.end)))
      return { ...q, unit: before.unit, unitText: before.unitText };
    if (q.vague) return q;
    const of = OF_THEM.exec(text.slice(q.end));
    // "eight people were hurt, while a total of 51 had been taken to hospital": a count that is the
    // subject of a verb, its noun left out, counts what the sentence counted before (51 people).
    if (
      !of &&
      countable(before) &&
      q.low === q.high &&
      Number.isInteger(q.low) &&
      q.low >= 2 &&
      ELLIPTIC_VERB.test(text.slice(q.end))
    )
      return { ...q, unit: before.unit, unitText: before.unitText };
    if (!of || !before) return q;
    const end = q.end + of[0].length;
    return {
      ...q,
      unit: before.unit,
      unitText: before.unitText,
      display: text.slice(q.start, end),
      end,
      part: true,
    };
  });
}
