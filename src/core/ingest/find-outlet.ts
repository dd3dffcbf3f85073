/**
 * Outlet named in the text: sites name themselves in their own furniture — "Stay up to date with
 * notifications from <Outlet>", "© 2024 <Outlet>", "Sign up to <Outlet>'s newsletter", "<Outlet>.com has
 * asked …". Patterns are tried in order of reliability over every line (boilerplate included, since that
 * is where the name usually is); the first match wins.
 */

/** An outlet name: up to five capitalised words, optionally led by "The". */
const WORD = "\\p{Lu}(?:[\\p{L}\\p{N}&'’-]|\\.(?=\\p{L}))*";
const NAME = `((?:The )?${WORD}(?: (?:of |on |the |and |& )?${WORD}){0,4})`;

/** A web domain used as a name in the text ("ExampleNews.com"). */
const DOMAIN = '([\\p{L}][\\p{L}\\p{N}-]{1,40})\\.(?:com|co\\.uk|org|net|news|co|uk|ie|au|ca|in)';

const PATTERNS: readonly { readonly re: RegExp; readonly domain?: boolean }[] = [
  { re: new RegExp(`\\bnotifications (?:from|by) ${NAME}`, 'u') },
  {
    re: new RegExp(
      `^(?:©|\\([cC]\\)|[Cc]opyright|COPYRIGHT)\\s*(?:©\\s*)?(?:\\d{4}(?:[-–]\\d{4})?\\s*)?${NAME}`,
      'u',
    ),
  },
  { re: new RegExp(`\\b(?:[Ss]ign up|[Ss]ubscribe|[Rr]egister) (?:to|for|with) ${NAME}['’]s\\b`, 'u') },
  { re: new RegExp(`\\b(?:[Ss]ign up|[Ss]ubscribe) to (?:the )?${NAME} (?:newsletter|daily|briefing)`, 'u') },
  {
    re: new RegExp(
      `(?:^|[\\s(])${DOMAIN} (?:has|have|had|is|was) (?:asked|contacted|approached|reached out|requested|sought)`,
      'u',
    ),
    domain: true,
  },
  { re: new RegExp(`\\bfollow other ${NAME} readers\\b`, 'u') },
  // Wire-style dateline: "CITY (Agency) — …", the agency in parentheses before the dash.
  { re: /^\p{Lu}[\p{Lu}\p{M} .,'-]{1,40} \((\p{L}[\p{L}\p{N}&. -]{0,30})\)\s*[—–-]/u },
];

/** "ExampleNews" → "Example News"; all-lower or all-caps domains stay as written with their suffix. */
function domainToName(label: string, whole: string): string {
  if (/\p{Ll}\p{Lu}/u.test(label)) return label.replace(/(\p{Ll})(\p{Lu})/gu, '$1 $2');
  return whole;
}

/**
 * Find the outlet the text names.
 * @param lines normalised lines of the raw text (all of them, boilerplate included).
 * @returns the outlet name, or null when no line names one.
 */
export function findOutletInText(lines: readonly string[]): string | null {
  for (const { re, domain } of PATTERNS) {
    for (const line of lines) {
      const m = re.exec(line);
      if (!m?.[1]) continue;
      if (domain) {
        const whole = /\S+\.(?:com|co\.uk|org|net|news|co|uk|ie|au|ca|in)/u.exec(m[0].trim())?.[0] ?? m[1];
        return domainToName(m[1], whole.replace(/^\(/, ''));
      }
      const name = m[1].replace(/[.'’-]+$/, '').trim();
      if (name.length >= 2) return name;
    }
  }
  return null;
}

/**
 * A page title's site name after a bar ("Quake hits Italy, 73 Dead | ASHARQ AL-AWSAT English
 * Archive"): the headline before it (three words or more) and the site after it (one to eight
 * words, beginning with a capital, no sentence punctuation), or null when the title has no such
 * suffix. Only the last bar counts; a dash is too common inside headlines to split on.
 */
export function splitSiteSuffix(title: string): { readonly headline: string; readonly site: string } | null {
  const at = title.lastIndexOf(' | ');
  if (at < 0) return null;
  const headline = title.slice(0, at).trim();
  const site = title.slice(at + 3).trim();
  const words = site.split(/\s+/);
  if (headline.split(/\s+/).length < 3 || words.length > 8 || !/^\p{Lu}/u.test(site)) return null;
  if (/[.!?:;,"“”]/u.test(site)) return null;
  return { headline, site };
}
