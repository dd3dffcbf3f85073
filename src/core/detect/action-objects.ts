/**
 * The object of an action's verb, as the lemma of its head noun: the noun phrase after the verb
 * ("arrested a 34-year-old man" → "man"), or the noun a relative clause is about ("15 boxes that the
 * National Archives obtained" → "box"), so "arrested a man" and "detained a man" are the same
 * action. Used by find-actions.ts.
 */
import { canBeAdjective, canBeNoun, lemmatize } from '../text/lexicon';
import { isStopword, type Token } from '../text/normalize';

/**
 * The head noun of the object after the verb at `i` (skipping determiners, numbers and adjectives):
 * what the action was done to, the same lemma whichever verb a source chose for it.
 */
export function objectAfter(tokens: readonly Token[], i: number): string | null {
  let head: string | null = null;
  for (let k = i + 1; k < tokens.length && k <= i + 6; k++) {
    const t = tokens[k] as Token;
    if (
      head === null &&
      (/^(the|a|an|his|her|their|its|this|that)$/.test(t.norm) || t.kind === 'number' || /-old$/.test(t.norm))
    )
      continue;
    // The particle of a phrasal verb: "put up a reward", "handed over the files".
    if (k === i + 1 && /^(up|out|off|down|over|back|away)$/.test(t.norm)) continue;
    if (isStopword(t.norm)) break;
    const lemma = lemmatize(t.norm);
    // A gerund the lexicon has as a noun of its own ("teaching assistant", "building work").
    if (canBeNoun(lemma)) head = lemma;
    else if (lemma !== t.norm && canBeNoun(t.norm)) head = t.norm;
    // A hyphenated modifier ("a dusk-to-dawn curfew", "a high-water vehicle") before the noun.
    else if (head !== null || !(canBeAdjective(t.norm) || t.norm.includes('-'))) break;
  }
  // The last noun of the run: "love letters" → "letter", "a 34-year-old man" → "man".
  return head;
}

/**
 * The object of a verb in a relative clause: "15 boxes that the National Archives obtained" → "box"
 * (the noun right before "that"/"which", which comes right before the subject starting at `start`):
 * the object when the verb itself has none after it.
 */
export function relativeObject(tokens: readonly Token[], start: number): string | null {
  let at = tokens.findIndex((t) => t.start >= start) - 1;
  // "that the National Archives": skip the subject's determiner.
  if (at >= 0 && /^(the|a|an)$/.test((tokens[at] as Token).norm)) at--;
  const rel = tokens[at];
  const noun = tokens[at - 1];
  if (!rel || !noun || !/^(that|which)$/.test(rel.norm) || noun.kind !== 'word') return null;
  const lemma = lemmatize(noun.norm);
  return canBeNoun(lemma) && !isStopword(noun.norm) ? lemma : null;
}
