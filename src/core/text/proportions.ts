/**
 * Proportions written as "N in M" or "N out of M" ("three in five flights", "one in four
 * residents", "nine out of 10 voters"): a share, compared as a percentage, so "three in five" agrees
 * with "60 per cent" and is not a count of three or of five.
 */
import { wordValue } from './tallies';

/** A proportion found in text, as the percentage range it rounds to. */
export interface Proportion {
  /** The percentage, rounded down and up to whole points ("one in three": 33–34). */
  readonly low: number;
  readonly high: number;
  readonly start: number;
  readonly end: number;
}

const NUMBER = String.raw`(\d[\d,]*|[a-z]+(?:-[a-z]+)?)`;
const PROPORTION = new RegExp(
  `\\b${NUMBER}\\s+(?:in|out\\s+of)\\s+${NUMBER}\\b(?!\\s*(?:[-:.]\\d|%))`,
  'giu',
);
/** "Three in five minutes", "two in 10 days": a count within a time, not a share. */
const TIME_AFTER = /^\s+(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?)\b/i;

/** The proportions of a sentence, in text order. */
export function findProportions(text: string): Proportion[] {
  const out: Proportion[] = [];
  for (const m of text.matchAll(PROPORTION)) {
    const part = wordValue((m[1] as string).toLowerCase());
    const whole = wordValue((m[2] as string).toLowerCase());
    // A share of a small whole: "three in five", "one in 20"; not "two in 2024" nor "one in one".
    if (part === null || whole === null || whole < 2 || whole > 1000 || part < 1 || part >= whole) continue;
    const start = m.index ?? 0;
    const end = start + m[0].length;
    if (TIME_AFTER.test(text.slice(end))) continue;
    const share = (part / whole) * 100;
    out.push({ low: Math.floor(share + 1e-9), high: Math.ceil(share - 1e-9), start, end });
  }
  return out;
}
