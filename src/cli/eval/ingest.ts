/** The ingest eval and bench run: the core's `ingestArticle` on raw text (the fixtures are plain text). */
import { ingestArticle } from '../../core/ingest/ingest-article';
import type { Article } from '../../core/model/article';
import type { ManifestEntry } from '../../core/model/story';

/**
 * Ingest one raw file with its manifest entry.
 * @throws Error naming the file when ingest refuses it (empty, nothing but page furniture).
 */
export function ingestForEval(file: string, text: string, manifest: ManifestEntry | null): Article {
  const result = ingestArticle({ file, text, manifest });
  if (!result.ok) throw new Error(`${file}: ${result.error}`);
  return result.value;
}
