/**
 * Parse, don't trust: one dropped or picked file → readable text, or a clear reason it is refused.
 * Checks, in order: the extension, the size cap (before reading a byte), the encoding (UTF-8 or UTF-16
 * with a byte-order mark; a NUL byte or invalid UTF-8 means binary or a legacy encoding), emptiness,
 * and the length of the text (see `MAX_ARTICLE_CHARS`).
 * Odd Unicode (NBSP, RTL marks, emoji, combining marks) passes through untouched; a UTF-8 BOM is dropped.
 */

import { MAX_ARTICLE_CHARS, tooLongMessage } from './prepare-import';

/** Extensions the importer reads: plain text, Markdown and saved web pages. */
export const ACCEPTED_EXTENSIONS = ['.txt', '.text', '.md', '.markdown', '.html', '.htm'] as const;

/**
 * Largest file read, in bytes. Bounds reading only: a saved web page with inline styles and scripts
 * runs to a few MB, while its article text is a few KB. The analysis is bounded by the text length
 * (`MAX_ARTICLE_CHARS`), checked after decoding or extraction.
 */
export const MAX_FILE_BYTES = 5 * 1024 * 1024;

export type FileReading =
  | { readonly status: 'ok'; readonly text: string; readonly html: boolean }
  | { readonly status: 'empty'; readonly message: string }
  | { readonly status: 'refused'; readonly message: string };

/** "1.5 MB", "820 KB", "12 bytes". */
export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
  if (bytes >= 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${bytes} byte${bytes === 1 ? '' : 's'}`;
}

const extensionOf = (name: string): string => {
  const dot = name.lastIndexOf('.');
  return dot < 0 ? '' : name.slice(dot).toLowerCase();
};

/** True when the name ends with an HTML extension. */
export const isHtmlName = (name: string): boolean => /\.html?$/i.test(name);

/**
 * Decode bytes as text: UTF-16 when a BOM says so, else strict UTF-8.
 * @returns the text, or null for binary data (a NUL byte) or bytes that are not valid UTF-8.
 */
export function decodeText(bytes: Uint8Array): string | null {
  const [b0, b1] = [bytes[0], bytes[1]];
  const utf16 = b0 === 0xff && b1 === 0xfe ? 'utf-16le' : b0 === 0xfe && b1 === 0xff ? 'utf-16be' : null;
  try {
    if (utf16) {
      const text = new TextDecoder(utf16, { fatal: true }).decode(bytes);
      return text.includes('\u0000') ? null : text;
    }
    if (bytes.includes(0)) return null;
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

/**
 * Read one file for import.
 * @param file a `File` (or any `Blob` with a name).
 * @param maxBytes the size cap (default {@link MAX_FILE_BYTES}).
 * @returns the text and whether it is HTML, `empty` for a file with no visible characters, or
 *   `refused` with a message naming the file and the reason. Never rejects.
 */
export async function readImportFile(
  file: Pick<File, 'name' | 'size' | 'arrayBuffer'>,
  maxBytes: number = MAX_FILE_BYTES,
): Promise<FileReading> {
  const ext = extensionOf(file.name);
  if (!(ACCEPTED_EXTENSIONS as readonly string[]).includes(ext))
    return {
      status: 'refused',
      message: `${file.name} was not read: only .txt, .md, .html and .htm files can be imported.`,
    };
  if (file.size > maxBytes)
    return {
      status: 'refused',
      message: `${file.name} is ${formatBytes(file.size)}, over the ${formatBytes(maxBytes)} limit; it was not read.`,
    };
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await file.arrayBuffer());
  } catch {
    return { status: 'refused', message: `${file.name} could not be read.` };
  }
  const text = decodeText(bytes);
  if (text === null)
    return {
      status: 'refused',
      message: `${file.name} is not readable text (binary, or not UTF-8); it was not read.`,
    };
  if (!/[^\s\u200b-\u200f\u2060\ufeff]/u.test(text))
    return { status: 'empty', message: `${file.name} is empty — skipped.` };
  const html = isHtmlName(file.name);
  // A web page's length is known only after extraction (prepareImport checks it then).
  if (!html && text.length > MAX_ARTICLE_CHARS)
    return { status: 'refused', message: tooLongMessage(file.name, text.length) };
  return { status: 'ok', text, html };
}
