/** ISO 8601 dates as the model stores them: a calendar date, optionally with a time and a UTC offset. */

const ISO_DATE =
  /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})?)?$/;

/**
 * Check an ISO 8601 date or date-time (`2022-02-10`, `2022-02-10T13:37:00-05:00`, `…Z`).
 * @returns true when the string has that shape and names a real calendar day and clock time.
 */
export function isIsoDate(value: string): boolean {
  const m = ISO_DATE.exec(value);
  if (!m) return false;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (month < 1 || month > 12 || day < 1 || day > new Date(Date.UTC(year, month, 0)).getUTCDate())
    return false;
  return m[4] === undefined || (Number(m[4]) <= 23 && Number(m[5]) <= 59 && Number(m[6] ?? 0) <= 59);
}

/** A year and month or a year alone, ISO 8601's reduced precision (`2017-11`, `2017`). */
const REDUCED = /^\d{4}(?:-(?:0[1-9]|1[0-2]))?$/;

/**
 * Check a date as a story manifest may give it: a full ISO 8601 date or date-time, or a month or a
 * year when that is all the person who wrote the manifest knows (`2017-11`, `2017`).
 */
export function isManifestDate(value: string): boolean {
  return isIsoDate(value) || REDUCED.test(value);
}
