/**
 * Quantities in text: digits and number words parsed to values, with their unit noun.
 * Word-number grammar after the usual short-scale English reading ("twenty-one", "1.5 million",
 * "a dozen", "half"); vague quantifiers ("several", "dozens", "a handful") become ranges.
 * The value at a token is read by number-values.ts, fractions as shares by fraction-shares.ts;
 * this module adds what follows the value (scale, currency, unit, bounds) and the marks.
 */
import { canBeNoun, lemmatize } from './lexicon';
import { tokenize, type Token } from './normalize';
import { CONVERT, joinSpans, writtenUnit } from './measures';
import { findWrittenForms } from './written-forms';
import { countsOfThem, partitiveUnit, unitAfter } from './unit-nouns';
import {
  approximated,
  dimensionOf,
  isConversion,
  isOffset,
  isRate,
  isTickerQuote,
  numberPair,
} from './quantity-marks';
import { CURRENCIES, currencyOfNoun, SCALES, SMALL, SUFFIX_SCALES } from './number-words';
import { readFractionShare } from './fraction-shares';
import { isNumberWord, readNumberValue } from './number-values';

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

/** Spans and points a fraction may measure that are not units of CONVERT ("2.5 years", "1.5 points"). */
const MEASURED_SPANS = /^(?:year|month|decade|century|season|point|percent|goal)$/;

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
    const share = readFractionShare(text, tokens, i);
    if (share === 'ordinal') continue;
    if (share) {
      found.push(share.share);
      i = share.lastIndex;
      continue;
    }
    const compound = t.norm.includes('-') ? /^([a-z]+)-([a-z]+(?:-old)?)(?:-long)?$/.exec(t.norm) : null;
    if (
      compound &&
      Object.hasOwn(SMALL, compound[1] as string) &&
      !Object.hasOwn(SMALL, compound[2] as string)
    ) {
      // "five-year contract", "ten-mile walk", "a four-month-long trial": the number and its unit
      // in one word.
      const value = SMALL[compound[1] as string] as number;
      const unit = /-old$/.test(compound[2] as string)
        ? (compound[2] as string)
        : lemmatize(compound[2] as string);
      // "an almost four-month-long trial": an estimate, as of a number on its own.
      const { low, high, bound } = approximated(text, t.start, value, value);
      found.push({
        low,
        high,
        ...(bound ? { bound } : {}),
        vague: false,
        unit,
        unitText: compound[2] as string,
        display: t.text,
        start: t.start,
        end: t.end,
      });
      continue;
    }
    const reading = readNumberValue(text, tokens, i);
    if (reading === null) continue;
    let { low, high, endIndex } = reading;
    const { vague, selfUnit } = reading;
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
    // "the 2027/2028 season", "the 2019 election": a year after "the" (or a slash), before a
    // singular noun, names which one; it counts nothing ("2000 staff" still counts).
    if (
      !vague &&
      (/^(?:the|a|its|their|his|her|this|next|last)$/.test(prev?.norm ?? '') || text[t.start - 1] === '/') &&
      after &&
      !currency &&
      t.kind === 'number' &&
      /^\d{4}$/.test(t.text) &&
      low >= 1900 &&
      low <= 2099 &&
      after.unit.norm === after.lemma &&
      !Object.hasOwn(CONVERT, after.lemma)
    )
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
      // "55.7% of the votes" is a share of the whole, not a part of a set counted before.
      ...(partitive?.part && unit !== 'percent' ? { part: true as const } : {}),
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
      .filter((q) => !isTickerQuote(text, q))
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
