/**
 * Comparing quantities found by findQuantities: whether two agree (ranges, bounds, unit
 * conversions), and keys for "the same amount of the same thing".
 */
import { CONVERT } from './measures';
import type { Quantity } from './numbers';

/**
 * Whether two quantities agree: overlapping ranges in the same (or convertible) unit, exact values
 * within 5% after unit conversion ("5 km" ~ "3 miles").
 */
export function quantitiesAgree(a: Quantity, b: Quantity): boolean {
  // "five tons" / "five tonnes": "ton" is written for the metric tonne as often as for the short or
  // long ton, so one figure in both words is one weight.
  if (
    a.unit !== b.unit &&
    LOOSE_TONS.has(a.unit ?? '') &&
    LOOSE_TONS.has(b.unit ?? '') &&
    quantitiesAgree(a, { ...b, unit: a.unit })
  )
    return true;
  const ca = a.unit ? CONVERT[a.unit] : undefined;
  const cb = b.unit ? CONVERT[b.unit] : undefined;
  const fa = ca && cb && ca[0] === cb[0] ? ca[1] : 1;
  const fb = ca && cb && ca[0] === cb[0] ? cb[1] : 1;
  const [la, ha, lb, hb] = [a.low * fa, a.high * fa, b.low * fb, b.high * fb];
  // 5% across units: "5 km (3 miles)" is 3.1 miles; rounding in conversions stays within a few
  // percent. In one unit the values are compared as written: "2.1%" is not "2%".
  const converted = a.unit !== b.unit && fa !== fb;
  // An estimate's range already allows for rounding: "about 155 miles" (±10%) is not 216 km. A
  // bound is one figure ("more than 50,000 miles" / "80,000 kilometres" rounds 49,710 miles).
  const slack =
    (converted && !estimate(a) && !estimate(b) ? 0.05 : 1e-9) * Math.max(Math.abs(ha), Math.abs(hb));
  // Two bounds of one kind state one limit: "up to £220" and "up to £250" give different maxima.
  if (a.bound && a.bound === b.bound)
    return a.bound === 'max' ? Math.abs(ha - hb) <= slack : Math.abs(la - lb) <= slack;
  return (la <= hb + slack && lb <= ha + slack) || (!converted && roundsTo(a, b));
}

/** Units news writes for one another: the ton and the metric tonne. */
const LOOSE_TONS = new Set(['ton', 'tonne']);

/** Whether a quantity is an estimate with a range of its own ("about 155 miles"), not a bound or a point. */
function estimate(q: Quantity): boolean {
  return q.low !== q.high && !q.bound && !q.vague;
}

/** Decimal places of a value as written, or null for a fraction no short decimal writes (1/3). */
function decimalsOf(x: number): number | null {
  for (let d = 0; d <= 4; d++) if (Math.abs(Math.round(x * 10 ** d) - x * 10 ** d) < 1e-6) return d;
  return null;
}

/**
 * Whether one exact value is a fraction ("a third": 33.33…) and the other writes it rounded ("33.3
 * per cent", "33%"): the fraction rounded to the other's decimals is the other. Two short decimals
 * are compared as written ("2.1%" is not "2%").
 */
function roundsTo(a: Quantity, b: Quantity): boolean {
  if (a.low !== a.high || b.low !== b.high || a.vague || b.vague) return false;
  // Most values are whole numbers: neither is then a fraction (the common case, kept cheap).
  if (Number.isInteger(a.low) && Number.isInteger(b.low)) return false;
  const da = decimalsOf(a.low);
  const db = decimalsOf(b.low);
  if ((da === null) === (db === null)) return false;
  const [fraction, written, d] = da === null ? [a.low, b.low, db as number] : [b.low, a.low, da];
  return Math.abs(Math.round(fraction * 10 ** d) / 10 ** d - written) < 1e-9;
}

/** Relative difference within which a whole number may be another source's decimal, rounded. */
export const ROUNDING_SHARE = 0.05;

/**
 * Whether one exact value is a whole number and the other a decimal that rounds to it within
 * ROUNDING_SHARE ("fell 6 percent" / "slid 6.2 percent"): one figure written more or less
 * precisely. Not an agreement in general ("2.4%" against "2.1% … the 2% target" still disputes),
 * only when these are the values two sources set against each other.
 */
export function roundedAlike(a: Quantity, b: Quantity): boolean {
  if (a.low !== a.high || b.low !== b.high || a.vague || b.vague || a.unit !== b.unit) return false;
  if (roundHundreds(a.low, b.low) || roundHundreds(b.low, a.low)) return true;
  if (roundWordSpan(a, b.low) || roundWordSpan(b, a.low)) return true;
  const [whole, decimal] = Number.isInteger(a.low) ? [a.low, b.low] : [b.low, a.low];
  return (
    Number.isInteger(whole) &&
    !Number.isInteger(decimal) &&
    whole !== 0 &&
    Math.round(decimal) === whole &&
    Math.abs(decimal - whole) / Math.abs(whole) <= ROUNDING_SHARE
  );
}

/**
 * A key equal for quantities that say the same amount of the same thing in any unit: the value in
 * the base unit to three significant figures ("36 hours" and "a day and a half" → "s|1.30e+5").
 */
export function quantityKey(q: Quantity): string {
  const c = q.unit ? CONVERT[q.unit] : undefined;
  const base = c ? c[0] : (q.unit ?? '');
  return `${base}|${(q.low * (c ? c[1] : 1)).toPrecision(3)}`;
}

/** The unit's comparison class: converted units share their base ("km", "mile" → "m"). */
export function unitClass(unit: string | null): string | null {
  if (unit === null) return null;
  return CONVERT[unit]?.[0] ?? unit;
}

/**
 * Whether a round figure in hundreds or more ("500-year-old") is the other, precise one ("528-year-old")
 * rounded to the round one's last non-zero digit, within ROUND_FIGURE_SHARE.
 */
function roundHundreds(round: number, precise: number): boolean {
  if (!Number.isInteger(round) || round < 100 || round % 100 !== 0 || round === precise) return false;
  let step = 100;
  while (round % (step * 10) === 0) step *= 10;
  return (
    Math.round(precise / step) * step === round && Math.abs(precise - round) / round <= ROUND_FIGURE_SHARE
  );
}

/**
 * Whether a span of time in round tens written as a word ("not witnessed in fifty years") is the
 * other source's precise one ("for 51 years") rounded: news writes exact figures above ten in
 * digits, so "fifty years" is the round one.
 */
function roundWordSpan(round: Quantity, precise: number): boolean {
  const n = round.low;
  return (
    round.unit !== null &&
    SPAN_UNITS.has(round.unit) &&
    /^\p{L}/u.test(round.display) &&
    Number.isInteger(n) &&
    n >= 20 &&
    n % 10 === 0 &&
    n !== precise &&
    Math.round(precise / 10) * 10 === n &&
    Math.abs(precise - n) / n <= ROUNDING_SHARE
  );
}
const SPAN_UNITS = new Set(['year', 'month', 'week', 'day', 'hour', 'minute', 'decade']);

/** Relative difference within which a round figure may be another source's precise one. */
const ROUND_FIGURE_SHARE = 0.1;
