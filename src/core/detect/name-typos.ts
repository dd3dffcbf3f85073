/**
 * One source's typo of a name the other sources write alike, anywhere in the story: a low-severity
 * `spelling` note (story-name-entries.ts gathers the story's names).
 */
import type { Discrepancy } from '../model/analysis';
import { synsetsOf } from '../text/lexicon';
import { spellingNote, type NameEntry } from './compare-names';
import { formsOfOneWord, isSpellingVariant, soundKey, surnameLike } from '../text/name-spelling';
import type { DetectContext } from './context';

/** Words at least this long are checked for a typo against the story's common spelling. */
const TYPO_MIN_LENGTH = 5;

/**
 * One source's typo of a name the others write alike ("Sandlilands" / "Sandilands", "Amrinder
 * Singh" / "Amarinder Singh", "Mattew" / "Matthew"), anywhere in the story: a name written by one
 * source only, one word of it a letter or two from the same word of a name written by at least two
 * sources (that source may write both). A low-severity `spelling` note, as the issue asks.
 * Candidates share the other words and the differing word's first letter (linear in the names).
 */
export function compareTypos(ctx: DetectContext, names: ReadonlyMap<string, NameEntry>): Discrepancy[] {
  const byKey = new Map(names);
  const buckets = new Map<string, string[]>();
  for (const key of byKey.keys()) {
    const words = key.split(' ');
    words.forEach((w, i) => {
      if (w.length < TYPO_MIN_LENGTH) return;
      const sig = [...words.slice(0, i), `${w[0] as string}*`, ...words.slice(i + 1)].join(' ');
      buckets.set(sig, [...(buckets.get(sig) ?? []), key]);
    });
  }
  // "Mattew" on its own against the "Matthew" of "Matthew Perry": a one-word name against each word
  // of the names several sources write.
  for (const [key, entry] of byKey) {
    if (entry.articles.size < 2 || !key.includes(' ')) continue;
    // Only a person's name lends its words ("Matthew Perry"): "Old Bailey" is a place, and "Batley"
    // another place, not its typo. A name whose first word is a common word names no person.
    if (!surnameLike(key.split(' ')[0] as string)) continue;
    for (const w of new Set(key.split(' ')))
      if (w.length >= TYPO_MIN_LENGTH && !byKey.has(w)) {
        byKey.set(w, entry);
        buckets.set(`${w[0] as string}*`, [...(buckets.get(`${w[0] as string}*`) ?? []), w]);
      }
  }
  const out: Discrepancy[] = [];
  const seen = new Set<string>();
  for (const keys of buckets.values())
    for (const rare of keys) {
      const er = byKey.get(rare) as NameEntry;
      if (er.articles.size !== 1) continue;
      for (const common of keys) {
        const ec = byKey.get(common) as NameEntry;
        if (common === rare || ec.articles.size < 2 || seen.has(`${rare}|${common}`)) continue;
        const wr = rare.split(' ');
        const wc = common.split(' ');
        if (wr.length !== wc.length) continue;
        const i = wr.findIndex((w, k) => w !== wc[k]);
        const x = wr[i] as string;
        const y = wc[i] as string;
        if (!(isSpellingVariant(x, y) || soundKey(x) === soundKey(y)) || formsOfOneWord(x, y)) continue;
        // Two words of the language ("Ministry" / "Minister") are two words, not a typo.
        if (synsetsOf(x).length > 0 && synsetsOf(y).length > 0) continue;
        seen.add(`${rare}|${common}`);
        out.push(spellingNote(ctx, er, ec, `One name spelled two ways: ${rare} / ${common}.`));
      }
    }
  return out;
}
