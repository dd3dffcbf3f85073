/**
 * Actions of a sentence: a verb (past tense, participle, irregular past, or a base form after a
 * modal) with its agent: the nearest name or person/organisation noun phrase before it in the
 * same clause that is not the object of a preposition, or the "by" phrase of a passive
 * (a shallow reading of the clause, in the spirit of Hearst-style lexical patterns). Also the head
 * noun of the verb's object, so "arrested a man" and "detained a man" are the same action.
 */
import { irregularBase, lexFileOf, lemmatize, synsetsOf } from '../text/lexicon';
import type { NameMention } from '../text/names';
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
/** "by" right after a participle ("paid for by the fund"); its group 1 is the agent phrase. */
const NEAR_BY = /^(?:\s+for)?\s+by\s+(?:the\s+|a\s+|an\s+)?((?:[\p{L}\d'\u2019-]+\s?){1,6})/u;
/**
 * "by" after up to 14 words of adverbials, none a participle or a clause break ("collected at her
 * training base on the morning of October 11 by officers of the agency"); group 1 is the agent.
 */
const FAR_BY =
  /^(?:\s+(?![\p{L}-]+ed\b)[^\s,;:.!?()"\u201c\u201d]+){1,14}?\s+by\s+(?:the\s+|a\s+|an\s+)?((?:[\p{L}\d'\u2019-]+\s?){1,6})/u;
/** Words that end an agent phrase: "by testers from the board on Tuesday" ends at "on". */
const AGENT_STOP =
  /^(on|in|at|after|before|during|while|for|with|and|but|who|which|that|when|as|to|into|than|near|by|under|over|across|along|outside|inside|around|behind|beside|between|within|without|through|against|among|via|off)$/;

/**
 * The agent phrase of a passive "by" between `from` and `to`: its content words (up to a stop word),
 * its head noun, and where it ends, stretched to the end of a name that starts inside it ("testers from the
 * Athletics Integrity Board").
 */
function agentPhrase(
  text: string,
  from: number,
  to: number,
  names: readonly NameMention[],
): { end: number; words: string[]; head: string } {
  const kept: Array<{ word: string; end: number }> = [];
  for (const m of text.slice(from, to).matchAll(/[\p{L}\d'\u2019-]+/gu)) {
    const word = m[0];
    if (kept.length > 0 && AGENT_STOP.test(word.toLowerCase())) break;
    kept.push({ word, end: from + (m.index ?? 0) + word.length });
  }
  while (kept.length > 1 && isStopword((kept[kept.length - 1] as { word: string }).word.toLowerCase()))
    kept.pop();
  let end = kept[kept.length - 1]?.end ?? from;
  const name = names.find((n) => n.start >= from && n.start < end && n.end > end);
  if (name) end = name.end;
  const words = kept.filter((k, i) => i === 0 || !isStopword(k.word.toLowerCase())).map((k) => k.word);
  // The head is the last word before a complement: "testers from the board", "courier van".
  const complement = kept.findIndex((k, i) => i > 0 && /^(of|from)$/i.test(k.word));
  const noun = (complement > 0 ? kept.slice(0, complement) : kept).filter(
    (k) => !isStopword(k.word.toLowerCase()),
  );
  const head = lemmatize((noun[noun.length - 1]?.word ?? words[0] ?? '').toLowerCase());
  return { end, words, head };
}

/** WordNet noun files of causes that are not actors: noun.event, noun.phenomenon, noun.process, noun.state. */
const CAUSE_FILES = new Set([11, 19, 22, 26]);
const isCause = (lemma: string): boolean =>
  synsetsOf(lemma)
    .slice(0, 1)
    .some((s) => CAUSE_FILES.has(lexFileOf(s)));
const isAgentNoun = (lemma: string, senses = 2): boolean =>
  synsetsOf(lemma)
    .slice(0, senses)
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
    // Passive with an agent: "paid for by the national fund", "detained by guards", or after
    // adverbials in a passive ("was collected on 11 October by testers from the board").
    const participle = /ed$/.test(t.norm) || irregular !== undefined;
    const rest = text.slice(t.end);
    const near = participle ? NEAR_BY.exec(rest) : null;
    const far = participle && !near && before && PASSIVE.has(before.norm) ? FAR_BY.exec(rest) : null;
    const by = near ?? far;
    if (by?.[1]) {
      const startAt = t.end + (by[0].length - by[1].length);
      const {
        end: agentEnd,
        words: agentWords,
        head,
      } = agentPhrase(text, startAt, startAt + by[1].trimEnd().length, names);
      const agentText = text.slice(startAt, agentEnd);
      const name = names.find((n) => n.start >= startAt && n.start < agentEnd);
      // "derailed by a landslip", "destroyed by fire": a natural cause, not someone who acted.
      if (isCause(head)) return;
      // Far from the verb, "by" may be a means or a time ("by car", "by Friday"): only people act.
      if (far && !(name?.start === startAt) && !isAgentNoun(head, 1)) return;
      out.push({
        claim,
        verb,
        object: null,
        named: name !== undefined,
        agent: name?.key ?? agentWords.map((w) => lemmatize(w.toLowerCase())).join(' '),
        agentText,
        start: t.start,
        end: agentEnd,
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
