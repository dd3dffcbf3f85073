/**
 * Quantities in text: digits and number words parsed to values, with their unit noun.
 * Word-number grammar after the usual short-scale English reading ("twenty-one", "1.5 million",
 * "a dozen", "half"); vague quantifiers ("several", "dozens", "a handful") become ranges.
 */
import { canBeNoun, lemmatize } from './lexicon';
import { isStopword, tokenize, type Token } from './normalize';
import { CONVERT, joinSpans, writtenUnit } from './measures';
import { findWrittenForms } from './written-forms';
import { countsOfThem, partitiveUnit, unitAfter } from './unit-nouns';
import { approximated, dimensionOf, isConversion, isOffset, isRate, numberPair } from './quantity-marks';
import {
  CURRENCIES,
  currencyOfNoun,
  FRACTIONS,
  parseNumberWords,
  SCALES,
  SMALL,
  SUFFIX_SCALES,
  VAGUE,
} from './number-words';

/** A quantity found in text. Offsets are relative to the string given to {@link findQuantities}. */
export interface Quantity {
  /** Lowest and highest value meant; equal for an exact quantity. */
  readonly low: number;
  readonly high: number;
  readonly vague: boolean;
  /** Lemma of the counted noun ("meeting"), or null when none follows. */
  readonly unit: string | null;
  /** The unit as written ("meetings"). */
  readonly unitText: string | null;
  /** Display value: "three meetings", "several rounds". */
  readonly display: string;
  /** One of the two numbers of a tally ("5-2 vote"): it counts votes or points, not occasions. */
  readonly tally?: true;
  /** A bound, not a value: "up to £220" (`max`), "more than 200" (`min`). */
  readonly bound?: 'max' | 'min';
  /** A part of what the sentence counted before: "two of them", "3 of whom". */
  readonly part?: true;
  /** The whole a part is taken from: "24 buses" in "12 of the company's 24 buses". */
  readonly whole?: true;
  /** A span of time that marks a moment ("10 minutes after the break", "after 38 minutes"). */
  readonly offset?: true;
  /** The extent a length measures: "five metres deep" (depth), "12 metres across" (width). */
  readonly dimension?: string;
  /** A count or sum per period ("each year", "a day"), compared only with rates. */
  readonly rate?: true;
  /**
   * A sum given again in another currency, in brackets after the first ("100,000 Swiss francs
   * ($111,000)"): its value is the exchange rate a source used, not a fact of the story.
   */
  readonly conversion?: true;
  readonly start: number;
  readonly end: number;
}

/**
 * Whether a number word is part of a name: capitalised right after a capitalised word, in a
 * sentence that is not written in title case ("the Capital One Cup", "Air Force One").
 */
function inName(text: string, t: Token, prev: Token | undefined): boolean {
  return (
    t.kind === 'word' &&
    t.capitalised &&
    prev !== undefined &&
    prev.kind === 'word' &&
    prev.capitalised &&
    text.slice(prev.end, t.start) === ' ' &&
    /\s\p{Ll}{4,}/u.test(text)
  );
}

/** Fraction words that are also ordinals ("a third term", "a fifth consecutive rise"). */
const ORDINALS = new Set(['third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth']);

/** Spans and points a fraction may measure that are not units of CONVERT ("2.5 years", "1.5 points"). */
const MEASURED_SPANS = /^(?:year|month|decade|century|season|point|percent|goal)$/;

/** First words of the two-word fractions ("a quarter", "two thirds"): only they are looked up. */
const FRACTION_FIRST = new Set(
  Object.keys(FRACTIONS).flatMap((k) => (k.includes(' ') ? [k.split(' ')[0] as string] : [])),
);

const isNumberWord = (t: Token): boolean =>
  t.kind === 'number' || t.norm.split('-').every((p) => Object.hasOwn(SMALL, p) || Object.hasOwn(SCALES, p));

/**
 * Find the quantities of a sentence.
 * @param text a sentence or short passage.
 * @returns the quantities in order; years (1900–2099 with no unit), ordinals and numbers inside
 *   dates are left out (see `findDates`).
 */
