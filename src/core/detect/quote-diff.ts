/**
 * Word alignment of two quotes (word-diff.ts): what changed inside them, what one adds at its ends
 * and whether that is rewording or a longer excerpt, and the changed part shown with context.
 * Used by compare-quotes.ts.
 */
import { tokenize } from '../text/normalize';
import type { DetectContext } from './context';
import { diffWords, type DiffPart } from './word-diff';

/** Diff parts with the leading and trailing insertions/deletions dropped (excerpting is not rewording). */
export function innerChanges(parts: readonly DiffPart[]): DiffPart[] {
  let s = 0;
  let e = parts.length;
  while (s < e && parts[s]?.op !== 'same') s++;
  while (e > s && parts[e - 1]?.op !== 'same') e--;
  return parts.slice(s, e).filter((p) => p.op !== 'same');
}

/**
 * The diff with one word written as two or as one ("on stage" / "onstage", "every day" /
 * "everyday") counted as the same words: a spelling, not rewording. The joined words must open
 * both sides of a change ("on stage" / "onstage again": "again" is still added).
 */
export function closeUp(parts: readonly DiffPart[]): DiffPart[] {
  const out: DiffPart[] = [];
  const push = (p: DiffPart): void => {
    if (p.words.length === 0) return;
    const last = out[out.length - 1];
    if (last && last.op === p.op) out[out.length - 1] = { op: p.op, words: [...last.words, ...p.words] };
    else out.push(p);
  };
  for (let k = 0; k < parts.length; k++) {
    const p = parts[k] as DiffPart;
    const q = parts[k + 1];
    const joined =
      q && p.op !== 'same' && q.op !== 'same' && p.op !== q.op ? sameJoined(p.words, q.words) : null;
    if (!q || !joined) {
      push(p);
      continue;
    }
    const [i, j] = joined;
    push({
      op: 'same',
      words: (p.op === 'removed' ? p.words : q.words).slice(0, p.op === 'removed' ? i : j),
    });
    push({ op: p.op, words: p.words.slice(i) });
    push({ op: q.op, words: q.words.slice(j) });
    k++;
  }
  return out;
}

/** The first [i, j] with x[0..i] and y[0..j] the same letters, one side two words or more; else null. */
function sameJoined(x: readonly string[], y: readonly string[]): [number, number] | null {
  for (let i = 1; i <= x.length; i++)
    for (let j = 1; j <= y.length; j++) {
      if (i === 1 && j === 1) continue;
      const a = x.slice(0, i).join('');
      const b = y.slice(0, j).join('');
      if (a === b) return [i, j];
      if (b.length > a.length) break;
    }
  return null;
}

/** A quote of a claim as words, for alignment. */
export interface QFact {
  readonly claim: number;
  readonly index: number;
  readonly words: string[];
  /** Offsets of each word in the quote text (for excerpts). */
  readonly spans: readonly { readonly start: number; readonly end: number }[];
  /** Indices of the words an ellipsis comes before ("to date… but"): where the writer cut. */
  readonly elided?: ReadonlySet<number>;
}

/** Quote words with their offsets in the quote text; hyphenated words count as their parts. */
export function quoteTokens(text: string): { w: string; start: number; end: number }[] {
  // An editor's words in square brackets ("Pep [Guardiola] is one of …") are not the speaker's,
  // nor a short aside in round ones ("my fiancee, Natasha (Massey), who …": a surname added).
  const spoken = text
    // A backtick typed for an apostrophe ("Russia`s"), or for a quote mark ("declared `persona non grata`").
    .replace(/(\p{L})`(\p{L})/gu, "$1'$2")
    .replace(/`/g, ' ')
    .replace(/\[[^\]]*\]/g, (m) => ' '.repeat(m.length))
    .replace(/\((?:[^()\s]+\s?){1,3}\)/g, (m) => ' '.repeat(m.length));
  const tokens = tokenize(spoken);
  // "30th May" / "30 May": a day written with or without its ordinal ending (a word of its own).
  const ordinalEnding = (k: number): boolean =>
    /^(?:st|nd|rd|th)$/.test(tokens[k]?.norm ?? '') &&
    tokens[k - 1]?.kind === 'number' &&
    tokens[k - 1]?.end === tokens[k]?.start;
  // "St Germain" / "Saint-Germain": "St" before a name is "Saint" ("Main St" after one is a street).
  const saint = (k: number): boolean =>
    tokens[k]?.norm === 'st' && tokens[k]?.capitalised === true && tokens[k + 1]?.capitalised === true;
  const words = tokens.flatMap((t, k) =>
    (ordinalEnding(k) ? '' : saint(k) ? 'saint' : t.norm)
      .split('-')
      .filter((w) => w.length > 0)
      .flatMap(expandContraction)
      .map((w) => ({ w: usSpelling(w), start: t.start, end: t.end })),
  );
  // "€4.34 billion" / "4.34 billion euros": a currency symbol before a figure is its name after it
  // (and after its scale word), in the singular.
  const kept: typeof words = [];
  let owed: string | null = null;
  words.forEach((t, k) => {
    kept.push(Object.hasOwn(CURRENCY_NAMES, t.w) ? { ...t, w: CURRENCY_NAMES[t.w] as string } : t);
    const symbol = spoken[t.start - 1] ?? '';
    if (/^\d/.test(t.w))
      owed = Object.hasOwn(CURRENCY_SYMBOLS, symbol) ? (CURRENCY_SYMBOLS[symbol] as string) : null;
    if (owed !== null && !(/^\d/.test(t.w) && SCALE_WORDS.has(words[k + 1]?.w ?? ''))) {
      kept.push({ ...t, w: owed });
      owed = null;
    }
  });
  // "per cent" / "percent": one word written two ways.
  return kept.flatMap((t, k) =>
    t.w === 'per' && kept[k + 1]?.w === 'cent'
      ? [{ ...t, w: 'percent', end: (kept[k + 1] as { end: number }).end }]
      : t.w === 'cent' && kept[k - 1]?.w === 'per'
        ? []
        : [t],
  );
}

