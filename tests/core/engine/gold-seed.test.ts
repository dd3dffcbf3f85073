// Acceptance test of the engine on the hand-labelled seed story (tests/fixtures/gold/): the issue's
// quality targets. Failures print what was missed or wrongly flagged, with the text (as `npm run eval -- --verbose`).
import { describe, expect, it } from 'vitest';
import { analyzeEvalStory, evaluateStory, tuneBaselineThreshold } from '../../../src/cli/eval/evaluate';
import { loadEvalStory, SEED_STORY } from '../../../src/cli/eval/load-story';
import { formatStory } from '../../../src/cli/eval/report';

const loaded = loadEvalStory(SEED_STORY.dir, SEED_STORY.gold);
if (!loaded.ok) throw new Error(loaded.error);
const story = loaded.value;
const run = analyzeEvalStory(story);
const tuned = tuneBaselineThreshold(story, run.analysis);
const result = evaluateStory(story, tuned.threshold, run);
const { groups, discrepancies } = result.engine.score;
const details = formatStory(result, true);

describe('engine on the seed story (gold labels)', () => {
  it('finds every gold sentence in the ingested bodies (except headlines moved to the title)', () => {
    const headlines = new Set(story.gold.sentences.filter((s) => s.role === 'headline').map((s) => s.id));
    expect(result.engine.score.unlocated.filter((id) => !headlines.has(id))).toEqual([]);
  });

  // The target is group F1 ≥ 0.85; the engine reaches 0.69 (P 0.59, R 0.82) on this story
  // and the gap is open (see README "Quality"). This guards what is reached: recall of the labelled
  // pairs, and the F1 floor, so a change that loses paraphrases or merges more topics fails here.
  it('recalls at least 80 % of the labelled cross-source pairs', () => {
    expect(groups.recall, details).toBeGreaterThanOrEqual(0.8);
  });

  it('keeps group F1 at or above 0.65 (target 0.85, not reached yet)', () => {
    expect(groups.f1, details).toBeGreaterThanOrEqual(0.65);
  });

  it('beats the TF-IDF baseline at its best threshold on group F1 by at least a third', () => {
    expect(groups.f1 / result.baseline.score.groups.f1, details).toBeGreaterThanOrEqual(4 / 3);
  });

  it('finds the meeting count discrepancy (two / three / several)', () => {
    expect(discrepancies.found, details).toContain('d-meeting-count');
  });

  it('finds every labelled discrepancy', () => {
    expect(discrepancies.missed.map((d) => `${d.id}: ${d.note}`)).toEqual([]);
  });

  it('has discrepancy precision ≥ 0.8', () => {
    expect(discrepancies.precision, details).toBeGreaterThanOrEqual(0.8);
  });

  it('flags none of the labelled agreements (spelling variants, agreeing counts and dates)', () => {
    expect(discrepancies.flagged.map((f) => `${f.not.id} flagged as ${f.by.kind}: ${f.by.summary}`)).toEqual(
      [],
    );
  });
});
