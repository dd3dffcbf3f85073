/**
 * Quote and attribution discrepancies. Quoted spans of different sources are aligned word by word
 * (see word-diff.ts); the same quote (most words shared) worded differently is a quote
 * discrepancy, unless one is only a shorter excerpt of the other. Matched quotes and grouped
 * claims are then compared for who said it and to whom (compare-attributions.ts), and one quote's
 * speakers for a quote put in different mouths.
 */
import type { Discrepancy } from '../model/analysis';
import { isStopword } from '../text/normalize';
import { misspeltSurname, namedForTheirWork } from './same-source';
import { Components, makeDiscrepancy, sourcesDisagree, type DetectContext, type RawSide } from './context';
import { compareAttributions } from './compare-attributions';
import {
  changedRanges,
  closeUp,
  excerpt,
  alignment,
  inOrderOverlap,
  innerChanges,
  quoteTokens,
  rewordedEdges,
  type QFact,
} from './quote-diff';
import { diffWords, renderDiff, type DiffPart } from './word-diff';

/**
 * Share of the shorter quote's words found in order in the longer one for two quotes to be "the
 * same quote": lower matches paraphrased quotes too, higher misses quotes with several changed
 * words; 0.7 keeps a 20-word quote with a few changed words and rejects two quotes that share a phrase.
 */
export const SAME_QUOTE_OVERLAP = 0.7;
/**
 * Two quotes of the same speaker in claims the grouping put together are one quote at this lower
 * overlap: the claims already say the same thing, so "We will not pay criminals, full stop" and
 * "We are not going to pay criminals" (4 of 7 words in order) are one statement worded twice.
 * 0.5 → 0.4 over 18 gold stories: the marathon's "Runners' safety must always come first … too
 * dangerous" (6 of 14 words in order) is found, no false discrepancy added.
 */
export const GROUPED_QUOTE_OVERLAP = 0.4;
/** Groups with more quotes than this are not searched pair by pair (bounds the cost). */
const MAX_GROUP_QUOTES = 100;

/** Quotes shorter than this many words are labels ("love letters"), not statements to compare. */
export const MIN_QUOTE_WORDS = 4;

/**
 * Whether two speakers are one person: the same key, a bare surname and a full name ending in it
 * ("pemberton" / "joanne pemberton": in one claim group, the surname names that person), or two
 * full names with one surname.
 */
function sameSpeaker(a: string | null, b: string | null): boolean {
  if (a === null || b === null) return false;
  if (a === b) return true;
  const [short, long] = a.length < b.length ? [a, b] : [b, a];
  const ls = short.split(' ').pop() as string;
  const ll = long.split(' ').pop() as string;
  // "Pettigrew" / "Pettifer": one surname spelt two ways is one speaker (a name discrepancy).
  if (misspeltSurname(ls, ll)) return !short.includes(' ') || short.split(' ')[0] === long.split(' ')[0];
  // "Investigators" / "the Rail Accident Investigation Branch": a body named for what its people do.
  if (!short.includes(' ')) return long.endsWith(` ${short}`) || namedForTheirWork(short, long.split(' '));
  // "Colm Ashdown" / "Conor Ashdown": one person with a first name in dispute (a name discrepancy).
  return ls === ll;
}

/**
 * Words in a row two quotes share that make them one quote however much else each excerpts ("… from
 * 11-year-old boy to a 30-year-old man now." / "From an 11-year-old boy to a 30-year-old man now
 * there's been …"): the speech is the same, cut at different places.
 */
export const SHARED_RUN_WORDS = 8;

/** Pronouns of the first, second and third person. */
const PERSONS: readonly ReadonlySet<string>[] = [
  new Set(['i', 'me', 'my', 'mine', 'myself', 'we', 'us', 'our', 'ours']),
  new Set(['you', 'your', 'yours', 'yourself', 'yourselves']),
  new Set(['he', 'him', 'his', 'she', 'her', 'hers', 'they', 'them', 'their', 'theirs']),
];

