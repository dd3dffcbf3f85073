/**
 * Time zone abbreviations with a fixed offset from UTC, shared by the dateline parser (ingest) and
 * the clock times of the text (dates.ts).
 */

/** Fixed offsets of common zone abbreviations, in minutes east of UTC. */
export const ZONE_OFFSETS: Readonly<Record<string, number>> = {
  UTC: 0,
  GMT: 0,
  Z: 0,
  WET: 0,
  BST: 60,
  IST: 60,
  CET: 60,
  CEST: 120,
  WEST: 60,
  EET: 120,
  EEST: 180,
  MSK: 180,
  EST: -300,
  EDT: -240,
  CST: -360,
  CDT: -300,
  MST: -420,
  MDT: -360,
  PST: -480,
  PDT: -420,
  AKST: -540,
  AKDT: -480,
  HST: -600,
  AEST: 600,
  AEDT: 660,
  ACST: 570,
  AWST: 480,
  NZST: 720,
  NZDT: 780,
  JST: 540,
  KST: 540,
  HKT: 480,
  SGT: 480,
};

/**
 * Abbreviations a dateline reads with the offset above but a sentence cannot: "IST" names India's,
 * Ireland's and Israel's time, "MSK" was UTC+4 until 2014, and a lone "Z" after a time is rarely a zone.
 */
export const AMBIGUOUS_ZONES: ReadonlySet<string> = new Set(['IST', 'MSK', 'Z']);
