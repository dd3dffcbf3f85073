/**
 * How the words around a number qualify it: an estimate or a bound before it ("about 60", "more
 * than 200", "almost a fifth"), a moment rather than an amount of time ("10 minutes after the
 * break"), the extent a length measures ("five metres deep"). Used by numbers.ts.
 */
import { CONVERT } from './measures';
import { APPROXIMATORS, isRoundNumber, LOWER_BOUND_REACH } from './number-words';
import type { Quantity } from './numbers';

/**
 * A value as the words before it (up to `start`) qualify it: "more than 200" (a lower bound), "up
 * to £250" (an upper bound), "about 60" (±10%).
 */
export function approximated(
  text: string,
  start: number,
  low: number,
  high: number,
): { low: number; high: number; bound: 'max' | 'min' | undefined } {
  const lead = text.slice(Math.max(0, start - 24), start).toLowerCase();
  for (const [re, lo, hi] of APPROXIMATORS)
    if (re.test(lead)) {
      const bound = lo === 0 ? 'max' : hi === 100 ? 'min' : undefined;
      const reach = bound === 'min' && !isRoundNumber(high) ? 1 + LOWER_BOUND_REACH : hi;
      return { low: low * lo, high: high * reach, bound };
    }
  return { low, high, bound: undefined };
}

/** "12 metres across and five metres deep": which extent of a thing a length measures. */
const DIMENSION_AFTER =
  /^\s+(deep|wide|across|long|high|tall|in diameter|in depth|in width|in length|in height|underground|below ground|below the surface|beneath the surface|under the surface)\b/i;
const DIMENSIONS: Readonly<Record<string, string>> = {
  deep: 'depth',
  'in depth': 'depth',
  wide: 'width',
  across: 'width',
  'in width': 'width',
  'in diameter': 'width',
  long: 'length',
  'in length': 'length',
  high: 'height',
  tall: 'height',
  'in height': 'height',
  // "trapped 260 feet underground": how deep.
  underground: 'depth',
  'below ground': 'depth',
  'below the surface': 'depth',
  'beneath the surface': 'depth',
  'under the surface': 'depth',
};

/** Words around a length that make it a height ("rises to 1,500 metres", "4,900-foot-high", "above sea level"). */
const HEIGHT_BEFORE =
  /\b(?:rises?|rising|rose|climbs?|soars?)\s+(?:to\s+)?(?:almost\s+|nearly\s+|about\s+|around\s+|some\s+|over\s+|more\s+than\s+)?$/i;
const HEIGHT_AFTER = /^(?:-(?:high|tall)\b|\s+above\s+sea\s+level\b)/i;
/** A verb of falling before a length: how far something fell ("fell about 15 metres", "crashed some 20 metres"). */
const FALL_BEFORE =
  /\b(?:fell|fallen|falls?|falling|plunged|plummeted|dropped|crashed|tumbled)\s+(?:down\s+)?(?:some\s+|about\s+|around\s+|nearly\s+|almost\s+|roughly\s+|more\s+than\s+|up\s+to\s+)?$/i;

/** The extent a length measures, when the words around it say so. */
export function dimensionOf(text: string, q: Quantity): string | null {
  if (q.unit === null || CONVERT[q.unit]?.[0] !== 'm') return null;
  const m = DIMENSION_AFTER.exec(text.slice(q.end));
  if (m) return DIMENSIONS[(m[1] as string).toLowerCase()] ?? null;
  const before = text.slice(Math.max(0, q.start - 40), q.start);
  if (HEIGHT_AFTER.test(text.slice(q.end)) || HEIGHT_BEFORE.test(before)) return 'height';
  return FALL_BEFORE.test(before) ? 'fall' : null;
}

/** Units of time an offset counts in. */
const TIME_UNITS = /^(?:second|minute|hour|day|week|month|year)s?$/i;

/**
 * Whether a span of time marks a moment rather than an amount: "10 minutes after the break", "two
 * days before the vote", "after 38 minutes", "20 minutes into the game".
 */
