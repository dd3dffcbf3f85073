/**
 * Actions of a sentence: a verb (past tense, participle, irregular past, or a base form after a
 * modal) with its agent: the nearest name or person/organisation noun phrase before it in the
 * same clause that is not the object of a preposition, or the "by" phrase of a passive
 * (a shallow reading of the clause, in the spirit of Hearst-style lexical patterns). Also the head
 * noun of the verb's object, so "arrested a man" and "detained a man" are the same action.
 */
import { irregularBase, lexFileOf, lemmatize, synsetsOf } from '../text/lexicon';
import { isStopword, tokenize, type Token } from '../text/normalize';
import type { DetectContext } from './context';

/** Verbs of saying (and light verbs): who said what is an attribution, not an actor; not an event either. */
export const SAYING: ReadonlySet<string> = new Set([
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

/**
 * The object of a verb in a relative clause: "15 boxes that the National Archives obtained" → "box"
 * (the noun right before "that"/"which", which comes right before the subject starting at `start`).
 */
function relativeObject(tokens: readonly Token[], start: number): string | null {
  let at = tokens.findIndex((t) => t.start >= start) - 1;
  // "that the National Archives": skip the subject's determiner.
  if (at >= 0 && /^(the|a|an)$/.test((tokens[at] as Token).norm)) at--;
  const rel = tokens[at];
  const noun = tokens[at - 1];
  if (!rel || !noun || !/^(that|which)$/.test(rel.norm) || noun.kind !== 'word') return null;
  const lemma = lemmatize(noun.norm);
  return canBeNoun(lemma) && !isStopword(noun.norm) ? lemma : null;
}

/** Auxiliaries of the passive voice. */
const PASSIVE = new Set(['was', 'were', 'been', 'being', 'is', 'are', 'be', 'get', 'got', 'gets']);
/** Modal verbs: before a base-form verb, and between a subject and its verb. */
const MODAL_VERBS = ['will', 'would', 'can', 'could', 'may', 'might', 'must', 'shall', 'should'];
/** Modals before a base-form verb ("will pay"). */
const MODALS = new Set([...MODAL_VERBS, 'to', 'did']);
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
  ...MODAL_VERBS,
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
/** Whether a lemma is a person noun (noun.person). */
export const isPersonNoun = (lemma: string): boolean =>
  synsetsOf(lemma)
    .slice(0, 2)
    .some((s) => lexFileOf(s) === 18);
/** WordNet noun files of causes that are not actors: noun.event, noun.phenomenon, noun.process, noun.state. */
const CAUSE_FILES = new Set([11, 19, 22, 26]);
const isCause = (lemma: string): boolean =>
  synsetsOf(lemma)
    .slice(0, 1)
    .some((s) => CAUSE_FILES.has(lexFileOf(s)));
const isAgentNoun = (lemma: string): boolean =>
  synsetsOf(lemma)
    .slice(0, 2)
    .some((s) => AGENT_FILES.has(lexFileOf(s)));

/** A verb with its agent in one claim; offsets relative to the claim text. */
export interface Action {
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
      // "derailed by a landslip", "destroyed by fire": a natural cause, not someone who acted.
      if (isCause(lemmatize((agentWords[0] ?? '').toLowerCase()))) return;
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
          object: objectAfter(tokens, i) ?? relativeObject(tokens, name.start),
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
        object: objectAfter(tokens, i) ?? relativeObject(tokens, firstTok.start),
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
