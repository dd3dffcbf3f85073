import { useState, type ReactNode } from 'react';
import type { Claim, Discrepancy } from '../../core/index';
import { outletName, versionsOf, type CompareIndex } from './compare-index';
import { joinNames } from './format';
import { DiscrepancyDetails } from './discrepancy-details';
import { groupColour } from './palette';
import { diffable, WordDiff } from './word-diff';

export interface ClaimPanelProps {
  readonly index: CompareIndex;
  readonly claimId: string;
  readonly onClose: () => void;
  /** Scroll the claim's column to it and focus it. */
  readonly onShowInColumn: (claimId: string) => void;
  /** Slot in the panel header (e.g. a share button for the claim). */
  readonly renderClaimActions?: (claim: Claim) => ReactNode;
  /** Slot on each discrepancy (e.g. a share button). */
  readonly renderDiscrepancyActions?: (discrepancy: Discrepancy) => ReactNode;
}

const FOCUS =
  'focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-indigo-600 dark:focus-visible:outline-indigo-400';

/** Every source's version of a claim, diffed word by word against a reference version. */
export function ClaimPanel(props: ClaimPanelProps) {
  const { index, claimId } = props;
  const claim = index.claimById.get(claimId);
  const versions = versionsOf(index, claimId);
  const [referenceChoice, setReferenceChoice] = useState<string | null>(null);
  if (!claim) return null;

  const group = index.groupOfClaim.get(claimId);
  const number = group ? index.groupNumber.get(group.id) : undefined;
  const reporting = new Set(versions.map((v) => v.articleId));
  const missing = index.articles.filter((a) => !reporting.has(a.id));
  const reference =
    versions.find((v) => v.id === referenceChoice) ?? (versions[0] as Claim | undefined) ?? claim;
  const discrepancies = [
    ...new Map(
      versions.flatMap((v) => index.discrepanciesOfClaim.get(v.id) ?? []).map((d) => [d.id, d]),
    ).values(),
  ];
  const label = (c: Claim) => {
    const article = index.articleById.get(c.articleId);
    const sameArticle = versions.filter((v) => v.articleId === c.articleId);
    const name = outletName(index, article?.id ?? '');
    return sameArticle.length > 1 ? `${name} (${sameArticle.indexOf(c) + 1})` : name;
  };

  return (
    <section aria-labelledby="claim-panel-title" className="flex flex-col gap-5">
      <header className="flex items-start gap-3">
        <div className="min-w-0 flex-1">
          <p className="text-xs font-semibold tracking-wider text-slate-500 uppercase dark:text-slate-400">
            {number !== undefined ? (
              <span className="inline-flex items-center gap-1.5">
                <span
                  aria-hidden="true"
                  className={`inline-block rounded px-1.5 text-[0.7rem] leading-5 font-bold ${groupColour(number).badge}`}
                >
                  {number}
                </span>
                Shared claim {number}
              </span>
            ) : versions.length > 1 ? (
              'Disputed claim'
            ) : (
              'Only here'
            )}
          </p>
          <h2 id="claim-panel-title" className="mt-1 text-lg font-semibold text-slate-900 dark:text-slate-50">
            {group
              ? `Reported by ${reporting.size} of ${index.articles.length} sources`
              : versions.length > 1
                ? `Told differently by ${reporting.size} of ${index.articles.length} sources`
                : `Only in ${label(claim)}`}
          </h2>
        </div>
        {props.renderClaimActions?.(claim)}
        <button
          type="button"
          onClick={props.onClose}
          aria-label="Close panel"
          title="Close (Escape)"
          className={`rounded-md p-1.5 text-slate-500 hover:bg-slate-100 hover:text-slate-900 dark:text-slate-400 dark:hover:bg-slate-800 dark:hover:text-slate-100 ${FOCUS}`}
        >
          <svg aria-hidden="true" viewBox="0 0 20 20" className="h-5 w-5" fill="currentColor">
            <path d="M5.28 4.22a.75.75 0 0 0-1.06 1.06L8.94 10l-4.72 4.72a.75.75 0 1 0 1.06 1.06L10 11.06l4.72 4.72a.75.75 0 1 0 1.06-1.06L11.06 10l4.72-4.72a.75.75 0 0 0-1.06-1.06L10 8.94 5.28 4.22Z" />
          </svg>
        </button>
      </header>

      {versions.length > 1 && (
        <label className="flex items-center gap-2 text-sm text-slate-700 dark:text-slate-300">
          Compare against
          <select
            value={reference.id}
            onChange={(e) => setReferenceChoice(e.target.value)}
            className={`rounded-md border border-slate-300 bg-white px-2 py-1 text-sm dark:border-slate-600 dark:bg-slate-800 ${FOCUS}`}
          >
            {versions.map((v) => (
              <option key={v.id} value={v.id}>
                {label(v)}
              </option>
            ))}
          </select>
        </label>
      )}

      {versions.some((v) => v.id !== reference.id && diffable(reference.text, v.text)) && (
        <p className="-mt-2 text-xs text-slate-600 dark:text-slate-400">
          Word differences from the reference:{' '}
          <span className="rounded-sm bg-emerald-100 px-1 text-emerald-950 underline decoration-emerald-600 dark:bg-emerald-400/20 dark:text-emerald-100">
            only in this version
          </span>{' '}
          <span className="rounded-sm bg-rose-100 px-1 text-rose-950 line-through decoration-rose-600 dark:bg-rose-400/20 dark:text-rose-100">
            only in the reference
          </span>
        </p>
      )}

      <ol aria-label="Versions" className="flex flex-col gap-3">
        {versions.map((v) => {
          const isReference = v.id === reference.id;
          return (
            <li
              key={v.id}
              aria-label={label(v)}
              className={`rounded-lg border p-3 ${isReference ? 'border-slate-400 bg-slate-50 dark:border-slate-500 dark:bg-slate-800/70' : 'border-slate-200 dark:border-slate-700'}`}
            >
              <div className="mb-1.5 flex items-center gap-2 text-xs">
                <span className="font-semibold tracking-wide text-slate-700 uppercase dark:text-slate-200">
                  {label(v)}
                </span>
                {isReference && (
                  <span className="rounded bg-slate-200 px-1.5 py-0.5 font-medium text-slate-700 dark:bg-slate-700 dark:text-slate-200">
                    Reference
                  </span>
                )}
                <button
                  type="button"
                  onClick={() => props.onShowInColumn(v.id)}
                  aria-label={`Show in column: ${label(v)}`}
                  className={`ml-auto rounded px-1.5 py-0.5 font-medium text-indigo-700 hover:bg-indigo-50 hover:underline dark:text-indigo-300 dark:hover:bg-indigo-400/10 ${FOCUS}`}
                >
                  Show in column
                </button>
              </div>
              <p className="font-serif text-[0.975rem] leading-relaxed text-slate-800 dark:text-slate-200">
                {isReference ? v.text : <WordDiff reference={reference.text} text={v.text} />}
              </p>
            </li>
          );
        })}
      </ol>

      {missing.length > 0 && (
        <p className="rounded-lg bg-slate-100 px-3 py-2 text-sm text-slate-700 dark:bg-slate-800 dark:text-slate-300">
          Not reported by {joinNames(missing.map((a) => outletName(index, a.id)))}
        </p>
      )}

      {discrepancies.length > 0 && (
        <div>
          <h3 className="mb-2 text-sm font-semibold text-slate-900 dark:text-slate-100">
            Where they disagree ({discrepancies.length})
          </h3>
          <ul className="flex flex-col gap-3">
            {discrepancies.map((d) => (
              <li key={d.id}>
                <DiscrepancyDetails
                  index={index}
                  discrepancy={d}
                  actions={props.renderDiscrepancyActions?.(d)}
                />
              </li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}