export function isOffset(text: string, q: Quantity): boolean {
  if (!q.unitText || !TIME_UNITS.test(q.unitText)) return false;
  // "banned for four years after testing positive": an amount of time.
  if (
    /\bfor\s+(?:up\s+to\s+|about\s+|around\s+|nearly\s+|almost\s+|at\s+least\s+)?$/i.test(
      text.slice(Math.max(0, q.start - 20), q.start),
    )
  )
    return false;
  return (
    /^\s+(?:after|before|into|later|earlier)\b/i.test(text.slice(q.end)) ||
    /\b(?:after|within)\s+(?:just\s+|only\s+)?$/i.test(text.slice(Math.max(0, q.start - 16), q.start))
  );
}

/**
 * "500,000 people visit the pier each year", "£420,000 a year": a count or sum per period, a rate,
 * which is compared only with rates ("around 200 people were evacuated" counts one event). The
 * period follows the number within its clause.
 */
const PER_PERIOD =
  /^[^,;:.]{0,40}?\b(?:each|every|a|an|per)\s+(?:year|month|week|day|season)\b|^[^,;:.]{0,40}?\b(?:annually|yearly|a\s+year)\b/i;
export function isRate(text: string, q: Quantity): boolean {
  return q.unit !== null && PER_PERIOD.test(text.slice(q.end));
}

/** Currencies a sum is counted in (see number-words.ts), and nouns that name one. */
const MONEY_UNITS =
  /^(?:gbp|usd|eur|pound|dollar|euro|franc|yen|yuan|rupee|krona|krone|rouble|ruble|peso|rand|real|won|lira|dirham|riyal|shekel)$/;

/**
 * Whether sum `q` repeats sum `before` in another currency, in brackets right after it ("100,000
 * Swiss francs ($111,000)", "a 100,000 Swiss franc ($140,000) fine", "£2m ($2.5m)").
 */
export function isConversion(text: string, before: Quantity, q: Quantity): boolean {
  return (
    q.unit !== null &&
    MONEY_UNITS.test(q.unit) &&
    q.unit !== before.unit &&
    /^\s*(?:[\p{L}.]+\s+){0,2}\(\s*$/u.test(text.slice(before.end, q.start)) &&
    (before.unit === null || MONEY_UNITS.test(before.unit))
  );
}

/** Words after a pair of numbers that make it a score ("a 2-1 win", "a 3-0 lead"), not a range. */
const SCORE_AFTER =
  /^\s+(?:victory|victories|win|wins|defeat|defeats|loss|losses|draw|lead|triumph|scoreline|thrashing|drubbing|success|result|aggregate)\b/i;

/**
 * Two numbers joined by a hyphen or a dash, read at the digits from `start` to `end` (value
 * `value`): a score ("6-4", "a 1-2 defeat": the first not below the second, or a result word after)
 * keeps its numbers bare; a range ("2-3 days") is one quantity from the first number, which is then
 * not read on its own.
 * @returns null when the number is in no such pair; `first` for a range's first number (skip it);
 *   `score` for a score's number; else the range's `low` and `rangeStart`.
 */
export function numberPair(
  text: string,
  start: number,
  end: number,
  value: number,
): { first?: true; score?: true; low: number; rangeStart?: number } | null {
  const next = /^[-\u2013](\d+)/.exec(text.slice(end, end + 12));
  if (next && Number(next[1]) > value && !SCORE_AFTER.test(text.slice(end + next[0].length)))
    return { first: true, low: value };
  const joined = /(\d+)[-\u2013]$/.exec(text.slice(Math.max(0, start - 12), start));
  if (!joined) return null;
  const first = Number(joined[1]);
  if (first >= value || SCORE_AFTER.test(text.slice(end))) return { score: true, low: value };
  return { low: first, rangeStart: start - joined[0].length };
}

/**
 * Whether a figure is a share price's move printed after a ticker in brackets ("acquired by Cisco
 * Systems (CSCO 0.25%)", "(NASDAQ:ACIA +31.8%)"): page furniture of a market feed, no fact of the story.
 */
export function isTickerQuote(text: string, q: Quantity): boolean {
  return (
    /\(\s*(?:[A-Z]{2,8}:\s?)?[A-Z]{1,5}(?:\.[A-Z]{1,2})?\s+[+\-\u2212]?\$?$/.test(
      text.slice(Math.max(0, q.start - 20), q.start),
    ) && /^\s*\)/.test(text.slice(q.end))
  );
}
