/**
 * Attribution discrepancies: claims that report the same statement (one claim group, or one quote
 * matched across sources by compare-quotes.ts) but credit it to different sources or say it was
 * told to different people or outlets.
 */
import { PAIR_FLOOR } from '../align/pair-leftovers';
import { dot, type SparseVector } from '../align/sparse-vectors';
import type { Discrepancy } from '../model/analysis';
import { nameKey } from '../text/name-keys';
import { isStopword, tokenize } from '../text/normalize';
import { stem } from '../text/stem';
import { quantitiesAgree } from '../text/quantity-compare';
import type { QFact } from './quote-diff';
import {
  Components,
  distinctLists,
  makeDiscrepancy,
  sourcesDisagree,
  type DetectContext,
  type RawSide,
} from './context';
import type { Attribution } from './find-attributions';
import { maySameSource, sameParty } from './same-source';
import { bodiesOf, holdsPost } from './person-posts';
import { isKindOf } from '../text/lexicon';

/**
 * Whether the claims crediting different sources can be one statement. A group can hold sentences
 * that report different statements of one event ("No vehicles were on the stretch, police said" /
 * "The company said it had complied"); when every source is a plain "X said" and no quote joins
 * them, two of the claims from different articles must be as close as two reports of one fact
 * (PAIR_FLOOR, the similarity at which leftover sentences are paired as one fact).
 */
function oneStatement(ctx: DetectContext, members: readonly number[]): boolean {
  const credited = members.filter((c) => (ctx.facts[c]?.attributions ?? []).some((a) => a.role === 'source'));
  const plain = credited.every(
    (c) =>
      (ctx.facts[c]?.quotes.length ?? 0) === 0 &&
      (ctx.facts[c]?.attributions ?? []).every((a) => a.role !== 'source' || a.relation === 'said'),
  );
  if (!plain) {
    // Quotes credited to different speakers are one statement only when two articles quote one
    // utterance ("For me, not so much," Djokovic said / "I did my best," Murray said: two).
    const quoted = credited.filter((c) => (ctx.facts[c]?.quotes.length ?? 0) > 0);
    if (quoted.length < credited.length) return true;
    const stems = new Map(quoted.map((c) => [c, quotedStems(ctx, c)]));
    return quoted.some((a) =>
      quoted.some(
        (b) =>
          ctx.claims[a]?.articleId !== ctx.claims[b]?.articleId &&
          oneUtterance(stems.get(a) as Set<string>, stems.get(b) as Set<string>),
      ),
    );
  }
  return credited.some((a) =>
    credited.some(
      (b) =>
        ctx.claims[a]?.articleId !== ctx.claims[b]?.articleId &&
        dot(ctx.vectors[a] ?? EMPTY, ctx.vectors[b] ?? EMPTY) >= PAIR_FLOOR,
    ),
  );
}
const EMPTY: SparseVector = new Map();

/** Content stems of a claim's quotes. */
function quotedStems(ctx: DetectContext, claim: number): Set<string> {
  const out = new Set<string>();
  for (const q of ctx.facts[claim]?.quotes ?? [])
    for (const t of tokenize(q.text))
      if (t.kind === 'word' && t.norm.length > 1 && !isStopword(t.norm)) out.add(stem(t.norm));
  return out;
}

/** Whether two claims' quotes (their content stems) are one utterance: at least two and half the shorter shared. */
function oneUtterance(x: ReadonlySet<string>, y: ReadonlySet<string>): boolean {
  const [small, large] = x.size <= y.size ? [x, y] : [y, x];
  let shared = 0;
  for (const w of small) if (large.has(w)) shared++;
  return shared >= 2 && shared * 2 >= small.size;
}

/**
 * Whether a named person the story gives a post ("Managing director Larry Finlay") may be the
 * voice of an unnamed body another source credits ("the firm says", "his publisher said"): people
 * with posts speak for their bodies.
 */
function speaksForBody(ctx: DetectContext, person: Attribution, body: Attribution): boolean {
  if (person.role !== 'source' || body.role !== 'source' || !person.named || body.named) return false;
  const head = body.party.split(' ').pop() ?? '';
  return isBodyNoun(head) && holdsPost(ctx, person.party);
}

/**
 * Whether a named person speaks for a named body the story gives them a post at ("Intuitive Machines
 * CEO Steve Altemus said" / "Intuitive Machines officials said").
 */
function speaksForNamedBody(ctx: DetectContext, person: Attribution, body: Attribution): boolean {
  if (person.role !== 'source' || body.role !== 'source' || !person.named || !body.named) return false;
  const bodies = bodiesOf(ctx);
  for (const [key, keys] of bodies)
    if (
      (key === person.party || key.endsWith(` ${person.party}`)) &&
      [...keys].some((k) => body.party.startsWith(k))
    )
      return true;
  return false;
}

/** Nouns of organisations ("firm", "company", "publisher", "club", "council"). */
const isBodyNoun = (head: string): boolean =>
  ['organization', 'business', 'institution'].some((kind) => isKindOf(head, kind));

/**
 * Whether two claims give different figures for the same unit ("the Interior Ministry said about
 * 1,200 people had been injured" / "the minister said more than 520 people were injured"): two
 * statements, each credited rightly; the figures are the number discrepancy.
 */
