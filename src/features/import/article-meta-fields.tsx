import type { ArticleMeta } from './prepare-import';

const INPUT =
  'mt-1 block w-full rounded-md border border-slate-300 bg-white px-2.5 py-1.5 text-sm text-slate-900 placeholder:text-slate-400 focus-visible:outline-2 focus-visible:outline-offset-1 focus-visible:outline-indigo-600 dark:border-slate-600 dark:bg-slate-900 dark:text-slate-100';

/** Optional outlet, original URL and publication date of one article. */
export function ArticleMetaFields({
  idPrefix,
  meta,
  onChange,
}: {
  idPrefix: string;
  meta: ArticleMeta;
  onChange: (next: ArticleMeta) => void;
}) {
  return (
    <div className="mt-3 grid gap-3 sm:grid-cols-[1fr_1.4fr_auto]">
      <label
        htmlFor={`${idPrefix}-outlet`}
        className="text-xs font-medium text-slate-700 dark:text-slate-300"
      >
        Outlet <span className="font-normal text-slate-500 dark:text-slate-400">(optional)</span>
        <input
          id={`${idPrefix}-outlet`}
          type="text"
          value={meta.outlet}
          placeholder="e.g. The Valley Times"
          onChange={(e) => onChange({ ...meta, outlet: e.target.value })}
          className={INPUT}
        />
      </label>
      <label htmlFor={`${idPrefix}-url`} className="text-xs font-medium text-slate-700 dark:text-slate-300">
        Original URL <span className="font-normal text-slate-500 dark:text-slate-400">(optional)</span>
        <input
          id={`${idPrefix}-url`}
          type="url"
          inputMode="url"
          value={meta.url}
          placeholder="https://"
          onChange={(e) => onChange({ ...meta, url: e.target.value })}
          className={INPUT}
        />
      </label>
      <label htmlFor={`${idPrefix}-date`} className="text-xs font-medium text-slate-700 dark:text-slate-300">
        Published <span className="font-normal text-slate-500 dark:text-slate-400">(optional)</span>
        <input
          id={`${idPrefix}-date`}
          type="date"
          value={meta.date}
          onChange={(e) => onChange({ ...meta, date: e.target.value })}
          className={INPUT}
        />
      </label>
    </div>
  );
}
