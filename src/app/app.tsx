import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { useState } from 'react';
import { AppHeader } from './app-header';
import { StoryPage } from './story-page';
import { useViewState } from './use-view-state';
import { StoryList } from '../features/stories/story-list';
import { ImportPage } from '../features/import/import-page';
import { useImportRoute } from '../features/import/use-import-route';

/** One QueryClient per app instance; bundled data never changes while the page is open. */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: { queries: { retry: 1, refetchOnWindowFocus: false, staleTime: 5 * 60_000 } },
  });
}

/** Providers around the routes; pass a client in tests. */
export function App({ client }: { client?: QueryClient }) {
  const [queryClient] = useState(() => client ?? createQueryClient());
  return (
    <QueryClientProvider client={queryClient}>
      <Routes />
    </QueryClientProvider>
  );
}

function Routes() {
  const { state, notice, navigate } = useViewState();
  const importing = useImportRoute();
  return (
    <div className="flex min-h-dvh flex-col bg-white text-slate-900 lg:h-dvh dark:bg-slate-950 dark:text-slate-100">
      <a
        href="#main"
        onClick={(e) => {
          e.preventDefault();
          document.getElementById('main')?.focus();
        }}
        className="sr-only focus:not-sr-only focus:absolute focus:top-2 focus:left-2 focus:z-50 focus:rounded focus:bg-white focus:px-3 focus:py-2 focus:text-slate-900"
      >
        Skip to content
      </a>
      <AppHeader />
      <main id="main" tabIndex={-1} className="flex min-h-0 flex-1 flex-col outline-none lg:overflow-y-auto">
        {notice && !importing && (
          <p
            role="status"
            className="border-b border-amber-200 bg-amber-50 px-6 py-2 text-sm text-amber-900 dark:border-amber-900 dark:bg-amber-950/50 dark:text-amber-200"
          >
            {notice}
          </p>
        )}
        {importing ? (
          <ImportPage />
        ) : state.story ? (
          <StoryPage key={state.story} state={state} navigate={navigate} />
        ) : (
          <StoryList />
        )}
      </main>
    </div>
  );
}
