/**
 * Whether two actions' agents can be one: the same key or one party in two words ("crews" /
 * "Firefighters", a body and its members, a surname spelt two ways, an acronym and its name), or a
 * post or a business standing for a named agent. Used by compare-actors.ts.
 */
import { isKindOf, lemmatize, wordRelatedness } from '../text/lexicon';
import { wordValue } from '../text/tallies';
import { isAcronym, spellsInitials } from '../text/name-links';
import { editDistance } from '../text/edit-distance';
import { surnameLike } from '../text/name-spelling';
import { ANY_BUSINESS, isPersonNoun } from './action-words';
import type { Action } from './find-actions';

/**
 * Verbs this related (Wu–Palmer) are the same action when done to one thing: 0.5 joins "obtained
 * the boxes" / "recovered the boxes" (0.5), not "obtain" / "destroy". Single agent words this
 * related are one agent ("strike" / "walkout").
 */
export const SAME_ACTION = 0.5;

/** Words for people at work that name no trade or body of their own. */
const ANY_WORKERS = new Set(['crew', 'team', 'staff', 'worker', 'personnel', 'people', 'person']);
/** Heads that say only "people at work" after a word naming the work ("rescue workers" / "rescue operatives"). */
const WORKER_HEADS = new Set([...ANY_WORKERS, 'operative', 'member', 'officer', 'official']);

/**
 * Unnamed "authorities" / "officials" (of a place or not) name no particular body: any body or its
 * people at work in the story may be them ("investigators", "recovery teams", "the prosecutor").
 * A name is a body of its own ("the Carvell Rivers Authority").
 */
const OFFICIALDOM = new Set(['authority', 'authorities', 'official', 'officials', 'management']);
const officialdom = (a: Action): boolean =>
  !a.named && (OFFICIALDOM.has(a.agent.split(' ').pop() ?? '') || /^law enforcement\b/.test(a.agent));

/** Words for those who answer an emergency call, and any word for people at work after them. */
const EMERGENCY = new Set(['emergency', 'medical', 'rescue', 'first', 'ambulance']);
const emergencyCrew = (words: readonly string[]): boolean =>
  words.length === 2 &&
  EMERGENCY.has(words[0] as string) &&
  (ANY_WORKERS.has(words[1] as string) || words[1] === 'responder' || words[1] === 'service');

/** Courts, and the people whose rulings are theirs. */
export const COURTS: ReadonlySet<string> = new Set(['court', 'tribunal']);
export const BENCH: ReadonlySet<string> = new Set(['judge', 'justice', 'magistrate']);

/** Words that say how many of an agent there are, not which ("several", "a number of"). */
const QUANTITY_WORDS = new Set([
  'several',
  'number',
  'many',
  'some',
  'few',
  'dozen',
  'hundred',
  'scores',
  'multiple',
  'various',
  'numerous',
  'all',
  'other',
  'more',
]);

/** Last words that say a name is a body of what its other words name ("… Police Department"). */
const BODY_SUFFIXES = new Set(['department', 'service', 'force', 'agency', 'office', 'authority']);

