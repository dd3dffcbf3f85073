/**
 * Actor discrepancies: within a group, the same (or a synonymous) action done by different agents
 * ("the police made the arrest" / "federal agents made the arrest"). The agent of a verb is the
 * nearest name or person/organisation noun before it in the same clause that is not the object of
 * a preposition (a shallow reading of the clause, in the spirit of Hearst-style lexical patterns).
 */
import type { Discrepancy } from '../model/analysis';
import { irregularBase, lexFileOf, lemmatize, synsetsOf, wordRelatedness } from '../text/lexicon';
import { isStopword, tokenize, type Token } from '../text/normalize';
import { editDistance } from './compare-names';
import { Components, makeDiscrepancy, type DetectContext, type RawSide } from './context';

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
  'despite',
  'amid',
  'like',
  'unlike',
  'than',
  'since',
  'until',
  'per',
  'via',
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

/** Words that open another clause: the agent of the verb is not before them. */
const CLAUSE_BREAKS = new Set([
  'after',
  'before',
  'when',
  'while',
  'because',
  'although',
  'though',
  'if',
  'until',
  'whether',
  'where',
  'and',
  'but',
  'or',
]);

/** The head noun of the object after the verb at `i` (skipping determiners, numbers and adjectives). */
function objectAfter(tokens: readonly Token[], i: number): string | null {
  let head: string | null = null;
  for (let k = i + 1; k < tokens.length && k <= i + 6; k++) {
    const t = tokens[k] as Token;
    if (
      head === null &&
      (/^(the|a|an|his|her|their|its|this|that)$/.test(t.norm) || t.kind === 'number' || /-old$/.test(t.norm))
    )
      continue;
    if (isStopword(t.norm)) break;
    const lemma = lemmatize(t.norm);
    if (canBeNoun(lemma)) head = lemma;
    else if (head !== null || !isAdjective(t.norm)) break;
  }
  // The last noun of the run: "love letters" → "letter", "a 34-year-old man" → "man".
  return head;
}

/** Auxiliaries of the passive voice. */
const PASSIVE = new Set(['was', 'were', 'been', 'being', 'is', 'are', 'be', 'get', 'got', 'gets']);
/** Modals before a base-form verb ("will pay"). */
const MODALS = new Set([
  'will',
  'would',
  'can',
  'could',
  'may',
  'might',
  'must',
  'shall',
  'should',
  'to',
  'did',
]);
/** Auxiliaries and adverbs between a subject and its verb ("police have arrested", "is being held"). */
const AUXILIARIES = new Set([
  'has',
  'have',
  'had',
  'is',
  'are',
  'was',
  'were',
  'be',
  'been',
  'being',
  'will',
  'would',
  'can',
  'could',
  'may',
  'might',
  'must',
  'shall',
  'should',
  'also',
  'then',
  'already',
  'finally',
  'reportedly',
  'later',
  'now',
  'still',
  'not',
  'never',
  'in',
  'the',
  'process',
  'of',
]);
const canBeNoun = (lemma: string): boolean =>
  synsetsOf(lemma).some((s) => lexFileOf(s) >= 3 && lexFileOf(s) <= 28);
const isAdjective = (word: string): boolean => synsetsOf(word).some((s) => lexFileOf(s) <= 2);
const isVerb = (lemma: string): boolean =>
  synsetsOf(lemma).some((s) => lexFileOf(s) >= 29 && lexFileOf(s) <= 43);
const isPersonNoun = (lemma: string): boolean =>
  synsetsOf(lemma)
    .slice(0, 2)
    .some((s) => lexFileOf(s) === 18);
const isAgentNoun = (lemma: string): boolean =>
  synsetsOf(lemma)
    .slice(0, 2)
    .some((s) => AGENT_FILES.has(lexFileOf(s)));

interface Action {
  readonly claim: number;
  readonly verb: string;
  /** Whether the agent is a name (not a common noun). */
  readonly named: boolean;
  /** Head lemma of the object noun phrase ("arrested a 34-year-old man" → "man"), when found. */
  readonly object: string | null;
  readonly agent: string;
  readonly agentText: string;
  readonly start: number;
  readonly end: number;
}

