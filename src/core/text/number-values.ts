/**
 * The value a number starts with at a token: digits and runs of number words read as one value
 * ("two hundred and five", "a thousand", "2 million", "1½"), "a dozen", "half", "a fortnight", and
 * vague quantifiers as the range they mean ("several", "a handful"). What follows the value (its
 * scale suffix, currency, unit and bounds) is read by numbers.ts.
 */
import type { Token } from './normalize';
import { parseNumberWords, SCALES, SMALL, VAGUE } from './number-words';

/** Number words of one digit: the digits of a spoken decimal ("point four"). */
const DIGIT_WORDS = new Set(['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine']);

/** The value read at a token. */
export interface NumberValue {
  /** Lowest and highest value meant; equal for an exact number. */
  readonly low: number;
  readonly high: number;
  /** A vague quantifier ("several", "dozens"), read as a range. */
  readonly vague: boolean;
  /** The word is its own unit ("a fortnight" counts fortnights). */
  readonly selfUnit: boolean;
  /** Index of the number's last token ("five" in "one hundred and five", the "1⁄2" of "1½"). */
  readonly endIndex: number;
}

/**
 * Whether a token is digits or made only of number words ("twenty-one", "hundred"), so that a run of
 * them is read as one number and a count after digits ("In 2019 two men died") is told apart.
 */
export const isNumberWord = (t: Token): boolean =>
  t.kind === 'number' || t.norm.split('-').every((p) => Object.hasOwn(SMALL, p) || Object.hasOwn(SCALES, p));

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

/**
 * Read the value of the number that starts at `tokens[i]`, taking in the number words after it.
 * @returns the value, or null when no number starts there or it is no count: part of a name ("Air
 *   Force One"), a possessive year or an ordinal ("1977's", "45th").
 */
export function readNumberValue(text: string, tokens: readonly Token[], i: number): NumberValue | null {
  const t = tokens[i] as Token;
  const prev = tokens[i - 1];
  const nextTok = tokens[i + 1];
  const two = prev ? `${prev.norm} ${t.norm}` : '';
  let low: number | null = null;
  let high: number | null = null;
  let vague = false;
  let selfUnit = false;
  let endIndex = i;
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
      // "one point four million": a decimal point spoken, then its digits as words.
      if (
        nx.norm === 'point' &&
        t.kind === 'word' &&
        !words.includes('point') &&
        DIGIT_WORDS.has(after?.norm ?? '')
      ) {
        words.push('point');
        endIndex++;
        continue;
      }
      if (
        words.includes('point') &&
        nx.kind === 'word' &&
        !DIGIT_WORDS.has(nx.norm) &&
        !Object.hasOwn(SCALES, nx.norm)
      )
        break;
      if (!isNumberWord(nx) || (nx.kind === 'number' && t.kind === 'number')) break;
      // "In 2019 two men died": digits take only a scale word after them ("2 million").
      if (t.kind === 'number' && !(nx.kind === 'word' && Object.hasOwn(SCALES, nx.norm))) break;
      words.push(nx.norm);
      endIndex++;
    }
    const value = parseNumberWords(words);
    if (value === null || inName(text, t, prev)) return null;
    // "1977's", "45th": possessive years and ordinals are not counts.
    if (/^\d+(st|nd|rd|th)$/.test(text.slice(t.start, t.end + 2)) || /'s$/.test(t.norm)) return null;
    low = high = value;
    // "two dozen people", "3 dozen eggs": dozens of the noun.
    if (tokens[endIndex + 1]?.norm === 'dozen') {
      low = high = value * 12;
      endIndex++;
    }
    // "1½ hours": a vulgar fraction glued to the number (the tokeniser folds "½" to "1⁄2").
    const fraction = tokens[endIndex + 1];
    const parts = /^(\d+)\u2044(\d+)$/.exec(fraction?.norm ?? '');
    if (fraction && parts && fraction.start === (tokens[endIndex] as Token).end && t.kind === 'number') {
      low = high = value + Number(parts[1]) / Number(parts[2]);
      endIndex++;
    }
  }
  if (low === null || high === null) return null;
  return { low, high, vague, selfUnit, endIndex };
}
