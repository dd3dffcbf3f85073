/**
 * The import form's entries → ingest inputs for the worker, with every skipped entry and every invalid
 * field named. HTML is extracted here, on the main thread (workers have no `DOMParser`), through an
 * injected extractor that builds an inert document: the page's scripts never run and its markup is never
 * rendered; only plain text blocks travel to the worker.
 */
import { looksLikeHtml, type HtmlExtract, type IngestInput } from '../../core/index';

/** Optional metadata the user gives for one article (empty strings when not given). */
export interface ArticleMeta {
  readonly outlet: string;
  readonly url: string;
  /** `YYYY-MM-DD` from a date input, or ''. */
  readonly date: string;
}

/** One article of the form: a read file or a pasted text. */
export interface DraftArticle {
  /** Stable React key. */
  readonly key: string;
  readonly origin: 'file' | 'paste';
  /** What the UI calls it: the file name, or "Pasted article 2". */
  readonly label: string;
  /** The file name for files; null for pastes (a name is made up). */
  readonly file: string | null;
  readonly text: string;
  /** True for .html/.htm files; pasted text is checked with `looksLikeHtml`. */
  readonly html: boolean;
  readonly meta: ArticleMeta;
}

export interface ImportIssue {
  readonly key: string;
  readonly label: string;
  readonly message: string;
}

export interface PreparedImport {
  readonly inputs: readonly IngestInput[];
  /** Labels of the entries behind `inputs`, in the same order. */
  readonly labels: readonly string[];
  /** Entries left out (duplicates, pages with no text); the rest still run. */
  readonly skipped: readonly ImportIssue[];
  /** Fields to fix before anything runs (a malformed URL or date). */
  readonly invalid: readonly ImportIssue[];
}

export const EMPTY_META: ArticleMeta = { outlet: '', url: '', date: '' };

/**
 * Longest article text analysed, in characters (~15,000 words, ~1,000 sentences; the longest news
 * features run to about half that). The engine's time grows with the square of one article's sentences:
 * two articles of 1,000 synthetic sentences (93 K characters each) took 3.4 s, of 2,000 took 7 s, of
 * 8,000 (0.74 MB each) took 190 s (handleAnalyzeRequest in Node on this 2-core box). The cap keeps
 * any import within seconds; longer texts are refused by name rather than left to run for minutes.
 */
export const MAX_ARTICLE_CHARS = 100_000;

/** "long.txt has 742,000 characters of text, over the 100,000 limit for one article (…)". */
export const tooLongMessage = (label: string, chars: number): string =>
  `${label} has ${chars.toLocaleString('en')} characters of text, over the ${MAX_ARTICLE_CHARS.toLocaleString('en')} limit for one article (about 15,000 words); split or trim it — skipped.`;

const fingerprint = (text: string): string => text.replace(/\s+/gu, ' ').trim();

/** True when a pasted text has something to analyse. */
export const isBlank = (text: string): boolean => !/[^\s\u200b-\u200f\u2060\ufeff]/u.test(text);

/**
 * Entries whose text repeats an earlier entry's (whitespace aside).
 * @returns key of each duplicate → label of the entry it repeats.
 */
export function findDuplicates(drafts: readonly DraftArticle[]): ReadonlyMap<string, string> {
  const seen = new Map<string, string>();
  const out = new Map<string, string>();
  for (const d of drafts) {
    if (isBlank(d.text)) continue;
    const fp = fingerprint(d.text);
    const first = seen.get(fp);
    if (first !== undefined) out.set(d.key, first);
    else seen.set(fp, d.label);
  }
  return out;
}

/** A message for a malformed URL or date, or null when the metadata is fine. */
export function checkMeta(meta: ArticleMeta): string | null {
  const url = meta.url.trim();
  if (url) {
    let parsed: URL | null;
    try {
      parsed = new URL(url);
    } catch {
      parsed = null;
    }
    if (!parsed || (parsed.protocol !== 'http:' && parsed.protocol !== 'https:'))
      return `the URL "${url}" is not a web address (it should start with https://)`;
  }
  const date = meta.date.trim();
  if (date && (!/^\d{4}-\d{2}-\d{2}$/.test(date) || Number.isNaN(Date.parse(`${date}T00:00:00Z`))))
    return `the date "${date}" is not a date (use YYYY-MM-DD)`;
  return null;
}

/** A file name not yet taken: `name.txt`, then `name-2.txt`, `name-3.txt`… */
function uniqueName(name: string, taken: Set<string>): string {
  let candidate = name;
  const dot = name.lastIndexOf('.');
  const [stem, ext] = dot > 0 ? [name.slice(0, dot), name.slice(dot)] : [name, ''];
  for (let n = 2; taken.has(candidate.toLowerCase()); n++) candidate = `${stem}-${n}${ext}`;
  taken.add(candidate.toLowerCase());
  return candidate;
}

/**
 * Turn the form's entries into ingest inputs.
 * @param drafts the entries, in display order (blank pastes are ignored).
 * @param extractHtml HTML text → plain blocks (`extractHtmlFromString` in the browser).
 * @returns the inputs, the skipped entries and the invalid fields. Never throws.
 */
export function prepareImport(
  drafts: readonly DraftArticle[],
  extractHtml: (html: string) => HtmlExtract,
): PreparedImport {
  const duplicates = findDuplicates(drafts);
  const inputs: IngestInput[] = [];
  const labels: string[] = [];
  const skipped: ImportIssue[] = [];
  const invalid: ImportIssue[] = [];
  const taken = new Set<string>();
  let pasteCount = 0;
  for (const d of drafts) {
    if (d.origin === 'paste') pasteCount++;
    if (isBlank(d.text)) continue;
    const problem = checkMeta(d.meta);
    if (problem) invalid.push({ key: d.key, label: d.label, message: `${d.label}: ${problem}.` });
    const original = duplicates.get(d.key);
    if (original !== undefined) {
      skipped.push({ key: d.key, label: d.label, message: `${d.label} repeats ${original} — skipped.` });
      continue;
    }
    let html: HtmlExtract | null = null;
    if (d.html || looksLikeHtml(d.text)) {
      try {
        html = extractHtml(d.text);
      } catch {
        skipped.push({ key: d.key, label: d.label, message: `${d.label} could not be read as a web page.` });
        continue;
      }
      if (html.blocks.length === 0) {
        skipped.push({
          key: d.key,
          label: d.label,
          message: `${d.label}: no article text found in the page.`,
        });
        continue;
      }
    }
    const chars = html ? html.blocks.reduce((n, b) => n + b.text.length, 0) : d.text.length;
    if (chars > MAX_ARTICLE_CHARS) {
      skipped.push({ key: d.key, label: d.label, message: tooLongMessage(d.label, chars) });
      continue;
    }
    const file = uniqueName(d.file ?? `pasted-article-${pasteCount}.txt`, taken);
    const nullable = (s: string) => s.trim() || null;
    inputs.push({
      file,
      // The raw page stays on the main thread: ingest reads the extracted blocks for HTML.
      text: html ? '' : d.text,
      html,
      manifest: {
        file,
        source: nullable(d.meta.outlet),
        url: nullable(d.meta.url),
        published: nullable(d.meta.date),
      },
    });
    labels.push(d.label);
  }
  return { inputs, labels, skipped, invalid };
}
