/**
 * A person's (or an animal's) age given differently by two sources anywhere in the story: "Tavi, a
 * three-year-old female lynx" / "the four-year-old big cat, called Tavi", "Dana Holt, 34," /
 * "Dana Holt, 43,". An age belongs to the name nearest to it (within AGE_NAME_WINDOW words, the
 * earlier one on a tie); "Name, 34," and "Name, who is three," are ages too. Ages of one name by
 * different sources that differ are a number discrepancy, unless a source gives both (see
 * event-links.ts).
 */
import type { Discrepancy } from '../model/analysis';
import type { NameMention } from '../text/names';
import { tokenize, type Token } from '../text/normalize';
import type { Quantity } from '../text/numbers';
import { makeDiscrepancy, type DetectContext, type RawSide } from './context';
import { conflictingEvents, type EventFact } from './event-links';

/** Words between an age and the name it belongs to, at most. */
export const AGE_NAME_WINDOW = 6;
/** "Dana Holt, 34," / "Tavi, who is three," / "Dana Holt, aged 34,": an age right after a name. */
const AFTER_NAME = /,\s*(?:who\s+is\s+|aged\s+)?$/i;

/** The name an age belongs to, or null. */
function ageOwner(
  text: string,
  tokens: readonly Token[],
  q: Quantity,
  names: readonly NameMention[],
): NameMention | null {
  if (q.unit === null) {
    if (q.low !== q.high || !Number.isInteger(q.low) || q.low < 1 || q.low > 120) return null;
    if (!/^\s*[,)]/.test(text.slice(q.end))) return null;
    const before = names.filter((n) => n.end <= q.start && AFTER_NAME.test(text.slice(n.end, q.start)));
    return before.length > 0 ? (before[before.length - 1] as NameMention) : null;
  }
  if (q.unit !== 'year-old') return null;
  const index = (offset: number): number => tokens.findIndex((t) => t.end >= offset);
  const at = index(q.start);
  let best: NameMention | null = null;
  let bestDistance = Infinity;
  for (const n of names) {
    const distance = n.end <= q.start ? at - index(n.end) - 1 : index(n.start) - index(q.end) - 1;
    if (distance <= AGE_NAME_WINDOW && distance < bestDistance) {
      best = n;
      bestDistance = distance;
    }
  }
  return best;
}

/** Find ages of one name that differ between sources. */
export function compareAges(ctx: DetectContext): Discrepancy[] {
  const ages: EventFact<Quantity>[] = [];
  ctx.facts.forEach((f, claim) => {
    if (f.names.length === 0) return;
    const text = ctx.claims[claim]?.text ?? '';
    const tokens = tokenize(text);
    for (const q of f.quantities) {
      if (q.unit !== null && q.unit !== 'year-old') continue;
      const owner = ageOwner(text, tokens, q, f.names);
      if (owner) ages.push({ claim, keys: [`age:${owner.key}`], context: new Set(), value: q });
    }
  });
  const always = (): boolean => true;
  const differ = (a: Quantity, b: Quantity): boolean => a.low !== b.low;
  // In groups too: the in-group number comparison leaves bare numbers ("Fairlie, 61,") alone.
  return conflictingEvents(ctx, ages, always, differ, always, true).map((ms) => {
    const sides: RawSide[] = ms.map((e) => ({
      claim: e.claim,
      value: e.value.display,
      start: e.value.start,
      end: e.value.end,
    }));
    return makeDiscrepancy(
      ctx,
      'number',
      'medium',
      sides,
      0.55,
      'The sources give the same one different ages.',
    );
  });
}
