/**
 * Actor discrepancies: within a group, the same (or a synonymous) action done by different agents
 * ("the police made the arrest" / "federal agents made the arrest"). The agent of a verb is the
 * nearest name or person/organisation noun before it in the same clause that is not the object of
 * a preposition (a shallow reading of the clause, in the spirit of Hearst-style lexical patterns).
 */
import type { Discrepancy } from '../model/analysis';
import { lexFileOf, lemmatize, synsetsOf, wordRelatedness } from '../text/lexicon';
import { isStopword, tokenize, type Token } from '../text/normalize';
import { editDistance } from './compare-names';
import { makeDiscrepancy, type DetectContext, type RawSide } from './context';

/** Verbs of saying: who said what is an attribution, not an actor. */
const SAYING = new Set([
  'say',
  'tell',
  'claim',
  'report',
  'add',
  'reveal',
  'call',
  'describe',
  'state',
  'write',
  'note',
  'allege',
  'speak',
  'ask',
  'believe',
  'know',
  'think',
  'have',
  'be',
  'do',
  'make',
  'come',
  'go',
  'get',
  'include',
]);
const PREPOSITIONS = new Set([
  'of',
  'in',
  'on',
  'at',
  'for',
  'with',
  'from',
  'by',
  'about',
  'into',
  'to',
  'over',
  'under',
  'after',
  'before',
  'between',
  'among',
  'during',
  'through',
  'against',
  'without',
  'within',
  'across',
  'behind',
]);
/** A determiner before "-ed"/"-ing" makes it an adjective or a noun ("the printed paper"). */
const DETERMINERS = new Set([
  'the',
  'a',
  'an',
  'his',
  'her',
  'their',
  'its',
  'this',
  'that',
  'these',
  'those',
  'our',
  'my',
  'your',
]);
/** Noun files of agents: noun.person (18), noun.group (14). */
const AGENT_FILES = new Set([14, 18]);
/** Verbs this related (Wu–Palmer) are the same action: 0.5 joins "obtain"/"recover" (0.5) and "arrest"/"detain", not "obtain"/"destroy". */
export const SAME_ACTION = 0.5;

const isVerb = (lemma: string): boolean =>
  synsetsOf(lemma)
    .slice(0, 3)
    .some((s) => lexFileOf(s) >= 29 && lexFileOf(s) <= 43);
const isAgentNoun = (lemma: string): boolean =>
  synsetsOf(lemma)
    .slice(0, 2)
    .some((s) => AGENT_FILES.has(lexFileOf(s)));

interface Action {
  readonly claim: number;
  readonly verb: string;
  readonly agent: string;
  readonly agentText: string;
  readonly start: number;
  readonly end: number;
}

/** The actions (verb + agent) of one claim. */
function actionsOf(ctx: DetectContext, claim: number): Action[] {
  const text = ctx.claims[claim]?.text ?? '';
  const names = ctx.facts[claim]?.names ?? [];
  const tokens = tokenize(text);
  const out: Action[] = [];
  tokens.forEach((t, i) => {
    // Past tenses and participles: how news reports actions ("obtained", "is obtaining").
    if (t.kind !== 'word' || t.capitalised || !/(ed|ing)$/.test(t.norm)) return;
    const before = tokens[i - 1];
    if (before && (PREPOSITIONS.has(before.norm) || DETERMINERS.has(before.norm))) return;
    const verb = lemmatize(t.norm);
    if (SAYING.has(verb) || isStopword(t.norm) || !isVerb(verb)) return;
    // Scan back within the clause for the agent.
    for (let k = i - 1; k >= 0 && k >= i - 14; k--) {
      const cand = tokens[k] as Token;
      const gap = text.slice(cand.end, (tokens[k + 1] as Token).start);
      if (/[,;:()]/.test(gap)) break;
      const prev = tokens[k - 1];
      const name = names.find((n) => n.end === cand.end);
      const governed = (start: number): boolean => {
        const at = tokens.findIndex((x) => x.start >= start);
        const before = tokens.slice(Math.max(0, at - 2), at);
        return (
          before.some((x) => PREPOSITIONS.has(x.norm)) &&
          !before.some((x) => x.norm === 'that' || x.norm === 'which')
        );
      };
      if (name) {
        if (governed(name.start)) continue;
        out.push({ claim, verb, agent: name.key, agentText: name.text, start: name.start, end: t.end });
        return;
      }
      if (
        !cand.capitalised &&
        !isStopword(cand.norm) &&
        isAgentNoun(lemmatize(cand.norm)) &&
        !(prev && PREPOSITIONS.has(prev.norm)) &&
        !governed(cand.start)
      ) {
        out.push({
          claim,
          verb,
          agent: lemmatize(cand.norm),
          agentText: cand.text,
          start: cand.start,
          end: t.end,
        });
        return;
      }
    }
  });
  return out;
}

const sameAgent = (a: string, b: string): boolean => {
  if (a === b) return true;
  const x = a.split(' ');
  const y = b.split(' ');
  // Same surname: a first-name variant is a name discrepancy, not another actor.
  if (x.length > 1 && y.length > 1 && x[x.length - 1] === y[y.length - 1]) return true;
  // A spelling variant is a spelling note, not another actor.
  if (Math.min(a.length, b.length) >= 5 && editDistance(a, b, 2) <= 2) return true;
  return x.every((w) => y.includes(w)) || y.every((w) => x.includes(w));
};

/** Find actor discrepancies within groups. */
export function compareActors(ctx: DetectContext): Discrepancy[] {
  const byGroup = new Map<number, number[]>();
  for (const [c, g] of ctx.groupOf) byGroup.set(g, [...(byGroup.get(g) ?? []), c]);
  const out: Discrepancy[] = [];
  for (const members of byGroup.values()) {
    const actions = members.flatMap((c) => actionsOf(ctx, c));
    const used = new Set<number>();
    actions.forEach((a, i) => {
      if (used.has(i)) return;
      const same = actions
        .map((b, j) => ({ b, j }))
        .filter(({ b }) => b.verb === a.verb || wordRelatedness(a.verb, b.verb) >= SAME_ACTION);
      const articles = new Set(same.map(({ b }) => ctx.claims[b.claim]?.articleId));
      if (articles.size < 2) return;
      const conflict = same.some(({ b }) =>
        same.some(
          ({ b: c }) =>
            ctx.claims[b.claim]?.articleId !== ctx.claims[c.claim]?.articleId && !sameAgent(b.agent, c.agent),
        ),
      );
      if (!conflict) return;
      for (const { j } of same) used.add(j);
      const sides: RawSide[] = same.map(({ b }) => ({
        claim: b.claim,
        value: b.agentText,
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
          `Different agents for the same action (${[...new Set(same.map(({ b }) => b.verb))].join('/')}).`,
        ),
      );
    });
  }
  return out;
}
