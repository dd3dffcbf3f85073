/**
 * Datelines: a line that is nothing but a publication date, in the forms news sites print them
 * ("Thursday 10 February 2022 13:37 EST", "Feb. 10, 2022", "10/02/2022 09:15", "Updated: 1:37 PM ET,
 * February 10, 2022", "2022-02-10T13:37:00Z"), parsed to ISO 8601 with the UTC offset where the zone is
 * known. Time-zone abbreviations follow the IANA tz database's common English abbreviations; the
 * US-wide "ET/CT/MT/PT" resolve with the US daylight-saving rule of 2007 (second Sunday of March to the
 * first Sunday of November).
 */
import { ZONE_OFFSETS } from '../text/time-zones';

const MONTHS: Readonly<Record<string, number>> = {
  jan: 1,
  january: 1,
  feb: 2,
  february: 2,
  mar: 3,
  march: 3,
  apr: 4,
  april: 4,
  may: 5,
  jun: 6,
  june: 6,
  jul: 7,
  july: 7,
  aug: 8,
  august: 8,
  sep: 9,
  sept: 9,
  september: 9,
  oct: 10,
  october: 10,
  nov: 11,
  november: 11,
  dec: 12,
  december: 12,
};

/** US zones whose offset depends on daylight saving: standard offset in minutes. */
const US_ZONES: Readonly<Record<string, number>> = { ET: -300, CT: -360, MT: -420, PT: -480 };

const MONTH =
  '(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';
const WEEKDAY = '(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|nesday|sday|urday|rsday)?\\.?';
const DAY = '(\\d{1,2})(?:st|nd|rd|th)?';
const YEAR = '(\\d{4})';

const DAY_MONTH_YEAR = new RegExp(`\\b${DAY}\\s+(?:of\\s+)?${MONTH},?\\s+${YEAR}\\b`, 'i');
const MONTH_DAY_YEAR = new RegExp(`\\b${MONTH}\\s+${DAY},?\\s+${YEAR}\\b`, 'i');
const NUMERIC = /\b(\d{1,2})([/.-])(\d{1,2})\2(\d{4})\b/;
const ISO =
  /\b(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?\s*(Z|[+-]\d{2}:?\d{2})?)?\b/i;
const TIME = /\b(\d{1,2})(?:[:.](\d{2}))?(?::(\d{2}))?\s*(a\.?m\.?|p\.?m\.?)?(?=[\s,|]|$)/i;
const ZONE =
  /(?:^|[\s,(])((?:GMT|UTC)\s*[+-]\s*\d{1,2}(?::?\d{2})?|[+-]\d{2}:?\d{2}|[A-Z]{1,5})(?=$|[\s,)|])/;
const FILLER = new RegExp(
  `\\b(?:${WEEKDAY}|published|updated|last|first|posted|modified|on|at|time|date)\\b|[\\s,.|:;()\\-–—•·]+`,
  'gi',
);

/**
 * A place before the date of a dateline: one to four capitalised words (in capitals or title case,
 * "ST. HELIER", "Port Ellery"), then a comma or a dash, and a date right after.
 */
const PLACE =
  /^\p{Lu}[\p{L}.'\u2019-]*(?:\s+\p{Lu}[\p{L}.'\u2019-]*){0,3}\s*(?:,|[-\u2013\u2014])\s*(?=(?:\p{Lu}\p{Ll}+day\s+)?\d|\p{Lu}\p{Ll}+\.?\s+\d)/u;

