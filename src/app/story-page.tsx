import type { ViewState } from '../core/index';
import { ShareableCompareView } from '../features/share/shareable-compare-view';
import { ErrorState, LoadingState } from '../features/stories/query-status';
import { useStoryBundle } from '../features/stories/story-queries';
import { isLocalSlug, localAnalysisPath } from '../features/import/local-stories';
import { IMPORT_HASH } from '../features/import/use-import-route';
import { BackToStories } from '../features/stories/back-to-stories';

/** One story: its title and the compare view, with the selection kept in the URL. */
export function StoryPage({
  state,
  navigate,
}: {
  state: ViewState;
  navigate: (next: ViewState, options?: { replace?: boolean }) => void;
}) {
  const slug = state.story ?? '';
  const query = useStoryBundle(slug);
  if (query.isPending) return <LoadingState label="Loading the story…" />;
  if (query.isError)
    return (
      <div className="px-4">
        <ErrorState
          title="This story could not be opened"
          error={query.error}
          onRetry={isLocalSlug(slug) ? undefined : () => void query.refetch()}
        />
        <p className="flex justify-center gap-6 text-center">
          {isLocalSlug(slug) && (
            <a href={IMPORT_HASH} className="text-indigo-700 underline dark:text-indigo-300">
              Import the articles again
            </a>
          )}
          <a href="#/" className="text-indigo-700 underline dark:text-indigo-300">
            Back to all stories
          </a>
        </p>
      </div>
    );
  const bundle = query.data;
  return (
    <div className="flex min-h-0 flex-1 flex-col" data-analysis-path={localAnalysisPath(slug)}>
      <div className="border-b border-slate-200 px-4 pt-4 pb-3 sm:px-6 dark:border-slate-800">
        <BackToStories />
        <h1 className="mt-1 font-serif text-2xl leading-tight font-semibold tracking-tight text-slate-900 sm:text-[1.75rem] dark:text-slate-50">
          {bundle.title}
        </h1>
      </div>
      <ShareableCompareView analysis={bundle.analysis} state={state} navigate={navigate} />
    </div>
  );
}
