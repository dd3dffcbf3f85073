/**
 * Facts of each claim: quantities with unit nouns, dates, names (linked across the story),
 * titles of works, quotes with their speaker, and attributions (to whom something was said,
 * who reported it).
 */
import type { Claim } from '../model/analysis';
import { findDates, type DateMention } from '../text/dates';
import { isAcronym, linkNames } from '../text/name-links';
import { collectNameWords, findNameMentions, type NameMention } from '../text/names';
import { findTitles, type TitleMention } from '../text/titles';
import { findQuantities, type Quantity } from '../text/numbers';
import { endsInsideQuote, findQuotes, type QuoteMention } from '../text/quotes';
import { findAttributions, type Attribution } from './find-attributions';

export type { Attribution } from './find-attributions';

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

/**
 * Extract the facts of every claim, linking names across the whole story.
 * @param claims all claims of the story, in article order.
 * @returns one {@link ClaimFacts} per claim (same order).
 */
export function extractFacts(claims: readonly Claim[]): ClaimFacts[] {
  const known = collectNameWords(claims.map((c) => c.text));
  const rawNames = claims.map((c) => findNameMentions(c.text, known));
  const mentions = rawNames.flat();
  // "Kelby Container Terminals (KCT)": an acronym is the full name whose initials it spells.
  const acronyms = new Set(mentions.filter((n) => isAcronym(n.text)).map((n) => n.key));
  const link = linkNames(
    mentions.map((n) => n.key),
    acronyms,
  );
  const lastSpeaker = new Map<string, string>();
  // The paragraph whose last claim ended inside a quote, per article.
  const openIn = new Map<string, number>();
  return claims.map((claim, i) => {
    const text = claim.text;
    const names = (rawNames[i] ?? []).map((n) => ({ ...n, key: link.get(n.key) ?? n.key }));
    const dates = findDates(text);
    const quantities = findQuantities(text).filter(
      (q) => !dates.some((d) => q.start < d.end && d.start < q.end),
    );
    const continued = openIn.get(claim.articleId) === claim.paragraph;
    if (endsInsideQuote(text, continued)) openIn.set(claim.articleId, claim.paragraph);
    else openIn.delete(claim.articleId);
    const quotes = findQuotes(text, names, continued).map((q) => {
      let speaker = q.speaker === null ? null : (link.get(q.speaker) ?? q.speaker);
      // "she added": the last named speaker of the same article.
      if (speaker !== null && /^(he|she|they|we|i)$/.test(speaker))
        speaker = lastSpeaker.get(claim.articleId) ?? speaker;
      return { ...q, speaker };
    });
    for (const q of quotes)
      if (q.speaker && !/^(he|she|they|we|i)$/.test(q.speaker)) lastSpeaker.set(claim.articleId, q.speaker);
    const titles = findTitles(text);
    const attributions = findAttributions(text, names, titles);
    return { quantities, dates, names, titles, quotes, attributions };
  });
}
