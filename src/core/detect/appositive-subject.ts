/**
 * The subject of a verb written with an apposition, the way news introduces people: "The park's
 * head vet, Dr Ines Marwood, sedated her", "Dr Marwood, the park's head vet, darted her",
 * "Caretaker Dennis Mould, 61, pulled …", "Kittiwake Travel, which already runs the town's school
 * buses, has agreed to step in". The clause scan of find-actions.ts stops at a comma; this reads a
 * sentence that opens with exactly two comma-separated parts before its verb (and auxiliaries).
 */
import type { NameMention } from '../text/names';
import type { Token } from '../text/normalize';
import { AUXILIARIES, CLAUSE_BREAKS, PREPOSITIONS } from './action-words';

/** An appositive subject: the name it holds and where it is. */
export interface AppositiveSubject {
  readonly name: NameMention;
}

/** Words that open an adverbial or a linked clause, not a subject ("However, …", "On Tuesday, …"). */
const NOT_SUBJECT_START =
  /^(however|but|and|or|so|then|yet|meanwhile|instead|earlier|later|now|today|yesterday|it|there)$/;

/** Finite verbs that make a part of the sentence a clause of its own. */
const FINITE = /^(?:has|have|had|is|are|was|were|will|would|can|could|shall|should|may|might|must)$/;

/**
 * The named subject of the verb at token `i` when the sentence opens "A, B, [auxiliaries] verb",
 * with the name in A or in B (not in a relative clause "which …", not after a preposition); null
 * otherwise.
 */
export function appositiveSubject(
  text: string,
  tokens: readonly Token[],
  i: number,
  names: readonly NameMention[],
): AppositiveSubject | null {
  let k = i - 1;
  while (k >= 0 && AUXILIARIES.has((tokens[k] as Token).norm)) k--;
  const last = tokens[k];
  if (!last || !text.slice(last.end, (tokens[k + 1] as Token).start).includes(',')) return null;
  const parts = /^\s*([^,;:()"\u201c\u201d]+),\s*([^,;:()"\u201c\u201d]+)$/u.exec(text.slice(0, last.end));
  if (!parts) return null;
  const first = tokens[0] as Token;
  if (PREPOSITIONS.has(first.norm) || CLAUSE_BREAKS.has(first.norm) || NOT_SUBJECT_START.test(first.norm))
    return null;
  const secondStart = last.end - (parts[2] as string).length;
  const second = tokens.find((t) => t.start >= secondStart);
  const relative = second !== undefined && /^(who|which|that|whose|where|when)$/.test(second.norm);
  // "Viewed by many as the best poet, Holt had enjoyed a long career, winning …": a second part with
  // a verb of its own is a clause, not an apposition; the verb after it is that clause's.
  if (!relative && tokens.some((t) => t.start >= secondStart && t.end <= last.end && FINITE.test(t.norm)))
    return null;
  const governed = (n: NameMention): boolean => {
    const at = tokens.findIndex((t) => t.start >= n.start);
    return tokens.slice(Math.max(0, at - 2), at).some((t) => PREPOSITIONS.has(t.norm));
  };
  // "Switzerland's biggest bank, UBS, has agreed": a possessive names the owner, not the subject.
  const owner = (n: NameMention): boolean =>
    /^['\u2019]s\b/u.test(text.slice(n.end)) || /['\u2019]s$/u.test(n.text);
  const candidates = names.filter(
    (n) => n.end <= last.end && !governed(n) && !owner(n) && !(relative && n.start >= secondStart),
  );
  // "Legendary Australian cricketer Shane Warne, known as …, has died": the first part's last name
  // heads it; the words before describe that person.
  const inFirst = candidates.filter((n) => n.end <= secondStart);
  const head = inFirst[inFirst.length - 1];
  const between = inFirst[0] && head ? text.slice(inFirst[0].end, head.start) : '';
  // Only words describing one person between them ("cricketer"), no second person ("… and …").
  const described =
    /^\s+(?:[\p{Ll}-]+\s+){1,3}$/u.test(between) && !/\b(?:and|or|with|\p{Ll}+ed)\b/u.test(between);
  const name = described ? head : candidates[0];
  return name ? { name } : null;
}
