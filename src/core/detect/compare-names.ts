/**
 * Name and title discrepancies. Titles of works are matched by their key (folded, no leading
 * article) or by most of their words; written differently in substance (a word added or dropped:
 * "The Long Road" vs "Long Road") they are a low-severity `name` discrepancy. Hyphenation, case
 * and diacritics never count ("Jean-Luc" = "Jean Luc"). Within a group, two full names that share
 * a surname but not a first name are a low-severity `name` discrepancy.
 */
import type { Discrepancy } from '../model/analysis';
import { nameKey } from '../text/names';
import { normalizeText } from '../text/normalize';
import { Components, makeDiscrepancy, type DetectContext, type RawSide } from './context';

/** How a title is written, folded for case, hyphens and marks but keeping every word. */
const titleSpelling = (title: string): string =>
  normalizeText(title)
    .replace(/[-\u2019'".,]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();

/** Word overlap (Jaccard) of two title keys for them to name the same work; 0.6 tolerates one changed word in a short title. */
export const SAME_TITLE_OVERLAP = 0.6;

const jaccard = (a: string, b: string): number => {
  const x = new Set(a.split(' '));
  const y = new Set(b.split(' '));
  let inter = 0;
  for (const w of x) if (y.has(w)) inter++;
  return inter / (x.size + y.size - inter);
};

/** Find title and first-name discrepancies. */
export function compareNames(ctx: DetectContext): Discrepancy[] {
  const titles: Array<{ claim: number; text: string; key: string; start: number; end: number }> = [];
  ctx.facts.forEach((f, claim) => {
    for (const t of f.titles) titles.push({ claim, text: t.text, key: t.key, start: t.start, end: t.end });
  });
  const comp = new Components(titles.length);
  for (let i = 0; i < titles.length; i++)
    for (let j = i + 1; j < titles.length && j < i + 200; j++) {
      const a = titles[i] as (typeof titles)[number];
      const b = titles[j] as (typeof titles)[number];
      if (a.key === b.key || jaccard(a.key, b.key) >= SAME_TITLE_OVERLAP) comp.union(i, j);
    }
  const out: Discrepancy[] = [];
  for (const members of comp.groups()) {
    const ms = members.map((m) => titles[m] as (typeof titles)[number]);
    const articles = new Set(ms.map((t) => ctx.claims[t.claim]?.articleId));
    const spellings = new Set(ms.map((t) => titleSpelling(t.text)));
    if (articles.size < 2 || spellings.size < 2) continue;
    const sides: RawSide[] = ms.map((t) => ({ claim: t.claim, value: t.text, start: t.start, end: t.end }));
    out.push(
      makeDiscrepancy(
        ctx,
        'name',
        'low',
        sides,
        0.7,
        `The title is written with different words: ${[...new Set(ms.map((t) => `"${t.text}"`))].join(' vs ')}.`,
      ),
    );
  }
  out.push(...compareFirstNames(ctx));
  return out;
}

/** Full names in one group with the same surname and different first names ("Jon Smith" / "John Smith"). */
function compareFirstNames(ctx: DetectContext): Discrepancy[] {
  const out: Discrepancy[] = [];
  const byGroup = new Map<number, number[]>();
  for (const [c, g] of ctx.groupOf) byGroup.set(g, [...(byGroup.get(g) ?? []), c]);
  for (const members of byGroup.values()) {
    const bySurname = new Map<string, RawSide[]>();
    const firstNames = new Map<string, Set<string>>();
    for (const c of members)
      for (const n of ctx.facts[c]?.names ?? []) {
        const words = nameKey(n.text).split(' ');
        if (words.length !== 2) continue;
        const [first, last] = words as [string, string];
        bySurname.set(last, [
          ...(bySurname.get(last) ?? []),
          { claim: c, value: n.text, start: n.start, end: n.end },
        ]);
        firstNames.set(last, (firstNames.get(last) ?? new Set()).add(`${ctx.claims[c]?.articleId}|${first}`));
      }
    for (const [last, sides] of bySurname) {
      const perArticle = new Map<string, Set<string>>();
      for (const e of firstNames.get(last) ?? []) {
        const [a, f] = e.split('|') as [string, string];
        perArticle.set(a, (perArticle.get(a) ?? new Set()).add(f));
      }
      const sets = [...perArticle.values()];
      if (sets.length < 2) continue;
      const differ = sets.some((s, x) => sets.some((t, y) => y > x && ![...s].some((f) => t.has(f))));
      if (differ)
        out.push(
          makeDiscrepancy(
            ctx,
            'name',
            'low',
            sides,
            0.5,
            'The same surname appears with different first names.',
          ),
        );
    }
  }
  return out;
}
