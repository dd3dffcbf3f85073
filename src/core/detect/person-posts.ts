/**
 * The posts a story gives named people, read where news puts them: the person nouns right before
 * the name (WordNet noun.person words, "chief economist", "detective inspector", "Facebook CEO
 * Mark Zuckerberg" with the body's name skipped) or an appositive right after it (", a veteran
 * Times reporter,"). Read once per analysis context and shared by the role comparison
 * (compare-roles.ts), the actor check (who "the author" is) and the attribution check (who speaks
 * for a body).
 */
import { lemmatize } from '../text/lexicon';
import { GIVEN_NAME_NOUNS } from '../text/name-keys';
import {
  ADDRESS_FORMS,
  DEPUTY_RANKS,
  GENERIC,
  INITIALISMS,
  isSituation,
  PAST_POST,
  QUALIFIERS,
  RANKS,
  SERVICE_RANKS,
} from './role-words';
import type { NameMention } from '../text/names';
import { tokenize, type Token } from '../text/normalize';
import { isPersonNoun } from './action-words';
import { editDistance } from '../text/edit-distance';
import type { DetectContext } from './context';

/** Words looked at before a name or inside an appositive. */
const ROLE_WINDOW = 4;

export interface Role {
  readonly head: string;
  /** A head that names no particular post ("leader"), compared only by its ranks. */
  readonly generic: boolean;
  readonly ranks: ReadonlySet<string>;
  readonly qualifiers: ReadonlySet<string>;
  readonly start: number;
  readonly end: number;
}

/** The words an initialism stands for ("ceo", "sgt"); own keys only, never "constructor" and the like. */
const initialism = (word: string): readonly string[] | undefined =>
  Object.hasOwn(INITIALISMS, word) ? INITIALISMS[word] : undefined;

/** The words of a run of role words, initialisms spelt out. */
function roleWords(run: readonly Token[]): string[] {
  const words = run.flatMap((t) => initialism(t.norm) ?? [t.norm]);
  const n = words.length;
  if (n >= 2 && words[n - 1] === 'officer' && words[n - 2] === 'executive') words.pop();
  return words;
}

/** A run of role words (rank words and person nouns, last one a person noun) as a Role. */
function roleOf(run: readonly Token[]): Role | null {
  // "author Sir Terry Pratchett": a form of address after the post is no post.
  const words = roleWords(run);
  while (words.length > 1 && ADDRESS_FORMS.has(words[words.length - 1] as string)) words.pop();
  let h = words.length - 1;
  while (h >= 0 && !isPostNoun(lemmatize(words[h] as string))) h--;
  // "director general", "secretary general": "general" after a post qualifies it ("Major General"
  // is a rank of general).
  const prior = words[h - 1];
  if (words[h] === 'general' && prior && isPostNoun(lemmatize(prior)) && !SERVICE_RANKS.has(prior)) h--;
  if (h < 0) return null;
  const head = lemmatize(words[h] as string);
  if (isSituation(head)) return null;
  const before = words.slice(0, h);
  // A bare "officer" (or "police officer") is any rank of a service ("officer Mark Rowley" /
  // "deputy commissioner Mark Rowley"); "chief operating officer" is a post.
  const generic = GENERIC.has(head) || (head === 'officer' && before.every((w) => w === 'police'));
  const ranks = new Set(before.filter((w) => RANKS.has(w) && (!generic || DEPUTY_RANKS.has(w))));
  const qualifiers = new Set(before.filter((w) => QUALIFIERS.has(w)));
  const last =
    [...run].reverse().find((t) => isPostNoun(lemmatize(t.norm))) ?? (run[run.length - 1] as Token);
  return { head, generic, ranks, qualifiers, start: (run[0] as Token).start, end: last.end };
}

/**
 * Person nouns, and "chair", a post whose person sense WordNet lists third (after furniture); not
 * given names WordNet lists as persons ("Daniel").
 */
const isPostNoun = (lemma: string): boolean =>
  lemma === 'chair' || (isPersonNoun(lemma) && !GIVEN_NAME_NOUNS.has(lemma));

/** Role words: person nouns or ranks, not names of places or bodies, nor a verb ("starred"). */
function isRoleWord(t: Token): boolean {
  if (t.kind !== 'word') return false;
  if (RANKS.has(t.norm) || QUALIFIERS.has(t.norm) || initialism(t.norm) !== undefined) return true;
  const lemma = lemmatize(t.norm);
  return !(/(?:ed|ing)$/.test(t.norm) && lemma !== t.norm) && isPostNoun(lemma);
}

/**
 * The title words inside a name mention: the run of role words right before the name proper, which
 * is the mention's last two words and any other words before them that are no role word. So "Coast
 * Guard Rear Admiral Shannon Gilreath" is an admiral, "French Interior Minister Laurent Nunez" a
 * minister and "NTSB Vice Chair Renata Okafor-Lind" a vice chair (a body's name or a nationality
 * before the title is no part of it), and "Inspector Hunter Blake" an inspector, not a hunter.
 */
