/**
 * Bylines: "By Jane Doe", "Jane Doe and John Roe", "By JANE DOE, Political Editor", "Jane Doe | Reporter".
 * A line with a "By" prefix is a byline wherever it stands in the header; a bare name list is only
 * accepted by the caller in the header zone (between the headline and the first paragraph of prose),
 * where a short line of two to four capitalised words is almost always the author.
 */

const PARTICLES = new Set([
  'de',
  'da',
  'del',
  'della',
  'der',
  'den',
  'van',
  'von',
  'la',
  'le',
  'di',
  'du',
  'bin',
  'al',
  'ibn',
  'dos',
  'das',
  'ter',
  'ten',
  'y',
]);

/** Words that look like name tokens (capitalised) but are page furniture or headline words, never a person. */
const NOT_NAMES = new Set(
  'the a an news live video videos watch comments comment share updates update breaking opinion analysis editorial sport sports politics world business home menu advertisement photo photos gallery read more latest top stories story related most popular exclusive follow sign subscribe newsletter register login log in on of for to from with and staff reporter correspondent editor desk agency agencies wire press report reports says said president minister leader police court officials north south east west new old'.split(
    ' ',
  ),
);

const NAME_TOKEN =
  /^(?:\p{Lu}[\p{Ll}\p{M}'’-]*\.?|\p{Lu}[\p{Lu}\p{M}'’-]+|\p{Lu}\.(?:\p{Lu}\.)*|(?:O|D|Mc|Mac)['’]?\p{Lu}[\p{Ll}'’-]+)$/u;

/** A name followed by a job title (ending in a newsroom role word) or by "in <Place>". */
const ROLE_SUFFIX =
  /^(?:(?:[\p{L}-]+ ){0,3}(?:correspondent|editor|reporter|writer|columnist|journalist|contributor|analyst|producer|critic)|in \p{Lu}[\p{L}' -]*)$/iu;

/** Longest byline we accept: two or three names with a role fit in 80 characters. */
const MAX_BYLINE_LENGTH = 80;

/** Longest bare (unprefixed) name line: two names joined by "and". */
const MAX_BARE_LENGTH = 60;

function isPersonName(text: string): boolean {
  const tokens = text.trim().split(/\s+/);
  if (tokens.length < 2 || tokens.length > 5) return false;
  const first = tokens[0] ?? '';
  const last = tokens[tokens.length - 1] ?? '';
  if (PARTICLES.has(first.toLowerCase()) || PARTICLES.has(last.toLowerCase())) return false;
  return tokens.every((t) => {
    const lower = t.toLowerCase().replace(/\.$/, '');
    if (PARTICLES.has(t)) return true;
    // "Joseph A. Gambardello": an initial, not the article "a".
    if (/^\p{Lu}\.$/u.test(t)) return true;
    return !NOT_NAMES.has(lower) && NAME_TOKEN.test(t);
  });
}

/** Split "A, B and C" / "A & B" into names; null when any part is not a person's name. */
function splitNames(text: string): string[] | null {
  const parts = text
    .split(/\s*(?:,\s*(?:and\s+)?|\s+and\s+|\s*&\s*)/)
    .map((p) => p.trim())
    .filter((p) => p !== '');
  return parts.length > 0 && parts.length <= 4 && parts.every(isPersonName) ? parts : null;
}

/** "Jane Doe and John Roe" from the names list. */
function joinNames(names: readonly string[]): string {
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1] ?? ''}`;
}

/**
 * Parse a byline line.
 * @param line one normalised line.
 * @param allowBare accept a bare name list without a "By" prefix (only in the article's header zone).
 * @returns the author(s) as written ("Jane Doe and John Roe"), or null when the line is not a byline.
 */
export function parseByline(line: string, allowBare: boolean): string | null {
  if (line.length > MAX_BYLINE_LENGTH) return null;
  const prefixed = /^(?:(?:words|written|reporting|story|text)\s+)?by[:\s]\s*(.+)$/i.exec(line);
  if (prefixed?.[1]) {
    // "By Jane Doe, Political Editor" / "By Jane Doe | Outlet" / "By Jane Doe for Outlet": keep the names.
    const body = prefixed[1].trim();
    const names =
      splitNames(body) ?? splitNames(body.split(/\s*(?:[|•·—–]|\s-\s|\bfor\b|\bin\b)\s*/)[0] ?? '');
    if (names) return joinNames(names);
    const lead = body.split(',')[0] ?? '';
    return isPersonName(lead) ? lead.trim() : null;
  }
  if (!allowBare || line.length > MAX_BARE_LENGTH || /[.!?:;"“”]$/.test(line)) return null;
  const names = splitNames(line);
  if (names) return joinNames(names);
  // "Jane Doe Political correspondent", "Jane Doe, Reporter", "Jane Doe in Lisbon": a name, then a role or place.
  const words = line.split(' ');
  for (let k = 2; k <= Math.min(5, words.length - 1); k++) {
    const name = words.slice(0, k).join(' ').replace(/,$/, '');
    if (isPersonName(name) && ROLE_SUFFIX.test(words.slice(k).join(' '))) return name;
  }
  return null;
}
