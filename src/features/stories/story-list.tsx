import { EMPTY_VIEW_STATE, encodeViewState } from '../../core/index';
import { EmptyState, ErrorState, LoadingState } from './query-status';
import { useStoryIndex } from './story-queries';
import { ImportedStoryList } from '../import/imported-story-list';

/** The bundled stories: title, article count and outlets; each opens its compare view. */
export function StoryList() {
  const query = useStoryIndex();
  if (query.isPending) return <LoadingState label="Loading stories…" />;
  if (query.isError)
    return (
      <ErrorState
        title="The stories could not be loaded"
        error={query.error}
        onRetry={() => void query.refetch()}
      />
    );
  const stories = query.data;
  return (
    <div className="mx-auto w-full max-w-4xl px-4 py-10 sm:px-6">
      <h1 className="font-serif text-3xl font-semibold tracking-tight text-slate-900 sm:text-4xl dark:text-slate-50">
        Stories
      </h1>
      <p className="mt-2 max-w-2xl text-slate-600 dark:text-slate-400">
        Several reports of the same story, side by side: what they agree on, and where they differ.
      </p>
      <p className="mt-4">
        <a
          href="#/import"
          className="inline-block rounded-md border border-indigo-300 px-3 py-1.5 text-sm font-medium text-indigo-800 hover:bg-indigo-50 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-indigo-600 dark:border-indigo-700 dark:text-indigo-200 dark:hover:bg-slate-800"
        >
          Compare your own articles →
        </a>
      </p>
      {stories.length === 0 ? (
        <EmptyState title="No stories yet">
          Add a folder under <code>data/stories/</code> and run <code>npm run data</code>.
        </EmptyState>
      ) : (
        <ul className="mt-8 grid gap-4">
          {stories.map((s) => {
            const outlets = s.sources.map((x) => x ?? 'Unknown outlet');
            return (
              <li key={s.slug}>
                <a
                  href={encodeViewState({ ...EMPTY_VIEW_STATE, story: s.slug })}
                  className="group block rounded-xl border border-slate-200 bg-white p-5 shadow-sm transition hover:border-slate-400 hover:shadow-md focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-indigo-600 dark:border-slate-700 dark:bg-slate-900 dark:hover:border-slate-500 dark:focus-visible:outline-indigo-400"
                >
                  <h2 className="font-serif text-xl leading-snug font-semibold text-slate-900 group-hover:underline dark:text-slate-50">
                    {s.title}
                  </h2>
                  <div className="mt-3 flex flex-wrap items-center gap-2 text-sm">
                    <span className="font-medium text-slate-800 dark:text-slate-200">
                      {s.articleCount} articles
                    </span>
                    <span aria-hidden="true" className="text-slate-400">
                      ·
                    </span>
                    <ul aria-label="Outlets" className="flex flex-wrap gap-1.5">
                      {outlets.map((o, i) => (
                        <li
                          key={`${o}-${i}`}
                          className="rounded-full bg-slate-100 px-2.5 py-0.5 text-xs font-medium text-slate-700 dark:bg-slate-800 dark:text-slate-300"
                        >
                          {o}
                        </li>
                      ))}
                    </ul>
                    <span
                      aria-hidden="true"
                      className="ml-auto font-medium text-indigo-700 group-hover:translate-x-0.5 dark:text-indigo-300"
                    >
                      Compare →
                    </span>
                  </div>
                </a>
              </li>
            );
          })}
        </ul>
      )}
      <ImportedStoryList />
    </div>
  );
}
