/**
 * Actor discrepancies: within a group, the same (or a synonymous) action done by different agents
 * ("the police made the arrest" / "federal agents made the arrest"). Actions come from
 * find-actions.ts; same actions are joined with union-find (one verb, near-synonymous verbs by
 * Wu–Palmer relatedness, or one object, whatever the verbs: "Firefighters freed a teaching
 * assistant" / "Caretaker Dennis Mould pulled teaching assistant Lorna Birtwhistle free"), and a
 * component whose agents differ between sources is a discrepancy. Joining named agents by their
 * object too was measured on 20 stories: recall 0.89 → 0.90, precision unchanged (0.97).
 */
import type { Discrepancy } from '../model/analysis';
import { sameNation } from '../text/demonyms';
import { lemmatize, wordRelatedness } from '../text/lexicon';
import { tokenize } from '../text/normalize';
import { Components, makeDiscrepancy, sourcesDisagree, type DetectContext, type RawSide } from './context';
import { isAbstract, isThingFirst } from './action-words';
import { actionsOf, type Action } from './find-actions';
import { roleOwners } from './person-posts';
import { BENCH, COURTS, isRole, SAME_ACTION, sameAgent, sameAgentKey } from './same-agent';

/**
 * Verbs this related are the same action whatever their objects. WordNet's verb hierarchies are
 * shallow, so loosely related verbs score 0.6 ("rule"/"vow" 0.62, "offer"/"hold" 0.63): measured on
 * the ten gold stories, 0.5 alone flagged "an independent tribunal ruled" against "she has vowed"
 * (discrepancy precision 0.92); with this rule 0.95 at the same recall. Raised from 0.75 to 0.8
 * on 52 stories: "conducted by a law firm" / "hired by the Board of Regents" (0.77) are no longer
 * one action; two false positives fewer, no discrepancy lost. Then above 0.8: "the term sought by
 * prosecutors" / "the murderer has returned to prison" (0.80); one false positive fewer on the 52
 * stories and one on the fourth real batch, no discrepancy lost.
 */
export const SAME_ACTION_ALONE = 0.81;

/**
 * A head of state's or government's post before a name that ends the text, with the word before it
 * that names whose ("Greek prime minister Alexis Tsipras", "Turkey's President Erdogan"): that
 * word, or "" when none.
 */
