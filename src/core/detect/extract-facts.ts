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

/** A speaker given by a pronoun ("she added"): who it is comes from elsewhere. */
const isPronoun = (speaker: string): boolean => /^(he|she|they|we|i)$/.test(speaker);

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
  const found = claims.map((c) => {
    const dates = findDates(c.text);
    return {
      dates,
      quantities: findQuantities(c.text).filter(
        (q) => !dates.some((d) => q.start < d.end && d.start < q.end),
      ),
    };
  });
  const labels = modelNumbers(
    claims.map((c) => c.text),
    found.map((f) => f.quantities),
  );
  const lastSpeaker = new Map<string, string>();
  // The paragraph whose last claim ended inside a quote, per article.
  const openIn = new Map<string, number>();
  // Each claim's place in a quotation that runs over several claims: whether it goes on from the
  // claim before and into the claim after.
  const continues: boolean[] = [];
  const goesOn: boolean[] = [];
  const facts = claims.map((claim, i) => {
    const text = claim.text;
    const names = (rawNames[i] ?? []).map((n) => ({ ...n, key: link.get(n.key) ?? n.key }));
    const { dates } = found[i] as (typeof found)[number];
    const quantities = (found[i] as (typeof found)[number]).quantities.filter(
      (q) => !labels.has(labelBefore(text, q.start, text.slice(q.start, q.end)) ?? ''),
    );
    const continued = openIn.get(claim.articleId) === claim.paragraph;
    const open = endsInsideQuote(text, continued);
    continues.push(continued);
    goesOn.push(open);
    if (open) openIn.set(claim.articleId, claim.paragraph);
    else openIn.delete(claim.articleId);
    const quotes = findQuotes(text, names, continued).map((q) => {
      let speaker = q.speaker === null ? null : (link.get(q.speaker) ?? q.speaker);
      // "she added": the last named speaker of the same article.
      if (speaker !== null && isPronoun(speaker)) speaker = lastSpeaker.get(claim.articleId) ?? speaker;
      return { ...q, speaker };
    });
    for (const q of quotes)
      if (q.speaker && !isPronoun(q.speaker)) lastSpeaker.set(claim.articleId, q.speaker);
    const titles = findTitles(text);
    const attributions = findAttributions(text, names, titles);
    return { quantities, dates, names, titles, quotes, attributions };
  });
  return withQuotationSpeakers(facts, continues, goesOn);
}

/**
 * One quotation over several claims ("“Today begins the reconstruction. … There is no turning
 * back. Enough of the model, today we embrace freedom,” Milei said"): its speaker, named in one
 * claim, speaks its parts in the others (the quote a claim opens with when it goes on from the
 * claim before, the one it ends with when it goes on into the claim after).
 */
function withQuotationSpeakers(
  facts: readonly ClaimFacts[],
  continues: readonly boolean[],
  goesOn: readonly boolean[],
): ClaimFacts[] {
  const out = [...facts];
  for (let i = 0; i < facts.length;) {
    // A run: claims i..j, each but the last going on into the next.
    let j = i;
    while (j < facts.length - 1 && goesOn[j] && continues[j + 1]) j++;
    if (j > i) {
      const parts: Array<[number, number]> = [];
      for (let k = i; k <= j; k++) {
        const qs = (facts[k] as ClaimFacts).quotes;
        if (qs.length === 0) continue;
        if (k > i) parts.push([k, 0]);
        if (k < j) parts.push([k, qs.length - 1]);
      }
      const named = parts
        .map(([k, q]) => (facts[k] as ClaimFacts).quotes[q])
        .find((q) => q?.speaker != null && !isPronoun(q.speaker));
      if (named)
        for (const [k, q] of parts) {
          const f = out[k] as ClaimFacts;
          if (f.quotes[q]?.speaker != null) continue;
          out[k] = {
            ...f,
            quotes: f.quotes.map((m, x) =>
              x === q ? { ...m, speaker: named.speaker, speakerText: named.speakerText } : m,
            ),
          };
        }
    }
    i = j + 1;
  }
  return out;
}

/** The name word and number a figure may continue ("Note 7" in "Galaxy Note 7 phones"), or null. */
function labelBefore(text: string, start: number, figure: string): string | null {
  const digits = /^\d+/.exec(figure)?.[0];
  const name = /(\p{Lu}[\p{L}]*) $/u.exec(text.slice(Math.max(0, start - 30), start))?.[1];
  return digits && name && /^\d+(?:s\b|\b)/.test(text.slice(start)) ? `${name}|${digits}` : null;
}

/**
 * Names with a number the story uses as a label of a thing ("Galaxy Note 7", "Flight 1380", "Apollo
 * 11"): a capitalised word and a number that somewhere count nothing ("the Note 7 catching fire",
 * "Note 7s"). Wherever else they stand, the number is the label's, not a count ("recall all Note 7
 * phones sold": no seven phones).
 */
function modelNumbers(texts: readonly string[], quantities: readonly (readonly Quantity[])[]): Set<string> {
  const labels = new Set<string>();
  texts.forEach((text, i) => {
    for (const m of text.matchAll(/(?<=\p{Lu}[\p{L}]* )\d+(?:s\b|\b)(?![.,]\d)/gu)) {
      const at = m.index ?? 0;
      const label = labelBefore(text, at, m[0]);
      if (!label) continue;
      // Counted nothing here: no unit read after it, or a plural of the label ("Note 7s").
      const q = (quantities[i] ?? []).find((x) => x.start <= at && at < x.end);
      if (m[0].endsWith('s') || !q || q.unit === null) labels.add(label);
    }
  });
  return labels;
}
