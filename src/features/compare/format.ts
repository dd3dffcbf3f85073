/** Display formatting for article metadata; deterministic (no local time zone involved). */

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/**
 * Format an ISO 8601 date as the source gave it ("10 February 2022, 13:37"), without converting
 * time zones. Returns "Date unknown" for null and the raw text for anything unparseable.
 */
export function formatPublished(iso: string | null): string {
  if (!iso) return 'Date unknown';
  // A month or a year alone, as a manifest may give it ("2017-11" → "November 2017").
  const reduced = /^(\d{4})(?:-(\d{2}))?$/.exec(iso);
  if (reduced) {
    const month = reduced[2] ? MONTHS[Number(reduced[2]) - 1] : '';
    return month === undefined ? iso : `${month ? `${month} ` : ''}${reduced[1]}`;
  }
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2}))?/.exec(iso);
  if (!m) return iso;
  const month = MONTHS[Number(m[2]) - 1];
  if (!month) return iso;
  const date = `${Number(m[3])} ${month} ${m[1]}`;
  return m[4] && m[5] && !(m[4] === '00' && m[5] === '00') ? `${date}, ${m[4]}:${m[5]}` : date;
}

/** Join names the way a reader says them: "A", "A and B", "A, B and C". */
export function joinNames(names: readonly string[]): string {
  if (names.length <= 1) return names[0] ?? '';
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}
