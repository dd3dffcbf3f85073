/**
 * Recipient discrepancies: within a group, one payment or award given to different named people
 * ("offered to pay farmer Gethin Rowse for the dead lambs" / "would compensate smallholder Dilys
 * Parr for the loss of her lambs"). A recipient is a name right after a verb of giving, with at
 * most a role noun between ("farmer", "the family of"); a group whose sources name different
 * recipients, no source naming two, is an `actor` discrepancy (who gets it, rather than who does
 * it).
 */
import type { Discrepancy } from '../model/analysis';
import { lemmatize } from '../text/lexicon';
import { tokenize, type Token } from '../text/normalize';
import { isPersonNoun } from './action-words';
import { makeDiscrepancy, type DetectContext, type RawSide } from './context';

/** Verbs whose object is who receives something: English, not any story's words. */
const GIVING = new Set([
  'pay',
  'compensate',
  'reimburse',
  'refund',
  'award',
  'give',
  'grant',
  'donate',
  'hand',
  'offer',
  'present',
]);
/** Words allowed between the verb and the recipient's name: determiners and role nouns. */
const ROLE_GAP = 2;

/** A named recipient: where it is, and its name key. */
interface Recipient {
  readonly side: RawSide;
  readonly key: string;
}

/** The named recipient of a verb of giving in a claim; null when none. */
function recipientOf(ctx: DetectContext, claim: number): Recipient | null {
  const text = ctx.claims[claim]?.text ?? '';
  const names = ctx.facts[claim]?.names ?? [];
  if (names.length === 0) return null;
  const tokens = tokenize(text);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (t.kind !== 'word' || t.capitalised || !GIVING.has(lemmatize(t.norm))) continue;
    for (let k = i + 1; k < tokens.length && k <= i + 1 + ROLE_GAP; k++) {
      const next = tokens[k] as Token;
      const name = names.find((n) => n.start === next.start);
      if (name) return { side: { claim, value: name.text, start: name.start, end: name.end }, key: name.key };
      if (!/^(the|a|an)$/.test(next.norm) && !isPersonNoun(lemmatize(next.norm))) break;
    }
  }
  return null;
}

/** Find groups whose sources name different recipients of one payment. */
export function compareRecipients(ctx: DetectContext): Discrepancy[] {
  const byGroup = new Map<number, Recipient[]>();
  ctx.facts.forEach((_, claim) => {
    const group = ctx.groupOf.get(claim);
    const r = group === undefined ? null : recipientOf(ctx, claim);
    if (group === undefined || !r) return;
    byGroup.set(group, [...(byGroup.get(group) ?? []), r]);
  });
  const article = (r: Recipient): string => ctx.claims[r.side.claim]?.articleId ?? '';
  const out: Discrepancy[] = [];
  for (const list of byGroup.values()) {
    const keysByArticle = new Map<string, Set<string>>();
    for (const r of list)
      keysByArticle.set(article(r), (keysByArticle.get(article(r)) ?? new Set()).add(r.key));
    // One recipient per source, and at least two different ones.
    if (keysByArticle.size < 2 || [...keysByArticle.values()].some((k) => k.size > 1)) continue;
    if (new Set(list.map((r) => r.key)).size < 2) continue;
    const sides = list.map((r) => r.side);
    out.push(makeDiscrepancy(ctx, 'actor', 'medium', sides, 0.5, 'The sources name different recipients.'));
  }
  return out;
}