interface DateParts {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

/**
 * Parse a dateline.
 * @param line one normalised line.
 * @returns ISO 8601 (`2022-02-10T13:37:00-05:00`, `2022-02-10T13:37:00` when the zone is unknown,
 *   `2022-02-10` without a time), or null when the line is not a dateline (prose that merely contains
 *   a date, an impossible date, or too long to be one).
 */
export function parseDateline(line: string): string | null {
  if (line.length > 120) return null;
  // "Published: 05:30, 17 June 2026 | Updated: 07:12, 17 June 2026": two datelines on one line;
  // the first is the publication.
  const parts = line.split(/\s*[|\u2022\u00b7]\s*|(?<!\blast)\s+(?=(?:last\s+)?(?:updated|modified)\b)/i);
  if (parts.length > 1) {
    const dates = parts.filter((p) => p.trim() !== '').map((p) => parseOneDateline(p));
    return dates.length > 0 && dates.every((d) => d !== null) ? (dates[0] as string) : null;
  }
  return parseOneDateline(line);
}

/** One dateline (see parseDateline). */
function parseOneDateline(line: string): string | null {
  if (line.length > 80) return null;
  // "ARDVANNAN, 3 October 2026", "Hembry Cross – 7 October 2026": the place the story was filed from.
  const place = PLACE.exec(line);
  if (place) line = line.slice(place[0].length);
  const iso = ISO.exec(line);
  if (iso) return parseIso(line, iso);
  const found = findDate(line);
  if (!found) return null;
  let rest = line.slice(0, found.index) + ' ' + line.slice(found.index + found.length);
  let time: { hour: number; minute: number; second: number } | null = null;
  const t = TIME.exec(rest);
  if (t && (t[2] !== undefined || t[4] !== undefined)) {
    const parsed = parseTime(t);
    if (!parsed) return null;
    time = parsed;
    rest = rest.slice(0, t.index) + ' ' + rest.slice(t.index + t[0].length);
  }
  let offset: number | null = null;
  if (time) {
    const z = ZONE.exec(rest);
    if (z?.[1]) {
      offset = zoneOffset(z[1], found.date, time.hour);
      // An unknown abbreviation is still a zone: drop it and keep the local time without an offset.
      if (offset !== null || /^[A-Z]{2,5}$/.test(z[1])) rest = rest.replace(z[1], ' ');
    }
  }
  if (rest.replace(FILLER, '').trim() !== '') return null;
  return formatIso(found.date, time, offset);
}

function findDate(line: string): { date: DateParts; index: number; length: number } | null {
  const dmy = DAY_MONTH_YEAR.exec(line);
  if (dmy) return wrap(dmy, Number(dmy[3]), monthNumber(dmy[2]), Number(dmy[1]));
  const mdy = MONTH_DAY_YEAR.exec(line);
  if (mdy) return wrap(mdy, Number(mdy[3]), monthNumber(mdy[1]), Number(mdy[2]));
  const num = NUMERIC.exec(line);
  if (num) {
    const a = Number(num[1]);
    const b = Number(num[3]);
    // Day first (the international order) unless only the month-first reading is a valid date.
    const [day, month] = a > 12 || b <= 12 ? [a, b] : [b, a];
    return wrap(num, Number(num[4]), month, day);
  }
  return null;
}

function wrap(m: RegExpExecArray, year: number, month: number, day: number) {
  if (!validDate(year, month, day)) return null;
  return { date: { year, month, day }, index: m.index, length: m[0].length };
}

function monthNumber(name: string | undefined): number {
  return MONTHS[(name ?? '').toLowerCase().replace('.', '')] ?? 0;
}

function validDate(year: number, month: number, day: number): boolean {
  if (year < 1800 || year > 2200 || month < 1 || month > 12 || day < 1) return false;
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function parseTime(t: RegExpExecArray): { hour: number; minute: number; second: number } | null {
  let hour = Number(t[1]);
  const minute = Number(t[2] ?? 0);
  const second = Number(t[3] ?? 0);
  const meridiem = t[4]?.toLowerCase().replace(/\./g, '');
  if (meridiem) {
    if (hour < 1 || hour > 12) return null;
    hour = (hour % 12) + (meridiem === 'pm' ? 12 : 0);
  }
  if (hour > 23 || minute > 59 || second > 59) return null;
  return { hour, minute, second };
}

function zoneOffset(zone: string, date: DateParts, hour: number): number | null {
  const numeric = /^(?:GMT|UTC)?\s*([+-])\s*(\d{1,2}):?(\d{2})?$/i.exec(zone);
  if (numeric) {
    const minutes = Number(numeric[2]) * 60 + Number(numeric[3] ?? 0);
    return minutes > 14 * 60 ? null : numeric[1] === '-' ? -minutes : minutes;
  }
  const upper = zone.toUpperCase();
  const fixed = ZONE_OFFSETS[upper];
  if (fixed !== undefined) return fixed;
  const us = US_ZONES[upper];
  return us === undefined ? null : us + (usDaylightSaving(date, hour) ? 60 : 0);
}

/** US daylight saving (since 2007): from 2:00 on the second Sunday of March to 2:00 on the first Sunday of November. */
function usDaylightSaving(date: DateParts, hour: number): boolean {
  const nthSunday = (month: number, n: number): number => {
    const first = new Date(Date.UTC(date.year, month - 1, 1)).getUTCDay();
    return 1 + ((7 - first) % 7) + (n - 1) * 7;
  };
  const start = nthSunday(3, 2);
  const end = nthSunday(11, 1);
  const key = date.month * 100 + date.day + hour / 100;
  return key >= 300 + start + 0.02 && key < 1100 + end + 0.02;
}

function parseIso(line: string, m: RegExpExecArray): string | null {
  const date = { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
  if (!validDate(date.year, date.month, date.day)) return null;
  const rest = line.slice(0, m.index) + ' ' + line.slice(m.index + m[0].length);
  if (rest.replace(FILLER, '').trim() !== '') return null;
  if (m[4] === undefined) return formatIso(date, null, null);
  const time = { hour: Number(m[4]), minute: Number(m[5]), second: Number(m[6] ?? 0) };
  if (time.hour > 23 || time.minute > 59 || time.second > 59) return null;
  const zone = m[7];
  const offset =
    zone === undefined ? null : zone.toUpperCase() === 'Z' ? 0 : zoneOffset(zone, date, time.hour);
  return formatIso(date, time, offset);
}

function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}

function formatIso(
  date: DateParts,
  time: { hour: number; minute: number; second: number } | null,
  offset: number | null,
): string {
  const day = `${pad(date.year, 4)}-${pad(date.month)}-${pad(date.day)}`;
  if (!time) return day;
  const clock = `${pad(time.hour)}:${pad(time.minute)}:${pad(time.second)}`;
  if (offset === null) return `${day}T${clock}`;
  if (offset === 0) return `${day}T${clock}Z`;
  const abs = Math.abs(offset);
  return `${day}T${clock}${offset < 0 ? '-' : '+'}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

/**
 * A date label glued to the text that follows it, as archives and feeds print one ("date 2016-11-21
 * PUKHRAYAN, India -- Rescuers …", "Published: 10 February 2022 The council …"): a label word, then a
 * full date (ISO, "10 February 2022" or "February 10, 2022", an ISO time allowed), then the text.
 * Without the label a date opening a paragraph is prose ("10 February 2022 was the day …") and stays.
 */
const LABELLED_DATE = new RegExp(
  `^(?:date|published|first published|posted|updated|last updated)\\s*:?\\s*` +
    `(\\d{4}-\\d{2}-\\d{2}(?:[T ]\\d{2}:\\d{2}(?::\\d{2})?(?:Z|[+-]\\d{2}:?\\d{2})?)?|${DAY}\\s+${MONTH},?\\s+${YEAR}|${MONTH}\\s+${DAY},?\\s+${YEAR})` +
    `\\s+(?=\\S)`,
  'i',
);

/**
 * Split a date label off the start of a paragraph (see LABELLED_DATE).
 * @returns the label with its date, the ISO date it gives and the text after it, or null when the
 *   paragraph does not start with a labelled date or nothing follows it.
 */
export function leadingDateline(text: string): { label: string; iso: string; rest: string } | null {
  const m = LABELLED_DATE.exec(text);
  // "Published October 18, 2026 at 9:40 p.m." is a dateline whole.
  if (!m || parseDateline(text) !== null) return null;
  const label = m[0].trimEnd();
  const iso = parseDateline(label);
  const rest = text.slice(m[0].length);
  return iso === null || rest.trim() === '' ? null : { label, iso, rest };
}
