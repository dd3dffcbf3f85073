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
export { hashString, makeId } from './text/hash';
export { analyzeStory } from './analyze-story';
export type { AnalyzeOptions } from './analyze-story';
export type { ViewState, PassageAnchor } from './share/view-state';
export { encodeViewState, decodeViewState, EMPTY_VIEW_STATE } from './share/view-state';