/**
 * Whether the only changes between two quotes put the speaker's "my" into the writer's "her"
 * ("dealing with problems with my health" / "with her health"), or a judge's "your" into "his"
 * ("shaking your head at the evidence" / "shaking his head"): reported speech, not rewording.
 */
function personShift(changes: readonly DiffPart[]): boolean {
  const removed = changes.filter((p) => p.op === 'removed').flatMap((p) => p.words);
  const added = changes.filter((p) => p.op === 'added').flatMap((p) => p.words);
  const person = (ws: readonly string[]): number =>
    ws.length === 0 ? -1 : PERSONS.findIndex((set) => ws.every((w) => set.has(w)));
  const from = person(removed);
  const to = person(added);
  return removed.length === added.length && from >= 0 && to >= 0 && from !== to;
}

/**
 * The diff without words one quote has where the other marks a cut with an ellipsis ("… accrued to
 * date… but it does not" / "… accrued to date (in the region of £650m to £760m), but it does
 * not"): the writer left them out and said so.
 */
function withoutElided(parts: readonly DiffPart[], a: QFact, b: QFact): DiffPart[] {
  let ia = 0;
  let ib = 0;
  return parts.filter((p) => {
    const cut =
      (p.op === 'added' && (a.elided?.has(ia) ?? false)) ||
      (p.op === 'removed' && (b.elided?.has(ib) ?? false));
    if (p.op !== 'added') ia += p.words.length;
    if (p.op !== 'removed') ib += p.words.length;
    return !cut;
  });
}

/**
 * The diff without words one quote says twice in a row where the other says them once ("a great
 * poet - a great poet in the English …" / "a great poet in the English …"): the speaker's
 * repetition, transcribed by one source, is not rewording.
 */
function withoutRepeats(parts: readonly DiffPart[]): DiffPart[] {
  const echoes = (p: DiffPart, same: DiffPart | undefined, atEnd: boolean): boolean => {
    if (same?.op !== 'same' || same.words.length < p.words.length) return false;
    const ws = atEnd
      ? same.words.slice(same.words.length - p.words.length)
      : same.words.slice(0, p.words.length);
    return ws.every((w, k) => w === p.words[k]);
  };
  return parts.filter(
    (p, k) =>
      p.op === 'same' ||
      parts[k - 1]?.op === (p.op === 'added' ? 'removed' : 'added') ||
      parts[k + 1]?.op === (p.op === 'added' ? 'removed' : 'added') ||
      !(echoes(p, parts[k - 1], true) || echoes(p, parts[k + 1], false)),
  );
}

/**
 * Words in a row two quotes must share to be one quote: "This is a tragic incident" is not in "…
 * is a very significant and very tragic incident", whose words it has only scattered.
 */
export const MIN_SHARED_RUN = 3;

/**
 * Whether two quotes share their own words, not just "a number of" ("a number of factors" / "We
 * have treated a number of patients"): two words that are no stopwords in the same order, or most
 * of the shorter quote's such words.
 */
function ownWordsMatch(a: readonly string[], b: readonly string[]): boolean {
  const ca = a.filter((w) => !isStopword(w));
  const cb = b.filter((w) => !isStopword(w));
  const shorter = Math.min(ca.length, cb.length);
  if (shorter === 0) return false;
  const overlap = inOrderOverlap(ca, cb);
  return Math.round(overlap * shorter) >= 2 || overlap >= SAME_QUOTE_OVERLAP;
}

