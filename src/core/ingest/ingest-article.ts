/**
 * Ingest: one raw article (scraped text, or the blocks an HTML adapter extracted) → a clean `Article`
 * with paragraphs, captions, metadata and a record of every removed piece of boilerplate.
 * Pipeline: normalise → split into blocks → classify (boilerplate, metadata, caption, text) → assemble the
 * body with half-open paragraph offsets → resolve metadata (manifest, then HTML, then text, then fallbacks).
 */
import type { Article, MetadataOrigin, Paragraph, RemovedPiece } from '../model/article';
import type { ManifestEntry } from '../model/story';
import type { Result } from '../model/result';
import { err, ok } from '../model/result';
import { makeId } from '../text/hash';
import { segmentSentences } from '../text/segment-sentences';
import type { Candidate, Role } from './classify-blocks';
import { classifyBlocks } from './classify-blocks';
import { findOutletInText, splitSiteSuffix } from './find-outlet';
import type { HtmlExtract } from './html-extract';
import { looksLikeHtml } from './html-extract';
import { stripInlineMarkup } from './inline-markup';
import { isIsoDate } from './iso-date';
import { normalizeInline, normalizeText } from './normalize-text';
import { parseByline } from './parse-byline';
import { leadingDateline, parseDateline } from './parse-dateline';
import { splitBlocks } from './split-blocks';

/** Input of {@link ingestArticle}. */
export interface IngestInput {
  /** The input file's name (no folder); the article id derives from it. */
  readonly file: string;
  /** The raw file content. Ignored for the body when `html` is given. */
  readonly text: string;
  readonly manifest?: ManifestEntry | null;
  /** Blocks and metadata from the HTML adapter, for HTML input. */
  readonly html?: HtmlExtract | null;
}

/** Separator between paragraphs in `Article.body`. */
const PARAGRAPH_SEPARATOR = '\n\n';

/**
 * A wire dateline opening a text ("FALL RIVER, Mass. (CBSMiami/AP) — ", "PHILADELPHIA — ",
 * "Jan 14 (Reuters) - "): the place or day a report was filed, no part of its headline.
 */
const DATELINE_LEAD =
  /^(?:\p{Lu}[\p{Lu}\s.'-]+(?:,\s*\p{Lu}[\p{L}.]{0,12})?|\p{L}{3,9}\.?\s+\d{1,2})\s*(?:\([^()]{1,40}\)\s*)?(?:[\u2014\u2013]|--?)\s+/u;

/** A title derived from the first sentence is cut at this length (a long headline's size). */
const MAX_FALLBACK_TITLE = 140;

/**
 * Ingest one article.
 * @param input file name, raw text, the manifest entry for the file and, for HTML, the adapter's extract.
 * @returns the clean article, or an error for empty input, unextracted HTML, or a text with nothing but
 *   page furniture. Never throws.
 */
export function ingestArticle(input: IngestInput): Result<Article> {
  const html = input.html ?? null;
  let candidates: Candidate[];
  let lines: string[];
  if (html) {
    candidates = html.blocks
      .map((b, i) => ({ text: normalizeInline(b.text), line: i, hint: b.kind }))
      .filter((c) => c.text !== '');
    lines = candidates.map((c) => c.text);
  } else {
    if (looksLikeHtml(input.text))
      return err(`${input.file}: looks like HTML; read it through the HTML adapter`);
    const text = normalizeText(stripInlineMarkup(input.text));
    lines = text.split('\n');
    // A date label glued to a paragraph ("date 2016-11-21 PUKHRAYAN, India -- …") is a dateline
    // of its own: the date goes to the metadata, the paragraph keeps the rest.
    candidates = splitBlocks(text).flatMap((b) => {
      const dated = leadingDateline(b.text);
      return dated
        ? [
            { text: dated.label, line: b.line },
            { text: dated.rest, line: b.line },
          ]
        : [{ text: b.text, line: b.line }];
    });
  }
  if (candidates.length === 0) return err(`${input.file}: the file is empty`);

  const manifest = input.manifest ?? null;
  const roles = classifyBlocks(
    candidates,
    html?.title ? normalizeInline(html.title) : null,
    manifest?.source ?? null,
  );
  const assembled = assemble(candidates, roles);
  if (assembled.paragraphs.length === 0) return err(`${input.file}: no article text (only page furniture)`);

  const pageTitle = candidates.find((_, i) => roles[i]?.kind === 'title')?.text ?? null;
  // "Headline | Site Name": the headline, and the site as the outlet when nothing better names it.
  const suffix = pageTitle !== null ? splitSiteSuffix(pageTitle) : null;
  const textTitle = suffix?.headline ?? pageTitle;
  const textByline = firstValue(roles, 'byline');
  const textDate = firstValue(roles, 'dateline');
  const htmlByline = html?.byline
    ? (parseByline(normalizeInline(html.byline), true) ?? normalizeInline(html.byline))
    : null;
  const htmlDate = html?.published ? parseHtmlDate(html.published) : null;
  const htmlSite = html?.siteName ? normalizeInline(html.siteName) || null : null;

  const source = pick(
    [manifest?.source, 'manifest'],
    [htmlSite, 'html'],
    [findOutletInText(lines), 'text'],
    [suffix?.site ?? null, 'text'],
  );
  const byline = pick([htmlByline || null, 'html'], [textByline, 'text']);
  const published = pick([manifest?.published, 'manifest'], [htmlDate, 'html'], [textDate, 'text']);
  const title = pick(
    [html?.title ? normalizeInline(html.title) || null : null, 'html'],
    [textTitle, 'text'],
    [firstSentence(assembled.body, assembled.paragraphs), 'text'],
  );

  return ok({
    id: makeId('a', input.file),
    file: input.file,
    source: source.value,
    title: title.value ?? input.file.replace(/\.[^.]+$/, ''),
    byline: byline.value,
    published: published.value,
    url: manifest?.url ?? null,
    body: assembled.body,
    paragraphs: assembled.paragraphs,
    removed: assembled.removed,
    origin: {
      source: source.origin,
      title: title.value === null ? 'file' : title.origin,
      byline: byline.origin,
      published: published.origin,
    },
  });
}

function firstValue(roles: readonly Role[], kind: 'byline' | 'dateline'): string | null {
  for (const r of roles) if (r.kind === kind) return r.value;
  return null;
}

function pick(...options: readonly (readonly [string | null | undefined, MetadataOrigin])[]): {
  value: string | null;
  origin: MetadataOrigin;
} {
  for (const [value, origin] of options) if (value) return { value, origin };
  return { value: null, origin: 'none' };
}

function parseHtmlDate(value: string): string | null {
  const clean = normalizeInline(value);
  // Meta tags often carry milliseconds or a "+0000" offset: reduce to the model's ISO form.
  const m = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2})(?:\.\d+)?(Z|[+-]\d{2}:?\d{2})?$/.exec(clean);
  if (m?.[1]) {
    const zone =
      m[2] === undefined
        ? ''
        : m[2] === 'Z' || /^[+-]00:?00$/.test(m[2])
          ? 'Z'
          : m[2].replace(/^([+-]\d{2}):?(\d{2})$/, '$1:$2');
    const iso = `${m[1]}${zone}`;
    return isIsoDate(iso) ? iso : null;
  }
  return isIsoDate(clean) ? clean : parseDateline(clean);
}

