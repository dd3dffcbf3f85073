/**
 * Date discrepancies within a group: mentions of one kind (calendar, weekday, time, year; a bound
 * only with the same kind of bound) that conflict. (Telling two dated events of one group apart by
 * their verbs was measured and dropped: "completed" / "signed off" / "finalised" share no WordNet
 * sense, while "handed over" / "dialled" are as related; mean discrepancy recall 0.91 → 0.89.)
 */
import type { Discrepancy } from '../model/analysis';
import {
  calendarAfter,
  comparableKind,
  dateBound,
  datesConflict,
  isDateline,
  legalStage,
} from '../text/date-compare';
import type { DateMention } from '../text/dates';
import { lemmatize } from '../text/lexicon';
import { distinctLists, makeDiscrepancy, sourcesDisagree, type DetectContext, type RawSide } from './context';

/** What datesConflict reads of a date mention (not where it is). */
const dateKey = (d: DateMention): string => `${d.precision}|${d.key}|${d.approx ?? ''}`;

/**
 * Weekdays written with their calendar date ("on Saturday, March 14"): such a weekday agrees with
 * another source's weekday but never disputes one by itself, since the date says which day it is
 * and another source's lone weekday may date another event of the group ("fined on Wednesday").
 */
function joinedWeekdays(ctx: DetectContext, c: number): DateMention[] {
  const dates = ctx.facts[c]?.dates ?? [];
  const text = ctx.claims[c]?.text ?? '';
  const joined = (w: DateMention, d: DateMention): boolean =>
    d.precision === 'day' &&
    (/^,?\s*(?:the\s+)?$/.test(text.slice(w.end, d.start)) ||
      /^,?\s*(?:a\s+)?$/.test(text.slice(d.end, w.start)));
  return dates.filter((w) => w.precision === 'weekday' && dates.some((d) => joined(w, d)));
}

/**
 * A caption of an archive picture ("FILE: Oscar Pistorius in court on 15 June 2016", "File photo
 * of …"): it dates an earlier occasion, not the story's event.
 */
const FILE_PICTURE =
  /^\s*(?:\(?file\)?\s*[:\-\u2013\u2014|]|file\s+(?:photo|picture|image|pic)\b|archive\s+(?:photo|picture|image)\b)/i;

/**
 * Whether a date stands in a clause set off about a person ("Suarez, who bit the defender on
 * Tuesday, will miss …"): it dates what that person did before, not the claim's event.
 */
function inPersonAside(text: string, d: DateMention): boolean {
  const before = text.slice(0, d.start);
  const open = before.search(/,\s+who\s[^,;]*$/);
  return open >= 0 && /^[^,;.]*,/.test(text.slice(d.end));
}

/** Words that place an event in a series, as the place they name. */
const SERIES_PLACE: Readonly<Record<string, string>> = {
  first: 'first',
  earliest: 'first',
  opening: 'first',
  second: 'second',
  third: 'third',
  last: 'last',
  final: 'last',
  closing: 'last',
  latest: 'last',
};

/**
 * The place in a series a sentence gives its event, with the noun it qualifies ("The first result of
 * the day came from Galway East at around 1.15pm" → first, result; "The final result, announced at
 * 6.20pm" → last, result): two places of one series are two events, each with its own time.
 */
function placeInSeries(text: string): readonly [string, string] | null {
  const m =
    /\b(?:the|its|their)\s+(first|earliest|opening|second|third|last|final|closing|latest)\s+(\p{Ll}+)/iu.exec(
      text,
    );
  if (!m || m[2] === 'time') return null;
  return [SERIES_PLACE[(m[1] as string).toLowerCase()] as string, lemmatize((m[2] as string).toLowerCase())];
}

/** Kinds of date that say when something was said, help was called or a figure updated, not when the event was. */
const OWN_FACT = /\|(?:speech|call|update)(?:\||$)/;

