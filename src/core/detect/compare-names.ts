/**
 * Name and title discrepancies. Titles of works are matched by their key (folded, no leading
 * article) or by most of their words; written differently in substance (a word added or dropped:
 * "The Long Road" vs "Long Road") they are a low-severity `name` discrepancy. Hyphenation, case
 * and diacritics never count ("Jean-Luc" = "Jean Luc"). Within a group, two full names that share
 * a surname but not a first name are a low-severity `name` discrepancy.
 */
import type { Discrepancy } from '../model/analysis';
import { nameKey, type NameMention } from '../text/names';
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
  out.push(...compareSpellings(ctx));
  return out;
}

/** Levenshtein (1966) edit distance, capped: returns `cap + 1` as soon as it must exceed `cap`. */
export function editDistance(a: string, b: string, cap = 3): number {
  if (Math.abs(a.length - b.length) > cap) return cap + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const v = Math.min(
        (prev[j] as number) + 1,
        (row[j - 1] as number) + 1,
        (prev[j - 1] as number) + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
      row.push(v);
      best = Math.min(best, v);
    }
    if (best > cap) return cap + 1;
    prev = row;
  }
  return prev[b.length] as number;
}

/**
 * Names of one group spelled differently beyond hyphens and case ("Dana Hollt" / "Dana Holt"):
 * at most a low-severity spelling note. Keys already fold case, hyphens and diacritics, so
 * "Jean-Luc"/"Jean Luc" never get here.
 */
function compareSpellings(ctx: DetectContext): Discrepancy[] {
  const out: Discrepancy[] = [];
  const byGroup = new Map<number, number[]>();
  for (const [c, g] of ctx.groupOf) byGroup.set(g, [...(byGroup.get(g) ?? []), c]);
  for (const members of byGroup.values()) {
    // One representative mention per (article, spelling): compare distinct spellings only.
    const distinct = new Map<string, { c: number; n: NameMention; key: string }>();
    for (const c of members)
      for (const n of ctx.facts[c]?.names ?? []) {
        const key = nameKey(n.text);
        const id = `${ctx.claims[c]?.articleId}|${key}`;
        if (!distinct.has(id)) distinct.set(id, { c, n, key });
      }
    const names = [...distinct.values()];
    const done = new Set<string>();
    for (const a of names)
      for (const b of names) {
        if (a.key >= b.key || ctx.claims[a.c]?.articleId === ctx.claims[b.c]?.articleId) continue;
        if (a.key.length < 5 || done.has(`${a.key}|${b.key}`)) continue;
        const wa = a.key.split(' ');
        const wb = b.key.split(' ');
        // Only the same number of words, one word differing by one or two letters.
        if (wa.length !== wb.length || wa.filter((w, i) => w !== wb[i]).length !== 1) continue;
        const i = wa.findIndex((w, k) => w !== wb[k]);
        const d = editDistance(wa[i] as string, wb[i] as string, 2);
        if (d === 0 || d > 2 || Math.min((wa[i] as string).length, (wb[i] as string).length) < 4) continue;
        if (i === 0 && wa.length > 1) continue; // a different first name: compareFirstNames
        // "Korea"/"Korean", "America"/"American": a word and its derived form are not misspellings.
        if ((wa[i] as string).startsWith(wb[i] as string) || (wb[i] as string).startsWith(wa[i] as string))
          continue;
        done.add(`${a.key}|${b.key}`);
        out.push(
          makeDiscrepancy(
            ctx,
            'spelling',
            'low',
            [
              { claim: a.c, value: a.n.text, start: a.n.start, end: a.n.end },
              { claim: b.c, value: b.n.text, start: b.n.start, end: b.n.end },
            ],
            0.5,
            'One name spelled two ways.',
          ),
        );
      }
  }
  return out;
}

/**
 * Two-word names in one group that differ in one word, used by different sources: a different
 * first name ("Priya Okafor" / "Maya Okafor") or a different second word ("Northgate United" /
 * "Northgate City"). The differing words must not be spelling variants (see compareSpellings) or a
 * word and its derived form, and no source may use both names (then they are two entities).
 */
function compareFirstNames(ctx: DetectContext): Discrepancy[] {
  const out: Discrepancy[] = [];
  const byGroup = new Map<number, number[]>();
  for (const [c, g] of ctx.groupOf) byGroup.set(g, [...(byGroup.get(g) ?? []), c]);
  for (const members of byGroup.values()) {
    const all = members.flatMap((c) =>
      (ctx.facts[c]?.names ?? []).map((n) => ({
        c,
        n,
        words: nameKey(n.text).split(' '),
        article: ctx.claims[c]?.articleId ?? '',
      })),
    );
    // Compare one mention per (source, name): large groups repeat names many times.
    const firstOf = new Map<string, (typeof all)[number]>();
    for (const m of all)
      if (!firstOf.has(`${m.article}|${m.words.join(' ')}`))
        firstOf.set(`${m.article}|${m.words.join(' ')}`, m);
    const mentions = [...firstOf.values()];
    const keysOf = new Map<string, Set<string>>();
    for (const m of mentions)
      keysOf.set(m.article, (keysOf.get(m.article) ?? new Set()).add(m.words.join(' ')));
    const comp = new Components(mentions.length);
    let any = false;
    mentions.forEach((a, i) =>
      mentions.forEach((b, j) => {
        if (j <= i || a.article === b.article || a.words.length !== 2 || b.words.length !== 2) return;
        const diff = a.words.map((w, k) => (w === b.words[k] ? -1 : k)).filter((k) => k >= 0);
        if (diff.length !== 1) return;
        const wa = a.words[diff[0] as number] as string;
        const wb = b.words[diff[0] as number] as string;
        // A first name that differs at all is another first name; elsewhere a letter or two is a spelling note.
        if ((diff[0] !== 0 && editDistance(wa, wb, 2) <= 2) || wa.startsWith(wb) || wb.startsWith(wa)) return;
        if (keysOf.get(a.article)?.has(b.words.join(' ')) || keysOf.get(b.article)?.has(a.words.join(' ')))
          return;
        comp.union(i, j);
        any = true;
      }),
    );
    if (!any) continue;
    for (const ids of comp.groups()) {
      const ms = ids.map((i) => mentions[i] as (typeof mentions)[number]);
      // Every mention of either name in the group is a side.
      const keys = new Set(ms.map((m) => m.words.join(' ')));
      const sides: RawSide[] = all
        .filter((m) => keys.has(m.words.join(' ')))
        .map((m) => ({ claim: m.c, value: m.n.text, start: m.n.start, end: m.n.end }));
      out.push(
        makeDiscrepancy(
          ctx,
          'name',
          'low',
          sides,
          0.5,
          `One name written with a different word: ${[...keys].join(' / ')}.`,
        ),
      );
    }
  }
  return out;
}
