import { useState } from 'react';
import type { Claim } from '../../core/index';
import { outletName, type CompareIndex } from './compare-index';
import { groupColour } from './palette';

export interface CoverageMatrixProps {
  readonly index: CompareIndex;
  readonly selectedIds: ReadonlySet<string>;
  readonly onSelectClaim: (claimId: string) => void;
}

type Cell =
  { readonly state: 'reported' | 'disagrees'; readonly claim: Claim } | { readonly state: 'missing' };

const FOCUS =
  'focus-visible:outline-2 focus-visible:outline-offset-1 focus-visible:outline-indigo-600 dark:focus-visible:outline-indigo-400';

/** Claims × sources: which source reports each shared claim (or only-here claim) and where they disagree. */
export function CoverageMatrix({ index, selectedIds, onSelectClaim }: CoverageMatrixProps) {
  const [showOnlyHere, setShowOnlyHere] = useState(false);
  const onlyHere = [...index.claimById.values()].filter((c) => !index.groupOfClaim.has(c.id) && !c.caption);
  const orderedOnlyHere = index.articles.flatMap((a) => onlyHere.filter((c) => c.articleId === a.id));

  const cellsFor = (claimIds: readonly string[]): Cell[] =>
    index.articles.map((a) => {
      const claim = claimIds.map((id) => index.claimById.get(id)).find((c) => c?.articleId === a.id);
      if (!claim) return { state: 'missing' };
      return { state: index.discrepanciesOfClaim.has(claim.id) ? 'disagrees' : 'reported', claim };
    });

  const rows = [
    ...index.groups.map((g) => {
      const n = index.groupNumber.get(g.id) ?? 0;
      const first =
        index.claimById.get(index.sharedSequence[n - 1] ?? '') ?? index.claimById.get(g.claimIds[0] ?? '');
      return { key: g.id, n, label: first?.text ?? '', cells: cellsFor(g.claimIds) };
    }),
    ...(showOnlyHere
      ? orderedOnlyHere.map((c) => ({ key: c.id, n: 0, label: c.text, cells: cellsFor([c.id]) }))
      : []),
  ];

  return (
    <div className="flex flex-col gap-3">
      <p className="text-sm text-slate-600 dark:text-slate-400">
        Which source reports each shared claim. Choose a cell to open that version.
      </p>
      <div className="overflow-x-auto">
        <table className="w-full border-separate border-spacing-0 text-sm">
          <caption className="sr-only">Coverage: claims by source</caption>
          <thead>
            <tr>
              <th
                scope="col"
                className="pb-2 text-left text-xs font-semibold text-slate-500 dark:text-slate-400"
              >
                Claim
              </th>
              {index.articles.map((a) => (
                <th
                  key={a.id}
                  scope="col"
                  className="px-1 pb-2 text-center text-xs font-semibold text-slate-600 dark:text-slate-300"
                >
                  {outletName(index, a.id)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.key}>
                <th
                  scope="row"
                  className="max-w-[12rem] border-t border-slate-100 py-1.5 pr-2 text-left font-normal dark:border-slate-800"
                >
                  <span className="flex items-start gap-1.5">
                    {row.n > 0 ? (
                      <span
                        aria-hidden="true"
                        className={`mt-0.5 inline-block rounded px-1 text-[0.65rem] leading-4 font-bold ${groupColour(row.n).badge}`}
                      >
                        {row.n}
                      </span>
                    ) : (
                      <span
                        aria-hidden="true"
                        className="mt-1 inline-block h-2.5 w-2.5 shrink-0 rounded-full border border-dotted border-slate-500"
                      />
                    )}
                    <span className="line-clamp-2 text-slate-700 dark:text-slate-300">{row.label}</span>
                  </span>
                </th>
                {row.cells.map((cell, i) => {
                  const outlet = outletName(index, index.articles[i]?.id ?? '');
                  if (cell.state === 'missing')
                    return (
                      <td
                        key={i}
                        className="border-t border-slate-100 text-center text-slate-400 dark:border-slate-800 dark:text-slate-500"
                      >
                        <span aria-hidden="true">—</span>
                        <span className="sr-only">Not reported by {outlet}</span>
                      </td>
                    );
                  const selected = selectedIds.has(cell.claim.id);
                  return (
                    <td key={i} className="border-t border-slate-100 p-0.5 text-center dark:border-slate-800">
                      <button
                        type="button"
                        onClick={() => onSelectClaim(cell.claim.id)}
                        aria-pressed={selected}
                        aria-label={`${outlet}: ${cell.state === 'disagrees' ? 'reported, disagrees' : 'reported'}, ${row.n > 0 ? `claim ${row.n}` : 'only here'}`}
                        className={`inline-flex h-7 w-9 items-center justify-center rounded-md font-bold ${FOCUS} ${
                          cell.state === 'disagrees'
                            ? 'bg-red-100 text-red-800 hover:bg-red-200 dark:bg-red-400/20 dark:text-red-200'
                            : 'bg-slate-100 text-slate-700 hover:bg-slate-200 dark:bg-slate-800 dark:text-slate-200 dark:hover:bg-slate-700'
                        } ${selected ? 'ring-2 ring-slate-900 dark:ring-white' : ''}`}
                      >
                        <span aria-hidden="true">{cell.state === 'disagrees' ? '≠' : '✓'}</span>
                      </button>
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {orderedOnlyHere.length > 0 && (
        <button
          type="button"
          aria-expanded={showOnlyHere}
          onClick={() => setShowOnlyHere((v) => !v)}
          className={`self-start rounded-md px-2 py-1 text-sm font-medium text-indigo-700 hover:bg-indigo-50 dark:text-indigo-300 dark:hover:bg-indigo-400/10 ${FOCUS}`}
        >
          {showOnlyHere ? 'Hide only-here claims' : `Show only-here claims (${orderedOnlyHere.length})`}
        </button>
      )}
      <p className="flex flex-wrap gap-x-4 gap-y-1 text-xs text-slate-600 dark:text-slate-400">
        <span>
          <span aria-hidden="true" className="font-bold">
            ✓
          </span>{' '}
          reported
        </span>
        <span>
          <span aria-hidden="true" className="font-bold text-red-700 dark:text-red-300">
            ≠
          </span>{' '}
          reported, disagrees
        </span>
        <span>
          <span aria-hidden="true">—</span> not reported
        </span>
      </p>
    </div>
  );
}
