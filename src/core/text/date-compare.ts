/**
 * How two date mentions compare (dates.ts finds them): which kinds can be compared, whether two
 * conflict or one falls after the other, and whether a date bounds a period ("since January")
 * rather than dates an event.
 */
import { APPROX_MINUTES, WEEKEND_KEY, type DateMention } from './dates';

/** Mentions of one kind can be compared: days and months together ("calendar"), else by precision. */
export function comparableKind(d: DateMention): string {
  return d.precision === 'day' || d.precision === 'month' ? 'calendar' : d.precision;
}

/** The calendar fields a day or month key pins down ("2022-01-27", "01-27", "2022-01", "last month:1"). */
function calendarOf(d: DateMention): { year?: string; month?: number; day?: number } {
  const full = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/.exec(d.key);
  if (full)
    return { year: full[1] as string, month: Number(full[2]), ...(full[3] ? { day: Number(full[3]) } : {}) };
  const monthDay = /^(\d{2})-(\d{2})$/.exec(d.key);
  if (monthDay) return { month: Number(monthDay[1]), day: Number(monthDay[2]) };
  const month = /month:(\d+)$/.exec(d.key);
  return month ? { month: Number(month[1]) } : {};
}

/**
 * Whether two date mentions can be compared and disagree. Days and months are compared on the
 * fields both give ("11 October 2025" vs "November 2025": the month; "4 March" vs "March 2030":
 * nothing differs); other precisions (year, weekday, time) only with their own kind.
 */
export function datesConflict(a: DateMention, b: DateMention): boolean {
  if (comparableKind(a) === 'calendar' && comparableKind(b) === 'calendar') {
    const x = calendarOf(a);
    const y = calendarOf(b);
    if (x.year !== undefined && y.year !== undefined && x.year !== y.year) return true;
    if (x.month !== undefined && y.month !== undefined && x.month !== y.month) return true;
    return x.day !== undefined && y.day !== undefined && x.day !== y.day;
  }
  if (a.precision === 'time' && b.precision === 'time') {
    // Times in different zones are compared in UTC ("12:00 BST" = "11:00 GMT"); a time with its zone
    // is not compared with one without: the other may be local time or another zone's.
    if ((a.utcOffset === undefined) !== (b.utcOffset === undefined)) return false;
    const toUtc = (b.utcOffset ?? 0) - (a.utcOffset ?? 0);
    const apart = (shiftA: number, shiftB: number): boolean => {
      const [alo, ahi] = minutesOf(a).map((x) => x + shiftA + toUtc) as [number, number];
      let [blo, bhi] = minutesOf(b).map((x) => x + shiftB) as [number, number];
      // Around midnight the two may fall on either side of it ("23:30 GMT" / "00:30 BST").
      const gap = (alo + ahi - blo - bhi) / 2;
      if (gap > HALF_DAY) [blo, bhi] = [blo + 2 * HALF_DAY, bhi + 2 * HALF_DAY];
      else if (gap < -HALF_DAY) [blo, bhi] = [blo - 2 * HALF_DAY, bhi - 2 * HALF_DAY];
      return alo > bhi + APPROX_MINUTES.rounding || blo > ahi + APPROX_MINUTES.rounding;
    };
    // A time without morning or afternoon conflicts only when neither reading agrees.
    return apart(0, 0) && (!a.halfDay || apart(HALF_DAY, 0)) && (!b.halfDay || apart(0, HALF_DAY));
  }
  if (
    a.precision === 'weekday' &&
    b.precision === 'weekday' &&
    (a.key === WEEKEND_KEY) !== (b.key === WEEKEND_KEY)
  ) {
    // "over the weekend" agrees with a Saturday or a Sunday, not with a weekday.
    const day = a.key === WEEKEND_KEY ? b.key : a.key;
    return day !== 'weekday:0' && day !== 'weekday:6';
  }
  return a.precision === b.precision && a.key !== b.key;
}

/**
 * Whether calendar date `a` falls after calendar date `b` on the fields both give ("14 September"
 * after "11 September"; "October" after "September"); false when they cannot be ordered.
 */
