/**
 * Facts of one event across groups: two sources can give one event different values (a date, a
 * count) in sentences the grouping keeps apart. An event fact carries keys that name the event (its
 * verb's WordNet senses, event nouns) and the claim's other content words and names; two facts of
 * different sources, outside one group, are about one event when they share a key and a context
 * word. A source that gives one event two conflicting values is telling of two events, and is not
 * a disagreement. Used by compare-event-dates.ts and compare-event-counts.ts.
 */
import { hypernymsOf, lemmatize, lexFileOf, synsetsOf } from '../text/lexicon';
import type { NameMention } from '../text/names';
import { isStopword, type Token } from '../text/normalize';
import { stem } from '../text/stem';
import { Components, type DetectContext } from './context';

/**
 * A key dated or counted more often than this in one story names no particular event ("announced"
 * in a 200-article story); its pairs are not compared, which also keeps the cost linear.
 */
export const MAX_EVENTS_PER_SENSE = 60;
/** Senses of a verb used to match events (WordNet's most frequent first). */
const EVENT_SENSES = 3;

/** One value an article gives an event. */
export interface EventFact<V> {
  readonly claim: number;
  /** What names the event: verb senses (`s:…`) and their direct hypernyms, event nouns (`n:…`). */
  readonly keys: readonly string[];
  /**
   * The keys the event's own words have (without hypernyms). Two facts are of one event only when
   * one's own keys meet the other's keys: "surveyed" (a kind of "inspect") meets "inspected", but
   * "arrived" and "left", both kinds of "travel", do not meet.
   */
  readonly own?: ReadonlySet<string>;
  /** Content stems and name keys of the claim, without the event's own words and the value. */
  readonly context: ReadonlySet<string>;
  readonly value: V;
}

/** A verb's event keys: its first senses in the WordNet verb files, as `s:…` keys. */
export const verbKeys = (lemma: string): string[] =>
  synsetsOf(lemma)
    .filter((s) => lexFileOf(s) >= 29 && lexFileOf(s) <= 43)
    .slice(0, EVENT_SENSES)
    .map((s) => `s:${s}`);

/** A verb's own event keys and, after them, its senses' direct hypernyms ("survey" → "inspect"). */
export function verbKeysWithParents(lemma: string): { own: string[]; keys: string[] } {
  const own = verbKeys(lemma);
  const parents = own.flatMap((k) => hypernymsOf(Number(k.slice(2))).map((h) => `s:${h}`));
  return { own, keys: [...new Set([...own, ...parents])] };
}

/** Whether one fact's own keys meet the other's keys (without `own`, sharing a key is enough). */
function meet<V>(a: EventFact<V>, b: EventFact<V>): boolean {
  if (!a.own || !b.own) return true;
  return b.keys.some((k) => a.own?.has(k)) || a.keys.some((k) => b.own?.has(k));
}

/** A claim's context words: content stems and name keys outside `skip` and the value's span. */
export function eventContext(
  tokens: readonly Token[],
  names: readonly NameMention[],
  skip: Token | null,
  span: { readonly start: number; readonly end: number },
): Set<string> {
  const context = new Set<string>(names.map((n) => `e:${n.key}`));
  for (const t of tokens) {
    if (t === skip || t.kind !== 'word' || isStopword(t.norm)) continue;
    if (t.end > span.start && t.start < span.end) continue;
    if (!names.some((n) => t.start >= n.start && t.end <= n.end)) context.add(stem(t.norm));
  }
  return context;
}

/** Whether two facts' claims share a context word or name. */
export function shareContext<V>(a: EventFact<V>, b: EventFact<V>): boolean {
  for (const w of a.context) if (b.context.has(w)) return true;
  return false;
}

/**
 * Link event facts of different sources outside one group that share a key and are `related`
 * (by default: share a context word),
 * and return the linked sets holding a conflict, where no source conflicts with itself.
 * @param comparable whether two values can be compared at all (a time with a time).
 * @param conflict whether two comparable values disagree.
 * @param related whether two facts with a shared key can be of one event.
 * @param inGroups whether facts of one group are linked too (for values the in-group comparisons
 *   do not read, such as an age written as a bare number: "Fairlie, 61," / "Mr Fairlie, 64,").
 */
export function conflictingEvents<V>(
  ctx: DetectContext,
  events: readonly EventFact<V>[],
  comparable: (a: V, b: V) => boolean,
  conflict: (a: V, b: V) => boolean,
  related: (a: EventFact<V>, b: EventFact<V>) => boolean = shareContext,
  inGroups = false,
): EventFact<V>[][] {
  const byKey = new Map<string, number[]>();
  events.forEach((e, i) => {
    for (const k of e.keys) {
      const list = byKey.get(k);
      if (list) list.push(i);
      else byKey.set(k, [i]);
    }
  });
  const article = (e: EventFact<V>): string => ctx.claims[e.claim]?.articleId ?? '';
  const comp = new Components(events.length);
  const conflicting = new Set<string>();
  for (const list of byKey.values()) {
    if (list.length > MAX_EVENTS_PER_SENSE) continue;
    for (let x = 0; x < list.length; x++)
      for (let y = x + 1; y < list.length; y++) {
        const a = events[list[x] as number] as EventFact<V>;
        const b = events[list[y] as number] as EventFact<V>;
        if (article(a) === article(b) || !comparable(a.value, b.value)) continue;
        const ga = ctx.groupOf.get(a.claim);
        if (!inGroups && ga !== undefined && ga === ctx.groupOf.get(b.claim)) continue; // the in-group comparisons' case
        if (!meet(a, b) || !related(a, b)) continue;
        comp.union(list[x] as number, list[y] as number);
        if (conflict(a.value, b.value)) conflicting.add(`${list[x]}|${list[y]}`);
      }
  }
  const out: EventFact<V>[][] = [];
  for (const members of comp.groups()) {
    if (!members.some((i) => members.some((j) => conflicting.has(`${i}|${j}`)))) continue;
    const ms = members.map((i) => events[i] as EventFact<V>);
    const byArticle = new Map<string, V[]>();
    for (const e of ms) byArticle.set(article(e), [...(byArticle.get(article(e)) ?? []), e.value]);
    if (
      [...byArticle.values()].some((vs) => vs.some((v) => vs.some((o) => comparable(v, o) && conflict(v, o))))
    )
      continue;
    out.push(ms);
  }
  return out;
}

/** Whether a word token is an inflected verb form ("discovered", "leaving"), not a bare lemma. */
export const isInflected = (t: Token): boolean => lemmatize(t.norm) !== t.norm;