/** Currency symbols written before a figure, as the currency's name. */
const CURRENCY_SYMBOLS: Readonly<Record<string, string>> = {
  '\u20ac': 'euro',
  $: 'dollar',
  '\u00a3': 'pound',
  '\u00a5': 'yen',
};
/** Currency names written after a figure, in the singular. */
const CURRENCY_NAMES: Readonly<Record<string, string>> = {
  euros: 'euro',
  dollars: 'dollar',
  pounds: 'pound',
};
/** Scale words between a figure and its currency ("4.34 billion euros"). */
const SCALE_WORDS = new Set(['thousand', 'million', 'billion', 'trillion', 'bn']);

/**
 * A word in its American spelling, where British and American spelling differ by a regular
 * ending: "judgement" / "judgment", "colour" / "color", "organise" / "organize", "centre" /
 * "center", "defence" / "defense", "catalogue" / "catalog", "programme" / "program". One word written two ways is no rewording. Short words are
 * left alone ("four" / "for", "rise").
 */
export function usSpelling(word: string): string {
  if (word.length < 6) return word;
  for (const [re, us] of US_SPELLINGS) if (re.test(word)) return word.replace(re, us);
  return word;
}
const US_SPELLINGS: ReadonlyArray<readonly [RegExp, string]> = [
  [/dgement(s?)$/, 'dgment$1'],
  [/([^aeiou])our(s|ed|ing|ite|ites|able)?$/, '$1or$2'],
  [/([^aeiou])is(e|es|ed|ing|ation|ations)$/, '$1iz$2'],
  [/([^aeiou])ys(e|es|ed|ing)$/, '$1yz$2'],
  [/tre(s?)$/, 'ter$1'],
  [/([fc])ence(s?)$/, '$1ense$2'],
  [/([^aeiou])ogue(s?)$/, '$1og$2'],
  [/ramme(s?)$/, 'ram$1'],
];

