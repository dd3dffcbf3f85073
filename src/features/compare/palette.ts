/**
 * Group colours. Eight hues chosen to be told apart in light and dark themes; text keeps its normal
 * colour on the pale (light) / dim (dark) tint, so body text contrast stays above 7:1, and the group
 * marker uses white on the 700 shade (≥ 4.5:1) or near-black on the 300 shade in dark mode (≥ 7:1).
 * Colour is never the only cue: every shared claim also has a solid underline and a numbered marker.
 * Class names are literal strings so Tailwind's scanner keeps them.
 */
export interface GroupColour {
  /** Resting tint of the claim. */
  readonly tint: string;
  /** Underline colour. */
  readonly line: string;
  /** Stronger tint when hovered/selected. */
  readonly strong: string;
  /** The small numbered marker. */
  readonly badge: string;
  /** Swatch for legends and the coverage matrix. */
  readonly swatch: string;
}

export const GROUP_PALETTE: readonly GroupColour[] = [
  {
    tint: 'bg-sky-100/70 dark:bg-sky-400/15',
    line: 'decoration-sky-600 dark:decoration-sky-300',
    strong: 'bg-sky-200 dark:bg-sky-400/35',
    badge: 'bg-sky-700 text-white dark:bg-sky-300 dark:text-slate-950',
    swatch: 'bg-sky-600 dark:bg-sky-300',
  },
  {
    tint: 'bg-amber-100/70 dark:bg-amber-400/15',
    line: 'decoration-amber-600 dark:decoration-amber-300',
    strong: 'bg-amber-200 dark:bg-amber-400/35',
    badge: 'bg-amber-700 text-white dark:bg-amber-300 dark:text-slate-950',
    swatch: 'bg-amber-600 dark:bg-amber-300',
  },
  {
    tint: 'bg-emerald-100/70 dark:bg-emerald-400/15',
    line: 'decoration-emerald-600 dark:decoration-emerald-300',
    strong: 'bg-emerald-200 dark:bg-emerald-400/35',
    badge: 'bg-emerald-700 text-white dark:bg-emerald-300 dark:text-slate-950',
    swatch: 'bg-emerald-600 dark:bg-emerald-300',
  },
  {
    tint: 'bg-fuchsia-100/70 dark:bg-fuchsia-400/15',
    line: 'decoration-fuchsia-600 dark:decoration-fuchsia-300',
    strong: 'bg-fuchsia-200 dark:bg-fuchsia-400/35',
    badge: 'bg-fuchsia-700 text-white dark:bg-fuchsia-300 dark:text-slate-950',
    swatch: 'bg-fuchsia-600 dark:bg-fuchsia-300',
  },
  {
    tint: 'bg-orange-100/70 dark:bg-orange-400/15',
    line: 'decoration-orange-600 dark:decoration-orange-300',
    strong: 'bg-orange-200 dark:bg-orange-400/35',
    badge: 'bg-orange-700 text-white dark:bg-orange-300 dark:text-slate-950',
    swatch: 'bg-orange-600 dark:bg-orange-300',
  },
  {
    tint: 'bg-teal-100/70 dark:bg-teal-400/15',
    line: 'decoration-teal-600 dark:decoration-teal-300',
    strong: 'bg-teal-200 dark:bg-teal-400/35',
    badge: 'bg-teal-700 text-white dark:bg-teal-300 dark:text-slate-950',
    swatch: 'bg-teal-600 dark:bg-teal-300',
  },
  {
    tint: 'bg-violet-100/70 dark:bg-violet-400/15',
    line: 'decoration-violet-600 dark:decoration-violet-300',
    strong: 'bg-violet-200 dark:bg-violet-400/35',
    badge: 'bg-violet-700 text-white dark:bg-violet-300 dark:text-slate-950',
    swatch: 'bg-violet-600 dark:bg-violet-300',
  },
  {
    tint: 'bg-rose-100/70 dark:bg-rose-400/15',
    line: 'decoration-rose-600 dark:decoration-rose-300',
    strong: 'bg-rose-200 dark:bg-rose-400/35',
    badge: 'bg-rose-700 text-white dark:bg-rose-300 dark:text-slate-950',
    swatch: 'bg-rose-600 dark:bg-rose-300',
  },
];

/** Colour of the group with 1-based display number `n` (cycles; the number tells cycled groups apart). */
export function groupColour(n: number): GroupColour {
  return GROUP_PALETTE[(Math.max(1, n) - 1) % GROUP_PALETTE.length] as GroupColour;
}
