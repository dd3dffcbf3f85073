/**
 * The title or post a source gives a named person: "Detective Chief Inspector Alan Roskilly" vs
 * "Detective Inspector Alan Roskilly", "Deputy governor Tomas Brekke" vs "the bank's chief
 * economist Tomas Brekke". Roles are read by person-posts.ts. Two sources disagree on a person's role when their
 * head nouns are unrelated posts ("governor" / "economist", Wu–Palmer below ROLE_RELATEDNESS) or
 * the same post at another rank ("chief inspector" / "inspector"). Generic heads ("leader",
 * "official") say nothing about the post and are not compared, nor is a post held before ("former").
 * A source may give several posts ("founder and chief executive"): posts one source gives together
 * are one person's, so naming either agrees.
 * A low-severity `name` discrepancy, as the issue asks for titles and names.
 */
import type { Discrepancy } from '../model/analysis';
import { wordRelatedness } from '../text/lexicon';
import { makeDiscrepancy, sourcesDisagree, type DetectContext, type RawSide } from './context';
import { mentionRoles, type Role } from './person-posts';
import { AFFILIATIONS, SERVICE_RANKS } from './role-words';

/** Heads at least this related (Wu–Palmer) are one post said two ways ("reporter" / "correspondent": 0.86). */
export const ROLE_RELATEDNESS = 0.8;

/** One post said two ways: the same head or close ones, but never two ranks of a service. */
const sameHead = (a: string, b: string): boolean =>
  a === b || (!(SERVICE_RANKS.has(a) && SERVICE_RANKS.has(b)) && wordRelatedness(a, b) >= ROLE_RELATEDNESS);

const sameRole = (a: Role, b: Role): boolean =>
  sameHead(a.head, b.head) &&
  a.ranks.size === b.ranks.size &&
  [...a.ranks].every((r) => b.ranks.has(r)) &&
  (a.qualifiers.size === 0 || b.qualifiers.size === 0 || [...a.qualifiers].some((q) => b.qualifiers.has(q)));

/** Name discrepancies: sources that give one named person different posts. */
export function compareRoles(ctx: DetectContext): Discrepancy[] {
  // person key → article → roles with their sides
  // (a generic head is compared only with the same head: "leader" / "deputy leader")
  const people = new Map<string, Map<string, Array<{ role: Role; side: RawSide }>>>();
  // person key → the posts some source gives together ("founder and chief executive"): one
  // person holds them all, so a source naming one of them agrees with one naming another.
  const together = new Map<string, Role[][]>();
  for (const { claim, name: n, roles } of mentionRoles(ctx)) {
    const text = ctx.claims[claim]?.text ?? '';
    if (roles.length > 1) together.set(n.key, [...(together.get(n.key) ?? []), [...roles]]);
    for (const role of roles) {
      const article = ctx.claims[claim]?.articleId ?? '';
      // A generic head is compared only with the same head, an affiliation only with affiliations.
      const key = role.generic
        ? `${n.key}|${role.head}`
        : AFFILIATIONS.has(role.head)
          ? `${n.key}|affiliation`
          : n.key;
      const byArticle = people.get(key) ?? new Map<string, Array<{ role: Role; side: RawSide }>>();
      people.set(key, byArticle);
      const start = Math.min(role.start, n.start);
      const end = Math.max(role.end, n.end);
      byArticle.set(article, [
        ...(byArticle.get(article) ?? []),
        { role, side: { claim, value: text.slice(start, end), start, end } },
      ]);
    }
  }
  const out: Discrepancy[] = [];
  for (const [key, byArticle] of people) {
    const lists = [...byArticle.values()];
    if (lists.length < 2) continue;
    const sets = together.get(key) ?? [];
    const held = (a: Role, b: Role): boolean =>
      sameRole(a, b) ||
      sets.some((set) => set.some((x) => sameRole(x, a)) && set.some((y) => sameRole(y, b)));
    // Two sources disagree when none of one's roles is one of the other's (a source may give two).
    if (!sourcesDisagree(lists, (a, b) => held(a.role, b.role))) continue;
    out.push(
      makeDiscrepancy(
        ctx,
        'name',
        'low',
        lists.flatMap((l) => l.map((r) => r.side)),
        0.55,
        'The sources give the person a different title or post.',
      ),
    );
  }
  return out;
}
