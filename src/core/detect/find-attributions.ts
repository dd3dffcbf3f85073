/**
 * Attributions of a sentence: who is given as the source ("according to X", "X reported",
 * "first reported by X", "advised by X", "X told residents", "…, X said.") and to whom something was
 * said ("told X", "said to X", "revealed to X", "in an interview with X"). Parties are names (linked
 * keys) or short noun phrases ("the county council" → "county council").
 */
import { lemmatize } from '../text/lexicon';
import type { NameMention } from '../text/names';
import type { TitleMention } from '../text/titles';
import { namedSubject, unnamedSource } from './subject-sources';
import { isAgentNoun } from './action-words';
import { PRESS } from './same-source';
import { MESSAGES, WORKS } from './document-words';
import { isStopword, tokenize, type Token } from '../text/normalize';

/** One attribution; offsets relative to the sentence. */
export interface Attribution {
  /** "told", "said to", "interview with", "according to", "reported", "reported by", "advised by", "said". */
  readonly relation: string;
  /** `source`: who gives the information; `recipient`: who it was given to. */
  readonly role: 'source' | 'recipient';
  /** Linked name key, or the content lemmas of a noun phrase ("county council"). */
  readonly party: string;
  readonly partyText: string;
  /** Display value, "told CNN", "according to the operator". */
  readonly display: string;
  readonly start: number;
  readonly end: number;
  /** "first reported by X", "X first reported": a claim about who broke the story. */
  readonly first?: boolean;
  /** The party is a name ("Police Scotland", "Dr Holt"), not a noun phrase ("the trust"). */
  readonly named?: true;
}

interface Pattern {
  readonly re: RegExp;
  readonly relation: string;
  readonly role: Attribution['role'];
  /** Where the party is: after the match, or before it. */
  readonly party: 'after' | 'before';
}

const PATTERNS: readonly Pattern[] = [
  { re: /\b(?:told|tells)\s+/gu, relation: 'told', role: 'recipient', party: 'after' },
  {
    // "Speaking to Wendle FM, …" opens a sentence as often as it follows a name.
    re: /\b(?:said|spoke|speaking|talking|revealed|confirmed|admitted|explained|disclosed)\s+to\s+/giu,
    relation: 'said to',
    role: 'recipient',
    party: 'after',
  },
  { re: /\binterview\s+with\s+/gu, relation: 'interview with', role: 'recipient', party: 'after' },
  // "she wrote in a statement": the channel a statement was given through.
  {
    re: /\b(?:said|wrote|added|posted)\s+in\s+(?=(?:a|an|her|his|their|its)\s+statement\b)/gu,
    relation: 'in',
    role: 'recipient',
    party: 'after',
  },
  // "In a statement, the company said …": the same channel, opening the sentence.
  {
    re: /^\s*In\s+(?=(?:a|an|her|his|their|its)\s+(?:\p{Ll}+\s+)?statement\b)/gu,
    relation: 'in',
    role: 'recipient',
    party: 'after',
  },
  // "… said at a press conference", "told reporters at the briefing": where it was said.
  {
    re: /\b(?:said|spoke|speaking|added|says)\s+at\s+/gu,
    relation: 'at',
    role: 'recipient',
    party: 'after',
  },
  { re: /\baccording\s+to\s+/giu, relation: 'according to', role: 'source', party: 'after' },
  {
    // "first reported in January by X", "first raised by X" (questions first raised: reported).
    re: /\b(?:(?:first\s+|originally\s+|previously\s+)?(?:reported|revealed|disclosed|broken|published)|(?:first|originally)\s+(?:carried|aired|broadcast|printed|run|raised))(?:\s+(?:in|on)\s+\p{L}+)?\s+by\s+/gu,
    relation: 'reported by',
    role: 'source',
    party: 'after',
  },
  {
    re: /\b(?:advised|warned|told|ordered|instructed)\s+by\s+/gu,
    relation: 'advised by',
    role: 'source',
    party: 'after',
  },
  {
    // ("thousands reported missing", "reported dead": a participle of what befell people.)
    re: /\s(?:has\s+|had\s+)?(?:first\s+|originally\s+|previously\s+)?reported\b(?!\s+by)(?!\s+(?:missing|dead|killed|injured|hurt|safe|lost|stolen|sick|ill|wounded)\b)/gu,
    relation: 'reported',
    role: 'source',
    party: 'before',
  },
  // "The county council told residents ...": a source telling the public.
  {
    re: /\s(?:told|advised|warned|urged)\s+(?=residents|people|the public|locals|families|viewers|readers|listeners)/gu,
    relation: 'told',
    role: 'source',
    party: 'before',
  },
  // "..., the council said." at the end of a sentence.
  {
    re: /\s(?:said|says|added|confirmed|announced)[.!]?\s*$/gu,
    relation: 'said',
    role: 'source',
    party: 'before',
  },
];

