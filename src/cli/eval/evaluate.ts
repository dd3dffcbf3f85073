/** Eval of one story: ingest, run the engine and the baseline, score both against the gold. */
import { analyzeStory } from '../../core/analyze-story';
import type { Analysis } from '../../core/model/analysis';
import type { BaselineModel } from './baseline';
import { BASELINE_THRESHOLDS, buildBaselineModel, runBaseline } from './baseline';
import { ingestForEval } from './ingest';
import type { EvalStory } from './load-story';
import type { ScorableAnalysis, StoryScore } from './score';
import { scoreAnalysis } from './score';

/** Ingest every file of the story (manifest order) and run `analyzeStory`, timing the two. */
export function analyzeEvalStory(story: EvalStory): { analysis: Analysis; ms: number } {
  const t0 = performance.now();
  const articles = story.manifest.files.map((entry) =>
    ingestForEval(entry.file, story.raw.get(entry.file) ?? '', entry),
  );
  const analysis = analyzeStory(articles);
  return { analysis, ms: performance.now() - t0 };
}

/** The baseline's claim model, built on the engine's claims so only grouping and detection differ. */
export function baselineModelOf(analysis: Analysis): BaselineModel {
  return buildBaselineModel(analysis.claims);
}

/**
 * The baseline threshold with the best group F1 on a story (ties: the lower threshold).
 * Eval tunes it on the seed story, giving the baseline its best chance, and uses it everywhere.
 */
export function tuneBaselineThreshold(
  story: EvalStory,
  analysis: Analysis,
): { threshold: number; f1: number; sweep: readonly { threshold: number; f1: number }[] } {
  const model = baselineModelOf(analysis);
  const sweep = BASELINE_THRESHOLDS.map((threshold) => ({
    threshold,
    f1: scoreAnalysis(story.gold, runBaseline(model, analysis.articles, threshold)).groups.f1,
  }));
  let best = sweep[0] ?? { threshold: 0.5, f1: 0 };
  for (const point of sweep) if (point.f1 > best.f1 + 1e-12) best = point;
  return { ...best, sweep };
}

export interface StoryEval {
  readonly story: EvalStory;
  readonly ms: number;
  readonly engine: { readonly analysis: ScorableAnalysis; readonly score: StoryScore };
  readonly baseline: {
    readonly analysis: ScorableAnalysis;
    readonly score: StoryScore;
    readonly threshold: number;
  };
}

/** Score the engine and the baseline (at `threshold`) on one story. */
export function evaluateStory(story: EvalStory, threshold: number, run = analyzeEvalStory(story)): StoryEval {
  const baseline = runBaseline(baselineModelOf(run.analysis), run.analysis.articles, threshold);
  return {
    story,
    ms: run.ms,
    engine: { analysis: run.analysis, score: scoreAnalysis(story.gold, run.analysis) },
    baseline: { analysis: baseline, score: scoreAnalysis(story.gold, baseline), threshold },
  };
}
