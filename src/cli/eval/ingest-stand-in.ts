/**
 * A tiny stand-in for the core's `ingestArticle` while it is being written: every non-empty line is a
 * paragraph, a line without closing punctuation is a caption, nothing is removed. Eval and bench use the
 * real ingest as soon as the core exports it (see ./ingest.ts); this file then goes away.
 */
import type { Article, Paragraph } from '../../core/model/article';
import type { ManifestEntry } from '../../core/model/story';
import { makeId } from '../../core/text/hash';

/** Raw text → a minimal Article (no boilerplate removal, no metadata parsing). */
export function ingestStandIn(input: {
  file: string;
  text: string;
  manifest?: ManifestEntry | null;
}): Article {
  const lines = input.text
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((l) => l.replace(/\u00a0/g, ' ').trim())
    .filter((l) => l !== '');
  const paragraphs: Paragraph[] = [];
  let body = '';
  for (const line of lines) {
    if (body) body += '\n\n';
    const kind = /[.!?]["'\u201d\u2019)]*$/.test(line) ? 'text' : 'caption';
    paragraphs.push({ start: body.length, end: body.length + line.length, kind });
    body += line;
  }
  const m = input.manifest ?? null;
  return {
    id: makeId('a', input.file),
    file: input.file,
    source: m?.source ?? null,
    title: lines[0] ?? input.file,
    byline: null,
    published: m?.published ?? null,
    url: m?.url ?? null,
    body,
    paragraphs,
    removed: [],
    origin: { source: m?.source ? 'manifest' : 'none', title: 'text', byline: 'none', published: 'none' },
  };
}
