/**
 * Name and title discrepancies. Titles of works are matched by their key (folded, no leading
 * article) or by most of their words; written differently in substance (a word added or dropped:
 * "The Long Road" vs "Long Road") they are a low-severity `name` discrepancy. Hyphenation, case
 * and diacritics never count ("Jean-Luc" = "Jean Luc"). Within a group, two full names that share
 * a surname but not a first name are a low-severity `name` discrepancy. Names compared across the
 * whole story: story-names.ts.
 */
import {
  formsOfOneWord,
  isShortForm,
  isSpellingVariant,
  soundsAlike,
  mistypedFirstName,
  surnameLike,
} from '../text/name-spelling';
import type { Discrepancy } from '../model/analysis';
import { nameKey, withoutPossessive } from '../text/names';
import { synsetsOf } from '../text/lexicon';
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

/** Words for a kind of place written before its name ("River Eden", "Mount Hood", "Lake Como"). */
const FEATURES = new Set([
  'river',
  'mount',
  'lake',
  'loch',
  'lough',
  'cape',
  'port',
  'isle',
  'glen',
  'fort',
  'bay',
]);

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
  // The names of each group, gathered once for both comparisons.
  const groups = namesByGroup(ctx);
  out.push(...compareFirstNames(ctx, groups));
  out.push(...compareSpellings(ctx, groups));
  return out;
}

/** A distinct name key (of a group, or of the story), with the sources using it and its mentions. */
export interface NameEntry {
  readonly articles: Set<string>;
  readonly mentions: RawSide[];
}

/** Sources a spelling note shows for each spelling: enough to see which write which. */
const SPELLING_SOURCES = 4;

/** A name's first mention in each of its sources (at most SPELLING_SOURCES), for a spelling note. */
export function mentionPerSource(ctx: DetectContext, entry: NameEntry): RawSide[] {
  const seen = new Set<string>();
  return entry.mentions.filter((m) => {
    const article = ctx.claims[m.claim]?.articleId ?? '';
    if (seen.has(article) || seen.size >= SPELLING_SOURCES) return false;
    seen.add(article);
    return true;
  });
}

/** A low-severity note that two sources spell one name two ways, a mention per source a side. */
export const spellingNote = (
  ctx: DetectContext,
  a: NameEntry,
  b: NameEntry,
  explanation: string,
): Discrepancy =>
  makeDiscrepancy(
    ctx,
    'spelling',
    'low',
    [...mentionPerSource(ctx, a), ...mentionPerSource(ctx, b)],
    0.5,
    explanation,
  );

/** Whether every element of `a` is in `b`. */
const isSubset = (a: ReadonlySet<string>, b: ReadonlySet<string>): boolean => {
  for (const x of a) if (!b.has(x)) return false;
  return true;
};

/** Whether `a` and `b` share an element. */
export const intersects = (a: ReadonlySet<string>, b: ReadonlySet<string>): boolean => {
  for (const x of a) if (b.has(x)) return true;
  return false;
};

/** The distinct name keys of each group, with the sources using them and their mentions. */
function namesByGroup(ctx: DetectContext): Map<string, NameEntry>[] {
  const byGroup = new Map<number, Map<string, NameEntry>>();
  for (const [c, g] of ctx.groupOf) {
    const keys = byGroup.get(g) ?? new Map<string, NameEntry>();
    byGroup.set(g, keys);
    for (const n of ctx.facts[c]?.names ?? []) {
      const key = nameKey(n.text);
      const entry = keys.get(key) ?? { articles: new Set<string>(), mentions: [] };
      entry.articles.add(ctx.claims[c]?.articleId ?? '');
      // "Pistorius’s uncle": the name, not its possessive ending, is the evidence.
      const bare = withoutPossessive(n.text);
      entry.mentions.push({ claim: c, value: bare, start: n.start, end: n.start + bare.length });
      keys.set(key, entry);
    }
  }
  return [...byGroup.values()];
}

/**
 * Names of one group spelled differently beyond hyphens and case ("Dana Hollt" / "Dana Holt"):
 * at most a low-severity spelling note. Keys already fold case, hyphens and diacritics, so
 * "Jean-Luc"/"Jean Luc" never get here. Distinct keys are compared, so the cost does not grow
 * with the number of sources repeating a name.
 */
function compareSpellings(ctx: DetectContext, groups: readonly Map<string, NameEntry>[]): Discrepancy[] {
  const out: Discrepancy[] = [];
  for (const keys of groups) {
    const list = [...keys.entries()];
    const words = list.map(([k]) => k.split(' '));
    for (let a = 0; a < list.length; a++)
      for (let b = 0; b < list.length; b++) {
        const [ka, ea] = list[a] as [string, NameEntry];
        const [kb, eb] = list[b] as [string, NameEntry];
        if (ka >= kb || ka.length < 5) continue;
        // Names one source set uses wholly within the other's are not compared.
        if (isSubset(ea.articles, eb.articles) || isSubset(eb.articles, ea.articles)) continue;
        const wa = words[a] as string[];
        const wb = words[b] as string[];
        // Only the same number of words, one word differing by one or two letters.
        if (wa.length !== wb.length || wa.filter((w, i) => w !== wb[i]).length !== 1) continue;
        const i = wa.findIndex((w, k) => w !== wb[k]);
        const x = wa[i] as string;
        const y = wb[i] as string;
        // A surname may also be spelt as it sounds ("Nicklaus" / "Nicholas").
        if (!(isSpellingVariant(x, y) || (i > 0 && soundsAlike(x, y))) || Math.min(x.length, y.length) < 4)
          continue;
        // A different first name is compareFirstNames' work, unless it is one name mistyped.
        if (i === 0 && wa.length > 1 && !mistypedFirstName(x, y)) continue;
        // "Korea"/"Korean", "America"/"American": a word and its derived form are not misspellings.
        if (formsOfOneWord(x, y)) continue;
        out.push(spellingNote(ctx, ea, eb, 'One name spelled two ways.'));
      }
  }
  return out;
}