const LEADER_POST =
  /(?:\b(\p{L}+)(?:['\u2019]s)?\s+)?(?:[Pp]rime\s+[Mm]inister|PRIME\s+MINISTER|[Pp]resident|PRESIDENT|[Pp]remier|[Cc]hancellor|[Kk]ing|[Qq]ueen)\s+(?:\p{Lu}[\p{L}.'-]*\s+){0,3}\p{Lu}[\p{L}.'-]*$/u;
/** Unnamed bodies a head of state or government acts for. */
const STATE_BODIES = new Set(['government', 'country', 'state', 'nation', 'administration', 'cabinet']);

/**
 * Find actor discrepancies within groups: actions of different sources that are the same action
 * are joined (union-find); a component whose agents differ between sources is a discrepancy.
 */
export function compareActors(ctx: DetectContext): Discrepancy[] {
  const byGroup = new Map<number, number[]>();
  for (const [c, g] of ctx.groupOf) {
    const list = byGroup.get(g);
    if (list) list.push(c);
    else byGroup.set(g, [c]);
  }
  const out: Discrepancy[] = [];
  for (const members of byGroup.values()) {
    const actions = members.flatMap((c) => actionsOf(ctx, c));
    const article = (a: Action): string => ctx.claims[a.claim]?.articleId ?? '';
    const comp = new Components(actions.length);
    // Link through buckets (linear in the actions): one verb; one object;
    // then near-synonymous verbs, compared once per pair of distinct verbs.
    const firstOf = new Map<string, number>();
    const link = (key: string, i: number): void => {
      const first = firstOf.get(key);
      if (first === undefined) firstOf.set(key, i);
      else comp.union(first, i);
    };
    actions.forEach((a, i) => {
      link(`v:${a.verb}`, i);
      // One thing done to, whatever the verbs; an abstract object ("urged all-out efforts" /
      // "suspended their efforts") says too little of what was done.
      if (a.object !== null && !isAbstract(a.object)) link(`o:${a.object}`, i);
      // One exact count of what was done to ("hoisted 27 people" / "rescued 27 residents").
      const count = objectCount(ctx, a);
      if (count !== null) link(`n:${count}`, i);
    });
    linkSynonymousVerbs(actions, article, comp);
    for (const ids of comp.groups()) {
      const d = actorDiscrepancy(
        ctx,
        ids.map((i) => actions[i] as Action),
        article,
      );
      if (d) out.push(d);
    }
  }
  return out;
}

/** The exact count (two or more) the claim gives of an action's object, or null. */
function objectCount(ctx: DetectContext, a: Action): number | null {
  if (a.object === null) return null;
  const q = ctx.facts[a.claim]?.quantities.find(
    (x) => x.unit === a.object && !x.vague && x.low === x.high && x.low >= 2 && !x.bound,
  );
  return q ? q.low : null;
}

/**
 * Near-synonymous verbs, once per pair of distinct verbs, only when two sources use them: the
 * first action of the first verb's article that the second verb's sources do not all share is
 * joined to the second verb's first action from another article. The verbs of a group are its
 * distinct lemmas (bounded by the vocabulary, not by the number of actions), and the relatedness
 * of a verb pair is cached by the lexicon.
 */
function linkSynonymousVerbs(
  actions: readonly Action[],
  article: (a: Action) => string,
  comp: Components,
): void {
  // verb → its first action per article, in order of first mention.
  const articlesOfVerb = new Map<string, Map<string, number>>();
  actions.forEach((a, i) => {
    let byArticle = articlesOfVerb.get(a.verb);
    if (!byArticle) {
      byArticle = new Map<string, number>();
      articlesOfVerb.set(a.verb, byArticle);
    }
    const art = article(a);
    if (!byArticle.has(art)) byArticle.set(art, i);
  });
  const verbs = [...articlesOfVerb.keys()];
  const entries = verbs.map((v) => [...(articlesOfVerb.get(v) as Map<string, number>)]);
  for (let x = 0; x < verbs.length; x++)
    for (let y = x + 1; y < verbs.length; y++) {
      const ax = entries[x] as Array<[string, number]>;
      const ay = entries[y] as Array<[string, number]>;
      // The first article of x for which y has an action from another article.
      const only = ay.length === 1 ? (ay[0] as [string, number])[0] : null;
      const cross = only === null ? ax[0] : ax.find(([art]) => art !== only);
      if (!cross) continue;
      const related = wordRelatedness(verbs[x] as string, verbs[y] as string);
      if (related < SAME_ACTION) continue;
      const other = ay.find(([art]) => art !== cross[0]) as [string, number];
      // Loosely related verbs ("rule"/"vow": 0.62) are one action only when done to one thing.
      const objectA = (actions[cross[1]] as Action).object;
      if (
        related < SAME_ACTION_ALONE &&
        (objectA === null || objectA !== (actions[other[1]] as Action).object)
      )
        continue;
      comp.union(cross[1], other[1]);
    }
}

/**
 * The discrepancy of one component of same actions, or null when its agents agree: two sources
 * disagree when none of one's agents can be any of the other's. Agents are gathered per distinct
 * key (one action standing for each), so the work grows with the distinct agents of each source,
 * not with the square of the component's actions.
 */
function actorDiscrepancy(
  ctx: DetectContext,
  same: readonly Action[],
  article: (a: Action) => string,
): Discrepancy | null {
  // Distinct agents with the sources that name them.
  const agents = new Map<string, { action: Action; articles: Set<string> }>();
  for (const b of same) {
    const entry = agents.get(b.agent) ?? { action: b, articles: new Set<string>() };
    entry.articles.add(article(b));
    agents.set(b.agent, entry);
  }
  const list = [...agents.values()];
  // Each source's agents against each other source's: a source that names the agent another
  // source names, too, agrees with it ("the company" in both, "engineers" in one as well).
  const bySource = new Map<string, Action[]>();
  for (const { action, articles } of list)
    for (const art of articles) bySource.set(art, [...(bySource.get(art) ?? []), action]);
  // "Harry Kane has completed his move to Bayern Munich" / "Bayern Munich have completed the signing
  // of Harry Kane": each source names the other's agent too, as the other party of one deal.
  const nameSets = new Map<number, Set<string>>();
  const names = (a: Action): Set<string> => {
    let set = nameSets.get(a.claim);
    if (!set) {
      set = new Set((ctx.facts[a.claim]?.names ?? []).map((n) => n.key));
      nameSets.set(a.claim, set);
    }
    return set;
  };
  const head = (a: Action): string => lemmatize(a.agent.split(' ').pop() ?? '');
  // The same for a thing that did it and a body ("Dart, launched by a SpaceX rocket, … under the
  // guidance of Nasa" / "NASA launched DART on SpaceX's Falcon 9 rocket"): each sentence has the
  // other's agent in it, one as the doer, one as its means.
  const wordSets = new Map<number, Set<string>>();
  const words = (a: Action): Set<string> => {
    let set = wordSets.get(a.claim);
    if (!set) {
      set = new Set(tokenize(ctx.claims[a.claim]?.text ?? '').map((t) => lemmatize(t.norm)));
      wordSets.set(a.claim, set);
    }
    return set;
  };
  const mentions = (a: Action, b: Action): boolean =>
    b.named ? names(a).has(b.agent) : isThingFirst(head(b)) && words(a).has(head(b));
  const parties = (a: Action, b: Action): boolean =>
    (a.named && b.named && names(b).has(a.agent) && names(a).has(b.agent)) ||
    ((!a.named || !b.named) && mentions(a, b) && mentions(b, a));
  // "The author … died" / "the best-selling writer died": posts the story gives one named person.
  const owners = roleOwners(ctx);
  const owner = (a: Action): string | undefined =>
    a.named ? a.agent : isRole(a) ? owners.get(head(a)) : undefined;
  // "the court returned its verdict" / "Masipa returned her verdict": the court rules through the
  // judge the story names ("Judge Thokozile Masipa", "trial judge Dana Holt").
  const judgeNamed = (key: string): boolean =>
    [...BENCH].some((post) => {
      const holder = owners.get(post);
      return holder !== undefined && sameAgentKey(holder, key);
    }) ||
    ctx.facts.some((f) =>
      f.names.some(
        (n) =>
          BENCH.has((n.text.split(/\s+/)[0] ?? '').toLowerCase()) &&
          (n.key === key || n.key.endsWith(` ${key}`)),
      ),
    );
  // (Read once per name: the story's names are scanned.)
  const benchCache = new Map<string, boolean>();
  const onBench = (key: string): boolean => {
    let known = benchCache.get(key);
    if (known === undefined) {
      known = judgeNamed(key);
      benchCache.set(key, known);
    }
    return known;
  };
  const courtsJudge = (court: Action, judge: Action): boolean =>
    !court.named && judge.named && COURTS.has(head(court)) && onBench(judge.agent);
  const oneOwner = (a: Action, b: Action): boolean => {
    const x = owner(a);
    const y = owner(b);
    if (x !== undefined && y !== undefined) return sameAgentKey(x, y);
    // "the author" / "the best-selling writer": one kind of person, said two ways.
    return isRole(a) && isRole(b) && wordRelatedness(head(a), head(b)) >= SAME_ACTION;
  };
  // "Greece declared three days of mourning" / "Greek prime minister Alexis Tsipras has declared":
  // a head of state or government acts for the government and for the country the post names.
  const leaderOf = (a: Action): string | null => {
    if (!a.named) return null;
    // The post before the name, or as its first words ("President Recep Tayyip Erdogan").
    const upTo = (ctx.claims[a.claim]?.text ?? '').slice(
      Math.max(0, a.start - 60),
      a.start + a.agentText.length,
    );
    const m = LEADER_POST.exec(upTo);
    return m ? (m[1] ?? '').toLowerCase() : null;
  };
  const forCountry = (leader: Action, other: Action): boolean => {
    const of = leaderOf(leader);
    if (of === null) return false;
    if (!other.named) return STATE_BODIES.has(head(other));
    const country = other.agent.split(' ')[0] ?? '';
    return sameNation(of, country);
  };
  if (
    !sourcesDisagree(
      [...bySource.values()],
      (a, b) =>
        sameAgent(a, b) ||
        parties(a, b) ||
        oneOwner(a, b) ||
        forCountry(a, b) ||
        forCountry(b, a) ||
        courtsJudge(a, b) ||
        courtsJudge(b, a),
    )
  )
    return null;
  // Agents that cannot be told apart show one value (the shortest wording, the first of equal
  // length), so a summary reads "the agency (A, C) · investigators (B)", not three different
  // agents. sameAgent looks only at agent, agentText and named: one class per such wording.
  const classOf = new Map<string, number>();
  const reps: Action[] = [];
  const cls = same.map((b) => {
    const key = `${b.named ? 1 : 0}|${b.agent}|${b.agentText}`;
    let c = classOf.get(key);
    if (c === undefined) {
      c = reps.length;
      classOf.set(key, c);
      reps.push(b);
    }
    return c;
  });
  const shownOf = reps.map((b) => {
    let best: string | null = null;
    for (const o of reps)
      if ((o === b || sameAgent(o, b)) && (best === null || o.agentText.length < best.length))
        best = o.agentText;
    return best as string;
  });
  const sides: RawSide[] = same.map((b, i) => ({
    claim: b.claim,
    value: shownOf[cls[i] as number] as string,
    start: b.start,
    end: b.end,
  }));
  // Agents linked only through one another ("Kessaran kings" ~ "kings" ~ "the kings of Kessara")
  // can all show one wording: then no source names a different agent.
  if (new Set(sides.map((s) => s.value.toLowerCase())).size < 2) return null;
  return makeDiscrepancy(
    ctx,
    'actor',
    'high',
    sides,
    0.6,
    `Different agents for the same action (${[...new Set(same.map((b) => b.verb))].join('/')}).`,
  );
}
