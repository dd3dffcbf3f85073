/**
 * One acronym spelt out two ways: "the Indo-Tibetan Border Force (ITBP)" in one source, "the
 * Indo-Tibetan Border Police (ITBP)" in another. Sources that gloss the same acronym name one body,
 * so full names that swap a word are a low-severity `name` discrepancy (the issue's "a title that
 * differs in substance"). A word added or dropped ("US Environmental Protection Agency (EPA)" /
 * "Environmental Protection Agency (EPA)"), a spelling variant, case and hyphens are not flagged.
 */
import { sameNation } from '../text/demonyms';
import type { Discrepancy } from '../model/analysis';
import { isSpellingVariant } from '../text/name-spelling';
import { nameKey } from '../text/names';
import { makeDiscrepancy, type DetectContext, type RawSide } from './context';

/** A capitalised name of up to eight words, then an acronym in brackets. */
const GLOSSED =
  /((?:\p{Lu}[\p{L}\p{M}'\u2019-]*\s+(?:(?:of|and|for|the|de|du)\s+)?){0,7}\p{Lu}[\p{L}\p{M}'\u2019-]*)\s*\((\p{Lu}[\p{Lu}&]{1,7})\)/gu;

/** Words one spelling of the name has that the other lacks. */
const missing = (a: readonly string[], b: readonly string[]): string[] => a.filter((w) => !b.includes(w));

/** Whether two spelt-out names of one acronym differ in substance: each has a word the other lacks. */
function swapsWords(a: string, b: string): boolean {
  const x = a.split(' ');
  const y = b.split(' ');
  const onlyX = missing(x, y);
  const onlyY = missing(y, x);
  if (onlyX.length === 0 || onlyY.length === 0) return false;
  // A word spelt two ways ("Organisation" / "Organization") is one word, and so are a country and
  // its adjective ("Irish" / "Ireland's").
  return onlyX.some((w) => !onlyY.some((v) => isSpellingVariant(w, v) || sameNation(w, v)));
}

/** Find acronyms glossed with different names by different sources. */
export function compareGlossedNames(ctx: DetectContext): Discrepancy[] {
  // acronym → name key → sides
  const byAcronym = new Map<string, Map<string, RawSide[]>>();
  ctx.claims.forEach((c, claim) => {
    for (const m of c.text.matchAll(GLOSSED)) {
      const full = (m[1] as string).replace(/^(?:The|A|An)\s+/u, '');
      const start =
        (m.index ?? 0) + (m[0].length - m[0].trimStart().length) + ((m[1] as string).length - full.length);
      const key = nameKey(full);
      if (!key.includes(' ')) continue;
      const names = byAcronym.get(m[2] as string) ?? new Map<string, RawSide[]>();
      byAcronym.set(m[2] as string, names);
      names.set(key, [...(names.get(key) ?? []), { claim, value: full, start, end: start + full.length }]);
    }
  });
  const out: Discrepancy[] = [];
  const articleOf = (s: RawSide): string => ctx.claims[s.claim]?.articleId ?? '';
  for (const [acronym, names] of byAcronym) {
    if (names.size < 2) continue;
    const keys = [...names.keys()];
    const differing = keys.filter((k) =>
      keys.some((o) => {
        if (o === k || !swapsWords(k, o)) return false;
        // Given by different sources, not one source writing its own name two ways.
        const here = new Set((names.get(k) ?? []).map(articleOf));
        return (names.get(o) ?? []).some((s) => !here.has(articleOf(s)));
      }),
    );
    if (differing.length < 2) continue;
    const sides = differing.flatMap((k) => (names.get(k) ?? []).slice(0, 1));
    out.push(
      makeDiscrepancy(
        ctx,
        'name',
        'low',
        sides,
        0.7,
        `${acronym} is spelt out as ${differing.map((k) => `"${names.get(k)?.[0]?.value ?? k}"`).join(' vs ')}.`,
      ),
    );
  }
  return out;
}
