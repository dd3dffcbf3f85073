/**
 * Different quotes are different claims. A direct quote reports one utterance; two sentences that
 * quote the same speaker in the same interview ("…a fixation on this relationship", "…not always
 * in concert…") share the speaker, the outlet and the setting, so their word vectors are close,
 * yet they report different things. Sentences whose quotes share almost no content words are
 * therefore kept apart in grouping; the same quote worded differently (most words shared) is not
 * affected, so the quote comparison still sees both versions in one group.
 */
import { isStopword, tokenize } from '../text/normalize';
import { stem } from '../text/stem';

/** Quotes shorter than this many words are labels ("love letters"), not utterances (as compare-quotes). */
export const MIN_UTTERANCE_WORDS = 4;
/** A quote signature needs at least this many distinct content stems to say anything. */
export const MIN_SIGNATURE_STEMS = 3;
/**
 * Two quote signatures conflict when the share of the smaller one found in the other is below this:
 * lower treats more reworded quotes as "the same", higher splits excerpts of one quote that overlap
 * little. Measured (`npm run eval`, group F1 seed / mean of six gold stories): rule off 0.65 / 0.782;
 * 0.3 → 0.65 (two quotes sharing "know" stay together); 0.4, 0.5, 0.6 → 0.69 / 0.789; 0.7 → 0.69 /
 * 0.771 (reworded quotes split).
 */
export const QUOTE_CONFLICT_OVERLAP = 0.5;

/**
 * The content stems of a claim's direct quotes (those of at least MIN_UTTERANCE_WORDS words).
 * @param quotes the quoted spans of one claim.
 * @returns sorted distinct stems, or null when the claim quotes nothing long enough.
 */
export function quoteSignature(quotes: readonly { readonly text: string }[]): readonly string[] | null {
  const stems = new Set<string>();
  for (const q of quotes) {
    const tokens = tokenize(q.text);
    if (tokens.length < MIN_UTTERANCE_WORDS) continue;
    for (const t of tokens)
      for (const part of t.norm.split('-'))
        if (part.length > 1 && !isStopword(part)) stems.add(stem(part.replace(/'s$/, '')));
  }
  return stems.size >= MIN_SIGNATURE_STEMS ? [...stems].sort() : null;
}

/** Which claims must stay apart: a relation checked lazily (most pairs of quoting claims are apart). */
export interface ApartRelation {
  /** The claims that can be apart from some other (ascending indices). */
  readonly members: readonly number[];
  /** Whether claims `i` and `j` report different things. */
  apart(i: number, j: number): boolean;
}

/** No claim is apart from any other. */
export const NOTHING_APART: ApartRelation = { members: [], apart: () => false };

/**
 * Claims whose direct quotes conflict: the share of the smaller signature found in the other is below QUOTE_CONFLICT_OVERLAP.
 * @param signatures one quote signature (or null) per claim, from {@link quoteSignature}.
 */
export function quoteConflicts(signatures: readonly (readonly string[] | null)[]): ApartRelation {
  const sets = signatures.map((s) => (s ? new Set(s) : null));
  return {
    members: signatures.flatMap((s, i) => (s ? [i] : [])),
    apart(i, j) {
      const a = sets[i];
      const b = sets[j];
      if (!a || !b) return false;
      const [small, large] = a.size <= b.size ? [a, b] : [b, a];
      let shared = 0;
      for (const x of small) if (large.has(x)) shared++;
      return shared / small.size < QUOTE_CONFLICT_OVERLAP;
    },
  };
}
