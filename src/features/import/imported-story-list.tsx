import { useState } from 'react';
import { EMPTY_VIEW_STATE, encodeViewState } from '../../core/index';
import { listLocalStories } from './local-stories';

/** The stories imported in this tab, under the bundled ones; nothing when there are none. */
export function ImportedStoryList() {
  const [stories] = useState(listLocalStories);
  if (stories.length === 0) return null;
  return (
    <section aria-labelledby="imported-heading" className="mt-10">
      <h2 id="imported-heading" className="text-lg font-semibold text-slate-900 dark:text-slate-100">
        Imported in this tab
      </h2>
      <p className="mt-1 text-sm text-slate-600 dark:text-slate-400">
        Kept only in this browser tab; closing it forgets them.
      </p>
      <ul className="mt-4 grid gap-3">
        {stories.map((s) => (
          <li key={s.slug}>
            <a
              href={encodeViewState({ ...EMPTY_VIEW_STATE, story: s.slug })}
              className="block rounded-xl border border-dashed border-slate-300 p-4 hover:border-slate-500 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-indigo-600 dark:border-slate-600 dark:hover:border-slate-400"
            >
              <span className="font-serif text-lg font-semibold text-slate-900 dark:text-slate-50">
                {s.title}
              </span>
              <span className="mt-1 block text-sm text-slate-600 dark:text-slate-400">
                {s.articleCount} articles · {s.sources.map((x) => x ?? 'Unknown outlet').join(', ')}
              </span>
            </a>
          </li>
        ))}
      </ul>
    </section>
  );
}