/** Contractions with one reading, written out: "I'll" / "I will" is one quote ("'s" and "'d" have two). */
const CONTRACTIONS: ReadonlyArray<readonly [RegExp, string]> = [
  [/^won['\u2019]t$/, 'will not'],
  [/^can['\u2019]t$/, 'can not'],
  [/^cannot$/, 'can not'],
  [/^(\p{L}+)n['\u2019]t$/u, '$1 not'],
  [/^(\p{L}+)['\u2019]ll$/u, '$1 will'],
  [/^(\p{L}+)['\u2019]re$/u, '$1 are'],
  [/^(\p{L}+)['\u2019]ve$/u, '$1 have'],
  [/^i['\u2019]m$/, 'i am'],
  // The same written without the apostrophe ("I cant believe", "dont"): one word, typed short.
  [/^cant$/, 'can not'],
  [/^wont$/, 'will not'],
  [/^(do|does|did|is|are|was|were|have|has|had|could|would|should|must|need)nt$/, '$1 not'],
  [/^im$/, 'i am'],
  [/^ive$/, 'i have'],
  // ("were" is a word of its own, not "we're" typed short.)
  [/^(you|they)re$/, '$1 are'],
  [/^(you|they|we)ve$/, '$1 have'],
];
function expandContraction(word: string): string[] {
  for (const [re, full] of CONTRACTIONS) if (re.test(word)) return word.replace(re, full).split(' ');
  return [word];
}

/** Inner changed word ranges of `a` and `b` (excerpting at the ends does not count). */
export function changedRanges(
  a: readonly string[],
  b: readonly string[],
  parts: readonly DiffPart[] = diffWords(a, b),
): { a: [number, number]; b: [number, number] } | null {
  let ia = 0;
  let ib = 0;
  let ra: [number, number] | null = null;
  let rb: [number, number] | null = null;
  let first = parts.findIndex((p) => p.op === 'same');
  let last = -1;
  parts.forEach((p, k) => {
    if (p.op === 'same') last = k;
  });
  // A word swapped at an end is a change too ("crucial for …" / "instrumental for …").
  if (first >= 0 && edgeSwap(parts.slice(0, first), 'start')) first = -1;
  if (last >= 0 && edgeSwap(parts.slice(last + 1), 'end')) last = parts.length;
  parts.forEach((p, k) => {
    const n = p.words.length;
    if (p.op !== 'same' && k > first && k < last) {
      const spanA: [number, number] = p.op === 'removed' ? [ia, ia + n - 1] : [ia, ia - 1];
      const spanB: [number, number] = p.op === 'added' ? [ib, ib + n - 1] : [ib, ib - 1];
      ra = ra ? [Math.min(ra[0], spanA[0]), Math.max(ra[1], spanA[1])] : spanA;
      rb = rb ? [Math.min(rb[0], spanB[0]), Math.max(rb[1], spanB[1])] : spanB;
    }
    if (p.op !== 'added') ia += n;
    if (p.op !== 'removed') ib += n;
  });
  return ra && rb ? { a: ra, b: rb } : null;
}

/** Conjunctions a quote may open with where the reporter's sentence runs into it. */
const OPENING_CONJUNCTIONS = new Set(['and', 'but', 'so', 'or', 'yet', 'because']);

/** Edge words read as rewording are a few words inside a phrase, not a clause of their own. */
const MAX_EDGE_WORDS = 2;

/** Determiners a partial quote may open with to fit the reporter's sentence ("a" / "the culmination"). */
const OPENING_DETERMINERS = new Set(['a', 'an', 'the', 'this', 'that']);

/**
 * A word cut short by the end of a scraped text ("for everyone's sa" / "for everyone's safety"): a
 * strict beginning of the other word, at most 60 % of it (so not an inflection: "disruption" /
 * "disruptions").
 */
const cutShort = (short: string, long: string): boolean =>
  long.startsWith(short) && short.length <= long.length * 0.6;

/**
 * Whether the parts before (or after) two quotes' shared words swap a word or two: each quote has
 * its own words there ("crucial for restoring …" / "instrumental for restoring …"). One quote
 * running on where the other stops is excerpting; both having different words is rewording. Not a
 * swap: a determiner fitted to the reporter's sentence at the start, or a word cut short at the end.
 */
function edgeSwap(edge: readonly DiffPart[], at: 'start' | 'end'): boolean {
  const words = (op: DiffPart['op']): string[] => edge.filter((p) => p.op === op).flatMap((p) => p.words);
  const removed = words('removed');
  const added = words('added');
  const [x, y] = [removed[0] ?? '', added[0] ?? ''];
  if (at === 'start' && removed.length === 1 && added.length === 1) {
    if (OPENING_DETERMINERS.has(x) && OPENING_DETERMINERS.has(y)) return false;
  }
  // One quote ends on the cut word, the other runs on from the whole word.
  if (at === 'end' && ((removed.length === 1 && cutShort(x, y)) || (added.length === 1 && cutShort(y, x))))
    return false;
  return (
    removed.length > 0 &&
    added.length > 0 &&
    removed.length <= MAX_EDGE_WORDS &&
    added.length <= MAX_EDGE_WORDS
  );
}

/**
 * Words one quote has at its start or end that are rewording, not a longer excerpt: the other quote
 * shows it begins a sentence there ("Safety has to come first" / "Public safety has to come
 * first") or ends one ("Trains will cause real disruption." / "… real disruption for people."), and the longer
 * quote runs on in the same sentence. A quote cut where the speaker's sentence goes on ("… will
 * cause real disruption," she said), or that leaves out an opening phrase set off by a comma
 * ("However, once …" / "Once …"), is an excerpt.
 */
export function rewordedEdges(
  ctx: DetectContext,
  a: QFact,
  b: QFact,
  parts: readonly DiffPart[],
): DiffPart[] {
  const mention = (q: QFact) => ctx.facts[q.claim]?.quotes[q.index];
  const out: DiffPart[] = [];
  const firstSame = parts.findIndex((p) => p.op === 'same');
  const lastSame = parts.length - 1 - [...parts].reverse().findIndex((p) => p.op === 'same');
  if (firstSame > 0 && edgeSwap(parts.slice(0, firstSame), 'start')) out.push(...parts.slice(0, firstSame));
  if (firstSame >= 0 && lastSame < parts.length - 1 && edgeSwap(parts.slice(lastSame + 1), 'end'))
    out.push(...parts.slice(lastSame + 1));
  if (out.length > 0) return out;
  const first = parts[0];
  const shared = parts.find((p) => p.op === 'same');
  // Only one quote has words before the shared ones: the other begins there.
  const oneSided = parts.slice(0, firstSame).every((p) => p.op === first?.op);
  if (first && first.op !== 'same' && shared && oneSided && first.words.length <= MAX_EDGE_WORDS) {
    // The quote without the leading words must start a sentence with the shared word, which the
    // other writes in lower case inside its sentence.
    const [short, long] = first.op === 'added' ? [a, b] : [b, a];
    const word = shared.words[0] as string;
    const shortText = mention(short)?.text ?? '';
    const longText = mention(long)?.text ?? '';
    const at = long.spans[long.words.indexOf(word)];
    if (
      /^\p{Lu}/u.test(shortText) &&
      at &&
      // A conjunction opening the longer quote ("but if you look far back …" / "If you look far
      // back …") ties it to the reporter's sentence: the rest is the speaker's sentence, excerpted.
      !(first.words.length === 1 && OPENING_CONJUNCTIONS.has(first.words[0] as string)) &&
      /^\p{Ll}/u.test(longText.slice(at.start)) &&
      // An opening word or phrase set off by a comma ("However, once the area …") is left out
      // whole: the rest is the same sentence, excerpted.
      !/[.!?;:,]\s*$/.test(longText.slice(0, at.start))
    )
      out.push(first);
  }
  const last = parts[parts.length - 1];
  if (last && last.op !== 'same' && parts.length > 1 && last.words.length <= MAX_EDGE_WORDS) {
    const [short, long] = last.op === 'added' ? [a, b] : [b, a];
    const m = mention(short);
    const text = ctx.claims[short.claim]?.text ?? '';
    const longText = mention(long)?.text ?? '';
    const extra = long.spans[long.words.length - last.words.length];
    const before = long.spans[long.words.length - last.words.length - 1];
    // A fragment woven into the reporter's sentence ("would be arranged 'at no extra cost'.") ends
    // where the reporter's sentence does, not the speaker's: only a quote that begins a sentence
    // shows where one ends.
    if (
      m &&
      /^\p{Lu}/u.test(m.text) &&
      /^[.!?]/.test(text.slice(m.end).replace(/^["'\u201d\u2019]/, '')) &&
      extra &&
      before &&
      !/[.!?;:,\u2013\u2014]/.test(longText.slice(before.end, extra.start))
    )
      out.push(last);
  }
  return out;
}

/** Words of context kept on each side of a changed part in a quote excerpt. */
const EXCERPT_CONTEXT = 3;

/** Share of the shorter word list found in order in the other. */
export function inOrderOverlap(a: readonly string[], b: readonly string[]): number {
  return alignment(a, b).overlap;
}

/**
 * How two word lists align, from one diff: the share of the shorter found in order in the other
 * (`overlap`) and the longest run of words they share (`run`).
 */
export function alignment(
  a: readonly string[],
  b: readonly string[],
  parts: readonly DiffPart[] = diffWords(a, b),
): { overlap: number; run: number } {
  let same = 0;
  let run = 0;
  for (const p of parts)
    if (p.op === 'same') {
      same += p.words.length;
      run = Math.max(run, p.words.length);
    }
  return { overlap: same / Math.max(1, Math.min(a.length, b.length)), run };
}

/** "…some kind of a correspondence…": the changed part of a quote with a little context. */
export function excerpt(text: string, q: QFact, range: [number, number] | null): string {
  if (!range || q.spans.length === 0) return text;
  const from = Math.max(0, range[0] - EXCERPT_CONTEXT);
  const to = Math.min(q.spans.length - 1, range[1] + EXCERPT_CONTEXT);
  const start = (q.spans[from] as { start: number }).start;
  const end = (q.spans[to] as { end: number }).end;
  return `${from > 0 ? '\u2026' : ''}${text.slice(start, end)}${to < q.spans.length - 1 ? '\u2026' : ''}`;
}
