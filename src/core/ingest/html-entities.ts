/**
 * Character references left in scraped plain text ("Tom &amp; Jerry", "Africa&#39;s", "&rsquo;",
 * and the mangled "&39;" some scrapers leave when they drop the "#"). Decoded to their characters so
 * that names, quotes and possessives read as written. Plain text only: HTML goes through the HTML
 * adapter, whose parser decodes references itself.
 */

/** Named references common in news pages (the full HTML table is not needed for text). */
const NAMED: Readonly<Record<string, string>> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
  lsquo: '\u2018',
  rsquo: '\u2019',
  ldquo: '\u201c',
  rdquo: '\u201d',
  ndash: '\u2013',
  mdash: '\u2014',
  hellip: '\u2026',
  pound: '\u00a3',
  euro: '\u20ac',
  cent: '\u00a2',
  copy: '\u00a9',
  reg: '\u00ae',
  deg: '\u00b0',
  eacute: '\u00e9',
  egrave: '\u00e8',
  aacute: '\u00e1',
  iacute: '\u00ed',
  oacute: '\u00f3',
  uacute: '\u00fa',
  ntilde: '\u00f1',
  ccedil: '\u00e7',
  uuml: '\u00fc',
  ouml: '\u00f6',
  auml: '\u00e4',
};

/** A character reference: named, decimal, hexadecimal, or decimal with its "#" lost ("&39;"). */
export const ENTITY = /&(?:#(\d{1,7})|#[xX]([0-9a-fA-F]{1,6})|(\d{2,4})|([a-zA-Z]{2,8}));/g;

/** The character a reference stands for, or null when it is none (an unknown name, a control code). */
export function entityChar(reference: string): string | null {
  const m = /^&(?:#(\d{1,7})|#[xX]([0-9a-fA-F]{1,6})|(\d{2,4})|([a-zA-Z]{2,8}));$/.exec(reference);
  if (!m) return null;
  if (m[4] !== undefined) return NAMED[m[4].toLowerCase()] ?? null;
  const code = m[2] !== undefined ? parseInt(m[2], 16) : Number(m[1] ?? m[3]);
  // Printable characters only: no controls, no surrogates, nothing past Unicode.
  if (code < 32 || (code >= 127 && code < 160) || (code >= 0xd800 && code <= 0xdfff) || code > 0x10ffff)
    return null;
  return String.fromCodePoint(code);
}

/**
 * Decode the character references of a text, until none is left ("&amp;amp;" → "&"), so that
 * decoding twice equals decoding once.
 */
export function decodeEntities(text: string): string {
  let current = text;
  for (;;) {
    const next = current.replace(ENTITY, (ref) => entityChar(ref) ?? ref);
    if (next === current) return current;
    current = next;
  }
}
