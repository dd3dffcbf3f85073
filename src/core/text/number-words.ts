/**
 * English number words: parsing runs of words or digits to values ("twenty-one", "1.5 million",
 * "three hundred and twelve") and writing whole numbers as words. Short-scale English reading
 * (million = 10^6, billion = 10^9), as in news text. Also the word tables of quantities: vague
 * quantifiers, approximators, fractions, currencies, scale suffixes and measure nouns.
 */

/** Number words below one hundred. */
export const SMALL: Readonly<Record<string, number>> = {
  zero: 0,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
};
/** Scale words. */
export const SCALES: Readonly<Record<string, number>> = {
  hundred: 100,
  thousand: 1e3,
  million: 1e6,
  billion: 1e9,
  trillion: 1e12,
};
/**
 * Parse a run of number words or digits to a value.
 * @param words lower-case words ("twenty", "one") or one digit string ("20,000", "20 000", "1.5").
 * @returns the value, or null when the words are not a number.
 */
export function parseNumberWords(words: readonly string[]): number | null {
  if (words.length === 0) return null;
  let total = 0;
  let current = 0;
  let seen = false;
  // After "point", digits of a decimal ("one point four" = 1.4), then a scale word.
  let decimal = 0;
  for (const raw of words) {
    const parts = raw.split('-');
    for (const w of parts) {
      if (w === 'point' && seen && decimal === 0) {
        decimal = 0.1;
        continue;
      }
      if (decimal > 0 && Object.hasOwn(SMALL, w) && (SMALL[w] as number) < 10) {
        current += (SMALL[w] as number) * decimal;
        decimal /= 10;
        continue;
      }
      if (/^\d+(?:[,\s]\d{3})*(?:\.\d+)?$/.test(w)) {
        current += Number(w.replace(/[,\s]/g, ''));
        seen = true;
      } else if (Object.hasOwn(SMALL, w)) {
        current += SMALL[w] as number;
        seen = true;
      } else if (w === 'hundred' && seen) {
        current *= 100;
      } else if (Object.hasOwn(SCALES, w) && seen) {
        total += current * (SCALES[w] as number);
        current = 0;
      } else if (w === 'and' && seen) {
        continue;
      } else return null;
    }
  }
  return seen ? total + current : null;
}

/**
 * Write a whole number in English words (for tests and display): 21 → "twenty-one".
 * @param n an integer 0..999,999,999.
 */
export function numberToWords(n: number): string {
  const ones = Object.keys(SMALL).slice(0, 20);
  const tens = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];
  const below1000 = (x: number): string => {
    const parts: string[] = [];
    if (x >= 100) parts.push(`${ones[Math.floor(x / 100)]} hundred`);
    const r = x % 100;
    if (r >= 20)
      parts.push(r % 10 ? `${tens[Math.floor(r / 10)]}-${ones[r % 10]}` : (tens[r / 10] as string));
    else if (r > 0 || parts.length === 0) parts.push(ones[r] as string);
    return parts.join(' ');
  };
  if (n < 1000) return below1000(n);
  const parts: string[] = [];
  if (n >= 1e6) parts.push(`${below1000(Math.floor(n / 1e6))} million`);
  const th = Math.floor(n / 1000) % 1000;
  if (th) parts.push(`${below1000(th)} thousand`);
  if (n % 1000) parts.push(below1000(n % 1000));
  return parts.join(' ');
}

/** Vague quantifiers and the range a reader takes them to mean (chosen from common usage). */
export const VAGUE: Readonly<Record<string, readonly [number, number]>> = {
  several: [3, 7],
  few: [2, 5],
  'a few': [2, 5],
  'a handful': [2, 6],
  handful: [2, 6],
  'a couple': [2, 3],
  couple: [2, 3],
  dozens: [24, 144],
  scores: [40, 200],
  hundreds: [200, 999],
  thousands: [2000, 9999],
  millions: [2e6, 9.99e8],
  numerous: [5, 100],
  many: [5, 1000],
  multiple: [2, 10],
};
/**
 * How far above a lower bound on an unround number a figure still agrees with it, as a share of
 * the bound. A round number states a magnitude ("more than 20 goals a season", "more than a hundred"
 * and "around 150", "more than 1,000" and "1,300": open bounds); an unround one is a count, and news
 * gives the confirmed count as "at least" (Krifka 2009 on round numbers read approximately): "at
 * least seven dead" is not "eleven dead", nor "at least 520 injured" "about 1,200", but "at least
 * 14" may be "15".
 */
