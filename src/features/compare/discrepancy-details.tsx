import type { ReactNode } from 'react';
import type { Discrepancy } from '../../core/index';
import { outletName, type CompareIndex } from './compare-index';
import { KindBadge } from './kind-badge';

/** A discrepancy in full: kind, severity, summary, explanation (when the engine gives one) and each side's value. */
export function DiscrepancyDetails({
  index,
  discrepancy,
  actions,
}: {
  index: CompareIndex;
  discrepancy: Discrepancy;
  actions?: ReactNode;
}) {
  const explanation = (discrepancy as Discrepancy & { readonly explanation?: unknown }).explanation;
  return (
    <div className="rounded-lg border border-slate-200 p-3 dark:border-slate-700">
      <div className="flex items-start gap-2">
        <KindBadge kind={discrepancy.kind} severity={discrepancy.severity} />
        <p className="min-w-0 flex-1 text-sm font-medium text-slate-900 dark:text-slate-100">
          {discrepancy.summary}
        </p>
        {actions}
      </div>
      {typeof explanation === 'string' && explanation && (
        <p className="mt-2 text-sm text-slate-600 dark:text-slate-400">{explanation}</p>
      )}
      {discrepancy.sides.length > 0 && (
        <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 text-sm">
          {discrepancy.sides.map((side, i) => (
            <div key={`${side.claimId}-${i}`} className="contents">
              <dt className="text-slate-500 dark:text-slate-400">{outletName(index, side.articleId)}</dt>
              <dd className="font-medium text-slate-900 dark:text-slate-100">{side.value}</dd>
            </div>
          ))}
        </dl>
      )}
    </div>
  );
}
