/** Reader-facing names and short marker text of discrepancy kinds and severities. */
import type { DiscrepancyKind, Severity } from '../../core/index';

export const KIND_LABEL: Readonly<Record<DiscrepancyKind, string>> = {
  number: 'Number',
  date: 'Date',
  actor: 'Who did it',
  attribution: 'Attribution',
  quote: 'Quote',
  name: 'Name or title',
  spelling: 'Spelling',
};

/** Short text shown in the inline discrepancy marker (with the full label as its accessible name). */
export const KIND_MARK: Readonly<Record<DiscrepancyKind, string>> = {
  number: '#',
  date: 'D',
  actor: 'W',
  attribution: 'A',
  quote: '“',
  name: 'N',
  spelling: 'S',
};

export const SEVERITY_LABEL: Readonly<Record<Severity, string>> = {
  low: 'Low',
  medium: 'Medium',
  high: 'High',
};

/** Marker colours by severity; text/background pairs keep ≥ 4.5:1 in both themes. */
export const SEVERITY_CLASS: Readonly<Record<Severity, string>> = {
  high: 'bg-red-700 text-white dark:bg-red-300 dark:text-slate-950',
  medium: 'bg-amber-800 text-white dark:bg-amber-200 dark:text-slate-950',
  low: 'bg-slate-600 text-white dark:bg-slate-300 dark:text-slate-950',
};