/**
 * Nouns of the settings a statement is made in, which tell where it was said as a name does ("told
 * a news conference" / "told parliament's finance committee"), and the press ("told reporters");
 * other people ("told residents") do not.
 */
const SETTINGS = new Set([
  // The press, told as a body ("told reporters"): compared with the other channels (same-source.ts).
  'reporter',
  'journalist',
  'conference',
  'committee',
  'briefing',
  'hearing',
  // An audience in the room ("told the crowd after the sale"): another setting than a statement.
  'crowd',
  'audience',
  'meeting',
  'rally',
  'parliament',
  'session',
  'assembly',
  'statement',
  'inquiry',
  'podcast',
]);

const PRONOUN = /^(he|she|they|it|we|i|you|this|that|who|which)$/;
/** Party key from a noun phrase's tokens: linked names when it has any, else its content lemmas. */
function partyKey(all: readonly Token[], names: readonly NameMention[]): { party: string; named: boolean } {
  // The head part: "officials in Carvell" is about officials.
  const cut = all.findIndex((t, i) => i > 0 && /^(in|of|at|from)$/.test(t.norm));
  const tokens = cut > 0 ? all.slice(0, cut) : all;
  const inNames = names.filter((n) => tokens.some((t) => t.start >= n.start && t.end <= n.end));
  // "French authorities", "Paris's chief prosecutor", "Indian news outlets": people a name only
  // qualifies are no name.
  const head = tokens[tokens.length - 1];
  const qualifies =
    head !== undefined &&
    !head.capitalised &&
    !inNames.some((n) => head.start >= n.start && head.end <= n.end) &&
    (isAgentNoun(lemmatize(head.norm)) || PRESS.has(lemmatize(head.norm)));
  if (inNames.length > 0 && !qualifies) return { party: inNames.map((n) => n.key).join(' '), named: true };
  const party = tokens
    .filter((t) => !isStopword(t.norm) && t.kind !== 'number')
    .map((t) => lemmatize(t.norm))
    .join(' ');
  return { party, named: false };
}

/** Small counts of people before the noun of a source ("one witness", "two officials"). */
const COUNT_WORD = /^(?:one|two|three|four|five|six|seven|eight|nine|ten|several|some|many)$/;

/** The noun phrase after `at`: optional determiner, then capitalised words, nouns, adjectives and numbers, with an appositive name. */
function phraseAfter(text: string, tokens: readonly Token[], at: number, opening = false): Token[] {
  const out: Token[] = [];
  let i = tokens.findIndex((t) => t.start >= at);
  if (i < 0) return out;
  if (/^(the|a|an|its|their|his|her)$/.test((tokens[i] as Token).norm)) i++;
  for (; i < tokens.length && out.length < 6; i++) {
    const t = tokens[i] as Token;
    const prev = out[out.length - 1];
    const gap = prev ? text.slice(prev.end, t.start) : '';
    // "according to the operator, Ellery Metro" goes on past the comma; an opening phrase ("Speaking
    // to River Radio, Dana Holt said") ends there, where the sentence's subject begins.
    // "multiple U.S. media reports": the stops of an initialism are inside the phrase.
    const initialism = prev !== undefined && /^\p{Lu}$/u.test(prev.text) && /^\.\s?$/.test(gap);
    if (prev && gap.trim() !== '' && !initialism && !(gap.trim() === ',' && t.capitalised && !opening)) break;
    // "according to one witness", "according to two officials": a count of the sources.
    if (out.length === 0 && (t.kind === 'number' || COUNT_WORD.test(t.norm))) {
      out.push(t);
      continue;
    }
    if (isStopword(t.norm) && !t.capitalised) break;
    // A participle ends the phrase; a setting noun in -ing ("an emergency meeting", "a briefing") does not.
    if (
      !t.capitalised &&
      t.kind === 'word' &&
      /(ed|ing|ly)$/.test(t.norm) &&
      out.length > 0 &&
      !SETTINGS.has(t.norm)
    )
      break;
    out.push(t);
  }
  return out;
}

