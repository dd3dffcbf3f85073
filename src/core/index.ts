/** The core's public API: explicit named re-exports only. */
export type { Article, Paragraph, RemovedPiece, BoilerplateReason, MetadataOrigin } from './model/article';
export type {
  Analysis,
  Claim,
  ClaimGroup,
  Discrepancy,
  DiscrepancyKind,
  DiscrepancySide,
  Severity,
} from './model/analysis';
export type { StoryManifest, ManifestEntry, StorySummary, StoryBundle } from './model/story';
export type { Result } from './model/result';
export { ok, err } from './model/result';
export { DISCREPANCY_KINDS } from './model/analysis';
export { outletLabels, UNKNOWN_OUTLET } from './model/outlet-labels';
export { hashString, makeId } from './text/hash';
export { analyzeStory, CLAUSE_CLAIMS } from './analyze-story';
export type { AnalyzeOptions } from './analyze-story';
export { extractClaims } from './align/extract-claims';
export { segmentSentences } from './text/segment-sentences';
export type { Span } from './text/segment-sentences';
export { diffWords, renderDiff } from './detect/word-diff';
export type { DiffPart } from './detect/word-diff';
export type { ViewState, PassageAnchor, DecodedViewState } from './share/view-state';
export {
  encodeViewState,
  decodeViewState,
  fitViewState,
  isValidViewState,
  isValidPassage,
  EMPTY_VIEW_STATE,
  VIEW_STATE_VERSION,
  MAX_HASH_LENGTH,
  MAX_PASSAGES,
  MAX_EXACT_LENGTH,
} from './share/view-state';
export { buildSourceUrl, buildTextDirective, encodeFragmentPart } from './share/text-fragment';
export type { FragmentQuote } from './share/text-fragment';
export { describePassage, anchorPassage, CONTEXT_LENGTH } from './anchor/text-quote';
export type { TextQuoteAnchor, AnchorResult, AnchorFailure } from './anchor/text-quote';
export { resolvePassages } from './anchor/resolve-passages';
export type { ResolvedPassage } from './anchor/resolve-passages';
export { ingestArticle } from './ingest/ingest-article';
export type { IngestInput } from './ingest/ingest-article';
export { parseManifest } from './ingest/manifest';
export { looksLikeHtml } from './ingest/html-extract';
export type { HtmlExtract, HtmlBlock } from './ingest/html-extract';
export { normalizeText } from './ingest/normalize-text';
