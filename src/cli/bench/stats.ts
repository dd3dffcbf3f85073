/** Timing statistics for `npm run bench`: percentiles, per-doubling ratios and the log-log exponent. */

/** The q-quantile (0..1) of samples by linear interpolation between order statistics; NaN when empty. */
export function quantile(samples: readonly number[], q: number): number {
  if (samples.length === 0) return Number.NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  const pos = (sorted.length - 1) * Math.min(1, Math.max(0, q));
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  const a = sorted[lo] ?? 0;
  const b = sorted[hi] ?? a;
  return a + (b - a) * (pos - lo);
}

/**
 * How much the time grows per doubling of the size between two measurements:
 * (t2 / t1)^(1 / log2(n2 / n1)). 2 means linear, 4 quadratic.
 */
export function perDoublingRatio(n1: number, t1: number, n2: number, t2: number): number {
  return (t2 / t1) ** (1 / Math.log2(n2 / n1));
}

/** Least-squares slope of log(time) against log(size): the scaling exponent (1 linear, 2 quadratic). */
export function scalingExponent(points: readonly { readonly n: number; readonly ms: number }[]): number {
  const xs = points.map((p) => Math.log(p.n));
  const ys = points.map((p) => Math.log(p.ms));
  const mx = xs.reduce((s, x) => s + x, 0) / xs.length;
  const my = ys.reduce((s, y) => s + y, 0) / ys.length;
  let num = 0;
  let den = 0;
  xs.forEach((x, i) => {
    num += (x - mx) * ((ys[i] ?? 0) - my);
    den += (x - mx) ** 2;
  });
  return den === 0 ? Number.NaN : num / den;
}