/** The noun phrase that ends right before `at` (at most five words, no stopwords inside). */
function phraseBefore(text: string, tokens: readonly Token[], at: number): Token[] {
  const out: Token[] = [];
  let i = -1;
  for (let k = tokens.length - 1; k >= 0; k--)
    if ((tokens[k] as Token).end <= at) {
      i = k;
      break;
    }
  for (; i >= 0 && out.length < 5; i--) {
    const t = tokens[i] as Token;
    const next = out[0];
    if (next && text.slice(t.end, next.start).trim() !== '') break;
    if (
      !next &&
      text
        .slice(t.end, at)
        .replace(/\b(has|had)\b/g, '')
        .trim() !== ''
    )
      break;
    // "officials in Carvell said": a place or body after "in/of/at/from" still belongs to the phrase.
    const before = tokens[i - 1];
    if (/^(in|of|at|from)$/.test(t.norm) && out.length > 0 && before && !isStopword(before.norm)) {
      out.unshift(t);
      continue;
    }
    if (isStopword(t.norm) || /^(has|had|have)$/.test(t.norm)) break;
    out.unshift(t);
  }
  return out;
}

/**
 * Find the attributions of one sentence.
 * @param text the sentence.
 * @param names its name mentions, with linked keys.
 * @param titles its titles of works (a title is not a source that can disagree).
 */
export function findAttributions(
  text: string,
  names: readonly NameMention[],
  titles: readonly TitleMention[] = [],
): Attribution[] {
  const tokens = tokenize(text);
  const found: Attribution[] = [];
  for (const p of PATTERNS) {
    p.re.lastIndex = 0;
    for (const m of text.matchAll(p.re)) {
      const at = m.index ?? 0;
      const end = at + m[0].length;
      let phrase =
        p.party === 'after'
          ? phraseAfter(text, tokens, end, text.slice(0, at).trim() === '')
          : phraseBefore(text, tokens, at);
      // "according to a tweet from the regional emergency services", "according to ship-tracking
      // data from Tidewell Marine", "according to the ruling by a district court": whose it is.
      const tail = phrase[phrase.length - 1];
      const said = (t: Token): boolean =>
        MESSAGES.has(lemmatize(t.norm)) || WORKS.has(lemmatize(t.norm)) || WORKS.has(t.norm);
      if (p.party === 'after' && tail && !tail.capitalised && said(tail)) {
        const from = /^\s+(?:from|by|of)\s+/i.exec(text.slice(tail.end));
        if (from) phrase = phraseAfter(text, tokens, tail.end + from[0].length);
      }
      const first = phrase[0];
      const last = phrase[phrase.length - 1];
      if (!first || !last) continue;
      // A recipient is named ("told CNN") or is a setting ("told a news conference", "in a statement").
      const setting = SETTINGS.has(last.norm) || SETTINGS.has(lemmatize(last.norm));
      if (p.role === 'recipient' && !phrase.some((t) => t.capitalised) && !setting) continue;
      const head = lemmatize(last.norm);
      if (phrase.length === 1 && PRONOUN.test(first.norm)) continue;
      if (
        // (A name ending in such a word is a party: "the Heartland Review", "the Daily Record".)
        ((WORKS.has(head) || WORKS.has(last.norm)) && !last.capitalised && p.relation !== 'in') ||
        titles.some((t) => first.start >= t.start && first.start < t.end)
      )
        continue;
      const partyText = text.slice(first.start, last.end);
      const verb = m[0].trim().replace(/[.!]$/, '');
      const start = Math.min(first.start, at + (m[0].length - m[0].trimStart().length));
      const { party, named } = partyKey(phrase, names);
      found.push({
        relation: p.relation,
        role: p.role,
        party,
        ...(named ? { named: true as const } : {}),
        partyText,
        display: p.party === 'after' ? `${verb} ${text.slice(end, last.end)}` : `${partyText} ${verb}`,
        start,
        end: Math.max(last.end, p.party === 'after' ? end : at + m[0].trimEnd().replace(/[.!]$/, '').length),
        ...(p.role === 'source' && /\b(?:first|originally)\b/i.test(m[0]) ? { first: true } : {}),
      });
    }
  }
  const subject = namedSubject(text, names) ?? unnamedSource(text, tokens);
  // The subject speaks even where "according to" names who passed it on ("Peskov said …, according
  // to Reuters"), or an outlet reporting it ends the sentence ("Officials said that …, CBS
  // reported."); another pattern's source ("…, the council said") is the subject itself.
  const relay = (f: Attribution): boolean =>
    f.relation === 'according to' ||
    (f.relation === 'reported' && /^[\s.!"'\u201d\u2019]*$/u.test(text.slice(f.end)));
  if (subject && !found.some((f) => f.role === 'source' && !relay(f))) found.push(subject);
  return found.sort((a, b) => a.start - b.start);
}
