/**
 * Units of measure for quantities: conversions to a base unit so that "5 km" and "3 miles",
 * "36 hours" and "a day and a half", "110 km/h" and "70 mph", "50 basis points" and "half a
 * percentage point" compare; written-out units the word-by-word parser cannot see ("per cent",
 * "km/h", "basis points"); and half-quantities ("two and a half hours", "a day and a half",
 * "half an hour"). Factors are the standard definitions (SI, international mile and pound).
 */

/** Units of length → metres. */
const LENGTHS: Readonly<Record<string, number>> = {
  km: 1000,
  kilometre: 1000,
  kilometer: 1000,
  mile: 1609.344,
  m: 1,
  metre: 1,
  meter: 1,
  foot: 0.3048,
  feet: 0.3048,
  ft: 0.3048,
  yard: 0.9144,
};

/** "square metre", "cubic foot": areas and volumes of the units of length (unit-nouns.ts reads them). */
const POWERS_OF_LENGTH = Object.entries(LENGTHS).flatMap(([unit, factor]) => [
  [`square ${unit}`, ['m²', factor ** 2]] as const,
  [`cubic ${unit}`, ['m³', factor ** 3]] as const,
]);

/** Unit lemma → [base unit, factor to the base]. */
export const CONVERT: Readonly<Record<string, readonly [string, number]>> = {
  ...Object.fromEntries(Object.entries(LENGTHS).map(([unit, factor]) => [unit, ['m', factor] as const])),
  ...Object.fromEntries(POWERS_OF_LENGTH),
  hectare: ['m²', 1e4],
  acre: ['m²', 4046.8564224],
  kg: ['g', 1000],
  kilogram: ['g', 1000],
  pound: ['g', 453.59237],
  lb: ['g', 453.59237],
  ton: ['g', 907185],
  tonne: ['g', 1e6],
  percent: ['percent', 1],
  'per cent': ['percent', 1],
  second: ['s', 1],
  minute: ['s', 60],
  hour: ['s', 3600],
  day: ['s', 86400],
  week: ['s', 604800],
  fortnight: ['s', 1209600],
  'km/h': ['m/s', 1000 / 3600],
  mph: ['m/s', 0.44704],
  knot: ['m/s', 1852 / 3600],
  'percentage point': ['pp', 1],
  'basis point': ['pp', 0.01],
};

/**
 * Units written as several words or with a slash, read from the text right after a number
 * ("50 per cent", "110km/h", "70 mph", "25 basis points"): [pattern, unit lemma].
 */
const WRITTEN_UNITS: ReadonlyArray<readonly [RegExp, string]> = [
  [/^\s?(?:per\s?cent|percent)\b/iu, 'percent'],
  [/^\s?(?:km\/h|kmh|kph|km per hour|kilometres per hour|kilometers per hour)(?![\p{L}\p{N}])/iu, 'km/h'],
  [/^\s?(?:mph|miles per hour|miles an hour)\b/iu, 'mph'],
  [/^\s?knots?\b/iu, 'knot'],
  [/^\s?metric tons?\b/iu, 'tonne'],
  [/^\s?(?:basis points?|bps|bp)\b/iu, 'basis point'],
  [/^\s?percentage points?\b/iu, 'percentage point'],
];

/**
 * A written-out unit at the start of `after` (the text following a number).
 * @returns the unit lemma and the length of text it covers, or null.
 */
export function writtenUnit(after: string): { unit: string; length: number } | null {
  for (const [re, unit] of WRITTEN_UNITS) {
    const m = re.exec(after);
    if (m) return { unit, length: m[0].length };
  }
  return null;
}

/** A half-quantity found by {@link findHalves}: the value, where it is, and where its unit starts. */
export interface HalfQuantity {
  readonly value: number;
  readonly start: number;
  readonly end: number;
  /** Offset of the unit noun ("hours" in "two and a half hours"). */
  readonly unitStart: number;
}

const ONE_WORDS: Readonly<Record<string, number>> = { a: 1, an: 1, one: 1 };
/** Scales "half a …" can halve: "half a dozen" is 6, "half a million" 500,000. */
const HALF_SCALES: Readonly<Record<string, number>> = {
  dozen: 12,
  hundred: 100,
  thousand: 1e3,
  million: 1e6,
  billion: 1e9,
};

