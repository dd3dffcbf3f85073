/**
 * The title or post a source gives a named person: "Detective Chief Inspector Alan Roskilly" vs
 * "Detective Inspector Alan Roskilly", "Deputy governor Tomas Brekke" vs "the bank's chief
 * economist Tomas Brekke". A role is read where news puts it: the person nouns right before the
 * name (WordNet noun.person words, "chief economist", "detective inspector") or an appositive right
 * after it (", a veteran Times reporter,"). Two sources disagree on a person's role when their
 * head nouns are unrelated posts ("governor" / "economist", Wu–Palmer below ROLE_RELATEDNESS) or
 * the same post at another rank ("chief inspector" / "inspector"). Generic heads ("leader",
 * "official") and time words ("former") say nothing about the post and are not compared.
 * A low-severity `name` discrepancy, as the issue asks for titles and names.
 */
import type { Discrepancy } from '../model/analysis';
import { isKindOf, lemmatize, wordRelatedness } from '../text/lexicon';
import type { NameMention } from '../text/names';
import { tokenize, type Token } from '../text/normalize';
import { isPersonNoun } from './action-words';
import { makeDiscrepancy, sourcesDisagree, type DetectContext, type RawSide } from './context';

/** Rank words that change the post ("chief inspector" is not "inspector"). */
const RANKS = new Set(['chief', 'deputy', 'assistant', 'vice', 'senior', 'junior', 'associate']);
/** Ranks that make even a generic head another post ("deputy leader" is not the leader). */
const DEPUTY_RANKS = new Set(['deputy', 'vice', 'assistant']);
/**
 * Words that say which post of a kind ("managing director" / "operations director" / "finance
 * director"): two sources that both qualify the post, differently, disagree; one that leaves the
 * qualifier out does not.
 */
const QUALIFIERS = new Set([
  'managing',
  'operations',
  'operating',
  'finance',
  'financial',
  'sales',
  'marketing',
  'technical',
  'technology',
  'medical',
  'commercial',
  'editorial',
  'creative',
  'artistic',
  'communications',
  'legal',
  'general',
  'executive',
  'political',
  'foreign',
  'research',
  'security',
  'press',
]);
/** Person nouns that name no particular post. */
const GENERIC = new Set([
  'leader',
  'official',
  'member',
  'figure',
  'person',
  'man',
  'woman',
  'spokesman',
  'spokeswoman',
  'spokesperson',
  'head',
  'boss',
  'veteran',
  'friend',
  'source',
  // Forms of address and the tabloid's words for a boss or an officer: no post ("Sir Rupert
  // Ashby" / "Rupert Ashby, the MP"; "manager" / "gaffer"; "Chief Superintendent" / "top cop").
  'sir',
  'dame',
  'lord',
  'lady',
  'gaffer',
  'cop',
]);
/**
 * Kinds of person that say what someone is in the story, not their post: a witness and a
 * pharmacist can be one person ("Pharmacist Priya Oduya" / "witness Priya Oduya").
 */
const SITUATIONS = [
  'perceiver',
  'victim',
  'survivor',
  'relative',
  'inhabitant',
  'traveler',
  'customer',
  'neighbor',
  'patient',
  // A campaigner or an activist is what someone does, not a post ("Campaigner Ayesha Brennock" /
  // "Ayesha Brennock, the group's chair").
  'campaigner',
  'reformer',
];
const isSituation = (head: string): boolean => SITUATIONS.some((kind) => isKindOf(head, kind));

/** Heads at least this related (Wu–Palmer) are one post said two ways ("reporter" / "correspondent": 0.86). */
export const ROLE_RELATEDNESS = 0.8;
/** Words looked at before a name or inside an appositive. */
const ROLE_WINDOW = 4;

interface Role {
  readonly head: string;
  /** A head that names no particular post ("leader"), compared only by its ranks. */
  readonly generic: boolean;
  readonly ranks: ReadonlySet<string>;
  readonly qualifiers: ReadonlySet<string>;
  readonly start: number;
  readonly end: number;
}

/** A run of role words (rank words and person nouns, last one a person noun) as a Role. */
function roleOf(run: readonly Token[]): Role | null {
  let h = run.length - 1;
  while (h >= 0 && !isPostNoun(lemmatize((run[h] as Token).norm))) h--;
  if (h < 0) return null;
  const head = lemmatize((run[h] as Token).norm);
  if (isSituation(head)) return null;
  const generic = GENERIC.has(head);
  const ranks = new Set(
    run
      .slice(0, h)
      .flatMap((t) => (RANKS.has(t.norm) && (!generic || DEPUTY_RANKS.has(t.norm)) ? [t.norm] : [])),
  );

  const qualifiers = new Set(run.slice(0, h).flatMap((t) => (QUALIFIERS.has(t.norm) ? [t.norm] : [])));
  return { head, generic, ranks, qualifiers, start: (run[0] as Token).start, end: (run[h] as Token).end };
}