export const sameAgentKey = (a: string, b: string): boolean => {
  if (a === b) return true;
  // Hyphens as spaces, as in name keys ("lars-erik hovland …" / "lars erik hovland"); a count in
  // front says how many, not who ("Two rescue teams" / "Rescue workers").
  const words = (k: string): string[] => {
    const ws = k.replace(/-/g, ' ').split(' ');
    return ws.length > 1 && wordValue(ws[0] as string) !== null ? ws.slice(1) : ws;
  };
  const x = words(a);
  const y = words(b);
  // "several Canadian banks" / "a number of banks": one kind of agent, counted or described more
  // closely by one source (past words of quantity, one's words are all in the other's).
  const bare = (ws: readonly string[]): string[] => ws.filter((w) => !QUANTITY_WORDS.has(w));
  const [bx, by] = [bare(x), bare(y)];
  if (
    bx.length > 0 &&
    by.length > 0 &&
    bx[bx.length - 1] === by[by.length - 1] &&
    (bx.every((w) => by.includes(w)) || by.every((w) => bx.includes(w)))
  )
    return true;
  // A bare word for any people at work ("crews", "staff") may be any of them ("Firefighters").
  if (
    (x.length === 1 && ANY_WORKERS.has(x[0] as string)) ||
    (y.length === 1 && ANY_WORKERS.has(y[0] as string))
  )
    return true;
  // The same work named, then any word for its people ("rescue workers" / "rescue operatives").
  if (
    x.length === y.length &&
    x.length > 1 &&
    WORKER_HEADS.has(x[x.length - 1] as string) &&
    WORKER_HEADS.has(y[y.length - 1] as string) &&
    x.slice(0, -1).every((w, k) => w === y[k])
  )
    return true;
  // "Emergency workers" / "Medical personnel" / "First responders": whoever answered the call.
  if (emergencyCrew(x) && emergencyCrew(y)) return true;
  // Same surname: a first-name variant is a name discrepancy, not another actor. A common noun
  // is no surname: "airport staff" and "Merrowlink ground staff" are two sides.
  const last = x[x.length - 1] ?? '';
  if (x.length > 1 && y.length > 1 && last === y[y.length - 1] && surnameLike(last)) return true;
  // Synonyms or near-synonyms ("strike"/"walkout") are one agent.
  if (x.length === 1 && y.length === 1 && wordRelatedness(a, b) >= SAME_ACTION) return true;
  // A body and its members ("council"/"councillors", "police"/"policemen"): the same side.
  const hx = x[x.length - 1] ?? '';
  const hy = y[y.length - 1] ?? '';
  // "rail firms" / "train companies": any word for a business, after related words for its trade.
  if (
    x.length >= 2 &&
    y.length >= 2 &&
    ANY_BUSINESS.has(hx) &&
    ANY_BUSINESS.has(hy) &&
    wordRelatedness(x[x.length - 2] as string, y[y.length - 2] as string) >= SAME_ACTION
  )
    return true;
  if (hx !== hy && Math.min(hx.length, hy.length) >= 5 && (hx.startsWith(hy) || hy.startsWith(hx)))
    return true;
  // A body and its members named from one root ("jury" / "jurors"): a person noun and a word for
  // an organisation that begin alike.
  if (
    hx !== hy &&
    sharedPrefix(hx, hy) >= 3 &&
    ((isPersonNoun(hx) && isKindOf(hy, 'organization')) || (isPersonNoun(hy) && isKindOf(hx, 'organization')))
  )
    return true;
  // A court and its judges ("a Hong Kong court ordered" / "a judge from the High Court ordered").
  if ((COURTS.has(hx) && BENCH.has(hy)) || (COURTS.has(hy) && BENCH.has(hx))) return true;
  // A body and the people of its trade ("Crown Prosecution Service" / "prosecutors"): a word of
  // one shares its first six letters with a different word of the other.
  if (x.some((w) => y.some((v) => w !== v && sharedPrefix(w, v) >= 6))) return true;
  // A body and a person titled by it ("Fort Aldridge Police Department" / "Police Chief Lorraine
  // Vasquez-Ortega"): the person's title begins with the end of the body's name before its generic
  // last word ("police").
  for (const [body, person] of [
    [x, y],
    [y, x],
  ] as const) {
    const stem = body.slice(0, -1);
    if (!BODY_SUFFIXES.has(body[body.length - 1] as string) || stem.length === 0) continue;
    for (let k = stem.length - 1; k >= 0; k--) {
      const tail = stem.slice(k);
      if (person.length > tail.length + 1 && tail.every((w, i) => person[i] === w)) return true;
    }
  }
  // "Man City" / "Manchester City": a word cut short, the others the same.
  if (
    x.length === y.length &&
    x.length > 1 &&
    x.every((w, k) => {
      const v = y[k] as string;
      return w === v || (Math.min(w.length, v.length) >= 3 && (w.startsWith(v) || v.startsWith(w)));
    })
  )
    return true;
  // A spelling variant is a spelling note, not another actor.
  if (Math.min(a.length, b.length) >= 5 && editDistance(a, b, 2) <= 2) return true;
  return x.every((w) => y.includes(w)) || y.every((w) => x.includes(w));
};

