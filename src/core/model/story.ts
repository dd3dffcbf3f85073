/** The story manifest (`data/stories/<slug>/story.json`) and the bundles the client loads. */
import type { Analysis } from './analysis';

export interface ManifestEntry {
  readonly file: string;
  readonly source: string | null;
  readonly url: string | null;
  readonly published: string | null;
}

export interface StoryManifest {
  readonly title: string;
  readonly files: readonly ManifestEntry[];
}

/** One entry of `public/data/stories/index.json`. */
export interface StorySummary {
  readonly slug: string;
  readonly title: string;
  readonly articleCount: number;
  readonly sources: readonly (string | null)[];
}

/** `public/data/stories/<slug>.json`. */
export interface StoryBundle {
  readonly slug: string;
  readonly title: string;
  readonly analysis: Analysis;
}
