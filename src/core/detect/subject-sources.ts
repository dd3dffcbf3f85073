/**
 * The subject of a sentence's verb of saying as its source: a name ("Police Scotland said the
 * walkers ...") or an unnamed person or group ("Two people familiar with the boxes claim ...").
 */
import { lemmatize } from '../text/lexicon';
import type { NameMention } from '../text/names';
import { isStopword, type Token } from '../text/normalize';
import { isAgentNoun } from './action-words';
import type { Attribution } from './find-attributions';

/** Verbs of saying that follow a sentence's subject ("Two people familiar with it claim ..."). */
const SAYS =
  /^(say|says|said|claim|claims|claimed|told|believe|believes|allege|alleges|alleged|insist|insists)$/;

/** A verb of saying right after a sentence's named subject ("Police Scotland said the walkers ..."). */
const NAMED_SAYS =
  /^\s+(?:has\s+|had\s+)?(?:said|says|claimed|claims|confirmed|insisted|insists|stated|states|announced|maintained|maintains)\b/u;

/**
 * A name as the subject of a sentence's verb of saying: "Northvale Rail said the train had struck a
 * landslip", "The Acme Group has confirmed ...", "Team leader Dana Holt said ..." (up to three
 * words of description before the name, no punctuation): the source of what follows.
 */
export function namedSubject(text: string, names: readonly NameMention[]): Attribution | null {
  const name = names.find((n) => /^(?:the\s+)?(?:[\p{L}-]+\s+){0,3}$/iu.test(text.slice(0, n.start)));
  if (!name) return null;
  const verb = NAMED_SAYS.exec(text.slice(name.end));
  if (!verb) return null;
  const start = /^the\s+/iu.exec(text)?.[0].length ?? 0;
  const partyText = text.slice(start, name.end);
  return {
    relation: 'said',
    role: 'source',
    party: name.key,
    named: true,
    partyText,
    display: `${partyText} ${verb[0].trim()}`,
    start,
    end: name.end + verb[0].length,
  };
}

/** Whether a lemma names people or a group: an agent noun, or the top "person" ("people"). */
const isPersonOrGroup = (lemma: string): boolean => lemma === 'person' || isAgentNoun(lemma);

/**
 * An unnamed source as the subject of a sentence: "Two people who are familiar with the boxes
 * claim ...", "Officials said ...". The head is the first person or group noun of the sentence,
 * before a relative clause; the verb of saying must follow within a few words.
 */
export function unnamedSource(text: string, tokens: readonly Token[]): Attribution | null {
  const verb = tokens.findIndex((t, i) => i < 16 && SAYS.test(t.norm));
  if (verb <= 0) return null;
  // "The injured woman was said to be stable": a passive report, and she is not its source.
  if (/^(was|were|is|are|be|been|being)$/.test((tokens[verb - 1] as Token).norm)) return null;
  // Words before the verb inside a quote are the speaker's, not the subject ("'X is the type of
  // striker we need,' said Holt").
  if (/["\u201c\u201d]|(?:^|\s)['\u2018]/u.test(text.slice(0, (tokens[verb] as Token).start))) return null;
  let head = -1;
  for (let i = 0; i < verb; i++) {
    const t = tokens[i] as Token;
    if (
      /^(who|that|which|whose)$/.test(t.norm) ||
      /[,;:]/.test(text.slice(t.end, tokens[i + 1]?.start ?? t.end))
    )
      break;
    if (t.capitalised && i > 0) return null;
    if (!isStopword(t.norm) && isPersonOrGroup(lemmatize(t.norm))) head = i;
  }
  if (head < 0) return null;
  const first = tokens[0] as Token;
  const last = tokens[head] as Token;
  const verbTok = tokens[verb] as Token;
  const partyText = text.slice(first.start, last.end);
  return {
    relation: 'said',
    role: 'source',
    party: lemmatize(last.norm),
    partyText,
    display: `${partyText}${verb > head + 1 ? ' \u2026' : ''} ${verbTok.text}`,
    start: first.start,
    end: verbTok.end,
  };
}