/**
 * "two and a half hours" (2.5), "a day and a half" (1.5), "half an hour" / "half a percentage
 * point" (0.5), "one and a half million" is left to the number parser (a scale, not a unit).
 * @param text a sentence.
 * @param numberValue the value of a number word or digits ("two" → 2, "3" → 3), or null.
 */
export function findHalves(text: string, numberValue: (word: string) => number | null): HalfQuantity[] {
  const out: HalfQuantity[] = [];
  // "<n> and a half <unit>"
  for (const m of text.matchAll(/\b([\p{L}\d.,-]+)\s+and\s+a\s+half\s+(?=(\p{L}+))/giu)) {
    const n = numberValue((m[1] as string).toLowerCase());
    if (n === null || /^(million|billion|thousand)$/i.test(m[2] as string)) continue;
    const start = m.index ?? 0;
    out.push({ value: n + 0.5, start, end: start + m[0].length, unitStart: start + m[0].length });
  }
  // "a <unit> and a half"
  for (const m of text.matchAll(/\b(a|an|one)\s+(\p{L}+)\s+and\s+a\s+half\b/giu)) {
    const start = m.index ?? 0;
    const unitStart = start + (m[1] as string).length + 1;
    out.push({
      value: (ONE_WORDS[(m[1] as string).toLowerCase()] as number) + 0.5,
      start,
      end: start + m[0].length,
      unitStart,
    });
  }
  // "half a <unit>", "half an <unit>"; "half a dozen engines", "half a million pounds": half the
  // scale, counting the noun after it.
  for (const m of text.matchAll(
    /\bhalf\s+(?:a|an)\s+(?:(dozen|hundred|thousand|million|billion)\s+)?(?=\p{L})/giu,
  )) {
    const start = m.index ?? 0;
    const scale = m[1] ? HALF_SCALES[(m[1] as string).toLowerCase()] : undefined;
    out.push({ value: 0.5 * (scale ?? 1), start, end: start + m[0].length, unitStart: start + m[0].length });
  }
  return out.sort((a, b) => a.start - b.start);
}

/** Units of time a span is written in, largest first, with their length in seconds. */
const SPAN_SECONDS: Readonly<Record<string, number>> = {
  week: 604800,
  day: 86400,
  hour: 3600,
  minute: 60,
  second: 1,
};

/** "an hour and", "a day": one of a larger unit of time written before a span ("an hour and 15 minutes"). */
const ONE_SPAN_BEFORE = /\b(?:an?|one)\s+(week|day|hour|minute)\s+(?:and\s+)?$/i;

/**
 * Spans written in two units of time read as one ("two hours and 30 minutes", "1 hour 20
 * minutes", "an hour and 15 minutes"): the larger unit's amount is added to the smaller's, in the
 * smaller unit. Other quantities are kept as they are.
 * @param text the sentence the quantities were found in.
 * @param quantities its quantities, in text order.
 */
export function joinSpans<Q extends SpanQuantity>(text: string, quantities: readonly Q[]): Q[] {
  const out: Q[] = [];
  for (const q of quantities) {
    const small = SPAN_SECONDS[q.unit ?? ''];
    const prev = out[out.length - 1];
    const big = prev ? SPAN_SECONDS[prev.unit ?? ''] : undefined;
    if (small !== undefined && q.low === q.high && !q.vague) {
      if (prev && big !== undefined && big > small && prev.low === prev.high && !prev.vague) {
        if (/^\s*,?\s*(?:and\s+)?$/.test(text.slice(prev.end, q.start))) {
          out[out.length - 1] = joined(q, prev.start, prev.low * (big / small), text);
          continue;
        }
      }
      const one = ONE_SPAN_BEFORE.exec(text.slice(Math.max(0, q.start - 24), q.start));
      const oneBig = one ? SPAN_SECONDS[(one[1] as string).toLowerCase()] : undefined;
      if (one && oneBig !== undefined && oneBig > small) {
        out.push(joined(q, q.start - one[0].length, oneBig / small, text));
        continue;
      }
    }
    out.push(q);
  }
  return out;
}

/** What joinSpans reads and writes of a quantity. */
export interface SpanQuantity {
  readonly low: number;
  readonly high: number;
  readonly vague: boolean;
  readonly unit: string | null;
  readonly display: string;
  readonly start: number;
  readonly end: number;
}

function joined<Q extends SpanQuantity>(q: Q, start: number, add: number, text: string): Q {
  return { ...q, low: q.low + add, high: q.high + add, start, display: text.slice(start, q.end) };
}
