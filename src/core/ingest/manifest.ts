/**
 * The story manifest (`story.json`): parsed, never trusted. Every field is checked and an error names the
 * field that is wrong, so a broken story folder fails the build with a message a person can act on.
 */
import type { ManifestEntry, StoryManifest } from '../model/story';
import type { Result } from '../model/result';
import { err, ok } from '../model/result';
import { normalizeInline } from './normalize-text';
import { isManifestDate } from './iso-date';

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function optionalString(entry: Record<string, unknown>, key: string, where: string): Result<string | null> {
  const value = entry[key];
  if (value === undefined || value === null) return ok(null);
  if (typeof value !== 'string') return err(`${where}.${key}: expected a string or null`);
  const clean = normalizeInline(value);
  return ok(clean === '' ? null : clean);
}

function parseEntry(value: unknown, where: string): Result<ManifestEntry> {
  if (!isRecord(value)) return err(`${where}: expected an object`);
  const file = value['file'];
  if (typeof file !== 'string' || file.trim() === '') return err(`${where}.file: expected a file name`);
  if (/[/\\]/.test(file) || file === '.' || file === '..')
    return err(`${where}.file: "${file}" must be a plain file name`);
  const source = optionalString(value, 'source', where);
  if (!source.ok) return source;
  const url = optionalString(value, 'url', where);
  if (!url.ok) return url;
  if (url.value !== null && !/^https?:\/\/[^\s]+$/i.test(url.value))
    return err(`${where}.url: expected an http(s) URL`);
  const published = optionalString(value, 'published', where);
  if (!published.ok) return published;
  if (published.value !== null && !isManifestDate(published.value))
    return err(
      `${where}.published: "${published.value}" is not an ISO 8601 date (2022-02-10, 2022-02-10T13:37:00Z, 2022-02 or 2022)`,
    );
  return ok({ file, source: source.value, url: url.value, published: published.value });
}

/**
 * Parse a story manifest.
 * @param json the parsed JSON of `story.json` (anything).
 * @returns the manifest, or an error naming the offending field. Never throws.
 */
export function parseManifest(json: unknown): Result<StoryManifest> {
  if (!isRecord(json)) return err('story.json: expected an object with "title" and "files"');
  const title = json['title'];
  if (typeof title !== 'string' || normalizeInline(title) === '')
    return err('story.json: "title" must be a non-empty string');
  const files = json['files'];
  if (!Array.isArray(files)) return err('story.json: "files" must be an array');
  const entries: ManifestEntry[] = [];
  const seen = new Set<string>();
  for (const [i, value] of files.entries()) {
    const entry = parseEntry(value, `story.json: files[${i}]`);
    if (!entry.ok) return entry;
    if (seen.has(entry.value.file))
      return err(`story.json: files[${i}].file: "${entry.value.file}" is listed twice`);
    seen.add(entry.value.file);
    entries.push(entry.value);
  }
  return ok({ title: normalizeInline(title), files: entries });
}