/**
 * Two-word names in one group that differ in one word, used by different sources: a different
 * first name ("Priya Okafor" / "Maya Okafor") or a different second word ("Northgate United" /
 * "Northgate City"); not two common words in front ("Coast Guard" / "National Guard" are two
 * bodies). The differing words must not be spelling variants (see compareSpellings) or a
 * word and its derived form, and no source may use both names (then they are two entities).
 */
function compareFirstNames(ctx: DetectContext, groups: readonly Map<string, NameEntry>[]): Discrepancy[] {
  const out: Discrepancy[] = [];
  // The articles using each name anywhere in the story: a source that names both anywhere is
  // writing of two entities ("the Meridian Party" and "the Hearthstone Party" in one report).
  const usedBy = new Map<string, Set<string>>();
  ctx.facts.forEach((f, claim) => {
    const article = ctx.claims[claim]?.articleId ?? '';
    for (const n of f.names) {
      const set = usedBy.get(n.key) ?? new Set<string>();
      set.add(article);
      usedBy.set(n.key, set);
    }
  });
  const bothUsed = (a: string, b: string): boolean => {
    const x = usedBy.get(a);
    const y = usedBy.get(b);
    return (x !== undefined && y !== undefined && [...x].some((art) => y.has(art))) || coordinated(ctx, a, b);
  };
  for (const keys of groups) {
    const list = [...keys.entries()].filter(([k]) => k.split(' ').length === 2);
    const comp = new Components(list.length);
    let any = false;
    list.forEach(([ka, ea], i) =>
      list.forEach(([kb, eb], j) => {
        if (j <= i) return;
        if (intersects(ea.articles, eb.articles)) return;
        const wa = ka.split(' ');
        const wb = kb.split(' ');
        const diff = wa.map((w, k) => (w === wb[k] ? -1 : k)).filter((k) => k >= 0);
        if (diff.length !== 1) return;
        const x = wa[diff[0] as number] as string;
        const y = wb[diff[0] as number] as string;
        // A first name that differs at all is another first name; elsewhere a letter or two is a spelling note.
        // "Londonderry" / "Derry": one word inside the other is one name written longer or shorter.
        if (
          (diff[0] !== 0 ? isSpellingVariant(x, y) || soundsAlike(x, y) : mistypedFirstName(x, y)) ||
          formsOfOneWord(x, y) ||
          x.endsWith(y) ||
          y.endsWith(x)
        )
          return;
        if ((diff[0] === 0 && isShortForm(x, y)) || bothUsed(ka, kb)) return;
        // Two bodies of one kind ("Coast Guard" / "National Guard"), not one name with two first
        // names: both first words are common words.
        if (diff[0] === 0 && synsetsOf(x).length > 0 && synsetsOf(y).length > 0) return;
        // A first name goes with a surname: "Shameless PR" / "Showbiz PR" are two descriptions.
        if (diff[0] === 0 && !surnameLike(wa[1] as string)) return;
        // "River Calder" / "River Eden", "Mount …", "Lake …": two features of one kind.
        if (diff[0] === 1 && FEATURES.has(wa[0] as string)) return;
        comp.union(i, j);
        any = true;
      }),
    );
    if (!any) continue;
    for (const ids of comp.groups()) {
      const names = ids.map((i) => list[i] as (typeof list)[number]);
      out.push(
        makeDiscrepancy(
          ctx,
          'name',
          'low',
          names.flatMap(([, e]) => e.mentions),
          0.5,
          `One name written with a different word: ${names.map(([k]) => k).join(' / ')}.`,
        ),
      );
    }
  }
  return out;
}

/**
 * Whether some source names both people with one surname: "Dennis and Maureen Aske" (two-word keys
 * "dennis aske" / "maureen aske" that differ in the first word).
 */
export function coordinated(ctx: DetectContext, a: string, b: string): boolean {
  const esc = (w: string): string => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const [fa, sa] = a.split(' ').map(esc);
  const [fb, sb] = b.split(' ').map(esc);
  if (!fa || !fb || sa === undefined || sa !== sb) return false;
  const re = new RegExp(`\\b(?:${fa}\\s+(?:and|&)\\s+${fb}|${fb}\\s+(?:and|&)\\s+${fa})\\s+${sa}\\b`, 'i');
  return normalizedBodies(ctx).some((body) => re.test(body));
}

/** The story's article bodies, normalised once per story (a name pair asks them all). */
const bodiesOf = new WeakMap<DetectContext['articles'], string[]>();
function normalizedBodies(ctx: DetectContext): string[] {
  let bodies = bodiesOf.get(ctx.articles);
  if (!bodies) {
    bodies = [...ctx.articles.values()].map((a) => normalizeText(a.body));
    bodiesOf.set(ctx.articles, bodies);
  }
  return bodies;
}
