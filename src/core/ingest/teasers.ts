/**
 * Bulleted teasers: links to unrelated stories dropped into the flow ("• Urgent warning for … users").
 * A bullet line is a teaser when it is headline-shaped and shares almost no content words with the rest
 * of the article; a bullet that summarises the story itself shares many and stays.
 */

/** Bullet glyphs that start a list item in scraped text. */
const BULLET = /^[•·▪▫►▸‣◦●○■□➤→*–—-]\s*(?=\S)/u;

/** Headline shape: starts with a capital or digit, no sentence-final full stop, short. */
const MAX_TEASER_LENGTH = 160;

/**
 * Share of the teaser's content words that may also occur in the article before it counts as related.
 * Teasers to other stories share 0–15% (function-like words that slip through the stopword list); a
 * bullet summarising the story shares well over half. One third separates the two with room on both sides.
 */
const MAX_OVERLAP = 1 / 3;

const STOPWORDS = new Set(
  'about after again also been before being between both could does doing down during each from further have having here into just more most only other over same should some such than that their them then there these they this those through under until very what when where which while will with would your'.split(
    ' ',
  ),
);

/**
 * Content words of a text: lower-cased letter runs of four or more letters, minus common function words.
 * @param text any text.
 * @returns the distinct content words.
 */
export function contentWords(text: string): Set<string> {
  const words = text.toLowerCase().match(/\p{L}{4,}/gu) ?? [];
  return new Set(words.filter((w) => !STOPWORDS.has(w)));
}

/**
 * Strip a leading bullet glyph.
 * @returns the text after the bullet, or null when the line does not start with one.
 */
export function stripBullet(line: string): string | null {
  const m = BULLET.exec(line);
  return m ? line.slice(m[0].length) : null;
}

/**
 * Decide whether a line is a bulleted teaser to an unrelated story.
 * @param line the normalised line.
 * @param articleWords content words of the article's other paragraphs (see {@link contentWords}).
 */
export function isTeaser(line: string, articleWords: ReadonlySet<string>): boolean {
  const rest = stripBullet(line);
  if (rest === null || rest.length > MAX_TEASER_LENGTH || !/^[\p{Lu}\p{N}]/u.test(rest)) return false;
  if (/[.;,]["'”’)]*$/.test(rest)) return false;
  const words = [...contentWords(rest)];
  if (words.length < 2) return false;
  const shared = words.filter((w) => articleWords.has(w)).length;
  return shared / words.length <= MAX_OVERLAP;
}