/** Find date discrepancies: dates of the same kind that conflict within one group. */
export function compareDates(ctx: DetectContext): Discrepancy[] {
  const out: Discrepancy[] = [];
  const membersOf = new Map<number, number[]>();
  for (const [c, g] of ctx.groupOf) {
    if (ctx.claims[c]?.caption && FILE_PICTURE.test(ctx.claims[c]?.text ?? '')) continue;
    const list = membersOf.get(g);
    if (list) list.push(c);
    else membersOf.set(g, [c]);
  }
  // A claim with a date its own group has nothing to compare with is compared in its second groups,
  // when it gives one date of that kind: "two strikes in March and April" dates two events, neither
  // of them surely the other group's ("a further strike on 16 April", "talks ended in January").
  const articleOf = (c: number): string => ctx.claims[c]?.articleId ?? '';
  for (const [c, gs] of ctx.alsoIn ?? []) {
    // A caption dates its picture ("Police at the fence on Sunday morning"), not another group's event.
    if (ctx.claims[c]?.caption) continue;
    const all = (ctx.facts[c]?.dates ?? []).map(comparableKind);
    const kinds = new Set(all.filter((k) => all.indexOf(k) === all.lastIndexOf(k)));
    const own = ctx.groupOf.get(c);
    const matched = (membersOf.get(own ?? -1) ?? []).some(
      (m) =>
        articleOf(m) !== articleOf(c) &&
        (ctx.facts[m]?.dates ?? []).some((d) => kinds.has(comparableKind(d))),
    );
    if (kinds.size > 0 && !matched) for (const g of gs) membersOf.get(g)?.push(c);
  }
  // A deadline is read with the events it bounds.
  const boundOf = (c: number, d: DateMention): string | null => {
    const bound = dateBound(ctx.claims[c]?.text ?? '', d);
    return bound === 'by' ? null : bound;
  };
  const deadlines = new Set<DateMention>();
  membersOf.forEach((members) => {
    // A date another source gives as the other kind, bound or event ("from midnight on 23 June" /
    // "with effect from 23 June"), is the same date read two ways, not in dispute.
    // A caption dates its picture ("Emmanuel Macron at the cathedral on Monday"): compared with other
    // captions only, never with the event.
    const pictured = (c: number): string => (ctx.claims[c]?.caption ? '|picture' : '');
    const kindOf = (c: number, d: DateMention): string =>
      `${comparableKind(d)}|${boundOf(c, d) ?? ''}${pictured(c)}`;
    // Per date key: how many sources give it as each kind, and which kinds each source gives it as
    // (so the check below is not a scan of every source for every date).
    const sourcesByKind = new Map<string, Map<string, number>>();
    const kindsBySource = new Map<string, Set<string>>();
    for (const c of members)
      for (const d of ctx.facts[c]?.dates ?? []) {
        const a = ctx.claims[c]?.articleId ?? '';
        const kind = kindOf(c, d);
        const own = kindsBySource.get(`${a}#${d.key}`) ?? new Set<string>();
        kindsBySource.set(`${a}#${d.key}`, own);
        if (own.has(kind)) continue;
        own.add(kind);
        const counts = sourcesByKind.get(d.key) ?? new Map<string, number>();
        sourcesByKind.set(d.key, counts.set(kind, (counts.get(kind) ?? 0) + 1));
      }
    const givenElsewhere = (d: DateMention, article: string, kind: string): boolean => {
      const own = kindsBySource.get(`${article}#${d.key}`);
      // (The day something was said or help was called is its own fact: the same day as a
      // statement does not make an event's date agree.)
      return [...(sourcesByKind.get(d.key) ?? [])].some(
        ([k, n]) => k !== kind && !OWN_FACT.test(k) && n - (own?.has(k) ? 1 : 0) > 0,
      );
    };
    const byKind = new Map<string, RawSide[]>();
    const mentions = new Map<RawSide, DateMention>();
    for (const c of members) {
      const text = ctx.claims[c]?.text ?? '';
      for (const d of ctx.facts[c]?.dates ?? []) {
        if (inPersonAside(text, d) || isDateline(text, d)) continue;
        const side = { claim: c, value: d.text, start: d.start, end: d.end };
        mentions.set(side, d);
        // A bound ("since January 2021", "before March 2030") is compared only with the same kind
        // of bound ("the first cut since March 2020"), never with the date of an event; a deadline
        // ("by 11 September") also with an event, which it rules out when later ("on 14 September").
        const kind = kindOf(c, d);
        if (dateBound(text, d) === 'by') deadlines.add(d);
        const list = byKind.get(kind);
        if (list) list.push(side);
        else byKind.set(kind, [side]);
      }
    }
    const joined = new Set(members.flatMap((c) => joinedWeekdays(ctx, c)));
    // The court stage each date is given for ("found guilty on Monday" / "jailed on Friday").
    const stageOf = new Map<DateMention, string | null>();
    for (const [side, d] of mentions) stageOf.set(d, legalStage(ctx.claims[side.claim]?.text ?? '', d));
    // Which of a series the claim dates ("the first result" / "the final result").
    const placeOf = new Map<DateMention, readonly [string, string] | null>();
    for (const [side, d] of mentions) placeOf.set(d, placeInSeries(ctx.claims[side.claim]?.text ?? ''));
    const otherStage = (a: DateMention, b: DateMention): boolean => {
      const x = stageOf.get(a) ?? null;
      const y = stageOf.get(b) ?? null;
      if (x !== null && y !== null && x !== y) return true;
      const p = placeOf.get(a) ?? null;
      const q = placeOf.get(b) ?? null;
      return p !== null && q !== null && p[1] === q[1] && p[0] !== q[0];
    };
    for (const [kind, sides] of byKind) {
      const articlesOf = (s: RawSide): string => ctx.claims[s.claim]?.articleId ?? '';
      // Two sources disagree when none of one's dates agrees with any of the other's.
      const byArticle = new Map<string, DateMention[]>();
      for (const side of sides) {
        const d = mentions.get(side) as DateMention;
        // (A call for help is no reading of the event's date: "dialled 999 on Saturday" is set
        // against another call, whatever day the rescue was.)
        if (!kind.endsWith('|call') && givenElsewhere(d, articlesOf(side), kind)) continue;
        const list = byArticle.get(articlesOf(side)) ?? [];
        list.push(d);
        byArticle.set(articlesOf(side), list);
      }
      const lists = distinctLists(
        [...byArticle.values()].filter((ds) => ds.some((d) => !joined.has(d))),
        dateKey,
      );
      // A source that gives both dates ("debuted in 1992 … and retired in 2007") says they date two
      // events: the others, each giving one, do not disagree.
      const keysOf = lists.map((ds) => new Set(ds.map((d) => d.key)));
      const together = (a: DateMention, b: DateMention): boolean =>
        keysOf.some((ks) => ks.has(a.key) && ks.has(b.key));
      const conflict = sourcesDisagree(
        lists,
        (a, b) =>
          together(a, b) ||
          otherStage(a, b) ||
          (deadlines.has(a) === deadlines.has(b)
            ? !datesConflict(a, b)
            : !calendarAfter(deadlines.has(a) ? b : a, deadlines.has(a) ? a : b)),
      );
      if (!conflict || new Set(sides.map(articlesOf)).size < 2) continue;
      out.push(
        makeDiscrepancy(ctx, 'date', 'medium', sides, 0.7, 'The sources date the same event differently.'),
      );
    }
  });
  return out;
}