export function calendarAfter(a: DateMention, b: DateMention): boolean {
  if (comparableKind(a) !== 'calendar' || comparableKind(b) !== 'calendar') return false;
  const x = calendarOf(a);
  const y = calendarOf(b);
  if (x.year !== undefined && y.year !== undefined && x.year !== y.year) return x.year > y.year;
  if (x.month === undefined || y.month === undefined) return false;
  if (x.month !== y.month) return x.month > y.month;
  return x.day !== undefined && y.day !== undefined && x.day > y.day;
}

const HALF_DAY = 12 * 60;

/** The minutes of the day a time mention covers, [from, to]. */
function minutesOf(d: DateMention): [number, number] {
  const m = /^time:(\d{2}):(\d{2})$/.exec(d.key);
  const at = m ? Number(m[1]) * 60 + Number(m[2]) : 0;
  if (d.approx === 'before') return [at - APPROX_MINUTES.near, at];
  if (d.approx === 'after') return [at, at + APPROX_MINUTES.near];
  if (d.approx === 'about') return [at - APPROX_MINUTES.about, at + APPROX_MINUTES.about];
  return [at, at];
}

/**
 * A date right after one of these words bounds a period ("since", "until", "before") or says when a
 * state held ("two remain inside as of 11.30am"); it does not date an event.
 */
const BOUND_BEFORE_DATE =
  /\b(since|until|till|into|before|after|by|from|through|ahead of|as of|as at|no later than|not later than|no earlier than|not earlier than)\s+(?:(?:late|early)\s+)?$/i;

/**
 * The word that makes a date mention bound a period rather than date an event: "since" in "since
 * January 2021", "before" in "cannot return before March 2030"; null for an event date.
 * @param sentence the sentence the mention was found in (its offsets are relative to it).
 */
