/**
 * Actions of a sentence: a verb (past tense, participle, irregular past, or a base form after a
 * modal) with its agent: the nearest name or person/organisation noun phrase before it in the
 * same clause that is not the object of a preposition, or the "by" phrase of a passive
 * (a shallow reading of the clause, in the spirit of Hearst-style lexical patterns). Also the head
 * noun of the verb's object (action-objects.ts), so "arrested a man" and "detained a man" are the
 * same action.
 */
import {
  canBeAdjective,
  canBeNoun,
  canBeVerb,
  irregularBase,
  isKindOf,
  isPersonLemma,
  lexFileOf,
  lemmatize,
  synsetsOf,
} from '../text/lexicon';
import { isStopword, tokenize, type Token } from '../text/normalize';
import { wordValue } from '../text/tallies';
import {
  AUXILIARIES,
  CLAUSE_BREAKS,
  DATELINE,
  DETERMINERS,
  MODALS,
  PASS_ADVERB,
  PASSIVE,
  PREPOSITIONS,
  REDUCED_RELATIVE,
  SAME_FORM_PARTICIPLES,
  SAYING,
  SPEAK_FOR,
  isAgentNoun,
  isCause,
  isPersonNoun,
  isThingFirst,
} from './action-words';
import { objectAfter, relativeObject } from './action-objects';
import { appositiveSubject } from './appositive-subject';
import { isDocument } from './document-words';
import type { DetectContext } from './context';
import { FAR_BY, NEAR_BY, agentPhrase } from './passive-agent';

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

/**
 * "asked the conciliation service to mediate": asking someone to do something is an action (who
 * asked is an actor), unlike asking a question. A "to" and a verb follow the one asked within the
 * clause.
 */
function isRequest(text: string, after: number, verb: string): boolean {
  return (
    verb === 'ask' &&
    /^(?:\s+[^\s,;:.!?]+){1,6}?\s+to\s+(?!(?:the|a|an|his|her|their|its|our|my)\b)[a-z]+/u.test(
      text.slice(after),
    )
  );
}

/** Vehicles act for their crews: "the lifeboat towed the trawler", "towed in by another boat". */
const isCrewed = (lemma: string): boolean => isKindOf(lemma, 'vehicle');

/** Verbs done to someone that a headline writes without "was" ("sentenced to", "charged with"). */
const DONE_TO = new Set([
  'sentence',
  'jail',
  'charge',
  'convict',
  'accuse',
  'acquit',
  'clear',
  'fine',
  'ban',
  'arrest',
  'detain',
  'indict',
  'suspend',
  'sack',
  'fire',
]);

/** Verbs that judge someone to be something ("found guilty", "declared dead", "ruled ineligible"). */
const JUDGED = new Set(['find', 'declare', 'pronounce', 'rule', 'deem', 'prove', 'judge']);
/**
 * An adjective right after the verb, with no noun after it ("found guilty of", "found dead in his
 * home"; not "found new evidence").
 */
const isJudgement = (rest: string): boolean => {
  const m = /^\s+(\p{Ll}+)(?:[\s,.;:]+(\p{L}+))?/u.exec(rest);
  const next = m?.[1];
  const after = m?.[2]?.toLowerCase();
  return (
    next !== undefined &&
    canBeAdjective(next) &&
    !isStopword(next) &&
    (after === undefined || isStopword(after) || !canBeNoun(lemmatize(after)))
  );
};

/** Nouns in "-ing" that are no form of a verb of the story ("evening" is not "even"). */
const TIMES_OF_DAY = new Set(['morning', 'evening', 'mornings', 'evenings']);

/** "-ing" forms that news uses as prepositions ("following the blast", "including two children"). */
const PREPOSITION_FORMS = new Set([
  'following',
  'including',
  'regarding',
  'concerning',
  'excluding',
  'pending',
  'barring',
  'considering',
]);

/** Verbs whose "-ing" before a date says when something happens ("starting on Nov. 15"). */
const TIME_VERBS = new Set(['start', 'begin', 'end', 'commence', 'run']);

