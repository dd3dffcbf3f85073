/**
 * Number discrepancies (dates: compare-dates.ts). Quantities are comparable when their unit nouns
 * are in one claim group and the same or near-synonyms in some sense (WordNet Wu–Palmer ≥
 * UNIT_RELATEDNESS), or are both small counts of related occasions (act/event/gathering/
 * communication nouns: "summits", "meetings", "rounds of talks") about a shared named party, or
 * count people under one verb in one group ("employs 140 people" / "employs 110 staff").
 * Comparable facts form components (union-find); a component is a discrepancy when two sources
 * each give a value the other has nothing to agree with ("two" vs "three"; a vague "several"
 * agrees with any value in its range, "a dozen" with 12, "5 km" with "3 miles") and no third source
 * gives both; only those values are the evidence. A value is set only against the other source's
 * values that none of its own source's values accounts for, and never a sum of money against a sum
 * of something else ("a £38.5m gap" / "a budget of almost £900m"), nor a span of time of one thing
 * against a span of another ("20 years of my life" / "a four-year deal"). A claim's count that its own group cannot
 * compare is also compared in its second groups (second-groups.ts).
 */
import type { Discrepancy } from '../model/analysis';
import { canBeAdjective, canBeNoun, isPersonLemma, lemmatize, wordRelatedness } from '../text/lexicon';
import { isStopword } from '../text/normalize';
import { isPersonNoun } from './action-words';
import { claimGender } from './compare-ages';
import type { Quantity } from '../text/numbers';
import { quantitiesAgree, roundedAlike } from '../text/quantity-compare';
import { Components, distinctLists, makeDiscrepancy, type DetectContext, type RawSide } from './context';
import { countsPeople, fateOf, isCount, verbAfter, verbBefore, type Fate } from './count-context';
import { changeStart, countProgress, differentThings } from './count-readings';
import { countsGivenOnce, isSingleCount } from './counts-given-once';
import { nearestPairs } from './nearest-pairs';
import { isOccasion, MAX_OCCASION_COUNT, OCCASION_RELATEDNESS, unitCanonicaliser } from './unit-keys';

/** What quantitiesAgree reads of a quantity (not where it is). */
const quantityKey = (f: { readonly q: Quantity }): string =>
  `${f.q.low}|${f.q.high}|${f.q.vague ? 1 : 0}|${f.q.unit ?? ''}`;

interface QFact {
  readonly claim: number;
  readonly q: Quantity;
}

/** Whether a word after an age is a noun for a thing in its own form ("record", "records"). */
const isThingNoun = (word: string, lemma: string): boolean =>
  (lemma === word || `${lemma}s` === word) && !isStopword(word) && canBeNoun(lemma) && !canBeAdjective(word);

/** Words before an age that make its person one of several ("including a …", "Among the dead is a …"). */
const ONE_OF_SEVERAL = /\b(?:including|among)\b[^.;:]*$/i;

