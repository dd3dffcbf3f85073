/**
 * The data build: every `data/stories/<slug>/` → `public/data/stories/<slug>.json` (a StoryBundle with
 * the full Analysis) plus `public/data/stories/index.json` (StorySummary[]). Deterministic: stories in
 * slug order, articles in manifest order, no timestamps, so a rebuild of unchanged data is byte-identical.
 */
import { mkdir, readdir, rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Result, StoryBundle, StorySummary } from '../../core';
import { analyzeStory, err, ok } from '../../core';
import { loadStoryFromFolder } from './load-story';

/** A story needs at least this many articles to be compared. */
const MIN_ARTICLES = 2;

/** A slug is used in file names and URLs: lower-case letters, digits and dashes. */
const SLUG = /^[a-z0-9][a-z0-9-]*$/;

/**
 * Build the bundled data.
 * @param dataDir the folder holding one sub-folder per story (`data/stories`).
 * @param outDir where the JSON goes (`public/data/stories`); stale `*.json` there are removed.
 * @returns the summaries written, or an error naming the broken story folder.
 */
export async function buildStoryData(dataDir: string, outDir: string): Promise<Result<StorySummary[]>> {
  let slugs: string[];
  try {
    const entries = await readdir(dataDir);
    const folders = await Promise.all(
      entries.map(async (n) => ((await stat(join(dataDir, n))).isDirectory() ? n : null)),
    );
    slugs = folders.filter((n): n is string => n !== null && !n.startsWith('.')).sort();
  } catch (error) {
    return err(`${dataDir}: cannot read the stories folder (${(error as Error).message.split('\n')[0]})`);
  }
  const bundles: StoryBundle[] = [];
  for (const slug of slugs) {
    const folder = join(dataDir, slug);
    if (!SLUG.test(slug))
      return err(`${folder}: folder name must be a slug (lower-case letters, digits, dashes)`);
    const story = await loadStoryFromFolder(folder);
    if (!story.ok) return err(`story "${slug}": ${story.error}`);
    if (story.value.articles.length < MIN_ARTICLES) {
      return err(
        `story "${slug}" (${folder}): needs at least ${MIN_ARTICLES} articles, has ${story.value.articles.length}`,
      );
    }
    try {
      bundles.push({ slug, title: story.value.title, analysis: analyzeStory(story.value.articles) });
    } catch (error) {
      return err(`story "${slug}" (${folder}): the engine failed: ${(error as Error).message}`);
    }
  }
  const summaries: StorySummary[] = bundles.map((b) => ({
    slug: b.slug,
    title: b.title,
    articleCount: b.analysis.articles.length,
    sources: b.analysis.articles.map((a) => a.source),
  }));
  await mkdir(outDir, { recursive: true });
  const keep = new Set(['index.json', ...bundles.map((b) => `${b.slug}.json`)]);
  for (const name of await readdir(outDir)) {
    if (name.endsWith('.json') && !keep.has(name)) await rm(join(outDir, name));
  }
  for (const bundle of bundles)
    await writeFile(join(outDir, `${bundle.slug}.json`), `${JSON.stringify(bundle)}\n`);
  await writeFile(join(outDir, 'index.json'), `${JSON.stringify(summaries, null, 2)}\n`);
  return ok(summaries);
}