/** Irregular plurals of nouns in the lexicon's table of irregular forms. */
const IRREGULAR_PLURALS = new Set([
  'people',
  'men',
  'women',
  'children',
  'feet',
  'teeth',
  'mice',
  'data',
  'media',
]);

/** A count before "of" ("hundreds", "dozens", "two", "a number"). */
const isCountWord = (t: Token | undefined): boolean =>
  t !== undefined &&
  (t.kind === 'number' ||
    wordValue(t.norm) !== null ||
    /^(?:hundreds|thousands|dozens|scores|millions|tens)$/.test(t.norm));

/** Verbs of a change of state that a thing undergoes when nothing is their object ("the flight ended"). */
const UNDERGONE = new Set([
  'end',
  'finish',
  'fail',
  'collapse',
  'explode',
  'crash',
  'sink',
  'stop',
  'break',
  'burn',
  'derail',
  'capsize',
  'disintegrate',
]);

/** Verbs whose subject undergoes something rather than doing it. */
const BEFALLS = new Set(['face', 'suffer', 'experience', 'endure', 'undergo']);

/** Verbs of a figure moving up or down ("fell", "soared", "dropped 10 percent"). */
const MOVES = new Set([
  'fall',
  'rise',
  'drop',
  'plunge',
  'plummet',
  'soar',
  'slump',
  'jump',
  'climb',
  'tumble',
  'surge',
  'decline',
  'slide',
  'dip',
  'rebound',
]);
/** A figure right after such a verb: how far it moved ("dropped 10 percent", "fell by as much as 11%"). */
const MOVED_BY_FIGURE =
  /^\s+(?:by\s+)?(?:(?:as\s+much\s+as|about|around|nearly|almost|more\s+than|some|over|just)\s+)?[\d.,]+\s*(?:%|per\s*cent|percent|points?\b|pc\b)/iu;
/** Objects of such a verb that say how far, not what was moved ("dropped 10 percent", "fell the most"). */
const MOVED_BY = new Set([
  'percent',
  'cent',
  'point',
  'most',
  'much',
  'lot',
  'bit',
  'fraction',
  'half',
  'third',
  'quarter',
  'notch',
]);

/** The index of the token a sentence's own words begin at: after its dateline, or 0. */
function datelineEnd(text: string, tokens: readonly Token[]): number {
  const m = DATELINE.exec(text);
  if (!m) return 0;
  const at = tokens.findIndex((t) => t.start >= m[0].length);
  return at < 0 ? 0 : at;
}