function otherFigures(ctx: DetectContext, a: number | undefined, b: number | undefined): boolean {
  if (a === undefined || b === undefined || a === b) return false;
  const exact = (c: number) => (ctx.facts[c]?.quantities ?? []).filter((q) => !q.vague && q.unit !== null);
  const qa = exact(a);
  const qb = exact(b);
  const units = new Set(qa.map((q) => q.unit));
  const shared = [...new Set(qb.map((q) => q.unit))].filter((u) => units.has(u));
  return shared.some(
    (u) => !qa.some((x) => x.unit === u && qb.some((y) => y.unit === u && quantitiesAgree(x, y))),
  );
}

/**
 * Attribution discrepancies: claims that report the same statement (one group, or one quote) but
 * name different sources ("according to the operator" / "the council said") or different
 * recipients ("told CNN" / "revealed to Axios"). Every attribution of those claims is a side.
 */
export function compareAttributions(
  ctx: DetectContext,
  quoteComp: Components,
  quotes: readonly QFact[],
  oneUtterance: (a: QFact, b: QFact) => boolean = () => true,
): Discrepancy[] {
  // Claims that both quote, but nothing one and the same: two utterances, each said where and to
  // whom its source says ("told The Art Newspaper" one remark / "said at the press conference"
  // another), though a third quote joins them in one component.
  const quotesOf = new Map<number, QFact[]>();
  for (const q of quotes) quotesOf.set(q.claim, [...(quotesOf.get(q.claim) ?? []), q]);
  const otherUtterances = (a: number | undefined, b: number | undefined): boolean => {
    const qa = a === undefined ? undefined : quotesOf.get(a);
    const qb = b === undefined ? undefined : quotesOf.get(b);
    return qa !== undefined && qb !== undefined && !qa.some((x) => qb.some((y) => oneUtterance(x, y)));
  };
  const comp = new Components(ctx.claims.length);
  const firstOfGroup = new Map<number, number>();
  for (const [c, g] of ctx.groupOf) {
    const first = firstOfGroup.get(g);
    if (first === undefined) firstOfGroup.set(g, c);
    else comp.union(first, c);
  }
  quotes.forEach((q, i) => {
    const root = quotes[quoteComp.find(i)] as QFact;
    comp.union(root.claim, q.claim);
  });
  const out: Discrepancy[] = [];
  for (const members of comp.groups()) {
    const sides: (RawSide & { role: Attribution['role'] })[] = [];
    const claimOf = new Map<Attribution, number>();
    const byRole = { source: new Map<string, Attribution[]>(), recipient: new Map<string, Attribution[]>() };
    for (const c of members)
      for (const a of ctx.facts[c]?.attributions ?? []) {
        const article = ctx.claims[c]?.articleId ?? '';
        const map = byRole[a.role];
        map.set(article, [...(map.get(article) ?? []), a]);
        claimOf.set(a, c);
        sides.push({ claim: c, value: a.display, start: a.start, end: a.end, role: a.role });
      }
    const conflict = (map: Map<string, Attribution[]>): boolean =>
      sourcesDisagree(
        distinctLists([...map.values()], (a) => `${a.named ? 'n' : 'p'}|${a.party}`),
        (a, b) =>
          maySameSource(a, b) ||
          speaksForBody(ctx, a, b) ||
          speaksForBody(ctx, b, a) ||
          speaksForNamedBody(ctx, a, b) ||
          speaksForNamedBody(ctx, b, a) ||
          otherFigures(ctx, claimOf.get(a), claimOf.get(b)) ||
          otherUtterances(claimOf.get(a), claimOf.get(b)),
      );
    // A statement reaches every outlet: an outlet's own "told Spokewise" agrees with another
    // source's "said in a statement" (a statement set against a third outlet still disagrees).
    const statement = [...byRole.recipient.values()].some((as) => as.some((a) => a.relation === 'in'));
    if (statement)
      for (const [article, as] of byRole.recipient) {
        const outlet = ctx.articles.get(article)?.source;
        const own = outlet ? as.filter((a) => sameParty(a.party, nameKey(outlet))) : [];
        const rest = as.filter((a) => !own.includes(a));
        if (own.length === 0) continue;
        if (rest.length > 0) byRole.recipient.set(article, rest);
        else byRole.recipient.delete(article);
      }
    const sourceConflict = conflict(byRole.source) && oneStatement(ctx, members);
    const recipientConflict = conflict(byRole.recipient);
    if (!sourceConflict && !recipientConflict) continue;
    // A role whose attributions all agree is no side of the dispute ("said at a rally" beside sources
    // that disagree on who reported it), unless it qualifies a disputed one in the same claim
    // ("reported by Ms Haberman … revealed in an interview with Axios").
    const disputed = (s: (typeof sides)[number]): boolean =>
      s.role === 'source' ? sourceConflict : recipientConflict;
    const qualified = new Set(sides.filter(disputed).map((s) => s.claim));
    const shown = sides.filter((s) => disputed(s) || qualified.has(s.claim));
    out.push(
      makeDiscrepancy(
        ctx,
        'attribution',
        'medium',
        shown,
        0.65,
        sourceConflict
          ? 'The sources credit different people or bodies with the information.'
          : 'The sources name different outlets or people as the one it was said to.',
      ),
    );
  }
  return out;
}