/** Person nouns, and "chair", a post whose person sense WordNet lists third (after furniture). */
const isPostNoun = (lemma: string): boolean => lemma === 'chair' || isPersonNoun(lemma);

/** Role words: person nouns or ranks, not names of places or bodies. */
const isRoleWord = (t: Token): boolean =>
  t.kind === 'word' && (RANKS.has(t.norm) || QUALIFIERS.has(t.norm) || isPostNoun(lemmatize(t.norm)));

/** The role a sentence gives the person of mention `n`, before the name or in an appositive after it. */
function roleAround(text: string, tokens: readonly Token[], n: NameMention): Role | null {
  // Title words inside the mention ("Detective Chief Inspector Alan Roskilly") and right before it
  // ("chief economist Tomas Brekke"): the run of role words ending at the person's given name.
  const inside = tokens.filter((t) => t.start >= n.start && t.end <= n.end);
  // "NTSB Vice Chair Renata Okafor-Lind": the body's acronym before the title is not part of it.
  const second = inside[1];
  const from = second && /^\p{Lu}{2,}$/u.test(inside[0]?.text ?? '') && isRoleWord(second) ? 1 : 0;
  let k = from;
  while (k < inside.length - 2 && isRoleWord(inside[k] as Token)) k++;
  const titled = inside.slice(from, k);
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
  if (front) return front;
  // ", a veteran Times reporter," / ", the bank's chief economist," / ", Northvale Rail's managing director."
  const after = text.slice(n.end);
  const appositive =
    /^,\s+(?:(?:a|an|the|(?:\p{Lu}[\p{L}-]*\s+){0,3}\p{Lu}[\p{L}-]*['\u2019]s)\s+)?([^,;:()]{2,60}?)(?=[,;:.)]|$)/u.exec(
      after,
    );
  if (!appositive) return null;
  const offset = n.end + (appositive[0].length - (appositive[1] as string).length);
  const words = tokenize(appositive[1] as string).map((t) => ({
    ...t,
    start: t.start + offset,
    end: t.end + offset,
  }));
  // The head noun comes before any prepositional phrase: "a White House correspondent for The
  // New York Times" is a correspondent.
  const cut = words.findIndex((t) => /^(for|of|at|in|from|with|who|which|whose)$/.test(t.norm));
  const tail = trailingRun(cut > 0 ? words.slice(0, cut) : words).slice(-ROLE_WINDOW);
  return tail.length > 0 ? roleOf(tail) : null;
}

/**
 * A name set before a person noun qualifies those people ("major Credit Suisse shareholders",
 * "Harbour Trust volunteers"): it names no person, and the words before it describe the people.
 */
function modifiesPeople(tokens: readonly Token[], n: NameMention): boolean {
  const next = tokens.find((t) => t.start >= n.end);
  return (
    next !== undefined &&
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

const sameRole = (a: Role, b: Role): boolean =>
  (a.head === b.head || wordRelatedness(a.head, b.head) >= ROLE_RELATEDNESS) &&
  a.ranks.size === b.ranks.size &&
  [...a.ranks].every((r) => b.ranks.has(r)) &&
  (a.qualifiers.size === 0 || b.qualifiers.size === 0 || [...a.qualifiers].some((q) => b.qualifiers.has(q)));

/** Name discrepancies: sources that give one named person different posts. */
export function compareRoles(ctx: DetectContext): Discrepancy[] {
  // person key → article → roles with their sides
  // (a generic head is compared only with the same head: "leader" / "deputy leader")
  const people = new Map<string, Map<string, Array<{ role: Role; side: RawSide }>>>();
  ctx.facts.forEach((f, claim) => {
    const text = ctx.claims[claim]?.text ?? '';
    const tokens = tokenize(text);
    for (const n of f.names) {
      if (n.key.split(' ').length < 2 || modifiesPeople(tokens, n)) continue;
      const role = roleAround(text, tokens, n);
      if (!role) continue;
      const article = ctx.claims[claim]?.articleId ?? '';
      const key = role.generic ? `${n.key}|${role.head}` : n.key;
      const byArticle = people.get(key) ?? new Map<string, Array<{ role: Role; side: RawSide }>>();
      people.set(key, byArticle);
      const start = Math.min(role.start, n.start);
      const end = Math.max(role.end, n.end);
      byArticle.set(article, [
        ...(byArticle.get(article) ?? []),
        { role, side: { claim, value: text.slice(start, end), start, end } },
      ]);
    }
  });
  const out: Discrepancy[] = [];
  for (const byArticle of people.values()) {
    const lists = [...byArticle.values()];
    if (lists.length < 2) continue;
    // Two sources disagree when none of one's roles is one of the other's (a source may give two).
    if (!sourcesDisagree(lists, (a, b) => sameRole(a.role, b.role))) continue;
    out.push(
      makeDiscrepancy(
        ctx,
        'name',
        'low',
        lists.flatMap((l) => l.map((r) => r.side)),
        0.55,
        'The sources give the person a different title or post.',
      ),
    );
  }
  return out;
}
