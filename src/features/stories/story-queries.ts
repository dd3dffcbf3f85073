import { useQuery } from '@tanstack/react-query';
import type { Result, StoryBundle, StorySummary } from '../../core/index';
import { parseStoryBundle, parseStoryIndex } from './parse-story';
import { isLocalSlug, loadLocalBundle } from '../import/local-stories';

/** Relative to the page, so the build works from any folder of a static host. */
export const DATA_BASE = './data/stories/';

/** Slugs are folder names (same rule as the URL codec's SLUG_PATTERN). */
export const isValidSlug = (slug: string): boolean => /^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$/.test(slug);

async function fetchParsed<T>(
  url: string,
  parse: (data: unknown) => Result<T>,
  signal: AbortSignal,
): Promise<T> {
  const res = await fetch(url, { signal });
  if (res.status === 404) throw new Error('This story was not found.');
  if (!res.ok) throw new Error(`The server answered ${res.status}.`);
  let data: unknown;
  try {
    data = await res.json();
  } catch {
    throw new Error('The story data is not valid JSON.');
  }
  const parsed = parse(data);
  if (!parsed.ok) throw new Error(parsed.error);
  return parsed.value;
}

/** The bundled stories (`index.json`). */
export function useStoryIndex() {
  return useQuery<readonly StorySummary[]>({
    queryKey: ['stories'],
    queryFn: ({ signal }) => fetchParsed(`${DATA_BASE}index.json`, parseStoryIndex, signal),
  });
}

/** One story bundle with its full analysis. */
export function useStoryBundle(slug: string) {
  return useQuery<StoryBundle>({
    queryKey: ['story', slug],
    queryFn: ({ signal }) => {
      // Imported stories live in this tab (memory + sessionStorage), never on the server.
      if (isLocalSlug(slug)) return Promise.resolve().then(() => loadLocalBundle(slug));
      if (!isValidSlug(slug)) return Promise.reject(new Error('This story was not found.'));
      return fetchParsed(`${DATA_BASE}${encodeURIComponent(slug)}.json`, parseStoryBundle, signal);
    },
    staleTime: Infinity,
  });
}
