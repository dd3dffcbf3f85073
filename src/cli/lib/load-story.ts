/**
 * Read a story from disk for the CLIs (analyze, data build, eval, bench): a story folder with its
 * `story.json`, or a list of article files (a `story.json` next to them is used when present). Every
 * failure is a `Result` error with one clear line naming the path; nothing here throws.
 */
import { readFile, readdir, stat } from 'node:fs/promises';
import { basename, dirname, extname, join, resolve } from 'node:path';
import type { Article, ManifestEntry, Result, StoryManifest } from '../../core';
import { err, ingestArticle, looksLikeHtml, ok, parseManifest } from '../../core';
import { extractHtmlInNode } from './read-html';

/** A story read from disk: its articles ingested, in display order. */
export interface LoadedStory {
  /** The folder's name (or the common folder of the files). */
  readonly slug: string;
  /** The manifest's title, else the first article's title. */
  readonly title: string;
  readonly manifest: StoryManifest | null;
  readonly articles: readonly Article[];
}

/** Article files a story folder may hold. */
export const ARTICLE_EXTENSIONS: readonly string[] = ['.txt', '.html', '.htm'];

/** Refuse files above this size: a long news article is well under 1 MB, a 20 MB "article" is a mistake. */
const MAX_FILE_BYTES = 20 * 1024 * 1024;

const MANIFEST = 'story.json';

function describe(error: unknown): string {
  const code = (error as { code?: string } | null)?.code;
  if (code === 'ENOENT') return 'no such file or folder';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'EISDIR') return 'is a folder, expected a file';
  if (code === 'ENOTDIR') return 'not a folder';
  return error instanceof Error ? (error.message.split('\n')[0] ?? 'unreadable') : 'unreadable';
}

async function readManifest(folder: string): Promise<Result<StoryManifest | null>> {
  const path = join(folder, MANIFEST);
  let raw: string;
  try {
    raw = await readFile(path, 'utf8');
  } catch (error) {
    if ((error as { code?: string }).code === 'ENOENT') return ok(null);
    return err(`${path}: ${describe(error)}`);
  }
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch (error) {
    return err(`${path}: not valid JSON (${describe(error)})`);
  }
  const manifest = parseManifest(json);
  return manifest.ok ? manifest : err(`${path}: ${manifest.error.replace(/^story\.json: /, '')}`);
}

/**
 * Read and ingest one article file (text or HTML).
 * @param path the file's path.
 * @param entry its manifest entry, when a manifest lists it.
 * @returns the article, or an error line naming the path (missing, unreadable, empty, too large).
 */
export async function readArticleFile(path: string, entry: ManifestEntry | null): Promise<Result<Article>> {
  let text: string;
  try {
    const info = await stat(path);
    if (info.isDirectory()) return err(`${path}: is a folder, expected a file`);
    if (info.size > MAX_FILE_BYTES)
      return err(`${path}: too large (${info.size} bytes; limit ${MAX_FILE_BYTES})`);
    text = await readFile(path, 'utf8');
  } catch (error) {
    return err(`${path}: ${describe(error)}`);
  }
  const file = basename(path);
  if (text.trim() === '') return err(`${path}: the file is empty`);
  const isHtml = ['.html', '.htm'].includes(extname(path).toLowerCase()) || looksLikeHtml(text);
  let html = null;
  if (isHtml) {
    try {
      html = extractHtmlInNode(text, entry?.url ?? undefined);
    } catch (error) {
      return err(`${path}: could not read the HTML (${describe(error)})`);
    }
  }
  const article = ingestArticle({ file, text, manifest: entry, html });
  return article.ok
    ? article
    : err(
        article.error.startsWith(`${file}:`)
          ? `${path}${article.error.slice(file.length)}`
          : `${path}: ${article.error}`,
      );
}

/**
 * Load a story folder: `story.json` (optional) plus its `*.txt`, `*.html`, `*.htm` files. Files the
 * manifest lists come first, in its order; other article files follow by name.
 * @param dir the folder.
 * @returns the story, or an error naming the folder or file at fault (a file the manifest lists but the
 *   folder lacks is an error; so is a folder without article files).
 */
export async function loadStoryFromFolder(dir: string): Promise<Result<LoadedStory>> {
  let names: string[];
  try {
    const info = await stat(dir);
    if (!info.isDirectory()) return err(`${dir}: not a folder`);
    names = (await readdir(dir)).filter((n) => ARTICLE_EXTENSIONS.includes(extname(n).toLowerCase())).sort();
  } catch (error) {
    return err(`${dir}: ${describe(error)}`);
  }
  const manifest = await readManifest(dir);
  if (!manifest.ok) return manifest;
  const listed = manifest.value?.files ?? [];
  for (const entry of listed) {
    if (!names.includes(entry.file))
      return err(`${join(dir, MANIFEST)}: lists "${entry.file}", which is not in the folder`);
  }
  const order = [...listed.map((e) => e.file), ...names.filter((n) => !listed.some((e) => e.file === n))];
  if (order.length === 0) return err(`${dir}: no article files (*.txt, *.html) in the folder`);
  const articles: Article[] = [];
  for (const name of order) {
    const article = await readArticleFile(join(dir, name), listed.find((e) => e.file === name) ?? null);
    if (!article.ok) return article;
    articles.push(article.value);
  }
  return ok({
    slug: basename(resolve(dir)),
    title: manifest.value?.title ?? articles[0]?.title ?? basename(resolve(dir)),
    manifest: manifest.value,
    articles,
  });
}

/**
 * Load articles from a list of files. A `story.json` in a file's folder supplies that file's metadata.
 * @param paths article files, in display order.
 * @returns the story (slug and title from the files' common folder and its manifest, when all share one).
 */
export async function loadArticlesFromFiles(paths: readonly string[]): Promise<Result<LoadedStory>> {
  if (paths.length === 0) return err('no article files given');
  // Article ids derive from file names, so two inputs with one name would be one article twice.
  const seen = new Map<string, string>();
  for (const path of paths) {
    const earlier = seen.get(basename(path));
    if (earlier !== undefined)
      return err(`${path}: same file name as ${earlier}; give each article a distinct name`);
    seen.set(basename(path), path);
  }
  const manifests = new Map<string, StoryManifest | null>();
  const articles: Article[] = [];
  for (const path of paths) {
    const folder = dirname(resolve(path));
    if (!manifests.has(folder)) {
      const manifest = await readManifest(folder);
      if (!manifest.ok) return manifest;
      manifests.set(folder, manifest.value);
    }
    const entry = manifests.get(folder)?.files.find((e) => e.file === basename(path)) ?? null;
    const article = await readArticleFile(path, entry);
    if (!article.ok) return article;
    articles.push(article.value);
  }
  const folders = [...manifests.keys()];
  const shared = folders.length === 1 ? (manifests.get(folders[0] ?? '') ?? null) : null;
  return ok({
    slug: folders.length === 1 ? basename(folders[0] ?? 'files') : 'files',
    title: shared?.title ?? articles[0]?.title ?? 'Untitled story',
    manifest: shared,
    articles,
  });
}
