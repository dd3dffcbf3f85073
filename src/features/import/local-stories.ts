/**
 * Imported stories live in this tab only: in memory, and in sessionStorage so a reload of
 * `#/story/local-…` still opens them. Nothing is uploaded anywhere. What comes back from sessionStorage
 * is parsed like any fetched bundle (parse, don't trust).
 */
import { hashString, type IngestInput, type StoryBundle, type StorySummary } from '../../core/index';
import type { AnalysisPath } from '../../worker/messages';
import { parseStoryBundle } from '../stories/parse-story';

/** Slugs of imported stories start with this, so the story page knows not to fetch them. */
export const LOCAL_SLUG_PREFIX = 'local-';
const STORAGE_PREFIX = 'parallax:imported:';

/** An imported story and where its analysis ran. */
export interface LocalStory {
  readonly bundle: StoryBundle;
  readonly path: AnalysisPath;
}

const memory = new Map<string, LocalStory>();

/** `local-` plus the 11-character hash {@link localSlugFor} writes: a bundled folder is unlikely to match. */
const LOCAL_SLUG = /^local-[0-9a-z]{11}$/;

/** True for the slug of an imported story (exactly the shape {@link localSlugFor} makes). */
export const isLocalSlug = (slug: string): boolean => LOCAL_SLUG.test(slug);

/** A deterministic slug for a set of inputs: importing the same articles again opens the same story. */
export function localSlugFor(inputs: readonly IngestInput[]): string {
  return `${LOCAL_SLUG_PREFIX}${hashString(JSON.stringify(inputs))}`;
}

function storage(): Storage | null {
  try {
    return typeof sessionStorage === 'undefined' ? null : sessionStorage;
  } catch {
    return null;
  }
}

/**
 * Keep an imported story for this tab.
 * @returns whether it was also stored for a reload (false when sessionStorage is full or blocked).
 */
export function saveLocalStory(story: LocalStory): boolean {
  memory.set(story.bundle.slug, story);
  try {
    storage()?.setItem(STORAGE_PREFIX + story.bundle.slug, JSON.stringify(story));
    return storage() !== null;
  } catch {
    return false;
  }
}

/** The imported story with this slug, from memory or sessionStorage; null when it is gone or corrupt. */
export function loadLocalStory(slug: string): LocalStory | null {
  const cached = memory.get(slug);
  if (cached) return cached;
  let raw: string | null;
  try {
    raw = storage()?.getItem(STORAGE_PREFIX + slug) ?? null;
  } catch {
    raw = null;
  }
  if (raw === null) return null;
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return null;
  }
  if (typeof data !== 'object' || data === null) return null;
  const { bundle, path } = data as { bundle?: unknown; path?: unknown };
  const parsed = parseStoryBundle(bundle);
  if (!parsed.ok || parsed.value.slug !== slug) return null;
  const story: LocalStory = { bundle: parsed.value, path: path === 'worker' ? 'worker' : 'main-thread' };
  memory.set(slug, story);
  return story;
}

/** The message a reader sees when an imported story is no longer in this tab. */
export const LOCAL_STORY_GONE =
  'This imported story is no longer available: imported articles are kept only in the browser tab that imported them.';

/**
 * Load an imported story's bundle for the story query.
 * @throws Error({@link LOCAL_STORY_GONE}) when it is not in this tab.
 */
export function loadLocalBundle(slug: string): StoryBundle {
  const story = loadLocalStory(slug);
  if (!story) throw new Error(LOCAL_STORY_GONE);
  return story.bundle;
}

/**
 * Forget imported stories: from memory only (what a reload does), or from sessionStorage too.
 * @param scope `memory` or `all` (default).
 */
export function clearLocalStories(scope: 'memory' | 'all' = 'all'): void {
  memory.clear();
  if (scope === 'memory') return;
  const s = storage();
  if (!s) return;
  for (const key of Object.keys(s)) if (key.startsWith(STORAGE_PREFIX)) s.removeItem(key);
}

/** Where an imported story's analysis ran (`worker` or `main-thread`); undefined for bundled stories. */
export function localAnalysisPath(slug: string): AnalysisPath | undefined {
  return isLocalSlug(slug) ? loadLocalStory(slug)?.path : undefined;
}

/** The stories imported in this tab (memory and sessionStorage), as story-list summaries. */
export function listLocalStories(): StorySummary[] {
  const slugs = new Set(memory.keys());
  const s = storage();
  try {
    for (const key of s ? Object.keys(s) : [])
      if (key.startsWith(STORAGE_PREFIX)) slugs.add(key.slice(STORAGE_PREFIX.length));
  } catch {
    // Storage blocked: the in-memory stories still show.
  }
  const out: StorySummary[] = [];
  for (const slug of slugs) {
    const story = loadLocalStory(slug);
    if (!story) continue;
    const { title, analysis } = story.bundle;
    out.push({
      slug,
      title,
      articleCount: analysis.articles.length,
      sources: analysis.articles.map((a) => a.source),
    });
  }
  return out;
}
