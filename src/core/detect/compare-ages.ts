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
  const gender = claimGender(ctx);
  const onePerson = (a: EventFact<Quantity>, b: EventFact<Quantity>): boolean => {
    const x = gender(a.claim);
    const y = gender(b.claim);
    return x === null || y === null || x === y;
  };
  // In groups too: the in-group number comparison leaves bare numbers ("Fairlie, 61,") alone.
  return conflictingEvents(ctx, ages, always, differ, onePerson, true).map((ms) => {
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

/**
 * Whether a claim speaks of a woman ("she", "her") or of a man ("he", "his"), or null when it uses
 * neither or both: "The 35-year-old … said she felt" and "The 33-year-old … defending his title"
 * give the ages of two people. One cache per analysis.
 */
export function claimGender(ctx: DetectContext): (claim: number) => 'f' | 'm' | null {
  const known = new Map<number, 'f' | 'm' | null>();
  return (claim) => {
    let g = known.get(claim);
    if (g === undefined) {
      const words = new Set(tokenize(ctx.claims[claim]?.text ?? '').map((t) => t.norm));
      const female = FEMALE.some((w) => words.has(w));
      const male = MALE.some((w) => words.has(w));
      g = female === male ? null : female ? 'f' : 'm';
      known.set(claim, g);
    }
    return g;
  };
}
const FEMALE = ['she', 'her', 'hers', 'herself'];
const MALE = ['he', 'him', 'his', 'himself'];
