/**
 * Facts of each claim: quantities with unit nouns, dates, names (linked across the story),
 * titles of works, quotes with their speaker, and attributions (to whom something was said,
 * who reported it).
 */
import type { Claim } from '../model/analysis';
import { findDates, type DateMention } from '../text/dates';
import {
  collectNameWords,
  findNameMentions,
  findTitles,
  linkNames,
  type NameMention,
  type TitleMention,
} from '../text/names';
import { findQuantities, type Quantity } from '../text/numbers';
import { findQuotes, type QuoteMention } from '../text/quotes';

/** An attribution: "told X", "revealed to X", "in an interview with X", "X first reported", "according to X". */
export interface Attribution {
  /** "told", "revealed to", "interview with", "reported", "according to". */
  readonly relation: string;
  /** Linked name key of the recipient / reporter. */
  readonly party: string;
  /** The party as written. */
  readonly partyText: string;
  /** Display value, "told CNN". */
  readonly display: string;
  readonly start: number;
  readonly end: number;
}

/** The facts of one claim; offsets relative to the claim text. */
export interface ClaimFacts {
  readonly quantities: readonly Quantity[];
  readonly dates: readonly DateMention[];
  /** Name mentions with `key` replaced by the story-wide canonical key. */
  readonly names: readonly NameMention[];
  readonly titles: readonly TitleMention[];
  readonly quotes: readonly QuoteMention[];
  readonly attributions: readonly Attribution[];
}

const ATTRIBUTION_PATTERNS: ReadonlyArray<{ re: RegExp; relation: string; before?: boolean }> = [
  { re: /\b(told|tells)\s+(?:the\s+)?(?=\p{Lu})/gu, relation: 'told' },
  {
    re: /\b(said|spoke|speaking|revealed|confirmed|admitted|explained|disclosed)\s+to\s+(?:the\s+)?(?=\p{Lu})/gu,
    relation: 'said to',
  },
  { re: /\binterview\s+with\s+(?:the\s+)?(?=\p{Lu})/gu, relation: 'interview with' },
  { re: /\baccording\s+to\s+(?=\p{Lu})/gu, relation: 'according to' },
  { re: /\s(?:first\s+|originally\s+|previously\s+)?reported\b/gu, relation: 'reported', before: true },
];

/** Attributions of one sentence, given its (linked) name mentions. */
function findAttributions(text: string, names: readonly NameMention[]): Attribution[] {
  const found: Attribution[] = [];
  for (const { re, relation, before } of ATTRIBUTION_PATTERNS) {
    for (const m of text.matchAll(re)) {
      const at = m.index ?? 0;
      const end = at + m[0].length;
      const name = before
        ? [...names]
            .reverse()
            .find((n) => n.end <= at && /^\s*(?:has\s+|had\s+)?$/.test(text.slice(n.end, at)))
        : names.find((n) => n.start === end);
      if (!name) continue;
      const verb = m[0].trim();
      found.push({
        relation,
        party: name.key,
        partyText: name.text,
        display: before ? `${name.text} ${verb}` : `${verb} ${name.text}`,
        start: Math.min(at + (m[0].length - m[0].trimStart().length), name.start),
        end: Math.max(end, name.end),
      });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

/**
 * Extract the facts of every claim, linking names across the whole story.
 * @param claims all claims of the story, in article order.
 * @returns one {@link ClaimFacts} per claim (same order).
 */
export function extractFacts(claims: readonly Claim[]): ClaimFacts[] {
  const known = collectNameWords(claims.map((c) => c.text));
  const rawNames = claims.map((c) => findNameMentions(c.text, known));
  const link = linkNames(rawNames.flat().map((n) => n.key));
  const lastSpeaker = new Map<string, string>();
  return claims.map((claim, i) => {
    const text = claim.text;
    const names = (rawNames[i] ?? []).map((n) => ({ ...n, key: link.get(n.key) ?? n.key }));
    const dates = findDates(text);
    const quantities = findQuantities(text).filter(
      (q) => !dates.some((d) => q.start < d.end && d.start < q.end),
    );
    const quotes = findQuotes(text, names).map((q) => {
      let speaker = q.speaker === null ? null : (link.get(q.speaker) ?? q.speaker);
      // "she added": the last named speaker of the same article.
      if (speaker !== null && /^(he|she|they|we|i)$/.test(speaker))
        speaker = lastSpeaker.get(claim.articleId) ?? speaker;
      return { ...q, speaker };
    });
    for (const q of quotes)
      if (q.speaker && !/^(he|she|they|we|i)$/.test(q.speaker)) lastSpeaker.set(claim.articleId, q.speaker);
    const titles = findTitles(text);
    const attributions = findAttributions(text, names);
    return { quantities, dates, names, titles, quotes, attributions };
  });
}
