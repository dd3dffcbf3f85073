/** The ingest eval and bench run: one switch point between the stand-in and the core's `ingestArticle`. */
import type { Article } from '../../core/model/article';
import type { ManifestEntry } from '../../core/model/story';
import { ingestStandIn } from './ingest-stand-in';

/** Ingest one raw file with its manifest entry. */
export function ingestForEval(file: string, text: string, manifest: ManifestEntry | null): Article {
  return ingestStandIn({ file, text, manifest });
}
