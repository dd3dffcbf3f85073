/** Plain, read-only article model: what ingest produces from one raw file. */

/** A paragraph of the clean body: half-open `[start, end)` offsets into `Article.body`. */
export interface Paragraph {
  readonly start: number;
  readonly end: number;
  /**
   * `caption`: a photo/video caption mixed into the scraped text (styled apart);
   * `standfirst`: the summary line right under the headline (a sentence of the report that, like a
   * headline, has no closing punctuation).
   */
  readonly kind: 'text' | 'caption' | 'standfirst';
}

/** Why a piece of the raw text was dropped from the body. */
export type BoilerplateReason =
  | 'subscription'
  | 'donation'
  | 'comments'
  | 'login'
  | 'read-more'
  | 'teaser'
  | 'notification'
  | 'navigation'
  | 'share'
  | 'advertisement'
  | 'metadata'
  | 'empty';

/** One removed piece of boilerplate, kept so the UI can show and restore it. */
export interface RemovedPiece {
  readonly text: string;
  readonly reason: BoilerplateReason;
  /** Human-readable reason ("asks the reader to donate"). */
  readonly explanation: string;
  /** 0-based line index in the normalised raw text. */
  readonly line: number;
  /** Offset in `Article.body` where the piece stood (for showing it in place). */
  readonly at: number;
}

/** Where a metadata value came from. */
export type MetadataOrigin = 'manifest' | 'text' | 'html' | 'file' | 'none';

export interface Article {
  /** Deterministic: derived from the file name, stable across rebuilds. */
  readonly id: string;
  /** The input file's name (no folder). */
  readonly file: string;
  /** Outlet name, or null when neither the manifest nor the text names one. */
  readonly source: string | null;
  readonly title: string;
  readonly byline: string | null;
  /** ISO 8601, or null when unknown. */
  readonly published: string | null;
  /** The original URL, when the manifest knows it. */
  readonly url: string | null;
  /** Clean text: paragraphs joined by "\n\n". */
  readonly body: string;
  readonly paragraphs: readonly Paragraph[];
  readonly removed: readonly RemovedPiece[];
  readonly origin: {
    readonly source: MetadataOrigin;
    readonly title: MetadataOrigin;
    readonly byline: MetadataOrigin;
    readonly published: MetadataOrigin;
  };
}