function titleInside(inside: readonly Token[]): Token[] {
  let at = inside.length - 2;
  while (at > 0 && !isRoleWord(inside[at - 1] as Token)) at--;
  // "CEO of Whole Foods": the post of someone at the body, not the body's.
  if (at <= 0 || inside[at]?.norm === 'of') return [];
  return trailingRun(inside.slice(0, at));
}

/**
 * The posts a sentence gives the person of mention `n`, before the name or in an appositive after
 * it: one, or several joined by "and" ("founder and CEO Mark Zuckerberg", "Mark Zuckerberg, the
 * founder and chief executive of Facebook").
 */
function rolesAround(text: string, tokens: readonly Token[], n: NameMention): Role[] {
  // Title words inside the mention ("Detective Chief Inspector Alan Roskilly") and right before it
  // ("chief economist Tomas Brekke"): the run of role words ending at the person's given name.
  const inside = tokens.filter((t) => t.start >= n.start && t.end <= n.end);
  const titled = titleInside(inside);
  const before: Token[] = [];
  for (let i = tokens.findIndex((t) => t.start >= n.start) - 1; i >= 0 && before.length < ROLE_WINDOW; i--) {
    const t = tokens[i] as Token;
    const next = before[0] ?? inside[0];
    const gap = next ? text.slice(t.end, next.start).trim() : '';
    // "Northvale's managing director, Priya Halloran": a post of a body set before the name with a
    // comma ("The only dissenter, Tomas Brekke" names no post).
    const ofBody = /['\u2019]s\s+(?:[\p{L}-]+\s+){0,2}$/u.test(
      text.slice(Math.max(0, t.start - 40), t.start),
    );
    if (gap !== '' && !(gap === ',' && before.length === 0 && next === inside[0] && isRoleWord(t) && ofBody))
      break;
    if (!isRoleWord(t)) break;
    before.unshift(t);
  }
  const run = [...before, ...titled];
  const front = run.length > 0 ? roleOf(run) : null;
  if (front) {
    const lead = text.slice(Math.max(0, front.start - 40), front.start);
    // "former chairman", and "ex-wife": a post or tie held before.
    if (PAST_POST.test(lead) || PAST_POST.test(text.slice(front.start, front.end))) return [];
    // "founder and CEO Mark Zuckerberg": the post before "and" too.
    const and = /(?:^|\s)(?:and|&)\s+$/.exec(lead);
    const k = tokens.findIndex((t) => t.start >= front.start);
    const prior = and && k > 1 ? trailingRun(tokens.slice(Math.max(0, k - 1 - ROLE_WINDOW), k - 1)) : [];
    const other = prior.length > 0 ? roleOf(prior) : null;
    return other ? [other, front] : [front];
  }
  // ", a veteran Times reporter," / ", the bank's chief economist," / ", Northvale Rail's managing director."
  const after = text.slice(n.end);
  const appositive =
    /^,\s+(?:(?:a|an|the|(?:\p{Lu}[\p{L}-]*\s+){0,3}\p{Lu}[\p{L}-]*['\u2019]s)\s+)?([^,;:()]{2,60}?)(?=[,;:.)]|$)/u.exec(
      after,
    );
  if (!appositive || PAST_POST.test(appositive[1] as string)) return [];
  // ", who had beaten her idol,": a clause about the person, not what they are.
  if (/^(?:who|whom|whose|which|that|where|when)\b/i.test(appositive[1] as string)) return [];
  const offset = n.end + (appositive[0].length - (appositive[1] as string).length);
  const words = tokenize(appositive[1] as string).map((t) => ({
    ...t,
    start: t.start + offset,
    end: t.end + offset,
  }));
  // The head noun comes before any prepositional phrase: "a White House correspondent for The
  // New York Times" is a correspondent.
  const cut = words.findIndex((t) => /^(for|of|at|in|from|with|who|which|whose)$/.test(t.norm));
  const phrase = cut > 0 ? words.slice(0, cut) : words;
  const parts: Token[][] = [[]];
  for (const t of phrase)
    if (t.norm === 'and') parts.push([]);
    else (parts[parts.length - 1] as Token[]).push(t);
  return parts.flatMap((part) => {
    const tail = trailingRun(part).slice(-ROLE_WINDOW);
    // "Warren Beatty and Faye Dunaway, the filmmakers, and our fans": a plural is the next item of a
    // list, not what one person is.
    const end = tail[tail.length - 1];
    if (end && end.norm !== lemmatize(end.norm) && /s$/.test(end.norm)) return [];
    const role = tail.length > 0 ? roleOf(tail) : null;
    return role ? [role] : [];
  });
}

/**
 * A name set before a person noun qualifies those people ("major Credit Suisse shareholders",
 * "Harbour Trust volunteers"): it names no person, and the words before it describe the people.
 */
function modifiesPeople(text: string, tokens: readonly Token[], n: NameMention): boolean {
  const next = tokens.find((t) => t.start >= n.end);
  return (
    next !== undefined &&
    // Right after the name: ", president of the union" is an appositive, not people it qualifies.
    text.slice(n.end, next.start).trim() === '' &&
    next.kind === 'word' &&
    next.text === next.norm &&
    isPersonNoun(lemmatize(next.norm))
  );
}

/** The last run of role words of a phrase. */
function trailingRun(words: readonly Token[]): Token[] {
  const out: Token[] = [];
  for (let i = words.length - 1; i >= 0 && isRoleWord(words[i] as Token); i--) out.unshift(words[i] as Token);
  return out;
}

/** The posts a sentence gives one named person (two-word names or longer). */
export interface MentionRoles {
  readonly claim: number;
  readonly name: NameMention;
  readonly roles: readonly Role[];
}

/** Posts of every name mention, per analysis context: read once, by the role, actor and attribution checks. */
const mentionRolesCache = new WeakMap<DetectContext, MentionRoles[]>();

/** The posts every sentence gives each named person, read once per analysis context. */
export function mentionRoles(ctx: DetectContext): MentionRoles[] {
  const cached = mentionRolesCache.get(ctx);
  if (cached) return cached;
  const out: MentionRoles[] = [];
  ctx.facts.forEach((f, claim) => {
    const text = ctx.claims[claim]?.text ?? '';
    const tokens = tokenize(text);
    for (const name of f.names) {
      if (name.key.split(' ').length < 2 || modifiesPeople(text, tokens, name)) continue;
      const roles = rolesAround(text, tokens, name);
      if (roles.length > 0) out.push({ claim, name, roles });
    }
  });
  mentionRolesCache.set(ctx, out);
  return out;
}

/** Letters two keys of one person may differ by (a misspelt name). */
const NAME_SLIP = 2;

/** Post holders and role owners per analysis context: read by every actor and attribution check. */
const holdersCache = new WeakMap<DetectContext, Map<string, Set<string>>>();
const ownersCache = new WeakMap<DetectContext, Map<string, string>>();

/** Post head → keys of the named people the story gives that post. */
function postHolders(ctx: DetectContext): Map<string, Set<string>> {
  const cached = holdersCache.get(ctx);
  if (cached) return cached;
  const holders = new Map<string, Set<string>>();
  for (const { name, roles } of mentionRoles(ctx))
    for (const role of roles)
      if (!role.generic) holders.set(role.head, (holders.get(role.head) ?? new Set<string>()).add(name.key));
  holdersCache.set(ctx, holders);
  return holders;
}

/**
 * Whether the story gives a named person a post ("Managing director Larry Finlay"): such a person
 * may speak for a body ("the firm says"). `key` may be the surname alone ("finlay").
 */
export function holdsPost(ctx: DetectContext, key: string): boolean {
  for (const keys of postHolders(ctx).values())
    for (const k of keys) if (k === key || k.endsWith(` ${key}`)) return true;
  return false;
}

/**
 * Who a post names in this story: the posts sources give named people ("author Sir Terry
 * Pratchett", "Fantasy writer Terry Pratchett") as post head → person key, for heads only one
 * person of the story holds. So "the author died" and "the writer died" are one agent, the named one.
 */
export function roleOwners(ctx: DetectContext): Map<string, string> {
  const cached = ownersCache.get(ctx);
  if (cached) return cached;
  const owners = new Map<string, string>();
  for (const [head, keys] of postHolders(ctx)) {
    // One person, whatever the spelling ("terry pratchett" / "terry prachett").
    const [first, ...rest] = [...keys];
    if (first !== undefined && rest.every((k) => editDistance(k, first) <= NAME_SLIP))
      owners.set(head, first);
  }
  ownersCache.set(ctx, owners);
  return owners;
}

/** Bodies the story ties named people to, per analysis context. */
const bodiesCache = new WeakMap<DetectContext, Map<string, Set<string>>>();

/**
 * The bodies the story names as where a person holds their post: "Intuitive Machines CEO Steve
 * Altemus", "Acacia's chief executive Murugesan Shanmugaraj", "Steve Altemus, CEO of Intuitive
 * Machines". Person key → body name keys. Such a person speaks for the body.
 */
export function bodiesOf(ctx: DetectContext): Map<string, Set<string>> {
  const cached = bodiesCache.get(ctx);
  if (cached) return cached;
  const out = new Map<string, Set<string>>();
  for (const { claim, name, roles } of mentionRoles(ctx)) {
    const text = ctx.claims[claim]?.text ?? '';
    for (const body of ctx.facts[claim]?.names ?? []) {
      if (body === name || body.key === name.key) continue;
      const before = roles.some(
        (r) => body.end <= r.start && /^(?:['\u2019]s?)?\s*$/u.test(text.slice(body.end, r.start)),
      );
      const after = roles.some(
        (r) =>
          body.start >= r.end && /^\s+(?:of|at|for)\s+(?:the\s+)?$/iu.test(text.slice(r.end, body.start)),
      );
      if (before || after) out.set(name.key, (out.get(name.key) ?? new Set<string>()).add(body.key));
    }
  }
  bodiesCache.set(ctx, out);
  return out;
}