/** Link quotes of one speaker, in different sources, in one claim group (see GROUPED_QUOTE_OVERLAP). */
function linkGroupedQuotes(ctx: DetectContext, quotes: readonly QFact[], comp: Components): void {
  const byGroup = new Map<number, number[]>();
  quotes.forEach((q, i) => {
    const g = ctx.groupOf.get(q.claim);
    if (g === undefined) return;
    const list = byGroup.get(g);
    if (list) list.push(i);
    else byGroup.set(g, [i]);
  });
  const speaker = (q: QFact): string | null => ctx.facts[q.claim]?.quotes[q.index]?.speaker ?? null;
  const article = (q: QFact): string => ctx.claims[q.claim]?.articleId ?? '';
  for (const list of byGroup.values()) {
    if (list.length > MAX_GROUP_QUOTES) continue;
    for (let x = 0; x < list.length; x++)
      for (let y = x + 1; y < list.length; y++) {
        const a = quotes[list[x] as number] as QFact;
        const b = quotes[list[y] as number] as QFact;
        if (!sameSpeaker(speaker(a), speaker(b)) || article(a) === article(b)) continue;
        if (inOrderOverlap(a.words, b.words) >= GROUPED_QUOTE_OVERLAP)
          comp.union(list[x] as number, list[y] as number);
      }
  }
}

