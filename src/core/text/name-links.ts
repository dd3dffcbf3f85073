/**
 * Linking the names of a story: a surname or a first name alone to the one full name it shortens
 * ("smith" → "jane smith"), an acronym to the one full name whose initials it spells ("kct" →
 * "kelby container terminals"), and two adjacent names read as one to the name that acts. Keys come
 * from name-keys.ts; mentions from names.ts.
 */
import { editDistance } from './edit-distance';
import { canBeAdjective } from './lexicon';
import { HONORIFICS } from './name-keys';
import { surnameLike } from './name-spelling';

/** Words an acronym may leave out ("National Archives and Records Administration" → NARA). */
const ACRONYM_SKIPS = new Set(['and', 'of', 'the', 'for', 'on', 'in', 'at', 'to', 'de', 'du', 'des']);

/**
 * Whether a mention is written as an acronym: two to six capital letters, optionally with dots
 * ("KCT", "U.N."), so "Kim" or "IT" in a sentence of capitals is not taken for one.
 */
export function isAcronym(text: string): boolean {
  return /^(?:\p{Lu}\.?){2,6}$/u.test(text.replace(/['\u2019]s$/u, ''));
}

/**
 * Whether `acronym` (a folded key, "kct") is made of the starts of the words of `full`, in order:
 * one letter or more of every word but the ones an acronym may skip ("kelby container terminals";
 * "aldot": "ALabama Department Of Transportation", as in Schwartz & Hearst 2003).
 */
export function spellsInitials(acronym: string, full: string): boolean {
  const words = full.split(' ');
  if (words.length < 2) return false;
  // Can acronym[i..] be spelt by words[j..]? Memoised on (i, j): a word takes a prefix of any
  // length, an optional word none.
  const memo = new Map<number, boolean>();
  const spell = (i: number, j: number): boolean => {
    if (j === words.length) return i === acronym.length;
    const key = i * 64 + j;
    const known = memo.get(key);
    if (known !== undefined) return known;
    const word = words[j] as string;
    let ok = ACRONYM_SKIPS.has(word) && spell(i, j + 1);
    for (
      let k = 1;
      !ok && k <= word.length && i + k <= acronym.length && word[k - 1] === acronym[i + k - 1];
      k++
    )
      ok = spell(i + k, j + 1);
    memo.set(key, ok);
    return ok;
  };
  return spell(0, 0);
}

/**
 * Link short name keys to the full names of the story ("smith" → "jane smith") when exactly one
 * full name starts or ends with that word, and acronyms to the one full name whose initials they
 * spell ("kct" → "kelby container terminals").
 * @param keys every name key of the story.
 * @param acronyms the keys that were written as acronyms (see {@link isAcronym}).
 * @returns a map from each key to its canonical key (itself when no unique full name matches).
 */
export function linkNames(
  keys: Iterable<string>,
  acronyms: ReadonlySet<string> = new Set(),
): Map<string, string> {
  const all = [...new Set(keys)].sort();
  const known = new Set(all);
  // "united states jane doe" when "united states" and "jane doe" are both names of the story:
  // two adjacent names read as one; the last one is the name that acts.
  const compound = new Map<string, string>();
  for (const key of all) {
    const words = key.split(' ');
    for (let cut = 1; cut < words.length; cut++) {
      const head = words.slice(0, cut).join(' ');
      const tail = words.slice(cut).join(' ');
      // "Birmingham City Council" is one name: a place and the common nouns of a body ("city
      // council"), not two names side by side.
      if (
        known.has(head) &&
        known.has(tail) &&
        (tail.includes(' ') || head.includes(' ')) &&
        !(tail.includes(' ') && tail.split(' ').every((w) => !surnameLike(w)))
      )
        compound.set(key, tail);
    }
  }
  const multi = all.filter((k) => k.includes(' ') && !compound.has(k));
  const link = new Map<string, string>();
  for (const key of all) {
    const split = compound.get(key);
    if (split !== undefined) {
      link.set(key, split);
      continue;
    }
    if (acronyms.has(key)) {
      const spelled = multi.filter((m) => m !== key && spellsInitials(key.replace(/ /g, ''), m));
      if (spelled.length === 1) {
        link.set(key, spelled[0] as string);
        continue;
      }
    }
    if (key.includes(' ')) {
      // A full name that ends another, longer one ("jane smith" in "acme ceo jane smith").
      const longer = multi
        .filter((m) => m !== key && m.endsWith(` ${key}`))
        .sort((a, b) => b.length - a.length || a.localeCompare(b));
      link.set(key, longer.length === 1 ? (longer[0] as string) : key);
      continue;
    }
    const matches = multi.filter((m) => {
      const parts = m.split(' ');
      // "UBS" is not "UBS Group Chairman Colm Kelleher": a title after the body and a name of two
      // words or more after the title name its person ("Ardvannan General Hospital" names no one).
      // "British police" is not "British Airways": a word that can be an adjective qualifies, it does
      // not name the body that starts with it.
      if (parts[0] === key) return !parts.slice(1, -2).some((w) => HONORIFICS.has(w)) && !canBeAdjective(key);
      return parts[parts.length - 1] === key;
    });
    // Prefer the longest when one full name contains the others ("jane smith", "jane q smith").
    const longest = matches.sort((a, b) => b.length - a.length || a.localeCompare(b));
    const head = longest[0];
    // A full name misspelt by one letter is the same full name ("terry prachett" / "terry pratchett").
    const consistent =
      head !== undefined &&
      longest.every(
        (m) => m.split(' ').every((w) => head.split(' ').includes(w)) || editDistance(m, head, 1) <= 1,
      );
    link.set(key, consistent ? head : key);
  }
  return link;
}
