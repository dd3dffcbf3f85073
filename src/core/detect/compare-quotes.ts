/**
 * Quote and attribution discrepancies. Quoted spans of different sources are aligned word by word
 * (see word-diff.ts); the same quote (most words shared) worded differently is a quote
 * discrepancy, unless one is only a shorter excerpt of the other. Matched quotes and grouped
 * claims are then compared for who said it and to whom.
 */
import type { Discrepancy } from '../model/analysis';
import { isStopword, normalizeText } from '../text/normalize';
import { sameParty } from './find-attributions';
import { Components, makeDiscrepancy, type DetectContext, type RawSide } from './context';
import { diffWords, renderDiff, type DiffPart } from './word-diff';

/**
 * Share of the shorter quote's words found in order in the longer one for two quotes to be "the
 * same quote": lower matches paraphrased quotes too, higher misses quotes with several changed
 * words; 0.7 keeps a 20-word quote with a few changed words and rejects two quotes that share a phrase.
 */
export const SAME_QUOTE_OVERLAP = 0.7;
/** Quotes shorter than this many words are labels ("love letters"), not statements to compare. */
export const MIN_QUOTE_WORDS = 4;

/** Quote words for comparison: folded like names (case, hyphens, diacritics, curly marks). */
export function quoteWords(text: string): string[] {
  return normalizeText(text.replace(/\.\.\.|\u2026/g, ' '))
    .replace(/[-."]/g, ' ')
    .replace(/[^\p{L}\p{N}' ]/gu, ' ')
    .split(/\s+/)
    .filter((w) => w.length > 0);
}

/** Diff parts with the leading and trailing insertions/deletions dropped (excerpting is not rewording). */
function innerChanges(parts: readonly DiffPart[]): DiffPart[] {
  let s = 0;
  let e = parts.length;
  while (s < e && parts[s]?.op !== 'same') s++;
  while (e > s && parts[e - 1]?.op !== 'same') e--;
  return parts.slice(s, e).filter((p) => p.op !== 'same');
}

interface QFact {
  readonly claim: number;
  readonly index: number;
  readonly words: string[];
}

/** Find quote discrepancies and the speaker/recipient attributions of matched quotes and groups. */
export function compareQuotes(ctx: DetectContext): Discrepancy[] {
  const quotes: QFact[] = [];
  ctx.facts.forEach((f, claim) =>
    f.quotes.forEach((q, index) => {
      const words = quoteWords(q.text);
      if (words.length >= MIN_QUOTE_WORDS) quotes.push({ claim, index, words });
    }),
  );
  // Candidate pairs through rare words (inverted index), compared by in-order overlap.
  const postings = new Map<string, number[]>();
  quotes.forEach((q, i) => {
    for (const w of new Set(q.words)) if (!isStopword(w)) postings.set(w, [...(postings.get(w) ?? []), i]);
  });
  const comp = new Components(quotes.length);
  const article = (q: QFact): string => ctx.claims[q.claim]?.articleId ?? '';
  const checked = new Set<string>();
  quotes.forEach((q, i) => {
    for (const w of new Set(q.words)) {
      const list = postings.get(w) ?? [];
      if (list.length > 50) continue;
      for (const j of list) {
        if (j <= i || checked.has(`${i}|${j}`)) continue;
        checked.add(`${i}|${j}`);
        const other = quotes[j] as QFact;
        if (article(other) === article(q)) continue;
        const same = diffWords(q.words, other.words)
          .filter((p) => p.op === 'same')
          .reduce((n, p) => n + p.words.length, 0);
        if (same / Math.min(q.words.length, other.words.length) >= SAME_QUOTE_OVERLAP) comp.union(i, j);
      }
    }
  });
  const out: Discrepancy[] = [];
  for (const members of comp.groups()) {
    const ms = members.map((m) => quotes[m] as QFact);
    if (new Set(ms.map(article)).size < 2) continue;
    // Reworded when some pair from different sources differs inside their shared part.
    const changes: string[] = [];
    let contentChange = false;
    for (let x = 0; x < ms.length; x++)
      for (let y = x + 1; y < ms.length; y++) {
        const a = ms[x] as QFact;
        const b = ms[y] as QFact;
        if (article(a) === article(b)) continue;
        const inner = innerChanges(diffWords(a.words, b.words));
        if (inner.length === 0) continue;
        if (inner.some((p) => p.words.some((w) => !isStopword(w)))) contentChange = true;
        changes.push(renderDiff(diffWords(a.words, b.words)));
      }
    if (changes.length === 0) continue;
    const sides: RawSide[] = ms.map((q) => {
      const mention = ctx.facts[q.claim]?.quotes[q.index];
      return {
        claim: q.claim,
        value: mention?.text ?? '',
        start: mention?.start ?? 0,
        end: mention?.end ?? 0,
      };
    });
    out.push(
      makeDiscrepancy(
        ctx,
        'quote',
        contentChange ? 'medium' : 'low',
        sides,
        contentChange ? 0.75 : 0.65,
        changes[0] ?? '',
      ),
    );
  }
  out.push(...compareAttributions(ctx, comp, quotes));
  return out;
}

/**
 * Attribution discrepancies: claims that report the same statement (one group, or one quote) but
 * name different sources ("according to the operator" / "the council said") or different
 * recipients ("told CNN" / "revealed to Axios"). Every attribution of those claims is a side.
 */
function compareAttributions(
  ctx: DetectContext,
  quoteComp: Components,
  quotes: readonly QFact[],
): Discrepancy[] {
  const comp = new Components(ctx.claims.length);
  const firstOfGroup = new Map<number, number>();
  for (const [c, g] of ctx.groupOf) {
    const first = firstOfGroup.get(g);
    if (first === undefined) firstOfGroup.set(g, c);
    else comp.union(first, c);
  }
  quotes.forEach((q, i) => {
    const root = quotes[quoteComp.find(i)] as QFact;
    comp.union(root.claim, q.claim);
  });
  const out: Discrepancy[] = [];
  for (const members of comp.groups()) {
    const sides: RawSide[] = [];
    const byRole = { source: new Map<string, string[]>(), recipient: new Map<string, string[]>() };
    for (const c of members)
      for (const a of ctx.facts[c]?.attributions ?? []) {
        const article = ctx.claims[c]?.articleId ?? '';
        const map = byRole[a.role];
        map.set(article, [...(map.get(article) ?? []), a.party]);
        sides.push({ claim: c, value: a.display, start: a.start, end: a.end });
      }
    const conflict = (map: Map<string, string[]>): boolean => {
      const sets = [...map.values()];
      return sets.some((s, x) =>
        sets.some((t, y) => y > x && !s.some((p) => t.some((q) => sameParty(p, q)))),
      );
    };
    const sourceConflict = conflict(byRole.source);
    if (!sourceConflict && !conflict(byRole.recipient)) continue;
    out.push(
      makeDiscrepancy(
        ctx,
        'attribution',
        'medium',
        sides,
        0.65,
        sourceConflict
          ? 'The sources credit different people or bodies with the information.'
          : 'The sources name different outlets or people as the one it was said to.',
      ),
    );
  }
  return out;
}
