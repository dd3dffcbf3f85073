import type { ReactNode } from 'react';
import type { Discrepancy, DiscrepancyKind } from '../../core/index';
import { DISCREPANCY_KINDS, type CompareIndex } from './compare-index';
import { KindBadge } from './kind-badge';
import { KIND_LABEL } from './kind-labels';

export interface DiscrepancyListProps {
  readonly index: CompareIndex;
  /** The kinds shown; null = all. */
  readonly kind: DiscrepancyKind | null;
  readonly onKindChange: (kind: DiscrepancyKind | null) => void;
  readonly selectedId: string | null;
  readonly onChoose: (discrepancy: Discrepancy) => void;
  readonly renderDiscrepancyActions?: (discrepancy: Discrepancy) => ReactNode;
}

const FOCUS =
  'focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-indigo-600 dark:focus-visible:outline-indigo-400';

/** The discrepancies of a list, optionally restricted to one kind. */
export function filterDiscrepancies(
  list: readonly Discrepancy[],
  kind: DiscrepancyKind | null,
): readonly Discrepancy[] {
  return kind ? list.filter((d) => d.kind === kind) : list;
}

/** All discrepancies of the story with a kind filter (with counts); choosing one selects its claims. */
export function DiscrepancyList(props: DiscrepancyListProps) {
  const { index } = props;
  const all = index.discrepancies;
  const shown = filterDiscrepancies(all, props.kind);
  const counts = new Map<DiscrepancyKind, number>();
  for (const d of all) counts.set(d.kind, (counts.get(d.kind) ?? 0) + 1);
  const kinds = DISCREPANCY_KINDS.filter((k) => counts.has(k));

  if (all.length === 0) {
    return (
      <p className="text-sm text-slate-600 dark:text-slate-400">
        No disagreements found between these sources.
      </p>
    );
  }

  const chip = (active: boolean) =>
    `rounded-full border px-2.5 py-1 text-xs font-medium ${FOCUS} ${
      active
        ? 'border-slate-900 bg-slate-900 text-white dark:border-slate-100 dark:bg-slate-100 dark:text-slate-900'
        : 'border-slate-300 text-slate-700 hover:bg-slate-100 dark:border-slate-600 dark:text-slate-300 dark:hover:bg-slate-800'
    }`;

  return (
    <div className="flex flex-col gap-3">
      <div role="group" aria-label="Filter by kind" className="flex flex-wrap gap-1.5">
        <button
          type="button"
          aria-pressed={props.kind === null}
          onClick={() => props.onKindChange(null)}
          className={chip(props.kind === null)}
        >
          All ({all.length})
        </button>
        {kinds.map((k) => (
          <button
            key={k}
            type="button"
            aria-pressed={props.kind === k}
            onClick={() => props.onKindChange(props.kind === k ? null : k)}
            className={chip(props.kind === k)}
          >
            {KIND_LABEL[k]} ({counts.get(k)})
          </button>
        ))}
      </div>
      <ul aria-label="Discrepancies" className="flex flex-col gap-2">
        {shown.map((d) => {
          const selected = d.id === props.selectedId;
          return (
            <li key={d.id} className="flex items-start gap-1">
              <button
                type="button"
                aria-current={selected ? 'true' : undefined}
                onClick={() => props.onChoose(d)}
                className={`flex w-full min-w-0 flex-1 items-start gap-2 rounded-lg border px-3 py-2 text-left text-sm ${FOCUS} ${
                  selected
                    ? 'border-slate-900 bg-slate-50 dark:border-slate-200 dark:bg-slate-800'
                    : 'border-slate-200 hover:border-slate-400 hover:bg-slate-50 dark:border-slate-700 dark:hover:border-slate-500 dark:hover:bg-slate-800/60'
                }`}
              >
                <KindBadge kind={d.kind} severity={d.severity} />
                <span className="line-clamp-3 min-w-0 flex-1 text-slate-800 dark:text-slate-200">
                  {d.summary}
                </span>
              </button>
              {props.renderDiscrepancyActions?.(d)}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