/** The number of leading letters two words share. */
function sharedPrefix(a: string, b: string): number {
  let k = 0;
  while (k < a.length && k < b.length && a[k] === b[k]) k++;
  return k;
}

/**
 * A singular person noun ("the former president") may be the named person, and "the company" / "the
 * bank" / "the tech company" the named business of the story: not a different agent.
 */
export const isRole = (a: Action): boolean => {
  // The noun itself, not its complement ("his wife of 30 years" is a wife).
  const core = a.agentText.split(/\s+(?:of|from)\s+/)[0] ?? '';
  if (a.named || /s$/.test(core)) return false;
  const head =
    core === a.agentText
      ? (a.agent.split(' ').pop() ?? '')
      : lemmatize(core.split(/\s+/).pop()?.toLowerCase() ?? '');
  // The business itself, not people of it ("officers of the national agency").
  return isPersonNoun(head) || (isBusiness(head) && !/\b(?:of|from|at|for)\b/i.test(a.agentText));
};
const businessCache = new Map<string, boolean>();
const isBusiness = (head: string): boolean => {
  let known = businessCache.get(head);
  if (known === undefined) {
    known = isKindOf(head, 'business') || isKindOf(head, 'institution');
    if (businessCache.size > 5000) businessCache.clear();
    businessCache.set(head, known);
  }
  return known;
};

/** Whether two actions have the same agent, or agents that cannot be told apart. */
export const sameAgent = (a: Action, b: Action): boolean =>
  sameAgentKey(a.agent, b.agent) ||
  officialdom(a) !== officialdom(b) ||
  (a.named && isRole(b)) ||
  (b.named && isRole(a)) ||
  spelledBy(a, b) ||
  spelledBy(b, a) ||
  describedAs(a, b) ||
  describedAs(b, a);

/**
 * Whether an unnamed agent is the word another source describes the named one by: "the
 * opposition" / "the opposition MDC", "the regulator" / "the banking regulator Finma"; or people
 * of whom the named one is one by their post ("prosecutors" / "Assistant US Attorney Kasulis").
 */
const describedAs = (unnamed: Action, named: Action): boolean => {
  if (unnamed.named || !named.named) return false;
  const head = unnamed.agent.split(' ').pop() ?? '';
  const words = named.agentText.split(/\s+/).map((w) => w.replace(/[^\p{L}-]/gu, ''));
  const plural = /s$/.test(unnamed.agentText);
  return words.some((w, k) => {
    const lemma = lemmatize(w.toLowerCase());
    if (/^\p{Ll}/u.test(w)) return lemma === head;
    // "prosecutors" / "Assistant US Attorney Jacquelyn Kasulis": she is one of them, a prosecutor
    // being a kind of attorney (a word of the post, not the surname).
    return plural && k < words.length - 1 && lemma.length > 2 && isKindOf(head, lemma, 3);
  });
};

/**
 * Whether an acronym in one agent spells the other's name: "the SNB" / "the Swiss National Bank",
 * "EA bosses" / "the Environment Agency" (an acronym that could spell two names of the story is
 * left unlinked by the name linking, but may still be either).
 */
const spelledBy = (a: Action, b: Action): boolean =>
  b.agent.includes(' ') &&
  a.agentText
    .split(/\s+/)
    .some((w) => isAcronym(w) && spellsInitials(w.replace(/[.'\u2019]|s$/gu, '').toLowerCase(), b.agent));
