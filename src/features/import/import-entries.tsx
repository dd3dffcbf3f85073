import { ArticleMetaFields } from './article-meta-fields';
import type { ArticleMeta } from './prepare-import';
import { formatBytes, type FileReading } from './read-import-file';

/** A file in the form: being read (`reading: null`), readable, empty or refused. */
export interface FileEntry {
  readonly key: string;
  readonly name: string;
  readonly size: number;
  readonly reading: FileReading | null;
  readonly meta: ArticleMeta;
}

/** A pasted article in the form. */
export interface PasteEntry {
  readonly key: string;
  readonly text: string;
  readonly meta: ArticleMeta;
}

const REMOVE =
  'rounded-md px-2 py-1 text-sm text-slate-600 hover:bg-slate-100 hover:text-slate-900 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-indigo-600 dark:text-slate-300 dark:hover:bg-slate-800 dark:hover:text-white';

/** One file with its status ("empty — skipped", refused, duplicate) and, when usable, its metadata. */
export function FileItem({
  entry,
  duplicateOf,
  onMeta,
  onRemove,
}: {
  entry: FileEntry;
  duplicateOf: string | null;
  onMeta: (meta: ArticleMeta) => void;
  onRemove: () => void;
}) {
  const r = entry.reading;
  const status =
    r === null
      ? { text: 'Reading…', tone: 'text-slate-500 dark:text-slate-400' }
      : r.status !== 'ok'
        ? { text: r.message, tone: 'text-amber-800 dark:text-amber-300' }
        : duplicateOf !== null
          ? { text: `Duplicate of ${duplicateOf} — skipped.`, tone: 'text-amber-800 dark:text-amber-300' }
          : {
              text: r.html ? 'Web page: its article text will be extracted' : 'Ready',
              tone: 'text-emerald-800 dark:text-emerald-300',
            };
  const usable = r?.status === 'ok' && duplicateOf === null;
  return (
    <li
      aria-label={entry.name}
      className="rounded-lg border border-slate-200 bg-white p-4 dark:border-slate-700 dark:bg-slate-900"
    >
      <div className="flex flex-wrap items-baseline gap-x-3 gap-y-1">
        <span className="font-medium break-all text-slate-900 dark:text-slate-100">{entry.name}</span>
        <span className="text-xs text-slate-500 dark:text-slate-400">{formatBytes(entry.size)}</span>
        <span className={`text-sm ${status.tone}`}>{status.text}</span>
        <button
          type="button"
          onClick={onRemove}
          className={`${REMOVE} ml-auto`}
          aria-label={`Remove ${entry.name}`}
        >
          Remove
        </button>
      </div>
      {usable && <ArticleMetaFields idPrefix={entry.key} meta={entry.meta} onChange={onMeta} />}
    </li>
  );
}

/** One pasted article: its text, metadata and a remove button. */
export function PasteItem({
  entry,
  label,
  duplicateOf,
  onChange,
  onRemove,
}: {
  entry: PasteEntry;
  label: string;
  duplicateOf: string | null;
  onChange: (next: PasteEntry) => void;
  onRemove: () => void;
}) {
  return (
    <fieldset className="rounded-lg border border-slate-200 bg-white p-4 dark:border-slate-700 dark:bg-slate-900">
      <legend className="px-1 text-sm font-semibold text-slate-900 dark:text-slate-100">{label}</legend>
      <div className="flex items-center justify-between gap-3">
        <label
          htmlFor={`${entry.key}-text`}
          className="text-xs font-medium text-slate-700 dark:text-slate-300"
        >
          Article text
        </label>
        <button type="button" onClick={onRemove} className={REMOVE} aria-label={`Remove ${label}`}>
          Remove
        </button>
      </div>
      <textarea
        id={`${entry.key}-text`}
        value={entry.text}
        rows={6}
        placeholder="Paste the headline, byline and text of one article"
        onChange={(e) => onChange({ ...entry, text: e.target.value })}
        className="mt-1 block w-full rounded-md border border-slate-300 bg-white px-2.5 py-2 font-serif text-sm text-slate-900 focus-visible:outline-2 focus-visible:outline-offset-1 focus-visible:outline-indigo-600 dark:border-slate-600 dark:bg-slate-950 dark:text-slate-100"
      />
      {duplicateOf !== null && (
        <p className="mt-1 text-sm text-amber-800 dark:text-amber-300">
          Duplicate of {duplicateOf} — skipped.
        </p>
      )}
      <ArticleMetaFields
        idPrefix={entry.key}
        meta={entry.meta}
        onChange={(meta) => onChange({ ...entry, meta })}
      />
    </fieldset>
  );
}
