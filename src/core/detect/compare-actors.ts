/**
 * Actor discrepancies: within a group, the same (or a synonymous) action done by different agents
 * ("the police made the arrest" / "federal agents made the arrest"). Actions come from
 * find-actions.ts; same actions are joined with union-find (one verb, near-synonymous verbs by
 * Wu–Palmer relatedness, or the same object done by unnamed agents), and a component whose agents
 * differ between sources is a discrepancy.
 */
import type { Discrepancy } from '../model/analysis';
import { wordRelatedness } from '../text/lexicon';
import { editDistance } from './compare-names';
import { Components, makeDiscrepancy, type DetectContext, type RawSide } from './context';
import { actionsOf, isPersonNoun, type Action } from './find-actions';

/** Verbs this related (Wu–Palmer) are the same action: 0.5 joins "obtain"/"recover" (0.5) and "arrest"/"detain", not "obtain"/"destroy". */
export const SAME_ACTION = 0.5;

const sameAgentKey = (a: string, b: string): boolean => {
  if (a === b) return true;
  const x = a.split(' ');
  const y = b.split(' ');
  // Same surname: a first-name variant is a name discrepancy, not another actor.
  if (x.length > 1 && y.length > 1 && x[x.length - 1] === y[y.length - 1]) return true;
  // Synonyms or near-synonyms ("strike"/"walkout") are one agent.
  if (x.length === 1 && y.length === 1 && wordRelatedness(a, b) >= SAME_ACTION) return true;
  // A body and its members ("council"/"councillors", "police"/"policemen"): the same side.
  const hx = x[x.length - 1] ?? '';
  const hy = y[y.length - 1] ?? '';
  if (Math.min(hx.length, hy.length) >= 5 && (hx.startsWith(hy) || hy.startsWith(hx))) return true;
  // A spelling variant is a spelling note, not another actor.
  if (Math.min(a.length, b.length) >= 5 && editDistance(a, b, 2) <= 2) return true;
  return x.every((w) => y.includes(w)) || y.every((w) => x.includes(w));
};

/** A singular person noun ("the former president") may be the named person: not a different agent. */
const isRole = (a: Action): boolean =>
  !a.named && !/s$/.test(a.agentText) && isPersonNoun(a.agent.split(' ').pop() ?? '');

/** Whether two actions have the same agent, or agents that cannot be told apart. */
const sameAgent = (a: Action, b: Action): boolean =>
  sameAgentKey(a.agent, b.agent) || (a.named && isRole(b)) || (b.named && isRole(a));

/**
 * Find actor discrepancies within groups: actions of different sources that are the same action
 * are joined (union-find); a component whose agents differ between sources is a discrepancy.
 */
export function compareActors(ctx: DetectContext): Discrepancy[] {
  const byGroup = new Map<number, number[]>();
  for (const [c, g] of ctx.groupOf) byGroup.set(g, [...(byGroup.get(g) ?? []), c]);
  const out: Discrepancy[] = [];
  for (const members of byGroup.values()) {
    const actions = members.flatMap((c) => actionsOf(ctx, c));
    const article = (a: Action): string => ctx.claims[a.claim]?.articleId ?? '';
    const comp = new Components(actions.length);
    // Link through buckets (linear in the actions): one verb; one object done by unnamed agents;
    // then near-synonymous verbs, compared once per pair of distinct verbs.
    const firstOf = new Map<string, number>();
    const link = (key: string, i: number): void => {
      const first = firstOf.get(key);
      if (first === undefined) firstOf.set(key, i);
      else comp.union(first, i);
    };
    actions.forEach((a, i) => {
      link(`v:${a.verb}`, i);
      if (a.object !== null && !a.named) link(`o:${a.object}`, i);
    });
    // Near-synonymous verbs, once per pair of distinct verbs, only when two sources use them.
    const articlesOfVerb = new Map<string, Map<string, number>>();
    actions.forEach((a, i) => {
      const byArticle = articlesOfVerb.get(a.verb) ?? new Map<string, number>();
      if (!byArticle.has(article(a))) byArticle.set(article(a), i);
      articlesOfVerb.set(a.verb, byArticle);
    });
    const verbs = [...articlesOfVerb.keys()];
    for (let x = 0; x < verbs.length; x++)
      for (let y = x + 1; y < verbs.length; y++) {
        const ax = articlesOfVerb.get(verbs[x] as string) as Map<string, number>;
        const ay = articlesOfVerb.get(verbs[y] as string) as Map<string, number>;
        const cross = [...ax].find(([art]) => [...ay.keys()].some((o) => o !== art));
        if (!cross || wordRelatedness(verbs[x] as string, verbs[y] as string) < SAME_ACTION) continue;
        const other = [...ay].find(([art]) => art !== cross[0]) as [string, number];
        comp.union(cross[1], other[1]);
      }
    for (const ids of comp.groups()) {
      const same = ids.map((i) => actions[i] as Action);
      // Distinct agents with the sources that name them: compared once per pair of agents.
      const agents = new Map<string, { action: Action; articles: Set<string> }>();
      for (const b of same) {
        const entry = agents.get(b.agent) ?? { action: b, articles: new Set<string>() };
        entry.articles.add(article(b));
        agents.set(b.agent, entry);
      }
      const list = [...agents.values()];
      const conflict = list.some((x, i) =>
        list.some(
          (y, j) =>
            j > i &&
            [...x.articles].some((ax) => [...y.articles].some((ay) => ax !== ay)) &&
            !sameAgent(x.action, y.action),
        ),
      );
      if (!conflict) continue;
      // Agents that cannot be told apart show one value (the shortest wording), so a summary
      // reads "the agency (A, C) · investigators (B)", not three different agents.
      const shown = (b: Action): string =>
        same
          .filter((o) => o === b || sameAgent(o, b))
          .map((o) => o.agentText)
          .reduce((x, y) => (y.length < x.length ? y : x));
      const sides: RawSide[] = same.map((b) => ({
        claim: b.claim,
        value: shown(b),
        start: b.start,
        end: b.end,
      }));
      out.push(
        makeDiscrepancy(
          ctx,
          'actor',
          'high',
          sides,
          0.6,
          `Different agents for the same action (${[...new Set(same.map((b) => b.verb))].join('/')}).`,
        ),
      );
    }
  }
  return out;
}
