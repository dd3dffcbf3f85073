/**
 * Tallies: votes and scores written as two numbers of one unit ("a 212-to-40 vote", "by 212 votes
 * to 40", "six votes to one", "voted 5-2", "split 7–2"). Both numbers count the same thing, so a
 * tally of another source compares number by number.
 */
import { lemmatize } from './lexicon';
import { parseNumberWords, SMALL } from './number-words';

/** The value of one number word or digit string ("two" → 2, "3" → 3, "1.5" → 1.5), or null. */
export function wordValue(word: string): number | null {
  if (/^\d[\d,\s]*(\.\d+)?$/.test(word)) return Number(word.replace(/[,\s]/g, ''));
  return word.split('-').every((p) => Object.hasOwn(SMALL, p)) ? parseNumberWords([word]) : null;
}

/** Two numbers of one unit set against each other, with where each is. */
export interface Tally {
  readonly first: number;
  readonly second: number;
  readonly start: number;
  readonly firstEnd: number;
  readonly secondStart: number;
  readonly secondEnd: number;
  /** The unit named between or before the numbers ("votes" in "six votes to one", "voted 5-2"). */
  readonly unit: string | null;
  readonly unitText: string | null;
  /** Written with a dash ("5-2"). */
  readonly dashed: boolean;
}

const NUMBER_OR_WORD = String.raw`(\d[\d,]*|[a-z]+(?:-[a-z]+)?)`;
const TALLY_TO = new RegExp(
  `\\b${NUMBER_OR_WORD}(?:\\s+(\\p{L}+))?(?:\\s*-\\s*|\\s+)to(?:\\s*-\\s*|\\s+)${NUMBER_OR_WORD}\\b`,
  'giu',
);
/** A tally's unit said before it: "a majority of", "a margin of". */
const MAJORITY_OF = /(?:majority|margin)\s+of\s+$/iu;
/** "5-2", "7–2" after "voted", "split" or before "vote", "majority", "decision", "split", "ruling". */
const TALLY_DASH =
  /\b((?:vot(?:ed|es?|ing)|split|divided)\s+)?(\d{1,3})\s*[-\u2013]\s*(\d{1,3})(?![\d-])(\s+(?:vote|votes|majority|decision|split|ruling|verdict)\b)?/giu;

/** Tallies of a sentence: two numbers of one unit set against each other. */
export function findTallies(text: string): Tally[] {
  const out: Tally[] = [];
  for (const m of text.matchAll(TALLY_TO)) {
    const first = wordValue((m[1] as string).toLowerCase());
    const second = wordValue((m[3] as string).toLowerCase());
    if (first === null || second === null) continue;
    // Words on both sides only with a unit between them ("six votes to one", not "one to one").
    if (!/\d/.test((m[1] as string) + (m[3] as string)) && !m[2]) continue;
    const at = m.index ?? 0;
    // "a majority of 10 to two", "by a margin of 7 to 2": a vote without the word, shown with it.
    const majority = m[2] ? null : MAJORITY_OF.exec(text.slice(Math.max(0, at - 16), at));
    const ofMajority = majority !== null;
    const start = at - (majority?.[0].length ?? 0);
    out.push({
      first,
      second,
      start,
      firstEnd: at + (m[1] as string).length,
      secondStart: at + m[0].length - (m[3] as string).length,
      secondEnd: at + m[0].length,
      unit: m[2] ? lemmatize(m[2].toLowerCase()) : ofMajority ? 'vote' : null,
      unitText: m[2] ?? (ofMajority ? 'majority' : null),
      dashed: false,
    });
  }
  for (const m of text.matchAll(TALLY_DASH)) {
    if (!m[1] && !m[4]) continue;
    const start = (m.index ?? 0) + (m[1]?.length ?? 0);
    const firstEnd = start + (m[2] as string).length;
    const secondEnd = start + m[0].length - (m[1]?.length ?? 0) - (m[4]?.length ?? 0);
    if (out.some((t) => start < t.secondEnd && t.start < secondEnd)) continue;
    out.push({
      first: Number(m[2]),
      second: Number(m[3]),
      start,
      firstEnd,
      secondStart: secondEnd - (m[3] as string).length,
      secondEnd,
      unit: 'vote',
      unitText: m[4] ? (m[4] as string).trim() : 'vote',
      dashed: true,
    });
  }
  return out;
}