/** The actions (verb + agent) of one claim. */
export function actionsOf(ctx: DetectContext, claim: number): Action[] {
  const text = ctx.claims[claim]?.text ?? '';
  const names = ctx.facts[claim]?.names ?? [];
  const tokens = tokenize(text);
  const out: Action[] = [];
  const quotes = ctx.facts[claim]?.quotes ?? [];
  // "BALTIMORE — Authorities resumed …": the sentence begins after its dateline.
  const opening = datelineEnd(text, tokens);
  tokens.forEach((t, i) => {
    if (t.kind !== 'word' || (t.capitalised && i > opening)) return;
    // Words inside a quote are the speaker's, not the reporter's account of an action.
    if (quotes.some((q) => t.start >= q.start && t.end <= q.end)) return;
    const before = tokens[i - 1];
    // Past tenses and participles ("obtained", "is obtaining", "led"), or a base form after a
    // modal ("will pay"): how news reports actions.
    // "have put up", "has cut": a past participle spelled like its base, after "have".
    const sameForm = SAME_FORM_PARTICIPLES.has(t.norm) && /^(have|has|had)$/.test(before?.norm ?? '');
    // "men", "people", "children": irregular plurals of nouns, no forms of a verb ("to man").
    const irregular = IRREGULAR_PLURALS.has(t.norm)
      ? undefined
      : (irregularBase(t.norm) ?? (sameForm ? t.norm : undefined));
    const afterModal = before !== undefined && MODALS.has(before.norm);
    if (!/(ed|ing)$/.test(t.norm) && irregular === undefined && !afterModal) return;
    // "Donegal may have voted against": a guess at what happened, not a report of it.
    if (before?.norm === 'have' && /^(may|might|could)$/.test(tokens[i - 2]?.norm ?? '')) return;
    const inProcess = before?.norm === 'of' && tokens[i - 2]?.norm === 'process';
    if (before && !inProcess && (PREPOSITIONS.has(before.norm) || DETERMINERS.has(before.norm))) return;
    // "Smith's continued silence": after a possessive it is an adjective, and so after a count
    // ("six trapped Utah miners"); an irregular form there is a noun ("won by one shot").
    if (before && /['\u2019]s$/.test(before.text)) return;
    if (
      before &&
      (before.kind === 'number' || wordValue(before.norm) !== null) &&
      (/ed$/.test(t.norm) || irregular !== undefined) &&
      /^\s+$/.test(text.slice(before.end, t.start))
    )
      return;
    const verb = irregular ?? lemmatize(t.norm);
    if ((SAYING.has(verb) && !isRequest(text, t.end, verb)) || isStopword(t.norm) || !canBeVerb(verb)) return;
    // "Ferry passengers face delays", "Julius Baer suffered record falls": what befalls someone is
    // nothing they did.
    if (BEFALLS.has(verb)) return;
    const rest = text.slice(t.end);
    // "The Swiss Market Index fell the most in 25 years", "shares dropped 10 percent": a figure
    // that moved did nothing, named or not ("Police dropped the charges" did something).
    if (MOVES.has(verb)) {
      const object = objectAfter(tokens, i);
      if (object === null || MOVED_BY.has(object) || MOVED_BY_FIGURE.test(rest)) return;
    }
    // "the six miners trapped since Aug. 6": a state held since a time, not something done.
    if (/^\s+since\b/.test(rest) && (/ed$/.test(t.norm) || irregular !== undefined)) return;
    if (/ing$/.test(t.norm)) {
      // "pulled from a mine following the explosion", "ten people, including two children": a
      // preposition, unless a form of "be" makes it a verb ("police were following the car").
      if (PREPOSITION_FORMS.has(t.norm) && !AUXILIARIES.has(before?.norm ?? '')) return;
      // "Monday evening", "this morning": a time of day, not "even" or "morn" done.
      if (TIMES_OF_DAY.has(t.norm)) return;
      // "three days of national mourning", "a three-day national mourning period", "Heavy fighting
      // continued": after an adjective that opens a noun phrase, the "-ing" form is a noun.
      const opener = tokens[i - 2];
      if (
        before &&
        canBeAdjective(before.norm) &&
        !isStopword(before.norm) &&
        (i - 1 <= opening ||
          (opener !== undefined &&
            (PREPOSITIONS.has(opener.norm) ||
              DETERMINERS.has(opener.norm) ||
              opener.kind === 'number' ||
              opener.norm.includes('-'))))
      )
        return;
      // "starting on Nov. 15", "beginning Monday": when, not something done.
      const dates = ctx.facts[claim]?.dates ?? [];
      const at = t.end + (/^\s+(?:on|in|from|at)?\s*/.exec(rest)?.[0].length ?? 0);
      if (TIME_VERBS.has(verb) && dates.some((d) => d.start === at)) return;
      // "CHIPS Act funding from the government": a name and a noun in -ing, not the name acting.
      if (
        before &&
        names.some((n) => n.end === before.end) &&
        /^(?:\s*[,.;:)]|\s+(?:from|for|of|in|on|to)\b|\s*$)/.test(rest)
      )
        return;
    }
    // Passive with an agent: "paid for by the national fund", "detained by guards", or after
    // adverbials in a passive ("was collected on 11 October by testers from the board").
    const participle = /ed$/.test(t.norm) || irregular !== undefined;
    // "according to a statement released by his family": who put out a statement is a source,
    // not someone acting in the story.
    if (participle && before && isDocument(lemmatize(before.norm))) return;
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
      const inAgent = names.filter((n) => n.start >= startAt && n.start < agentEnd);
      // "by South Africa's Supreme Court of Appeal": the owner's name before a possessive names
      // whose the agent is; the agent is the name after it.
      const first = inAgent[0];
      const owner =
        first !== undefined &&
        (/['\u2019]s$/.test(first.text) || /^['\u2019]s\b/.test(text.slice(first.end)));
      const named = owner && inAgent[1] ? inAgent[1] : inAgent[0];
      // "by a San Jose jury": a name qualifying a common noun names which one; the agent is the jury.
      const qualified =
        named !== undefined &&
        text
          .slice(named.end, agentEnd)
          .split(/\s+/)
          .some((w) => w !== '' && lemmatize(w.toLowerCase()) === head);
      const name = qualified ? undefined : named;
      // "derailed by a landslip", "destroyed by fire": a natural cause, not someone who acted.
      if (isCause(head)) return;
      // "caught by the company's “Mechazilla” tower": the owner is not the agent, and the agent
      // after it was not read.
      if (name === undefined && /['\u2019]s$/.test(agentText.trimEnd())) return;
      // "marked by 24 April", "by the end of April": a deadline, not an agent.
      const dates = ctx.facts[claim]?.dates ?? [];
      if (dates.some((d) => d.start < agentEnd && startAt < d.end) || /^end\b/i.test(agentText)) return;
      // Far from the verb, "by" may be a means or a time ("by car", "by Friday"): only people act.
      if (far && !(name?.start === startAt) && !isAgentNoun(head, 1) && !isCrewed(head)) return;
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
    // A passive without "by" names the patient, not the agent ("the fire was brought under control",
    // "one wolf was also found dead").
    const auxiliary = before && PASS_ADVERB.test(before.norm) ? tokens[i - 2] : before;
    if (auxiliary && PASSIVE.has(auxiliary.norm) && (/ed$/.test(t.norm) || irregular !== undefined)) return;
    // "the other two victims identified so far were …": a participle after its noun, the clause's
    // own verb after it, names the patient too.
    if (participle && REDUCED_RELATIVE.test(rest)) return;
    // "Elizabeth Holmes found guilty of four counts", "Man found dead": a headline's passive, a
    // verb of judging with its adjective and no object; someone else found her guilty.
    if (participle && JUDGED.has(verb) && isJudgement(rest)) return;
    // "Sam Bankman-Fried sentenced to 25 years", "Two men charged with murder": a headline's
    // passive of a verb done to someone, with no object before its preposition.
    if (participle && DONE_TO.has(verb) && /^\s+(?:to|for|of|with|from|over)\b/i.test(rest)) return;
    // "The park's head vet, Dr Ines Marwood, sedated her": a named subject with an apposition.
    const appositive = appositiveSubject(text, tokens, i, names);
    if (appositive) {
      out.push({
        claim,
        verb,
        object: objectAfter(tokens, i),
        named: true,
        agent: appositive.name.key,
        agentText: appositive.name.text,
        start: appositive.name.start,
        end: t.end,
      });
      return;
    }
    // Scan back within the clause for the agent.
    for (let k = i - 1; k >= 0 && k >= i - 14; k--) {
      const cand = tokens[k] as Token;
      const gap = text.slice(cand.end, (tokens[k + 1] as Token).start);
      if (/[,;:()"\u201c\u201d\u2018\u2019\u2013\u2014]|\s--?\s/.test(gap) || /['\u2019]$/.test(cand.text))
        break;
      if (AUXILIARIES.has(cand.norm)) continue;
      // A pronoun subject: the agent is whoever it refers to, not a noun further back.
      if (/^(he|she|they|we|i|you|it|who|which|that)$/.test(cand.norm)) return;
      const name = names.find((n) => n.end === cand.end);
      // A preposition within two words, or, for a name, further back across its description ("by
      // the Renaissance master Leonardo da Vinci"): the name is its object, not the subject.
      const governed = (start: number, described = false): boolean => {
        const at = tokens.findIndex((x) => x.start >= start);
        const before2 = tokens.slice(Math.max(0, at - 2), at);
        if (
          before2.some((x) => PREPOSITIONS.has(x.norm)) &&
          !before2.some((x) => x.norm === 'that' || x.norm === 'which')
        )
          return true;
        if (!described) return false;
        for (let j = at - 1; j >= Math.max(0, at - 5); j--) {
          const x = tokens[j] as Token;
          if (/[,;:()]/.test(text.slice(x.end, (tokens[j + 1] as Token).start))) return false;
          if (PREPOSITIONS.has(x.norm)) return j < at - 2;
          if (
            x.norm !== 'the' &&
            x.norm !== 'a' &&
            x.norm !== 'an' &&
            !isPersonNoun(lemmatize(x.norm)) &&
            !x.capitalised
          )
            return false;
        }
        return false;
      };
      if (name) {
        if (governed(name.start, true)) continue;
        // "A Boeing 777 … crashed": a thing of that make, not the body the name is.
        if (/\b(?:a|an)\s+$/i.test(text.slice(Math.max(0, name.start - 4), name.start))) return;
        // "The 22-year-old American crushed …": a person called by a nationality is a person noun,
        // who may be any named person of the story.
        const demonym = name.text.toLowerCase();
        if (
          !/\s/.test(name.text) &&
          /\bthe\s+(?:[\p{L}\d-]+\s+){0,3}$/iu.test(text.slice(Math.max(0, name.start - 40), name.start)) &&
          isPersonLemma(demonym)
        ) {
          out.push({
            claim,
            verb,
            object: objectAfter(tokens, i) ?? relativeObject(tokens, name.start),
            named: false,
            agent: lemmatize(demonym),
            agentText: name.text,
            start: name.start,
            end: t.end,
          });
          return;
        }
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
      if ((cand.capitalised && k > opening) || isStopword(cand.norm) || !canBeNoun(lemma)) continue;
      // A participle ("investigators searching for answers") is not the head of a subject.
      if (/(ing|ed)$/.test(cand.norm) && lemma !== cand.norm) continue;
      // The noun phrase: modifiers before the head ("security guards", "national transport fund").
      let first = k;
      while (first > 0) {
        const m = tokens[first - 1] as Token;
        if (isStopword(m.norm) || PREPOSITIONS.has(m.norm)) break;
        // "Toys 'R' Us representatives": the words of one name, whatever is between them.
        const inOneName = names.some((n) => n.start <= m.start && n.end >= (tokens[first] as Token).end);
        if (!inOneName && text.slice(m.end, (tokens[first] as Token).start).trim() !== '') break;
        // Dates and names modify a noun too ("the January 6 2021 attack").
        if (m.kind === 'number' || m.capitalised) {
          first--;
          continue;
        }
        const ml = lemmatize(m.norm);
        // "Tamsin Valley Water said households …": a verb of saying ends the subject.
        if ((!canBeNoun(ml) && !canBeAdjective(m.norm)) || SAYING.has(ml)) break;
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
      // "hundreds of fans gathering", "a dozen of the protesters": the people a count is of are
      // the subject, not a noun further back.
      const counted = det?.norm === 'of' && isCountWord(tokens[first - 2]);
      if (!counted && ((det && PREPOSITIONS.has(det.norm)) || governed((tokens[first] as Token).start)))
        continue;
      // The nearest free noun phrase is the subject: an agent, or no actor at all.
      // A crewed vehicle acts when it does something to something ("the lifeboat towed the trawler";
      // not "the train derailed").
      // A noun that is first a thing ("their mud house collapsed", "the office") acts only on something.
      const acts = objectAfter(tokens, i) !== null;
      if (isThingFirst(lemma) && !acts) return;
      // "a test flight ended in failure", "the talks collapsed": what only changed state, with no
      // object, underwent it; only people end or stop something.
      if (!acts && UNDERGONE.has(verb) && !isPersonNoun(lemma)) return;
      if (!isAgentNoun(lemma) && !(isCrewed(lemma) && acts)) return;
      const firstTok = tokens[first] as Token;
      // "Toys 'R' Us representatives declined": people who speak for a named body are that body.
      const body = SPEAK_FOR.has(lemma)
        ? names.find((n) => n.start === firstTok.start && n.end < cand.start && n.key.length > 0)
        : undefined;
      if (body) {
        out.push({
          claim,
          verb,
          object: objectAfter(tokens, i) ?? relativeObject(tokens, firstTok.start),
          named: true,
          agent: body.key,
          agentText: text.slice(firstTok.start, cand.end),
          start: firstTok.start,
          end: t.end,
        });
        return;
      }
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