export const LOWER_BOUND_REACH = 0.5;

/**
 * Whether a number is round: at least 10 and one significant digit, or 15 or 25 times a power of
 * ten ("20", "300", "1,000", "150,000"; not "seven", "12", "520").
 */
export function isRoundNumber(n: number): boolean {
  if (!Number.isFinite(n) || n < 10) return false;
  const p = 10 ** Math.floor(Math.log10(n) + 1e-9);
  const lead = n / p;
  return [1, 2, 3, 4, 5, 6, 7, 8, 9, 1.5, 2.5].some((d) => Math.abs(lead - d) < 1e-9);
}
/** Words before a number that make it a bound or an estimate, and the range they give (×value). */
export const APPROXIMATORS: ReadonlyArray<readonly [RegExp, number, number]> = [
  // Estimates from below or above, read first ("just over" is no open bound): within 10% on that
  // side ("nearly 1,200" agrees with "1,200" and "1,150"; "almost four in five" with "78 per
  // cent", not with "87 per cent").
  [/nearly $|almost $|just under $|not quite $/, 0.9, 1],
  [/just over $|just above $|a little over $|shortly after $|just after $/, 1, 1.1],
  // Estimates: ±10% ("about 60" agrees with "sixty").
  [/about $|around $|some $|roughly $|approximately $|an estimated $|close to $/, 0.9, 1.1],
  // A lower bound: open above (but see LOWER_BOUND_REACH).
  [/(?:more|greater|higher) than $|over $|at least $|upwards of $|in excess of $/, 1, 100],
  [/(?:fewer|less|lower) than $|under $|up to $|at most $|as many as $|as much as $/, 0, 1],
];
/** Fractions written as words, as percentages. */
export const FRACTIONS: Readonly<Record<string, number>> = {
  'a quarter': 25,
  'one quarter': 25,
  'a third': 100 / 3,
  'one third': 100 / 3,
  'two thirds': 200 / 3,
  'two-thirds': 200 / 3,
  'a tenth': 10,
  'one tenth': 10,
  'three quarters': 75,
  'three-quarters': 75,
  'a fifth': 20,
  'one fifth': 20,
};
/** Currency symbols and the unit they give ("£4m" counts pounds). */
export const CURRENCIES: Readonly<Record<string, string>> = {
  '\u00a3': 'gbp',
  $: 'usd',
  '\u20ac': 'eur',
  '\u00a5': 'jpy',
};
/**
 * Currency nouns and the unit they give, so "fifty thousand pounds" and "£50,000" are one amount.
 * "pound" is also a weight: {@link currencyOfNoun} keeps it a weight before "of" ("two pounds of
 * cocaine"), as a hyphenated modifier ("a 300-pound bomb") and in sentences about weighing.
 */
export const CURRENCY_NOUNS: Readonly<Record<string, string>> = {
  pound: 'gbp',
  sterling: 'gbp',
  dollar: 'usd',
  euro: 'eur',
  yen: 'jpy',
};

/**
 * The currency a counted noun names, or null.
 * @param lemma the noun's lemma ("pounds" → "pound").
 * @param before the text before the noun (up to the number); @param after the text after it.
 * @param sentence the whole sentence (for "weigh").
 */
export function currencyOfNoun(
  lemma: string,
  before: string,
  after: string,
  sentence: string,
): string | null {
  // Own keys only: "constructor" is a key of every object, not a currency.
  const code = Object.hasOwn(CURRENCY_NOUNS, lemma) ? CURRENCY_NOUNS[lemma] : undefined;
  if (code === undefined) return null;
  if (
    lemma === 'pound' &&
    (before.endsWith('-') ||
      /^\s+of\b/i.test(after) ||
      /\b(weigh|weighs|weighed|weighing|weight)\b/i.test(sentence))
  )
    return null;
  return code;
}

/** Scale suffixes glued to a number ("£4m", "$2bn", "5k"). */
export const SUFFIX_SCALES: Readonly<Record<string, number>> = {
  m: 1e6,
  mn: 1e6,
  bn: 1e9,
  b: 1e9,
  k: 1e3,
  tn: 1e12,
};

/** Nouns that measure or collect another noun: "rounds of talks" counts talks. */
export const MEASURE_NOUNS = new Set([
  'round',
  'series',
  'set',
  'pair',
  'number',
  'batch',
  'kind',
  'type',
  'piece',
  'lot',
  'bunch',
  'couple',
  'dozen',
  'handful',
  'total',
  'bout',
  'wave',
]);
