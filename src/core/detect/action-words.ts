/**
 * Word classes for reading actions (find-actions.ts): verbs of saying, prepositions, determiners,
 * auxiliaries and modals, and WordNet-based tests for nouns, verbs, adjectives, people, agents and
 * natural causes; participles spelt like their base, passive adverbs, reduced relatives and the
 * people who speak for a body.
 */
import { isPersonLemma, lexFileOf, synsetsOf } from '../text/lexicon';

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
  // Linking verbs: "Turkey became the last member to ratify" says what Turkey is, not what it did.
  'become',
  'remain',
  'seem',
  // "Warholm looked like he might tie up", "Benjamin appeared poised to respond": how someone
  // looked, not what they did.
  'look',
  'appear',
  'sound',
  'do',
  'make',
  'come',
  'go',
  'get',
  'include',
  'announce',
  'confirm',
]);
export const PREPOSITIONS = new Set([
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
export const DETERMINERS = new Set([
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
export const AGENT_FILES = new Set([14, 18]);

/** Words that open another clause: the agent of the verb is not before them. */
export const CLAUSE_BREAKS = new Set([
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

/** Auxiliaries of the passive voice. */
export const PASSIVE = new Set(['was', 'were', 'been', 'being', 'is', 'are', 'be', 'get', 'got', 'gets']);
/** Modal verbs: before a base-form verb, and between a subject and its verb. */
const MODAL_VERBS = ['will', 'would', 'can', 'could', 'may', 'might', 'must', 'shall', 'should'];
/** Modals before a base-form verb ("will pay"). */
export const MODALS = new Set([...MODAL_VERBS, 'to', 'did']);
/** Auxiliaries and adverbs between a subject and its verb ("police have arrested", "is being held"). */
export const AUXILIARIES = new Set([
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
/** Whether a lemma is a person noun (noun.person). */
export const isPersonNoun = (lemma: string): boolean => isPersonLemma(lemma, { senses: 2 });
/** Whether a lemma's first (most frequent) sense is in one of WordNet's lexicographer files. */
const firstSenseIn = (lemma: string, files: ReadonlySet<number>): boolean => {
  const first = synsetsOf(lemma)[0];
  return first !== undefined && files.has(lexFileOf(first));
};
/** WordNet noun files of causes that are not actors: noun.event, noun.phenomenon, noun.process, noun.state. */
const CAUSE_FILES = new Set([11, 19, 22, 26]);
export const isCause = (lemma: string): boolean => firstSenseIn(lemma, CAUSE_FILES);
/** WordNet's noun file of made things (noun.artifact). */
export const ARTIFACT_FILE = 6;
/** Whether a noun's first sense is a made thing ("house", "office", "train"). */
const ARTIFACT_FILES: ReadonlySet<number> = new Set([ARTIFACT_FILE]);
export const isThingFirst = (lemma: string): boolean => firstSenseIn(lemma, ARTIFACT_FILES);
/** WordNet noun files of abstract doings and thoughts: noun.act ("effort"), noun.cognition ("plan"). */
const ABSTRACT_FILES = new Set([4, 9]);
/** Whether a noun's first sense is an abstraction (an effort, a plan), not a person or a thing. */
export const isAbstract = (lemma: string): boolean => firstSenseIn(lemma, ABSTRACT_FILES);
export const isAgentNoun = (lemma: string, senses = 2): boolean =>
  synsetsOf(lemma)
    .slice(0, senses)
    .some((s) => AGENT_FILES.has(lexFileOf(s)));

/** A participle's clause going on to its own verb ("identified so far were", "killed in the crash was"). */
export const REDUCED_RELATIVE =
  /^(?:\s+(?!who\b|which\b|that\b|and\b)[\p{Ll}\d]+){0,3}\s+(?:was|were|is|are|has been|have been)\b/u;

/**
 * Words that name a business of any kind ("the company", "the firm", "the group"): a report uses
 * them to refer back to the one it is about, whatever more specific word another report uses
 * ("The supermarket chain says" / "The company said"). Two specific kinds ("the airline" / "the
 * manufacturer") stay two bodies, and so do public bodies ("the health agency" / "the council").
 */
export const ANY_BUSINESS = new Set(['company', 'firm', 'group', 'business', 'corporation', 'conglomerate']);
export const KINDS_OF_BUSINESS = new Set(
  'chain retailer supermarket grocer bank lender operator airline carrier insurer manufacturer maker carmaker developer publisher broadcaster brand store'.split(
    ' ',
  ),
);

/** People who speak for the body named before them ("Acme representatives", "BBC officials"). */
export const SPEAK_FOR = new Set([
  'representative',
  'spokesman',
  'spokeswoman',
  'spokesperson',
  'official',
  'executive',
  'boss',
]);

/** Verbs whose past participle is their base form: read as participles only after "have". */
export const SAME_FORM_PARTICIPLES = new Set([
  'put',
  'set',
  'cut',
  'hit',
  'let',
  'shut',
  'spread',
  'split',
  'quit',
  'cast',
  'cost',
  'hurt',
  'bid',
  'shed',
  'burst',
  'broadcast',
  'upset',
]);

/** An adverb between a passive's auxiliary and its participle ("was also found", "were later freed"). */
export const PASS_ADVERB =
  /^(?:also|later|then|since|still|just|finally|eventually|subsequently|reportedly|allegedly|never|not|quickly|\w+ly)$/;

/** A dateline before a sentence: a place in capitals, then a dash ("BALTIMORE —", "PARIS --"). */
export const DATELINE = /^\s*\p{Lu}[\p{Lu}\p{M}\s.,'()]*?\s+(?:\u2014|\u2013|--?)\s+/u;