/** Find quote discrepancies and the speaker/recipient attributions of matched quotes and groups. */
export function compareQuotes(ctx: DetectContext): Discrepancy[] {
  const quotes: QFact[] = [];
  ctx.facts.forEach((f, claim) =>
    f.quotes.forEach((q, index) => {
      const tokens = quoteTokens(q.text);
      if (tokens.length < MIN_QUOTE_WORDS) return;
      const elided = new Set<number>();
      for (let k = 1; k < tokens.length; k++)
        if (/\u2026|\.\s*\.\s*\./.test(q.text.slice(tokens[k - 1]?.end, tokens[k]?.start))) elided.add(k);
      quotes.push({ claim, index, words: tokens.map((t) => t.w), spans: tokens, elided });
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
        const { overlap, run } = alignment(q.words, other.words);
        if (
          run >= SHARED_RUN_WORDS ||
          (overlap >= SAME_QUOTE_OVERLAP &&
            run >= Math.min(MIN_SHARED_RUN, q.words.length, other.words.length) &&
            ownWordsMatch(q.words, other.words))
        )
          comp.union(i, j);
      }
    }
  });
  linkGroupedQuotes(ctx, quotes, comp);
  // A source that quotes both wordings apart ("Today begins the reconstruction of Argentina" and
  // "Today begins the end of Argentina's decline") reports two remarks, not one reworded.
  const textsBy = new Map<string, string[]>();
  for (const q of quotes)
    textsBy.set(article(q), [...(textsBy.get(article(q)) ?? []), ` ${q.words.join(' ')} `]);
  const twoRemarks = (a: QFact, b: QFact): boolean => {
    const wa = ` ${a.words.join(' ')} `;
    const wb = ` ${b.words.join(' ')} `;
    for (const texts of textsBy.values()) {
      const hasA = texts.filter((t) => t.includes(wa) && !t.includes(wb));
      const hasB = texts.filter((t) => t.includes(wb) && !t.includes(wa));
      if (hasA.length > 0 && hasB.length > 0) return true;
    }
    return false;
  };
  const out: Discrepancy[] = [];
  for (const members of comp.groups()) {
    const ms = members.map((m) => quotes[m] as QFact);
    if (new Set(ms.map(article)).size < 2) continue;
    // Reworded when some pair from different sources differs inside their shared part.
    const changes: string[] = [];
    let contentChange = false;
    const ranges = new Map<QFact, [number, number]>();
    const widen = (q: QFact, r: [number, number]): void => {
      const old = ranges.get(q);
      ranges.set(q, old ? [Math.min(old[0], r[0]), Math.max(old[1], r[1])] : r);
    };
    for (let x = 0; x < ms.length; x++)
      for (let y = x + 1; y < ms.length; y++) {
        const a = ms[x] as QFact;
        const b = ms[y] as QFact;
        if (article(a) === article(b) || twoRemarks(a, b)) continue;
        // Joined through a third quote, two excerpts may not overlap at all ("every aspect of my
        // daily life" / "not allowing me to use my vocal cords"): nothing to compare.
        const parts = closeUp(diffWords(a.words, b.words));
        const { overlap, run } = alignment(a.words, b.words, parts);
        if (overlap < GROUPED_QUOTE_OVERLAP && run < SHARED_RUN_WORDS) continue;
        const inner = innerChanges(withoutElided(withoutRepeats(parts), a, b));
        if (inner.length > 0 && personShift(inner)) continue;
        const edges = rewordedEdges(ctx, a, b, parts);
        if (inner.length === 0 && edges.length === 0) continue;
        if ([...inner, ...edges].some((p) => p.words.some((w) => !isStopword(w)))) contentChange = true;
        changes.push(renderDiff(parts));
        const r = changedRanges(a.words, b.words, parts);
        if (r) {
          widen(a, r.a);
          widen(b, r.b);
        }
      }
    if (changes.length === 0) continue;
    // The quotes where a change was found are the evidence; a part of the speech that reads the
    // same in every source ("memories that I'll cherish forever") is not (when two sources remain).
    const changed = ms.filter((q) => ranges.has(q));
    const shown = new Set(changed.map(article)).size >= 2 ? changed : ms;
    const sides: RawSide[] = shown.map((q) => {
      const mention = ctx.facts[q.claim]?.quotes[q.index];
      return {
        claim: q.claim,
        value: excerpt(mention?.text ?? '', q, ranges.get(q) ?? null),
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
  // Two quotes are one utterance when they overlap as much as grouped quotes of one speaker must.
  const oneUtterance = (a: QFact, b: QFact): boolean =>
    inOrderOverlap(a.words, b.words) >= GROUPED_QUOTE_OVERLAP;
  out.push(...compareAttributions(ctx, comp, quotes, oneUtterance), ...compareSpeakers(ctx, comp, quotes));
  return out;
}

/**
 * One quote put in different mouths: a matched quote whose sources name speakers that cannot be
 * one person ("'It was never ours to keep,' Marchetti told reporters" / "Museum chairman Sir Aubrey
 * Kinnersley admitted: 'It was never ours to keep'"). Pronouns ("she added") are left out: they
 * name no one by themselves.
 */
function compareSpeakers(ctx: DetectContext, comp: Components, quotes: readonly QFact[]): Discrepancy[] {
  const out: Discrepancy[] = [];
  for (const members of comp.groups()) {
    const named = members
      .map((m) => quotes[m] as QFact)
      .flatMap((q) => {
        const mention = ctx.facts[q.claim]?.quotes[q.index];
        const text = ctx.claims[q.claim]?.text ?? '';
        const at = mention?.speakerText ? text.indexOf(mention.speakerText) : -1;
        // A possessive ("Northvale's managing director, Priya Halloran") names a body, not the speaker.
        if (
          !mention?.speaker ||
          !mention.speakerText ||
          at < 0 ||
          PRONOUN_SPEAKER.test(mention.speakerText.toLowerCase()) ||
          /['\u2019]s$/.test(mention.speakerText)
        )
          return [];
        return [
          {
            q,
            speaker: mention.speaker,
            side: {
              claim: q.claim,
              value: mention.speakerText,
              start: at,
              end: at + mention.speakerText.length,
            },
          },
        ];
      });
    const article = (q: QFact): string => ctx.claims[q.claim]?.articleId ?? '';
    const bySource = new Map<string, string[]>();
    for (const n of named) bySource.set(article(n.q), [...(bySource.get(article(n.q)) ?? []), n.speaker]);
    // A source that names two speakers for it is quoting it twice, not disagreeing.
    const twice = [...bySource.values()].some((ss) => ss.some((a) => ss.some((b) => !sameSpeaker(a, b))));
    if (twice || !sourcesDisagree([...bySource.values()], sameSpeaker)) continue;
    out.push(
      makeDiscrepancy(
        ctx,
        'attribution',
        'medium',
        named.map((n) => n.side),
        0.6,
        'The sources put the same quote in different mouths.',
      ),
    );
  }
  return out;
}

/** Speaker keys that are pronouns, not names. */
const PRONOUN_SPEAKER = /^(he|she|they|we|i|it)$/;
