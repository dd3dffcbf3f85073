import { describe, expect, it } from 'vitest';
import type { StoryEval } from '../../../src/cli/eval/evaluate';
import type { EvalStory } from '../../../src/cli/eval/load-story';
import { evalJson, formatGain, formatStory } from '../../../src/cli/eval/report';
import { scoreAnalysis } from '../../../src/cli/eval/score';
import type { ScorableAnalysis } from '../../../src/cli/eval/score';
import { articles, sentenceClaims, tinyGold } from './helpers';

const gold = tinyGold();
const story: EvalStory = {
  slug: 'tiny',
  dir: 'nowhere',
  manifest: {
    title: 'tiny',
    files: articles.map((a) => ({ file: a.file, source: null, url: null, published: null })),
  },
  raw: new Map(articles.map((a) => [a.file, a.body])),
  gold,
};
const claims = sentenceClaims();
const analysis = (groups: string[][]): ScorableAnalysis => ({
  articles,
  claims,
  groups: groups.map((claimIds, i) => ({ id: `g${i}`, claimIds })),
  discrepancies: [],
});
// Engine: the resignation group is right, the aides group lost C2. Baseline: only A1~B1.
const engine = analysis([
  ['A1', 'B1', 'C1'],
  ['A2', 'B2'],
]);
const baseline = analysis([['A1', 'B1']]);
const result: StoryEval = {
  story,
  ms: 12,
  engine: { analysis: engine, score: scoreAnalysis(gold, engine) },
  baseline: { analysis: baseline, score: scoreAnalysis(gold, baseline), threshold: 0.35 },
};

describe('eval report', () => {
  it('prints the engine and baseline rows and the gain as a ratio', () => {
    const text = formatStory(result, false);
    expect(text).toMatch(/^engine\s+1\.00\s+0\.67\s+0\.80\s+\|/m);
    expect(text).toMatch(/^baseline t=0\.35\s+1\.00\s+0\.17\s+0\.29\s+\|/m);
    expect(text).toContain('group F1 ×2.80');
  });
  it('lists misses per gold group with their text when verbose', () => {
    const text = formatStory(result, true);
    expect(text).toContain('missed in g-aides: a2~c2 b2~c2');
    expect(text).toContain('c2 "Several aides departed."');
    expect(text).toContain('missed discrepancy d-aides (number)');
  });
  it('formats gains without dividing by zero', () => {
    expect([formatGain(0.9, 0.45), formatGain(0.5, 0), formatGain(0, 0)]).toEqual(['×2.00', '×∞', '—']);
  });
  it('gives machine output with the same figures', () => {
    const json = evalJson([result], 0.35) as {
      stories: { engine: { groups: { f1: number } }; gain: { groupF1: number } }[];
    };
    expect(json.stories[0]?.engine.groups.f1).toBeCloseTo(0.8);
    expect(json.stories[0]?.gain.groupF1).toBeCloseTo(0.8 / (2 / 7));
  });
});