export function dateBound(sentence: string, date: DateMention): string | null {
  // "police received a 911 call at 9:01 a.m.", "crews were called shortly before 10am": when help
  // was called, not when the event itself happened; compared only with other call times.
  // "said at a press conference Friday", "in a statement on Thursday": when it was said, compared
  // only with the dates of other statements.
  const before = sentence.slice(Math.max(0, date.start - 60), date.start);
  if (
    (SPEECH_WORD.test(before) && SPEECH_BEFORE_DATE.test(before)) ||
    SAID_BEFORE_DATE.test(before) ||
    SAID_AFTER_DATE.test(sentence.slice(date.end, date.end + 40))
  )
    return 'speech';
  if (CALL_BEFORE_DATE.test(sentence.slice(Math.max(0, date.start - 90), date.start))) return 'call';
  // "the death toll has increased to 118 on Tuesday": when a figure was updated, not the event.
  if (UPDATE_BEFORE_DATE.test(before)) return 'update';
  // "was expected to announce his resignation on Sunday", "had planned to sail on Friday": when
  // something was once planned for, compared only with other plans (it may have happened another
  // day). A plan still ahead ("is due to begin in March") dates the event the story is about.
  if (EXPECTED_BEFORE_DATE.test(before)) return 'expected';
  // "born in 1939", "founded in Seattle in 1980": when a person or a body began, compared only with
  // other such dates, never with the event's ("won the Nobel Prize in 1995").
  const origin = ORIGIN_BEFORE_DATE.exec(before);
  if (origin) return /^born$/i.test(origin[1] as string) ? 'born' : 'founded';
  if (date.approx) return null;
  const m = BOUND_BEFORE_DATE.exec(sentence.slice(Math.max(0, date.start - 24), date.start));
  // "the largest demonstration since Hong Kong was returned to China in 1997": the date of what the
  // "since" clause names, the start of a period, not the event's.
  if (!m) return SINCE_CLAUSE.test(sentence.slice(Math.max(0, date.start - 80), date.start)) ? 'since' : null;
  const raw = (m[1] as string).toLowerCase();
  // "an investigation into Monday evening's landing": "into" a possessive names what, not when.
  if (raw === 'into' && /^(?:\s+\p{L}+)?['\u2019]s\b/u.test(sentence.slice(date.end))) return null;
  // "stayed into Monday morning", "till Friday": the end of a span, as "until" says it.
  // "no later than February 7" is "by", "no earlier than" is "after".
  const word = raw
    .replace(/^(?:till|into)$/, 'until')
    .replace(/^as at$/, 'as of')
    .replace(/^not? later than$/, 'by')
    .replace(/^not? earlier than$/, 'after');
  // "adjourned sentencing until 27 November": what is put off happens on that date.
  if (/^(until|till)$/.test(word) && PUT_OFF.test(sentence.slice(Math.max(0, date.start - 60), date.start)))
    return null;
  return word;
}

/** A dateline's place before its date: a few capitalised words and a comma ("Los Angeles, "). */
const DATELINE_PLACE = /^\s*(?:\p{Lu}[\p{L}\p{M}.'-]*\s+){0,3}\p{Lu}[\p{L}\p{M}.'-]*,\s*$/u;

/**
 * Whether a date is a wire report's dateline ("Jan 14 (Reuters) - Acacia agreed …", "MAY 3 — …",
 * "Los Angeles, Dec. 9 (Jiji Press)--…", "Balasore, June 03, 2023 (PPI-OT):…", "Los Angeles, (APP -
 * 10th Dec, 2023) …"): when the report was filed, not when its event happened.
 */
export function isDateline(sentence: string, date: DateMention): boolean {
  const before = sentence.slice(0, date.start);
  const after = sentence.slice(date.end);
  const placeOrNothing = (s: string): boolean => s.trim() === '' || DATELINE_PLACE.test(s);
  // The date closing the wire's parenthesis after the place.
  const open = before.lastIndexOf('(');
  if (open >= 0 && !before.slice(open).includes(')') && /^\s*\)/.test(after) && open < 60)
    return placeOrNothing(before.slice(0, open));
  return (
    placeOrNothing(before) &&
    /^\s*(?:\([^()]{1,30}\)\s*(?:[\u2014\u2013:]|--?)|[\u2014\u2013]|--?\s)/u.test(after)
  );
}

/**
 * The stage of a court case or an illness a date is given for, from the words right before it in
 * its clause: "found guilty on Monday" (the verdict) is not "jailed on Friday" (the sentence), nor
 * "fell ill on September 24" "admitted on Sept. 28", and two sources dating two stages do not
 * disagree. Null when no stage word is there.
 */
export function legalStage(sentence: string, date: DateMention): string | null {
  // (A weekday set before the date with a comma is part of it: "on Sunday, Sept. 28".)
  const before = sentence
    .slice(Math.max(0, date.start - 70), date.start)
    .replace(/\b(?:mon|tues|wednes|thurs|fri|satur|sun)day,\s*$/i, '');
  const clause = before.slice(before.search(/[^,;:]*$/));
  // The stage named nearest before the date ("fell ill on September 24 and sought medical care
  // … on September 26": the 26th is when care was sought).
  let best: string | null = null;
  let at = -1;
  for (const [stage, re] of STAGES)
    for (const m of clause.matchAll(re))
      if ((m.index ?? -1) > at) {
        at = m.index ?? -1;
        best = stage;
      }
  return best;
}

const STAGES: ReadonlyArray<readonly [string, RegExp]> = [
  ['sentenced', /\b(?:sentenced|jailed|imprisoned|locked up)\b/gi],
  ['convicted', /\b(?:found guilty|convicted|found not guilty|acquitted|cleared|verdicts?)\b/gi],
  ['charged', /\b(?:charged|indicted)\b/gi],
  ['arrested', /\b(?:arrested|detained)\b/gi],
  ['pleaded', /\b(?:pleaded|pled)\b/gi],
  // The course of an illness: "fell ill on September 24", "sought medical care on September 26",
  // "was admitted to hospital on Sept. 28" are three days of one patient, not three dates of one.
  ['ill', /\b(?:fell ill|became ill|felt ill|developed symptoms|symptoms (?:began|started|appeared))\b/gi],
  [
    'sought care',
    /\b(?:sought (?:medical )?(?:care|treatment|help)|went to (?:an? |the )?(?:hospital|emergency room|doctor))\b/gi,
  ],
  ['admitted', /\b(?:admitted|hospitali[sz]ed|put (?:under|in) isolation)\b/gi],
  ['diagnosed', /\b(?:diagnosed|tested positive)\b/gi],
  ['discharged', /\b(?:discharged|released from (?:the )?hospital)\b/gi],
];

/** A birth or founding right before a date, in its clause ("was born on", "founded in Seattle in"). */
const ORIGIN_BEFORE_DATE = /\b(born|founded|established)\b(?:[^,;.()]{0,40}?\b(?:on|in))?\s+(?:the\s+)?$/i;

/** A figure rising to a new value right before a date ("has increased to 118 on Tuesday"). */
const UPDATE_BEFORE_DATE =
  /\b(?:rose|risen|rises|increased|increases|climbed|climbs|reached|reaches|jumped|grew|grown|stood|stands)\s+to\s+(?:at\s+least\s+|about\s+|nearly\s+|more\s+than\s+)?[\d,.]+(?:\s+\p{L}+)?\s+(?:on|by|as\s+of|late\s+on|early\s+on)?\s*$/iu;

/** A "since" clause running up to its date ("since the city was handed back to China in"). */
const SINCE_CLAUSE = /\bsince\s+(?:the\s+)?\p{L}[^,;.!?()]{0,60}?\s(?:in|on)\s+$/iu;

/** A plan or an expectation before a date in its clause ("was expected to announce … on"). */
const EXPECTED_BEFORE_DATE =
  /\b(?:(?:was|were|had\s+been)\s+(?:widely\s+)?(?:expected|due|scheduled|slated|poised|set)|(?:had\s+)?(?:planned|intended|hoped))\s+to\s+[^,;.!?]*$/i;

/** A call for help before a date in its clause ("called to the scene at", "a 999 call at"). */
const CALL_BEFORE_DATE =
  /\b(?:called|call|calls|alerted|alarm|summoned|999|911)\b(?!\s+(?:off|for|on)\b)(?:[^,;:]|:(?=\d))*$/i;

/**
 * An occasion of speaking right before a date ("at a news conference Friday, April 22", "in a
 * statement on Thursday", "told a briefing late on Monday", "a news conference held around 1 p.m.").
 */
const SPEECH_WORD = /conference|briefing|statement|interview|release|speech/i;
const SPEECH_BEFORE_DATE =
  /\b(?:(?:news|press)\s+conference|briefing|statement|interview|press\s+release|speech)\s+(?:(?:held|given|issued)\s+)?(?:(?:late|early)\s+)?(?:on\s+|at\s+)?(?:\p{L}+day,?\s+)?$/iu;

/**
 * A reporting verb right before a date ("the safety board announced on Wednesday", "police
 * confirmed Wednesday", "officials said late on Tuesday", "told reporters Monday"): the day it was
 * said, not the day of what is reported.
 */
const SAID_BEFORE_DATE =
  /\b(?:said|says|announced|confirmed|stated|added|told\s+(?:reporters|journalists|the\s+press|a\s+briefing))\s+(?:(?:late|early)\s+)?(?:on\s+)?$/i;
/** The same verb right after the date ("on Wednesday announced a settlement"). */
const SAID_AFTER_DATE = /^,?\s+(?:said|says|announced|confirmed|stated|added|told)\b/i;

/** Verbs that move an event to the date after "until": "adjourned sentencing until 27 November". */
const PUT_OFF =
  /\b(adjourn|adjourned|adjourns|postpone|postponed|postpones|defer|deferred|defers|delay|delayed|delays|put off|pushed back|rescheduled)\b(?:\s+[\p{L}'\u2019-]+){0,4}\s+(?:until|till)\s+$/iu;
