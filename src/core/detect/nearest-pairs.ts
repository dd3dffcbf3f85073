/**
 * Which of two sources' disputed values stand against each other (compare-quantities.ts): mutual
 * nearest neighbours by the ratio of their values.
 */
import type { Quantity } from '../text/numbers';

/** How far apart two values are, as the ratio of their midpoints (a log distance). */
const valueDistance = (a: Quantity, b: Quantity): number =>
  Math.abs(Math.log((Math.abs(a.low + a.high) / 2 + 1) / (Math.abs(b.low + b.high) / 2 + 1)));

/**
 * The disputed values of two sources that stand against each other: each value kept is the nearest
 * of the other source's to a value that is its nearest in turn (mutual nearest neighbours). A
 * source giving several counts of one unit ("four votes", "1,147 votes", "two votes ahead") against
 * one ("three votes") disputes with its nearest ("four votes"), not with all of them. A pair that
 * is `alike` (one figure written two ways) stands against nothing: "44%" / "44.2%" beside "55.7%" /
 * "58.1%" is no evidence of that dispute.
 */
export function nearestPairs<F extends { readonly q: Quantity }>(
  xs: readonly F[],
  ys: readonly F[],
  alike: (a: F, b: F) => boolean = () => false,
): [F[], F[]] {
  if (xs.length === 1 && ys.length === 1)
    return alike(xs[0] as F, ys[0] as F) ? [[], []] : [[...xs], [...ys]];
  const nearest = (f: F, others: readonly F[]): F =>
    others.reduce((best, o) => (valueDistance(f.q, o.q) < valueDistance(f.q, best.q) ? o : best));
  const keptX = new Set<F>();
  const keptY = new Set<F>();
  for (const a of xs) {
    const b = nearest(a, ys);
    if (nearest(b, xs) === a && !alike(a, b)) {
      keptX.add(a);
      keptY.add(b);
    }
  }
  return [[...keptX], [...keptY]];
}