/** The first sentence of the first paragraph of text (not a caption), cut to a headline's length. */
function firstSentence(body: string, paragraphs: readonly Paragraph[]): string | null {
  const p = paragraphs.find((x) => x.kind === 'text') ?? paragraphs[0];
  const first = p ? body.slice(p.start, p.end).trim() : '';
  if (first === '') return null;
  // The first sentence as the engine reads sentences ("FALL RIVER, Mass. (CBSMiami/AP) — …" is not
  // cut after "Mass."), without the wire's dateline in front of it.
  const span = segmentSentences(first)[0];
  const sentence =
    (span ? first.slice(span.start, span.end).trim() : first).replace(DATELINE_LEAD, '') || first;
  return sentence.length <= MAX_FALLBACK_TITLE
    ? sentence
    : `${sentence.slice(0, MAX_FALLBACK_TITLE - 1).trimEnd()}…`;
}

/** Join kept blocks into the body; record removed ones at the offset of the next kept paragraph. */
function assemble(
  candidates: readonly Candidate[],
  roles: readonly Role[],
): { body: string; paragraphs: Paragraph[]; removed: RemovedPiece[] } {
  const keep = (role: Role | undefined): boolean =>
    role?.kind === 'text' || role?.kind === 'caption' || role?.kind === 'standfirst';
  // Only a headline (and metadata) survived: the headline is all the text there is, keep it as the body.
  const effective: readonly Role[] = roles.some(keep)
    ? roles
    : roles.map((r) => (r.kind === 'title' ? { kind: 'text' } : r));
  const paragraphs: Paragraph[] = [];
  const pending: { candidate: Candidate; role: Role }[] = [];
  const removed: RemovedPiece[] = [];
  let body = '';
  const flush = (at: number): void => {
    for (const { candidate, role } of pending) removed.push(toRemoved(candidate, role, at));
    pending.length = 0;
  };
  candidates.forEach((candidate, i) => {
    const role = effective[i];
    if (!role) return;
    if (keep(role)) {
      if (body !== '') body += PARAGRAPH_SEPARATOR;
      flush(body.length);
      paragraphs.push({
        start: body.length,
        end: body.length + candidate.text.length,
        kind: role.kind === 'caption' || role.kind === 'standfirst' ? role.kind : 'text',
      });
      body += candidate.text;
    } else if (role.kind !== 'title') {
      pending.push({ candidate, role });
    }
  });
  flush(body.length);
  return { body, paragraphs, removed };
}

function toRemoved(candidate: Candidate, role: Role, at: number): RemovedPiece {
  const base = { text: candidate.text, line: candidate.line, at };
  if (role.kind === 'boilerplate') return { ...base, reason: role.reason, explanation: role.explanation };
  if (role.kind === 'byline')
    return { ...base, reason: 'metadata', explanation: 'byline (shown in the header)' };
  return { ...base, reason: 'metadata', explanation: 'dateline (shown in the header)' };
}
