/**
 * Fractions written as words read as shares: "a fifth", "two thirds", "three-quarters" become a
 * percentage, with the words before them as an estimate or a bound ("almost a fifth", "more than
 * two-thirds"). A fraction word that is an ordinal before its noun ("a third term") is no share.
 * Used by numbers.ts.
 */
import { lemmatize } from './lexicon';
import { isStopword, type Token } from './normalize';
import { FRACTIONS } from './number-words';
import type { Quantity } from './numbers';
import { approximated } from './quantity-marks';

/** Fraction words that are also ordinals ("a third term", "a fifth consecutive rise"). */
const ORDINALS = new Set(['third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth']);

/** First words of the two-word fractions ("a quarter", "two thirds"): only they are looked up. */
const FRACTION_FIRST = new Set(
  Object.keys(FRACTIONS).flatMap((k) => (k.includes(' ') ? [k.split(' ')[0] as string] : [])),
);

/** A share read from a fraction, and the index of the fraction's last token. */
export interface FractionShare {
  readonly share: Quantity;
  readonly lastIndex: number;
}

/**
 * Read the fraction that starts at `tokens[i]` as a share (unit "percent"), so that "a fifth" and
 * "20 per cent" compare as one figure.
 * @returns the share and its last token; 'ordinal' when the fraction word is an ordinal before its
 *   noun ("a third term"), which counts nothing and is skipped; null when no fraction starts there.
 */
export function readFractionShare(
  text: string,
  tokens: readonly Token[],
  i: number,
): FractionShare | 'ordinal' | null {
  const t = tokens[i] as Token;
  const nextTok = tokens[i + 1];
  const fraction =
    nextTok && FRACTION_FIRST.has(t.norm)
      ? (FRACTIONS[`${t.norm} ${nextTok.norm}`] ?? FRACTIONS[`${t.norm} ${nextTok.norm.replace(/s$/, '')}`])
      : undefined;
  // Own keys only: "constructor" is a key of every object, not a fraction.
  const single = Object.hasOwn(FRACTIONS, t.norm) ? FRACTIONS[t.norm] : undefined;
  if (fraction === undefined && single === undefined) return null;
  const value = fraction ?? (single as number);
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
    return 'ordinal';
  // "almost a fifth", "more than two-thirds": an estimate or a bound of the share.
  const { low: fLow, high: fHigh, bound: fBound } = approximated(text, t.start, value, value);
  return {
    share: {
      ...(fBound ? { bound: fBound } : {}),
      low: fLow,
      high: fHigh,
      vague: false,
      unit: 'percent',
      unitText: null,
      display: text.slice(t.start, last.end),
      start: t.start,
      end: last.end,
    },
    lastIndex: tokens.indexOf(last),
  };
}
