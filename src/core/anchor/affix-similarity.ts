/**
 * Similarity of a stored context string to the text next to a candidate match.
 * Semi-global edit distance (Sellers 1980, "The theory and computation of evolutionary distances:
 * pattern recognition"): the pattern must line up with one end of the text (the end touching the
 * match) while the other end is free, so a prefix is compared with what ends right at the match.
 */

/**
 * @param pattern the stored prefix or suffix (non-empty).
 * @param text the text beside the candidate: before it for a prefix, after it for a suffix.
 * @param anchored `'end'`: the pattern must end where `text` ends (prefix); `'start'`: it must start
 *   where `text` starts (suffix).
 * @returns `1 - edits / pattern.length`, clamped to 0..1. Never throws.
 */
export function affixSimilarity(pattern: string, text: string, anchored: 'start' | 'end'): number {
  if (pattern.length === 0) return 1;
  const p = anchored === 'end' ? [...pattern].reverse().join('') : pattern;
  const t = anchored === 'end' ? [...text].reverse().join('') : text;
  // After reversal both cases anchor at the start of `t`, with the end of the match in `t` free.
  let prev = Array.from({ length: t.length + 1 }, (_, j) => j);
  for (let i = 1; i <= p.length; i++) {
    const cur = [i];
    for (let j = 1; j <= t.length; j++) {
      const sub = (prev[j - 1] ?? 0) + (p[i - 1] === t[j - 1] ? 0 : 1);
      cur.push(Math.min(sub, (prev[j] ?? 0) + 1, (cur[j - 1] ?? 0) + 1));
    }
    prev = cur;
  }
  const edits = Math.min(...prev);
  return Math.max(0, 1 - edits / p.length);
}
