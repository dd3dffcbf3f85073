/**
 * Claims of being first. A story has one first report: "The theft was first reported by the
 * Tremarth Packet" and "News of the raid was first broken by Peninsula Daily" disagree wherever in
 * their texts they say so, grouped or not. Likewise one party can be the first to do a thing:
 * "Nordvik Bank was the first to say it would pass the full cut on" and "Sparebank Veld was the
 * first to announce that it would pass the whole cut on" name different actors for one first.
 */
import type { Discrepancy } from '../model/analysis';
import { isStopword, tokenize } from '../text/normalize';
import { stem } from '../text/stem';
import { distinctLists, makeDiscrepancy, sourcesDisagree, type DetectContext, type RawSide } from './context';
import { sameParty } from './same-source';

/** "X was the first to …", "X became the first bank to …". */
const FIRST_TO =
  /\b(?:was|were|is|are|became|becomes|has been|had been)\s+the\s+first\s+(?:[\p{L}-]+\s+){0,3}?to\s+/iu;
/** Content words of the two "first to" claims that must be shared for them to be one first. */
export const MIN_SHARED_FIRST_WORDS = 2;

/** Attribution discrepancies between sources that credit different parties with first reporting. */
export function compareFirstReports(ctx: DetectContext): Discrepancy[] {
  const sides: RawSide[] = [];
  const byArticle = new Map<string, string[]>();
  ctx.facts.forEach((f, claim) => {
    for (const a of f.attributions) {
      if (!a.first) continue;
      const article = ctx.claims[claim]?.articleId ?? '';
      const list = byArticle.get(article);
      if (list) list.push(a.party);
      else byArticle.set(article, [a.party]);
      sides.push({ claim, value: a.display, start: a.start, end: a.end });
    }
  });
  if (byArticle.size < 2) return [];
  const lists = distinctLists([...byArticle.values()], (p) => p);
  if (!sourcesDisagree(lists, sameParty)) return [];
  return [
    makeDiscrepancy(
      ctx,
      'attribution',
      'medium',
      sides,
      0.6,
      'The sources credit different outlets or people with first reporting it.',
    ),
  ];
}

/**
 * Actor discrepancies between sources naming different parties as the first to do one thing: the
 * subject is the name the sentence opens with; the thing is the content words after "to", and
 * two firsts are one when they share MIN_SHARED_FIRST_WORDS of them.
 */
export function compareFirstActors(ctx: DetectContext): Discrepancy[] {
  const firsts: Array<{ article: string; party: string; words: Set<string>; side: RawSide }> = [];
  ctx.facts.forEach((f, claim) => {
    const text = ctx.claims[claim]?.text ?? '';
    const m = FIRST_TO.exec(text);
    if (!m) return;
    const subject = f.names.find((n) => n.end <= (m.index ?? 0) && text.slice(0, n.start).trim() === '');
    if (!subject) return;
    const words = new Set(
      tokenize(text.slice((m.index ?? 0) + m[0].length))
        .filter((t) => t.kind === 'word' && !isStopword(t.norm))
        .map((t) => stem(t.norm)),
    );
    firsts.push({
      article: ctx.claims[claim]?.articleId ?? '',
      party: subject.key,
      words,
      side: { claim, value: subject.text, start: subject.start, end: subject.end },
    });
  });
  const out: Discrepancy[] = [];
  const used = new Set<number>();
  firsts.forEach((a, i) => {
    if (used.has(i)) return;
    // The firsts of one thing: this one and the unused others sharing enough of its words.
    const ids = [i];
    firsts.forEach((b, j) => {
      if (
        j !== i &&
        !used.has(j) &&
        [...a.words].filter((w) => b.words.has(w)).length >= MIN_SHARED_FIRST_WORDS
      )
        ids.push(j);
    });
    const members = ids.map((k) => firsts[k] as (typeof firsts)[number]);
    const parties = new Map<string, string[]>();
    for (const x of members) parties.set(x.article, [...(parties.get(x.article) ?? []), x.party]);
    if (parties.size < 2 || !sourcesDisagree([...parties.values()], sameParty)) return;
    for (const k of ids) used.add(k);
    out.push(
      makeDiscrepancy(
        ctx,
        'actor',
        'medium',
        members.map((x) => x.side),
        0.6,
        'The sources name different parties as the first to do it.',
      ),
    );
  });
  return out;
}
