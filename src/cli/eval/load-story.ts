/** Node loaders for eval: a story folder (story.json + raw files) with its gold labels. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { ManifestEntry, StoryManifest } from '../../core/model/story';
import type { Result } from '../../core/model/result';
import { err, ok } from '../../core/model/result';
import type { Gold } from './gold';
import { parseGold } from './gold';

/** A story ready to evaluate: raw files in manifest order, the manifest and the gold. */
export interface EvalStory {
  readonly slug: string;
  readonly dir: string;
  readonly manifest: StoryManifest;
  /** file name → raw text, in manifest order. */
  readonly raw: ReadonlyMap<string, string>;
  readonly gold: Gold;
}

/** Repository-relative places eval looks in. */
export const SEED_STORY = {
  dir: 'data/stories/trump-kim-letters',
  gold: 'tests/fixtures/gold/trump-kim-letters.gold.json',
};
export const INVENTED_ROOT = 'tests/fixtures/stories';

function readManifest(dir: string): StoryManifest {
  const path = join(dir, 'story.json');
  const files = readdirSync(dir)
    .filter((f) => /\.(txt|html?)$/i.test(f))
    .sort();
  if (!existsSync(path)) return { title: basename(dir), files: files.map((file) => emptyEntry(file)) };
  const json = JSON.parse(readFileSync(path, 'utf8')) as { title?: unknown; files?: unknown };
  const entries = Array.isArray(json.files) ? (json.files as Partial<ManifestEntry>[]) : [];
  const str = (v: unknown): string | null => (typeof v === 'string' ? v : null);
  return {
    title: typeof json.title === 'string' ? json.title : basename(dir),
    files: entries
      .filter((e) => typeof e.file === 'string')
      .map((e) => ({
        file: String(e.file),
        source: str(e.source),
        url: str(e.url),
        published: str(e.published),
      })),
  };
}

const emptyEntry = (file: string): ManifestEntry => ({ file, source: null, url: null, published: null });

/**
 * Load a story folder and its gold file.
 * @returns the story, or a one-line error (missing folder or file, bad JSON, gold that does not fit the text).
 */
export function loadEvalStory(dir: string, goldPath: string): Result<EvalStory> {
  try {
    const manifest = readManifest(dir);
    const raw = new Map<string, string>();
    for (const entry of manifest.files) raw.set(entry.file, readFileSync(join(dir, entry.file), 'utf8'));
    const gold = parseGold(JSON.parse(readFileSync(goldPath, 'utf8')), raw);
    if (!gold.ok) return err(`${goldPath}: ${gold.error}`);
    return ok({ slug: gold.value.story, dir, manifest, raw, gold: gold.value });
  } catch (e) {
    return err(`${dir}: ${e instanceof Error ? e.message : String(e)}`);
  }
}

/** The seed story first, then every invented story folder that has a gold.json, by name. */
export function listEvalStories(root = '.'): { dir: string; gold: string }[] {
  return [
    { dir: join(root, SEED_STORY.dir), gold: join(root, SEED_STORY.gold) },
    ...labelledFolders(join(root, INVENTED_ROOT)),
  ];
}

/**
 * The story folders directly under `parent` that carry a gold.json, by name (none when `parent`
 * does not exist): labelled stories kept anywhere, e.g. real coverage that cannot be committed.
 */
export function labelledFolders(parent: string): { dir: string; gold: string }[] {
  if (!existsSync(parent)) return [];
  return readdirSync(parent)
    .sort()
    .map((name) => ({ dir: join(parent, name), gold: join(parent, name, 'gold.json') }))
    .filter((s) => existsSync(s.gold));
}

/** Load the seed story and every invented story; throws with a clear message when one is broken. */
export function loadAllEvalStories(root = '.'): EvalStory[] {
  return loadEvalStories(listEvalStories(root));
}

/** Load listed stories; throws with a clear message when one is broken. */
export function loadEvalStories(list: readonly { dir: string; gold: string }[]): EvalStory[] {
  return list.map(({ dir, gold }) => {
    const story = loadEvalStory(dir, gold);
    if (!story.ok) throw new Error(story.error);
    return story.value;
  });
}