/** Find number discrepancies within groups and across groups (occasion counts about shared parties). */
export function compareQuantities(ctx: DetectContext): Discrepancy[] {
  const facts: QFact[] = [];
  ctx.facts.forEach((f, claim) => {
    // A moment given as a span ("10 minutes after the break") is a time, not an amount.
    // "according to one witness", "three officials said": a count of the people who are the
    // source, no fact of the story.
    const text = ctx.claims[claim]?.text ?? '';
    const bySource = (q: Quantity): boolean =>
      f.attributions.some(
        (a) =>
          a.role === 'source' &&
          q.start >= a.start &&
          q.end <= a.end &&
          q.unit !== null &&
          countsPeople(q.unit) &&
          a.partyText.includes(text.slice(q.start, q.end)),
      );
    // How far a count had gone ("with 97.6% of votes tallied") depends on when the source wrote.
    for (const q of f.quantities)
      if (q.unit !== null && !q.offset && !q.conversion && !bySource(q) && !countProgress(text, q))
        facts.push({ claim, q });
  });
  const comp = new Components(facts.length);
  // Link facts through buckets (linear): same unit class within a group; same unit class and a
  // shared party across groups; occasion counts with a shared party.
  const firstInBucket = new Map<string, number>();
  const link = (bucket: string, i: number): void => {
    const first = firstInBucket.get(bucket);
    if (first === undefined) firstInBucket.set(bucket, i);
    else comp.union(first, i);
  };
  const canonicalUnit = unitCanonicaliser();
  // Lengths of different extents ("12 metres across", "five metres deep") are different measures.
  // A rate ("visit each year") is another measure than a count of one event.
  // Ages of different people ("the 19-year-old leader" / "the 28-year-old officer") are different
  // ages; an age with no person noun after it ("the 36-year-old") is read with the group's one.
  // An age right before a full name, or before a person noun and a full name ("51-year-old
  // Jacqueline Morton", "29-year-old teacher Stephenie Tait"), is that person's; a single
  // capitalised word may be what they are ("the 55-year-old Canadian").
  const ageNoun = new Map<QFact, string>();
  for (const f of facts) {
    if (f.q.unit !== 'year-old') continue;
    const text = ctx.claims[f.claim]?.text ?? '';
    const next = /^\s+([a-z]+)\b/.exec(text.slice(f.q.end));
    // "The 42-year-old political leader": past an adjective to the person noun.
    const past = /^\s+([a-z]+)\s+([a-z]+)\b/.exec(text.slice(f.q.end));
    const lemma =
      past &&
      canBeAdjective(past[1] as string) &&
      !canBeNoun(past[1] as string) &&
      isPersonLemma(lemmatize(past[2] as string))
        ? lemmatize(past[2] as string)
        : next
          ? lemmatize(next[1] as string)
          : '';
    const named = (ctx.facts[f.claim]?.names ?? []).find(
      (n) => n.key.includes(' ') && /^\s+(?:[a-z]+\s+)?$/.test(text.slice(f.q.end, n.start)),
    );
    // "seeing 4-year-old Neve start school": a name alone after the age, no word for a kind of
    // person ("the 55-year-old Canadian" says what they are).
    const firstName = /^\s+(\p{Lu}\p{Ll}+)\b/u.exec(text.slice(f.q.end))?.[1];
    const alone =
      firstName !== undefined &&
      !isPersonNoun(lemmatize(firstName.toLowerCase())) &&
      (ctx.facts[f.claim]?.names ?? []).some((n) => n.text === firstName);
    if (named) ageNoun.set(f, `=${named.key}`);
    else if (alone) ageNoun.set(f, `=${firstName.toLowerCase()}`);
    // "including a two-year-old boy", "Among the dead is a nine-year-old boy": one of several
    // people, not the one another source gives an age for.
    else if (ONE_OF_SEVERAL.test(text.slice(0, f.q.start))) ageNoun.set(f, `#${f.claim}:${f.q.start}`);
    else if (isPersonNoun(lemma)) ageNoun.set(f, lemma);
    // "the 29-year-old record", "a 500-year-old painting": the age of a thing, not of a person.
    // (A noun in its own form: "died" is the verb, not a die; "was" no noun at all.)
    else if (next && isThingNoun(next[1] as string, lemma)) ageNoun.set(f, `thing:${lemma}`);
  }
  // "raised rates from 1% to 1.25%": the percentage a change starts from is compared only with
  // other starting percentages.
  const previous = new Set(
    facts.filter((f) => f.q.unit === 'percent' && changeStart(ctx.claims[f.claim]?.text ?? '', f.q)),
  );
  const unitKey = (f: QFact): string =>
    `${canonicalUnit(f.q.unit as string)}${f.q.dimension ? `|${f.q.dimension}` : ''}${f.q.rate ? '|rate' : ''}` +
    (ageNoun.has(f) ? `|${ageNoun.get(f) as string}` : '') +
    (previous.has(f) ? '|from' : '') +
    timeUse(ctx.claims[f.claim]?.text ?? '', f.q);
  // The one person noun of a group's ages, where there is one.
  const agedIn = new Map<number, Set<string>>();
  for (const [f, noun] of ageNoun) {
    const g = ctx.groupOf.get(f.claim);
    if (g !== undefined) agedIn.set(g, (agedIn.get(g) ?? new Set()).add(noun));
  }
  const keyIn = (f: QFact, unit: string, g: number): string => {
    const nouns = agedIn.get(g);
    return f.q.unit === 'year-old' && !ageNoun.has(f) && nouns?.size === 1
      ? `${unit}|${[...nouns][0] as string}`
      : unit;
  };
  // Kinds of occasion: each a list of the units seen in it; a unit joins the first kind with a
  // unit related to it.
  const occasionKinds: string[][] = [];
  const occasionKindOf = (unit: string): number => {
    let kind = occasionKinds.findIndex((units) =>
      units.some((u) => u === unit || wordRelatedness(u, unit) >= OCCASION_RELATEDNESS),
    );
    if (kind < 0) kind = occasionKinds.push([]) - 1;
    const units = occasionKinds[kind] as string[];
    if (!units.includes(unit)) units.push(unit);
    return kind;
  };
  const articleOf = (claim: number): string => ctx.claims[claim]?.articleId ?? '';
  // The articles that give each unit in each group: where a fact has something to be compared with.
  const inGroup = new Map<string, QFact[]>();
  for (const f of facts) {
    const g = ctx.groupOf.get(f.claim);
    if (g === undefined) continue;
    const key = `${g}|${unitKey(f)}`;
    inGroup.set(key, [...(inGroup.get(key) ?? []), f]);
  }
  // A second group takes a claim's count only where its own counts of that unit all agree: an
  // outlier against one agreed figure ("143 passengers" twice / "134"), not one more figure among
  // several ("nine people" / "seven pupils and two staff" / "four people taken to hospital").
  const agreedIn = (key: string): boolean => {
    const fs = inGroup.get(key) ?? [];
    return fs.length > 0 && fs.every((a) => fs.every((b) => quantitiesAgree(a.q, b.q)));
  };
  // "73 people dead" and "dozens injured" count different people: they neither agree nor dispute.
  const fates = new Map<QFact, Fate | null>();
  const fate = (f: QFact): Fate | null => {
    if (!fates.has(f)) fates.set(f, fateOf(ctx.claims[f.claim]?.text ?? '', f.q));
    return fates.get(f) ?? null;
  };
  const sameFate = (a: QFact, b: QFact): boolean => {
    const fa = fate(a);
    const fb = fate(b);
    return fa === null || fb === null || fa === fb;
  };
  const givenOnce = countsGivenOnce(facts, unitKey, articleOf);
  // The number killed (or hurt) that every source gives once is one figure of the story, whatever
  // the noun ("A further 10 people were injured" / "eight more were seriously injured").
  const fateKey = (f: QFact): string => `fate:${fate(f) ?? ''}`;
  const fated = facts.filter((f) => fate(f) !== null);
  const givenOnceFate = countsGivenOnce(fated, fateKey, articleOf);
  facts.forEach((f, i) => {
    if (givenOnce.has(unitKey(f)) && isSingleCount(f)) link(`once:${unitKey(f)}`, i);
    if (givenOnceFate.has(fateKey(f)) && isSingleCount(f)) link(`once:${fateKey(f)}`, i);
    const group = ctx.groupOf.get(f.claim);
    const unit = unitKey(f);
    if (group !== undefined) link(`g:${group}|${keyIn(f, unit, group)}`, i);
    // People counted under one verb in one group are one count, whatever the noun: "employs 140
    // people" / "employs 110 staff".
    if (group !== undefined && isCount(f.q) && countsPeople(f.q.unit as string)) {
      const verb = verbBefore(ctx.claims[f.claim]?.text ?? '', f.q.start);
      if (verb !== null) link(`p:${group}|${verb}`, i);
    }
    // A count its own group has nothing to compare with is compared in the claim's second groups
    // (counts of things only: durations and distances are in too many sentences to follow a claim).
    if (
      ctx.alsoIn?.has(f.claim) &&
      isCount(f.q) &&
      !inGroup.get(`${group}|${unit}`)?.some((o) => articleOf(o.claim) !== articleOf(f.claim))
    )
      for (const g of ctx.alsoIn.get(f.claim) ?? [])
        if (agreedIn(`${g}|${keyIn(f, unit, g)}`)) link(`g:${g}|${keyIn(f, unit, g)}`, i);
    // A tally counts votes or points, not occasions.
    if (f.q.tally || f.q.low > MAX_OCCASION_COUNT || (f.q.vague && f.q.high > MAX_OCCASION_COUNT)) return;
    // A measure is no occasion ("metre" is also a poem's metre, a communication noun).
    // People are no occasion either ("four fires" / "6 firemen").
    if (!isCount(f.q) || !isOccasion(f.q.unit as string) || countsPeople(f.q.unit as string)) return;
    const parties = new Set((ctx.facts[f.claim]?.names ?? []).map((n) => n.key));
    if (parties.size === 0) return;
    const kind = occasionKindOf(f.q.unit as string);
    for (const p of parties) link(`o:${kind}|${p}`, i);
  });
  const predicates = new Map<QFact, string | null>();
  const predicateOf = (f: QFact): string | null => {
    if (!predicates.has(f)) predicates.set(f, verbAfter(ctx.claims[f.claim]?.text ?? '', f.q.end));
    return predicates.get(f) ?? null;
  };
  const samePredicate = (a: QFact, b: QFact): boolean => {
    const pa = predicateOf(a);
    return pa !== null && pa === predicateOf(b);
  };
  // Figures that can only be different things: sums for different things ("a £38.5m black hole" /
  // "a budget of almost £900m"), spans of different things, counts over different sets, distances
  // from different places, percentages of different things (count-readings.ts).
  const otherSums = differentThings(ctx);
  // Ages in sentences that speak of a woman and of a man ("The 35-year-old … said she felt" /
  // "The 33-year-old … defending his title") are the ages of two people.
  const gender = claimGender(ctx);
  const otherPerson = (a: QFact, b: QFact): boolean => {
    if (a.q.unit !== 'year-old' || b.q.unit !== 'year-old') return false;
    const x = gender(a.claim);
    const y = gender(b.claim);
    return x !== null && y !== null && x !== y;
  };
  const hasWhole = (fs: readonly QFact[]): boolean => fs.some((f) => f.q.whole === true);
  const holds = (whole: QFact, part: QFact, partHasWhole: boolean): boolean =>
    whole.q.whole === true && !partHasWhole && part.q.high < whole.q.low;
  // The other source's values that none of a source's own values accounts for: what a value
  // can be set against (found once per pair of sources, not per value).
  const unaccounted = (others: readonly QFact[], own: readonly QFact[]): QFact[] =>
    others.filter((b) => !own.some((o) => quantitiesAgree(o.q, b.q) && sameFate(o, b)));
  const disputes = (
    a: QFact,
    others: readonly QFact[],
    own: readonly QFact[],
    open: readonly QFact[],
  ): boolean =>
    !others.some(
      (b) =>
        (quantitiesAgree(a.q, b.q) && sameFate(a, b)) ||
        holds(b, a, hasWhole(own)) ||
        holds(a, b, hasWhole(others)),
    ) &&
    (!a.q.part || others.some((b) => samePredicate(a, b))) &&
    // Something to set it against, and not a sum of something else.
    open.some((b) => !otherSums(a, b) && sameFate(a, b) && !otherPerson(a, b));
  // The values set against each other are one figure, rounded by one source ("6 percent" /
  // "6.2 percent").
  const rounded = (fs: readonly QFact[], others: readonly QFact[]): boolean =>
    fs.every((a) => others.some((b) => roundedAlike(a.q, b.q)));
  const out: Discrepancy[] = [];
  for (const members of comp.groups()) {
    const byArticle = new Map<string, QFact[]>();
    for (const m of members) {
      const f = facts[m] as QFact;
      const a = ctx.claims[f.claim]?.articleId ?? '';
      const list = byArticle.get(a);
      if (list) list.push(f);
      else byArticle.set(a, [f]);
    }
    if (byArticle.size < 2) continue;
    const lists = distinctLists([...byArticle.values()], quantityKey);
    // Exact values given together by one source: which lists hold each pair (linear in the
    // values of each source, so the pair loop below stays quadratic in the sources).
    const exact = (f: QFact): boolean => !f.q.vague && f.q.low === f.q.high;
    const together = new Map<string, number[]>();
    lists.forEach((zs, k) => {
      const keys = [...new Set(zs.filter(exact).map(quantityKey))];
      for (const a of keys)
        for (const b of keys) if (a < b) together.set(`${a}&${b}`, [...(together.get(`${a}&${b}`) ?? []), k]);
    });
    const givenTogether = (a: QFact, b: QFact, x: number, y: number): boolean => {
      const [ka, kb] = [quantityKey(a), quantityKey(b)].sort() as [string, string];
      return (together.get(`${ka}&${kb}`) ?? []).some((k) => k !== x && k !== y);
    };
    let conflict = false;
    let exactConflict = false;
    // The values some other source has nothing to agree with: the evidence (agreeing ones are not).
    const disputed = new Set<string>();
    for (let x = 0; x < lists.length; x++)
      for (let y = x + 1; y < lists.length; y++) {
        const xs = lists[x] as QFact[];
        const ys = lists[y] as QFact[];
        // Each source gives a value the other has nothing to agree with: "2.1% … the 2% target"
        // against "2.4% … the 2 per cent target" disagree although both give 2%. A source that
        // only gives more values (all of the other's among them) does not.
        // A part ("seven of them", "3 of whom") disputes only a count of what it says happened to
        // it ("3 of whom were taken to hospital" / "four people taken to hospital").
        // A whole ("of the company's 24 buses") holds a smaller count of a source that gives no
        // whole of its own ("one bus was banned"); "three of its five" against "two of the five"
        // still compares three with two.
        const openY = unaccounted(ys, xs);
        const openX = unaccounted(xs, ys);
        const onlyX = xs.filter((a) => disputes(a, ys, xs, openY));
        const onlyY = ys.filter((b) => disputes(b, xs, ys, openX));
        // A third source giving both values reconciles them: "23 runners …, two of them
        // seriously ill" against "23 runners" and "two runners remained in hospital".
        const reconciled =
          onlyX.length > 0 &&
          onlyY.length > 0 &&
          onlyX.every((a) => onlyY.every((b) => exact(a) && exact(b) && givenTogether(a, b, x, y)));
        if (onlyX.length > 0 && onlyY.length > 0 && !reconciled) {
          const [keptX, keptY] = nearestPairs(onlyX, onlyY, (a, b) => roundedAlike(a.q, b.q));
          if (keptX.length === 0 || (rounded(keptX, keptY) && rounded(keptY, keptX))) continue;
          conflict = true;
          for (const f of [...keptX, ...keptY]) disputed.add(quantityKey(f));
          if (keptX.some((a) => !a.q.vague) && keptY.some((b) => !b.q.vague)) exactConflict = true;
        }
      }
    if (!conflict) continue;
    const sides: RawSide[] = members
      .map((m) => facts[m] as QFact)
      .filter((f) => disputed.has(quantityKey(f)))
      .map((f) => ({ claim: f.claim, value: f.q.display, start: f.q.start, end: f.q.end }));
    const sameGroup =
      new Set(members.map((m) => ctx.groupOf.get((facts[m] as QFact).claim) ?? -1)).size === 1;
    const values = [...new Set(sides.map((s) => s.value.toLowerCase()))].join(', ');
    out.push(
      makeDiscrepancy(
        ctx,
        'number',
        exactConflict ? 'high' : 'medium',
        sides,
        (exactConflict ? 0.85 : 0.6) * (sameGroup ? 1 : 0.9),
        `The sources give different counts of the same thing: ${values}.`,
      ),
    );
  }
  return out;
}

