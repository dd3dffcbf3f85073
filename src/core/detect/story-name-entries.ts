/**
 * The story's names gathered across every source, grouped or not, and the low-severity `name`
 * discrepancy between two of them: the shared ground of the story-wide name comparisons
 * (story-names.ts) and the typo check (name-typos.ts).
 */
import type { Discrepancy } from '../model/analysis';
import { findNameMentions, nameKey, withoutPossessive } from '../text/names';
import { intersects, type NameEntry } from './compare-names';
import { makeDiscrepancy, type DetectContext } from './context';

/**
 * A low-severity name discrepancy between two names of the story, every mention a side: the story-
 * wide comparisons report a name difference, not a contradiction of fact, hence the low severity.
 */
export const nameDiscrepancy = (
  ctx: DetectContext,
  a: NameEntry,
  b: NameEntry,
  confidence: number,
  explanation: string,
): Discrepancy =>
  makeDiscrepancy(ctx, 'name', 'low', [...a.mentions, ...b.mentions], confidence, explanation);

/**
 * The name discrepancy between two names of the story, or null when some source uses both: a
 * source that writes both names means two entities (or a name and its short form), not a
 * disagreement. `a` and `b` must be keys of `byKey`.
 */
export function pairDiscrepancy(
  ctx: DetectContext,
  byKey: ReadonlyMap<string, NameEntry>,
  a: string,
  b: string,
  confidence: number,
  explanation: string,
): Discrepancy | null {
  const ea = byKey.get(a) as NameEntry;
  const eb = byKey.get(b) as NameEntry;
  return intersects(ea.articles, eb.articles) ? null : nameDiscrepancy(ctx, ea, eb, confidence, explanation);
}

/** Every distinct name key of the story with at least `minWords` words, with its sources and mentions. */
export function storyNames(
  ctx: DetectContext,
  minWords: number,
  maxWords = Infinity,
): Map<string, NameEntry> {
  const out = new Map<string, NameEntry>();
  for (const [key, entry] of allStoryNames(ctx)) {
    const words = key.split(' ').length;
    if (words >= minWords && words <= maxWords) out.set(key, entry);
  }
  return out;
}

/** The story's names, gathered once per analysis context for every story-wide name check. */
const namesCache = new WeakMap<DetectContext, ReadonlyMap<string, NameEntry>>();

/** Every distinct name key of the story, with its sources and mentions (read once per context). */
function allStoryNames(ctx: DetectContext): ReadonlyMap<string, NameEntry> {
  const cached = namesCache.get(ctx);
  if (cached) return cached;
  const byKey = new Map<string, NameEntry>();
  ctx.facts.forEach((f, c) => {
    for (const n of f.names) {
      const key = nameKey(n.text);
      const entry = byKey.get(key) ?? { articles: new Set<string>(), mentions: [] };
      entry.articles.add(ctx.claims[c]?.articleId ?? '');
      // "Pistorius’s uncle": the name, not its possessive ending, is the evidence.
      const bare = withoutPossessive(n.text);
      entry.mentions.push({ claim: c, value: bare, start: n.start, end: n.start + bare.length });
      byKey.set(key, entry);
    }
  });
  // A headline counts as using a name ("Wexcombe Marathon stopped as …" over a report of the
  // "Wexcombe City Marathon"): a source using both names is not one disagreeing with another.
  for (const [id, article] of ctx.articles)
    for (const n of findNameMentions(article.title)) byKey.get(nameKey(n.text))?.articles.add(id);
  namesCache.set(ctx, byKey);
  return byKey;
}