/** The actions (verb + agent) of one claim. */
export function actionsOf(ctx: DetectContext, claim: number): Action[] {
  const text = ctx.claims[claim]?.text ?? '';
  const names = ctx.facts[claim]?.names ?? [];
  const tokens = tokenize(text);
  const out: Action[] = [];
  const quotes = ctx.facts[claim]?.quotes ?? [];
  tokens.forEach((t, i) => {
    if (t.kind !== 'word' || (t.capitalised && i > 0)) return;
    // Words inside a quote are the speaker's, not the reporter's account of an action.
    if (quotes.some((q) => t.start >= q.start && t.end <= q.end)) return;
    const before = tokens[i - 1];
    // Past tenses and participles ("obtained", "is obtaining", "led"), or a base form after a
    // modal ("will pay"): how news reports actions.
    const irregular = irregularBase(t.norm);
    const afterModal = before !== undefined && MODALS.has(before.norm);
    if (!/(ed|ing)$/.test(t.norm) && irregular === undefined && !afterModal) return;
    const inProcess = before?.norm === 'of' && tokens[i - 2]?.norm === 'process';
    if (before && !inProcess && (PREPOSITIONS.has(before.norm) || DETERMINERS.has(before.norm))) return;
    // "Smith's continued silence": after a possessive it is an adjective.
    if (before && /['\u2019]s$/.test(before.text)) return;
    const verb = irregular ?? lemmatize(t.norm);
    if (SAYING.has(verb) || isStopword(t.norm) || !isVerb(verb)) return;
    // Passive with an agent: "paid for by the national fund", "detained by guards".
    const by = /^(?:\s+for)?\s+by\s+(?:the\s+|a\s+|an\s+)?((?:[\p{L}\d-]+\s?){1,4})/u.exec(text.slice(t.end));
    if ((/ed$/.test(t.norm) || irregular !== undefined) && by?.[1]) {
      const phrase = by[1].trim().split(/\s+/);
      const words = phrase.filter((w, k) => k === 0 || !isStopword(w.toLowerCase()));
      const cut = words.findIndex((w) => isStopword(w.toLowerCase()));
      const agentWords = cut > 0 ? words.slice(0, cut) : words;
      const agentText = agentWords.join(' ');
      const startAt = t.end + (by[0].length - by[1].length);
      const name = names.find((n) => n.start >= startAt && n.start < startAt + agentText.length);
      out.push({
        claim,
        verb,
        object: null,
        named: name !== undefined,
        agent: name?.key ?? agentWords.map((w) => lemmatize(w.toLowerCase())).join(' '),
        agentText,
        start: t.start,
        end: startAt + agentText.length,
      });
      return;
    }
    // A passive without "by" names the patient, not the agent ("the fire was brought under control").
    if (before && PASSIVE.has(before.norm) && (/ed$/.test(t.norm) || irregular !== undefined)) return;
    // Scan back within the clause for the agent.
    for (let k = i - 1; k >= 0 && k >= i - 14; k--) {
      const cand = tokens[k] as Token;
      const gap = text.slice(cand.end, (tokens[k + 1] as Token).start);
      if (/[,;:()"\u201c\u201d\u2018\u2019]/.test(gap) || /['\u2019]$/.test(cand.text)) break;
      if (AUXILIARIES.has(cand.norm)) continue;
      // A pronoun subject: the agent is whoever it refers to, not a noun further back.
      if (/^(he|she|they|we|i|you|it|who|which|that)$/.test(cand.norm)) return;
      const name = names.find((n) => n.end === cand.end);
      const governed = (start: number): boolean => {
        const at = tokens.findIndex((x) => x.start >= start);
        const before2 = tokens.slice(Math.max(0, at - 2), at);
        return (
          before2.some((x) => PREPOSITIONS.has(x.norm)) &&
          !before2.some((x) => x.norm === 'that' || x.norm === 'which')
        );
      };
      if (name) {
        if (governed(name.start)) continue;
        out.push({
          claim,
          verb,
          object: objectAfter(tokens, i),
          named: true,
          agent: name.key,
          agentText: name.text,
          start: name.start,
          end: t.end,
        });
        return;
      }
      if (CLAUSE_BREAKS.has(cand.norm)) return;
      const lemma = lemmatize(cand.norm);
      if (cand.kind === 'number' || /^(one|two|three|four|five|both|all|each)$/.test(cand.norm)) continue;
      if ((cand.capitalised && k > 0) || isStopword(cand.norm) || !canBeNoun(lemma)) continue;
      // A participle ("investigators searching for answers") is not the head of a subject.
      if (/(ing|ed)$/.test(cand.norm) && lemma !== cand.norm) continue;
      // The noun phrase: modifiers before the head ("security guards", "national transport fund").
      let first = k;
      while (first > 0) {
        const m = tokens[first - 1] as Token;
        if (isStopword(m.norm) || PREPOSITIONS.has(m.norm)) break;
        if (text.slice(m.end, (tokens[first] as Token).start).trim() !== '') break;
        // Dates and names modify a noun too ("the January 6 2021 attack").
        if (m.kind === 'number' || m.capitalised) {
          first--;
          continue;
        }
        const ml = lemmatize(m.norm);
        if (!canBeNoun(ml) && !isAdjective(m.norm)) break;
        // "This week investigators": a time word is an adverbial, not a modifier.
        if (
          synsetsOf(ml)
            .slice(0, 1)
            .some((x) => lexFileOf(x) === 28)
        )
          break;
        first--;
      }
      const det = tokens[first - 1];
      if ((det && PREPOSITIONS.has(det.norm)) || governed((tokens[first] as Token).start)) continue;
      // The nearest free noun phrase is the subject: an agent, or no actor at all.
      if (!isAgentNoun(lemma)) return;
      const firstTok = tokens[first] as Token;
      out.push({
        claim,
        verb,
        object: objectAfter(tokens, i),
        named: false,
        agent: tokens
          .slice(first, k + 1)
          .map((x) => lemmatize(x.norm))
          .join(' '),
        agentText: text.slice(firstTok.start, cand.end),
        start: firstTok.start,
        end: t.end,
      });
      return;
    }
  });
  return out;
}

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
      const sides: RawSide[] = same.map((b) => ({
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
          `Different agents for the same action (${[...new Set(same.map((b) => b.verb))].join('/')}).`,
        ),
      );
    }
  }
  return out;
}