/**
 * How a span of time is used when it is not a duration: an offset from another time ("one year
 * previously", "three days later", "five years ago") or the span of a record ("an 11-year low"):
 * each is compared only with its own kind.
 */
function timeUse(text: string, q: Quantity): string {
  if (q.unit === null || !TIME_UNITS.has(q.unit)) return '';
  const after = text.slice(q.end);
  if (/^\s+(?:ago|earlier|previously|before|later|prior|afterwards|on)\b/i.test(after)) return '|offset';
  if (/^\s+(?:low|high|best|worst|record)\b/i.test(after)) return '|record';
  // "79mm over 24 hours", "20cm of snow in 12 hours": the span an amount was measured over.
  if (MEASURED_OVER.test(text.slice(Math.max(0, q.start - 40), q.start))) return '|measured';
  return '';
}
/** An amount, then "over" / "in" / "within": the span after it is the one it was measured over. */
const MEASURED_OVER =
  /\d\s*(?:mm|cm|millimet(?:re|er)s?|centimet(?:re|er)s?|inch(?:es)?|in)\b[^.,;]{0,20}?\b(?:over|in|within)\s+(?:the\s+)?(?:past\s+|last\s+|previous\s+)?$/i;
const TIME_UNITS = new Set(['year', 'month', 'week', 'day', 'hour', 'minute', 'decade', 'century']);