export function findQuantities(text: string): Quantity[] {
  const tokens = tokenize(text);
  const found: Quantity[] = findWrittenForms(text, tokens);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (found.some((q) => t.start >= q.start && t.end <= q.end)) continue;
    if (/^to-\d/.test(t.norm)) continue;
    const prev = tokens[i - 1];
    let low: number | null = null;
    let high: number | null = null;
    let vague = false;
    let selfUnit = false;
    let endIndex = i;
    const two = prev ? `${prev.norm} ${t.norm}` : '';
    const nextTok = tokens[i + 1];
    const fraction =
      nextTok && FRACTION_FIRST.has(t.norm)
        ? (FRACTIONS[`${t.norm} ${nextTok.norm}`] ?? FRACTIONS[`${t.norm} ${nextTok.norm.replace(/s$/, '')}`])
        : undefined;
    const compound = t.norm.includes('-') ? /^([a-z]+)-([a-z]+(?:-old)?)$/.exec(t.norm) : null;
    if (fraction !== undefined || FRACTIONS[t.norm] !== undefined) {
      const value = fraction ?? (FRACTIONS[t.norm] as number);
      const last = fraction !== undefined ? (nextTok as Token) : t;
      // "a fifth consecutive rise", "a third term": an ordinal before its noun, not a share.
      const after = tokens[tokens.indexOf(last) + 1];
      if (
        ORDINALS.has(last.norm) &&
        after?.kind === 'word' &&
        after.norm !== 'of' &&
        /^\s+$/.test(text.slice(last.end, after.start)) &&
        !isStopword(after.norm) &&
        lemmatize(after.norm) === after.norm
      )
        continue;
      // "almost a fifth", "more than two-thirds": an estimate or a bound of the share.
      const { low: fLow, high: fHigh, bound: fBound } = approximated(text, t.start, value, value);
      found.push({
        ...(fBound ? { bound: fBound } : {}),
        low: fLow,
        high: fHigh,
        vague: false,
        unit: 'percent',
        unitText: null,
        display: text.slice(t.start, last.end),
        start: t.start,
        end: last.end,
      });
      i = tokens.indexOf(last);
      continue;
    }
    if (
      compound &&
      Object.hasOwn(SMALL, compound[1] as string) &&
      !Object.hasOwn(SMALL, compound[2] as string)
    ) {
      // "five-year contract", "ten-mile walk": the number and its unit in one word.
      const value = SMALL[compound[1] as string] as number;
      const unit = /-old$/.test(compound[2] as string)
        ? (compound[2] as string)
        : lemmatize(compound[2] as string);
      found.push({
        low: value,
        high: value,
        vague: false,
        unit,
        unitText: compound[2] as string,
        display: t.text,
        start: t.start,
        end: t.end,
      });
      continue;
    }
    if (prev?.norm === 'a' && Object.hasOwn(VAGUE, two)) {
      [low, high] = VAGUE[two] as readonly [number, number];
      vague = true;
    } else if (Object.hasOwn(VAGUE, t.norm) && t.norm !== 'a') {
      [low, high] = VAGUE[t.norm] as readonly [number, number];
      vague = true;
      if (t.norm === 'many' && !['how', 'so', 'too', 'as'].includes(prev?.norm ?? '')) vague = true;
    } else if (t.norm === 'dozen' || (t.norm === 'half' && prev?.norm !== 'and')) {
      low = high = t.norm === 'dozen' ? 12 : 50;
    } else if (t.norm === 'fortnight' && !(prev && isNumberWord(prev))) {
      // "a fortnight", "the next fortnight": one fortnight (two weeks).
      low = high = 1;
      selfUnit = true;
    } else if (
      (isNumberWord(t) && !(t.kind === 'word' && Object.hasOwn(SCALES, t.norm))) ||
      // "a hundred and twenty", "a thousand": "a" is one before a scale word.
      (t.norm === 'a' && nextTok?.kind === 'word' && Object.hasOwn(SCALES, nextTok.norm))
    ) {
      const words = [t.norm === 'a' ? 'one' : t.norm];
      for (;;) {
        const nx = tokens[endIndex + 1];
        if (!nx) break;
        // "one hundred and five": "and" joins a scale word and the number words after it.
        const after = tokens[endIndex + 2];
        if (
          nx.norm === 'and' &&
          Object.hasOwn(SCALES, words[words.length - 1] as string) &&
          after?.kind === 'word' &&
          isNumberWord(after) &&
          !Object.hasOwn(SCALES, after.norm)
        ) {
          words.push('and');
          endIndex++;
          continue;
        }
        if (!isNumberWord(nx) || (nx.kind === 'number' && t.kind === 'number')) break;
        // "In 2019 two men died": digits take only a scale word after them ("2 million").
        if (t.kind === 'number' && !(nx.kind === 'word' && Object.hasOwn(SCALES, nx.norm))) break;
        words.push(nx.norm);
        endIndex++;
      }
      const value = parseNumberWords(words);
      if (value === null || inName(text, t, prev)) continue;
      // "1977's", "45th": possessive years and ordinals are not counts.
      if (/^\d+(st|nd|rd|th)$/.test(text.slice(t.start, t.end + 2)) || /'s$/.test(t.norm)) continue;
      low = high = value;
      // "1½ hours": a vulgar fraction glued to the number (the tokeniser folds "½" to "1⁄2").
      const fraction = tokens[endIndex + 1];
      const parts = /^(\d+)\u2044(\d+)$/.exec(fraction?.norm ?? '');
      if (fraction && parts && fraction.start === (tokens[endIndex] as Token).end && t.kind === 'number') {
        low = high = value + Number(parts[1]) / Number(parts[2]);
        endIndex++;
      }
    }
    if (low === null || high === null) continue;
    // "a 6-4, 7-5, 6-4 victory": a score, not a count; "10-15 people": a range.
    const pair = t.kind === 'number' ? numberPair(text, t.start, t.end, low) : null;
    if (pair?.first) continue;
    const score = pair?.score ?? false;
    if (pair?.rangeStart !== undefined) low = pair.low;
    const rangeStart = pair?.rangeStart ?? null;
    if (t.norm === 'one' && !vague) {
      // "one another", "one of": not a count.
      const nx = tokens[endIndex + 1]?.norm;
      if (nx === 'another' || nx === 'of' || nx === undefined) continue;
    }
    // Currency: "£4 million", "£4m", "$2bn".
    const currency = CURRENCIES[text[t.start - 1] ?? ''];
    const glued = tokens[endIndex + 1];
    // "500m" without a currency is metres ("a 500m cordon", "500m from the quarry") unless a plural
    // noun follows ("2m people"); "£500m" is millions.
    const afterGlued = tokens[endIndex + 2];
    const metres =
      glued?.norm === 'm' &&
      !currency &&
      !(
        afterGlued?.kind === 'word' &&
        lemmatize(afterGlued.norm) !== afterGlued.norm &&
        canBeNoun(lemmatize(afterGlued.norm))
      );
    if (
      glued &&
      !metres &&
      glued.start === (tokens[endIndex] as Token).end &&
      Object.hasOwn(SUFFIX_SCALES, glued.norm)
    ) {
      low *= SUFFIX_SCALES[glued.norm] as number;
      high *= SUFFIX_SCALES[glued.norm] as number;
      endIndex++;
    } else if (
      currency &&
      tokens[endIndex + 1] &&
      Object.hasOwn(SCALES, (tokens[endIndex + 1] as Token).norm)
    ) {
      low *= SCALES[(tokens[endIndex + 1] as Token).norm] as number;
      high *= SCALES[(tokens[endIndex + 1] as Token).norm] as number;
      endIndex++;
    }
    // "more than 200", "about 60", "nearly 1,200": bounds and estimates.
    let bound: 'max' | 'min' | undefined;
    if (!vague) ({ low, high, bound } = approximated(text, currency ? t.start - 1 : t.start, low, high));
    const numberEnd = (tokens[endIndex] as Token).end;
    const written =
      currency || selfUnit || score
        ? null
        : metres
          ? { unit: 'm', length: 1 }
          : writtenUnit(text.slice(numberEnd));
    // "In 2019 two men died": the count after the digits has the noun, not the digits.
    const nextWord = tokens[endIndex + 1];
    const countFollows =
      t.kind === 'number' && nextWord !== undefined && nextWord.kind === 'word' && isNumberWord(nextWord);
    const after =
      currency || selfUnit || written || countFollows || score ? null : unitAfter(tokens, endIndex + 1, text);
    // "Half of the voters" is a share (below), not a count of voters.
    const partitive =
      currency || selfUnit || written || after || t.norm === 'half'
        ? null
        : partitiveUnit(tokens, endIndex + 1, text);
    const spelledCurrency = after
      ? currencyOfNoun(after.lemma, text.slice(0, after.unit.start), text.slice(after.unit.end), text)
      : null;
    let unit =
      currency ??
      written?.unit ??
      spelledCurrency ??
      after?.lemma ??
      partitive?.lemma ??
      (selfUnit ? t.norm : null);
    let unitToken = after?.unit ?? partitive?.unit ?? null;
    // "a 7.8 magnitude quake strikes": a fraction counts no whole things, only measures ("1.5
    // hours") and scaled counts ("2.5 million people").
    if (
      after &&
      !spelledCurrency &&
      !Number.isInteger(low) &&
      low === high &&
      low < 1000 &&
      !Object.hasOwn(CONVERT, after.lemma) &&
      !MEASURED_SPANS.test(after.lemma)
    ) {
      unit = null;
      unitToken = null;
    }
    // "the Corleshire Connect 42 service", "a Boeing 737 jet": a number after a name, before a
    // singular noun, labels the thing (a route, a model); it counts nothing.
    if (
      after &&
      !vague &&
      low !== 1 &&
      after.unit.norm === after.lemma &&
      prev?.capitalised &&
      prev.kind === 'word' &&
      text.slice(prev.end, t.start) === ' ' &&
      !/^\s*$/.test(text.slice(0, prev.start))
    )
      continue;
    let unitEnd = written ? numberEnd + written.length : selfUnit ? t.end : null;
    if (text.slice(numberEnd, numberEnd + 1) === '%') {
      unit = 'percent';
      unitToken = null;
      unitEnd = numberEnd + 1;
    }
    if (t.norm === 'half') unit = 'percent';
    if (!vague && unit === null && t.kind === 'number' && low >= 1900 && low <= 2099 && low === high)
      continue;
    if (/^(st|nd|rd|th)$/.test(text.slice(t.end, t.end + 2))) continue;
    const start =
      rangeStart ??
      (prev && prev.norm === 'a' && (vague || t.norm === 'dozen')
        ? prev.start
        : currency
          ? t.start - 1
          : t.start);
    const end = unitEnd ?? (unitToken && !partitive ? unitToken.end : numberEnd);
    const numberText = text.slice(start, numberEnd);
    const writtenText = unitEnd !== null && !selfUnit ? text.slice(numberEnd, unitEnd).trim() : null;
    found.push({
      ...(bound ? { bound } : {}),
      ...(partitive?.part ? { part: true as const } : {}),
      low,
      high,
      vague,
      unit,
      unitText: selfUnit
        ? t.text
        : (writtenText ?? unitToken?.text ?? (unit === 'percent' ? 'percent' : null)),
      display: selfUnit
        ? text.slice(start, end)
        : writtenText
          ? `${numberText}${/^\s/.test(text.slice(numberEnd)) ? ' ' : ''}${writtenText}`
          : unitToken
            ? `${numberText}${/^-?$/.test(text.slice(numberEnd, unitToken.start)) ? text.slice(numberEnd, unitToken.start) : ' '}${unitToken.text}`
            : numberText,
      start,
      end,
    });
    // A partitive's total is a quantity of its own ("five carriages" in "three of its five carriages").
    let last = unitToken && !partitive ? tokens.indexOf(unitToken) : endIndex;
    while (unitEnd !== null && last + 1 < tokens.length && (tokens[last + 1] as Token).end <= unitEnd) last++;
    i = Math.max(i, last);
  }
  return countsOfThem(
    text,
    joinSpans(
      text,
      found.sort((a, b) => a.start - b.start),
    )
      .map((q) => (isOffset(text, q) ? { ...q, offset: true as const } : q))
      .map((q, k, all) =>
        k > 0 && isConversion(text, all[k - 1] as Quantity, q) ? { ...q, conversion: true as const } : q,
      )
      .map((q) => {
        const dimension = dimensionOf(text, q);
        const rated = isRate(text, q) ? { ...q, rate: true as const } : q;
        return dimension ? { ...rated, dimension } : rated;
      }),
  );
}
