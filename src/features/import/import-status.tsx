import { useEffect, useRef } from 'react';
import { describeProgress, useProgress, type ProgressStore } from './use-analysis';

/** A message to the user: a title and the specific items behind it. */
export interface ImportReport {
  readonly tone: 'error' | 'success';
  readonly title: string;
  readonly items: readonly string[];
  /** After a successful run with skipped items: the story to open. */
  readonly href?: string;
}

/** The running analysis: a progress bar, what it is doing, and Cancel. */
export function AnalysisProgress({
  store,
  articles,
  onCancel,
}: {
  store: ProgressStore;
  articles: number;
  onCancel: () => void;
}) {
  const progress = useProgress(store);
  return (
    <div role="status" className="flex items-center gap-3 text-sm text-slate-700 dark:text-slate-300">
      <progress
        aria-label="Analysis progress"
        max={progress ? progress.total : undefined}
        value={progress ? progress.done : undefined}
        className="h-2 w-32"
      />
      {describeProgress(progress, articles)}
      <button
        type="button"
        onClick={onCancel}
        className="rounded-md px-2 py-1 underline focus-visible:outline-2 focus-visible:outline-indigo-600"
      >
        Cancel
      </button>
    </div>
  );
}

/** What went wrong (and what was kept), or what was skipped on the way to a comparison. */
export function ImportReportBox({ report }: { report: ImportReport }) {
  const box = useRef<HTMLDivElement>(null);
  // A long form puts the button far from where the report appears: bring the report into view.
  // Braces: newer browsers return a promise from scrollIntoView, which React would take for a cleanup.
  useEffect(() => {
    box.current?.scrollIntoView?.({ block: 'center' });
  }, [report]);
  return (
    <div
      ref={box}
      role={report.tone === 'error' ? 'alert' : 'status'}
      className={`rounded-xl border p-4 ${
        report.tone === 'error'
          ? 'border-red-200 bg-red-50 text-red-900 dark:border-red-900 dark:bg-red-950/40 dark:text-red-200'
          : 'border-emerald-200 bg-emerald-50 text-emerald-950 dark:border-emerald-900 dark:bg-emerald-950/40 dark:text-emerald-100'
      }`}
    >
      <p className="font-semibold">{report.title}</p>
      {report.items.length > 0 && (
        <ul className="mt-2 list-disc pl-5 text-sm">
          {report.items.map((item) => (
            <li key={item}>{item}</li>
          ))}
        </ul>
      )}
      {report.href && (
        <a href={report.href} className="mt-3 inline-block font-medium underline">
          Open the comparison
        </a>
      )}
    </div>
  );
}
