/**
 * Counts of one event across groups: "The airline cancelled 42 flights after its check-in system
 * crashed" and "The carrier cancelled 38 outbound flights from its base" can sit in different
 * groups, so the comparison inside groups never sees them. Here a counted event is the verb whose
 * object (or passive subject) the count is ("cancelled 42 flights", "38 flights were cancelled")
 * together with the counted noun; two such counts of different sources are of one event when the
 * verbs share a sense, the nouns are the same unit and no differently named doers stand before the
 * verbs ("Merrowlink cancelled 40 flights" / "Skyline cancelled 12 flights"). Unlike dates, the
 * sentences need not share a word: "The airline cancelled 42 flights after its check-in system
 * crashed" and "The carrier cancelled 38 outbound flights from its base" share none. Rates ("250,000
 * passengers a year") count no one event. Measured on the 16 gold stories: discrepancy recall
 * 0.85 → 0.86 (the airline story's flights), precision unchanged; requiring a shared word found
 * nothing, and without the rate rule a ferry's yearly passengers were set against one crossing's.
 */
import type { Discrepancy } from '../model/analysis';
import { canBeNoun, lemmatize } from '../text/lexicon';
import { tokenize, type Token } from '../text/normalize';
import type { Quantity } from '../text/numbers';
import { quantitiesAgree, unitClass } from '../text/quantity-compare';
import { SAYING } from './action-words';
import { makeDiscrepancy, type DetectContext, type RawSide } from './context';
import { countScope, otherScopes, slipApart } from './count-readings';
import { conflictingEvents, isInflected, shareContext, verbKeys, type EventFact } from './event-links';

/** Words between a verb and its count: "cancelled a further 11", "scrapped at least 40", "to cancel 38". */
const BETWEEN = new Set([
  'a',
  'an',
  'the',
  'further',
  'another',
  'more',
  'than',
  'at',
  'least',
  'about',
  'around',
  'some',
  'nearly',
  'almost',
  'only',
  'just',
  'over',
  'up',
  'all',
  'its',
  'their',
  'his',
  'her',
]);
/** Verbs that count nothing in particular ("was 40", "had 12", "did two"). */
const LIGHT = new Set([
  'be',
  'have',
  'do',
  'get',
  'make',
  'take',
  'give',
  'include',
  'total',
  'number',
  'reach',
]);
/**
 * A rate or a period's total, not a count of one event: "250,000 passengers a year", "12 flights
 * per day", "carried 11.6 million passengers last year".
 */
const RATE_AFTER =
  /^\s*(?:a|an|per|each|every)\s+(?:year|month|week|day|night|hour|season)\b|^\s*(?:annually|daily|weekly|monthly|yearly)\b|^\s*(?:last|this|that|the\s+previous|the\s+past)\s+(?:year|month|week|season)\b/i;
/** Auxiliaries of a passive after the count: "38 flights were cancelled". */
const PASSIVE = /^\s*(?:were|was|are|is|have been|has been|had been|will be|would be)\s+$/i;

/** The verb a count is the object of, before it, or the passive verb after it; null when none. */
function countedBy(text: string, tokens: readonly Token[], q: Quantity): Token | null {
  const first = tokens.findIndex((t) => t.start >= q.start);
  for (let i = first - 1, k = 0; i >= 0 && k < 4; i--, k++) {
    const t = tokens[i] as Token;
    if (t.kind !== 'word' || /[,;:()]/.test(text.slice(t.end, (tokens[i + 1] as Token).start))) break;
    if (BETWEEN.has(t.norm)) continue;
    // "ordered the occupants of 46 homes": the count of what the object belongs to.
    const owner = tokens[i - 1];
    if (
      t.norm === 'of' &&
      k === 0 &&
      owner?.kind === 'word' &&
      !owner.capitalised &&
      canBeNoun(lemmatize(owner.norm))
    ) {
      i--;
      continue;
    }
    const infinitive = /^(to|will|would|could|can|must|may|might|should)$/.test(tokens[i - 1]?.norm ?? '');
    if (isInflected(t) || infinitive) return t;
    break;
  }
  const next = tokens.findIndex((t) => t.start >= q.end);
  if (next < 0) return null;
  for (let i = next; i < Math.min(tokens.length, next + 4); i++) {
    const t = tokens[i] as Token;
    if (t.kind === 'word' && isInflected(t) && PASSIVE.test(text.slice(q.end, t.start))) return t;
  }
  return null;
}

/** Find number discrepancies between counts of one event by different sources outside one group. */
export function compareEventCounts(ctx: DetectContext): Discrepancy[] {
  const events: EventFact<Quantity>[] = [];
  const scopes = new Map<EventFact<Quantity>, Quantity | null>();
  ctx.facts.forEach((f, claim) => {
    // A part ("3 of whom") is not the count of an event of its own.
    const counted = f.quantities.filter((q) => q.unit !== null && !q.tally && !q.part);
    if (counted.length === 0) return;
    const text = ctx.claims[claim]?.text ?? '';
    const tokens = tokenize(text);
    for (const q of counted) {
      if (RATE_AFTER.test(text.slice(q.end))) continue;
      const verb = countedBy(text, tokens, q);
      if (!verb) continue;
      const lemma = lemmatize(verb.norm);
      if (LIGHT.has(lemma) || SAYING.has(lemma)) continue;
      const unit = unitClass(q.unit) as string;
      const keys = verbKeys(lemma).map((k) => `${k}|${unit}`);
      if (keys.length === 0) continue;
      // The names before the verb: who did it ("Merrowlink cancelled 40 flights").
      const subjects = new Set(f.names.filter((n) => n.end <= verb.start).map((n) => n.key));
      const event = { claim, keys, context: subjects, value: q };
      scopes.set(event, countScope(text, q, f.quantities));
      events.push(event);
    }
  });
  // (A length is one kind of length: a depth is not a distance from the entrance.)
  const sameUnit = (a: Quantity, b: Quantity): boolean =>
    unitClass(a.unit) === unitClass(b.unit) && (a.dimension ?? null) === (b.dimension ?? null);
  const disagree = (a: Quantity, b: Quantity): boolean => !quantitiesAgree(a, b);
  // Counts by differently named doers are of different events; unnamed ones may be of one.
  // Counts over different sets ("in 89 games" / "in 19 appearances") are of different events.
  const sameDoers = (a: EventFact<Quantity>, b: EventFact<Quantity>): boolean =>
    (a.context.size === 0 || b.context.size === 0 || shareContext(a, b)) &&
    !slipApart(a.value, b.value) &&
    !otherScopes(scopes.get(a) ?? null, scopes.get(b) ?? null);
  return conflictingEvents(ctx, events, sameUnit, disagree, sameDoers).map((ms) => {
    // Only the values some other source has nothing to agree with are the evidence.
    const disputed = ms.filter((e) => ms.some((o) => o.claim !== e.claim && disagree(e.value, o.value)));
    const sides: RawSide[] = disputed.map((e) => ({
      claim: e.claim,
      value: e.value.display,
      start: e.value.start,
      end: e.value.end,
    }));
    const values = [...new Set(sides.map((s) => s.value.toLowerCase()))].join(', ');
    const exact = disputed.every((e) => !e.value.vague);
    return makeDiscrepancy(
      ctx,
      'number',
      exact ? 'high' : 'medium',
      sides,
      exact ? 0.6 : 0.45,
      `The sources give different counts of the same event: ${values}.`,
    );
  });
}
