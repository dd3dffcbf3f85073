// Test helper: an Article from paragraphs, offsets computed the way ingest does (paragraphs joined by "\n\n").
import type { Article, Paragraph } from '../../../src/core/model/article';
import { makeId } from '../../../src/core/text/hash';

/** A paragraph given as text, or as `{ caption: text }` for a photo caption. */
export type ParagraphInput = string | { readonly caption: string };

/**
 * Build an Article for tests.
 * @param file the file name (the id derives from it).
 * @param paragraphs paragraph texts; `{ caption }` marks a caption.
 * @param source the outlet, or null.
 */
export function makeArticle(
  file: string,
  paragraphs: readonly ParagraphInput[],
  source: string | null = null,
): Article {
  const parts: Paragraph[] = [];
  let body = '';
  for (const p of paragraphs) {
    const text = typeof p === 'string' ? p : p.caption;
    if (body) body += '\n\n';
    parts.push({
      start: body.length,
      end: body.length + text.length,
      kind: typeof p === 'string' ? 'text' : 'caption',
    });
    body += text;
  }
  return {
    id: makeId('a', file),
    file,
    source,
    title: file,
    byline: null,
    published: null,
    url: null,
    body,
    paragraphs: parts,
    removed: [],
    origin: { source: source ? 'manifest' : 'none', title: 'file', byline: 'none', published: 'none' },
  };
}
