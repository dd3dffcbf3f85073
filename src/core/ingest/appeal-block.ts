/**
 * Donation/support appeals: a site's plea for money often spans several paragraphs ("Your support helps
 * us…", two or three paragraphs about the newsroom in the first person plural, "Your support makes all
 * the difference."). Only its opener and closer match a donation pattern; the paragraphs between are found
 * by cue density — the appeal speaks as "we" about journalism, reporters, paywalls and support — starting
 * from a donation line and growing in both directions while the neighbours read like the appeal.
 */

/** Vocabulary of a support appeal. Each cue counts once per paragraph. */
const APPEAL_CUES: readonly RegExp[] = [
  /\b(?:journalism|journalists?|newsroom)\b/i,
  /\breport(?:ers?|ing)\b/i,
  /\bpaywalls?\b/i,
  /\b(?:support|donat\w*|contribut\w*|afford\w*|funding|funded|paid for)\b/i,
  /\breaders?\b/i,
  /\bon the ground\b/i,
  /\b(?:available|free|open) to (?:everyone|all)\b/i,
];

/** The appeal speaks for the newsroom: "we", "our", "us". */
const FIRST_PERSON_PLURAL = /\b(?:we|our|us|we're|we've)\b/i;

/**
 * A paragraph joins an appeal when it speaks as "we" and has at least this many appeal cues. One cue plus
 * "we" is common in quoted speech inside an article; an appeal paragraph in the samples we read has 2–5
 * cues, so 2 keeps the appeal whole while a quote that merely says "we" and "support" is not enough alone.
 */
const MIN_CUES = 2;

/** An appeal is a few paragraphs; never grow further than this from a donation line in either direction. */
const MAX_REACH = 6;

/** Appeal paragraphs are prose of moderate length; a long paragraph is article text. */
const MAX_APPEAL_LENGTH = 700;

/**
 * Score how much a paragraph reads like a support appeal.
 * @param text one paragraph.
 * @returns the number of distinct appeal cues, or 0 when the paragraph does not speak as "we".
 */
export function appealScore(text: string): number {
  if (text.length > MAX_APPEAL_LENGTH || !FIRST_PERSON_PLURAL.test(text)) return 0;
  return APPEAL_CUES.filter((re) => re.test(text)).length;
}

/**
 * Extend donation lines to whole appeal blocks.
 * @param texts the paragraph texts in order.
 * @param isDonationLine which paragraphs already matched a donation pattern.
 * @returns the indexes of paragraphs that belong to an appeal (donation lines included).
 */
export function findAppealBlocks(texts: readonly string[], isDonationLine: readonly boolean[]): Set<number> {
  const inAppeal = new Set<number>();
  const joins = (i: number): boolean => isDonationLine[i] === true || appealScore(texts[i] ?? '') >= MIN_CUES;
  isDonationLine.forEach((donation, i) => {
    if (!donation) return;
    inAppeal.add(i);
    for (let k = i + 1; k < texts.length && k <= i + MAX_REACH && joins(k); k++) inAppeal.add(k);
    for (let k = i - 1; k >= 0 && k >= i - MAX_REACH && joins(k); k--) inAppeal.add(k);
  });
  // A paragraph between two parts of one appeal that also speaks as "we" belongs to it, even with few cues.
  const members = [...inAppeal].sort((a, b) => a - b);
  members.forEach((a, n) => {
    const b = members[n + 1];
    if (b === undefined || b - a > MAX_REACH) return;
    const gap = texts.slice(a + 1, b);
    if (gap.every((t) => t.length <= MAX_APPEAL_LENGTH && FIRST_PERSON_PLURAL.test(t))) {
      for (let k = a + 1; k < b; k++) inAppeal.add(k);
    }
  });
  return inAppeal;
}
