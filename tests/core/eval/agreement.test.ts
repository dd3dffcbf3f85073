import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  annotatorAgreement,
  loadSecondLabelling,
  SEED_SECOND_ANNOTATOR,
} from '../../../src/cli/eval/agreement';
import { loadEvalStory, SEED_STORY } from '../../../src/cli/eval/load-story';

const seed = loadEvalStory(SEED_STORY.dir, SEED_STORY.gold);
if (!seed.ok) throw new Error(seed.error);
const gold = seed.value.gold;

describe('annotatorAgreement', () => {
  it('is perfect for the gold against itself, and counts missed and extra pairs', () => {
    expect(annotatorAgreement(gold, { groups: gold.groups }).f1).toBe(1);
    const [first, ...rest] = gold.groups;
    if (!first) throw new Error('no gold group');
    // Dropping a group loses its pairs (recall), merging two groups adds pairs (precision).
    expect(annotatorAgreement(gold, { groups: rest })).toMatchObject({ precision: 1 });
    expect(annotatorAgreement(gold, { groups: rest }).recall).toBeLessThan(1);
    const [second, ...others] = rest;
    if (!second) throw new Error('no second gold group');
    const merged = { id: 'merged', members: [...first.members, ...second.members] };
    expect(annotatorAgreement(gold, { groups: [merged, ...others] })).toMatchObject({ recall: 1 });
    expect(annotatorAgreement(gold, { groups: [merged, ...others] }).precision).toBeLessThan(1);
  });

  it("loads the seed story's second labelling, and refuses one naming unknown sentences", () => {
    const second = loadSecondLabelling(SEED_SECOND_ANNOTATOR, gold);
    expect(second?.groups.length).toBeGreaterThan(5);
    const f1 = annotatorAgreement(gold, second ?? { groups: [] }).f1;
    expect(f1).toBeGreaterThan(0.5);
    expect(f1).toBeLessThan(1);
    const dir = mkdtempSync(join(tmpdir(), 'parallax-iaa-'));
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, JSON.stringify({ groups: [{ id: 'g', members: ['a01', 'z99'] }] }));
    expect(() => loadSecondLabelling(bad, gold)).toThrow(/z99/);
    expect(loadSecondLabelling(join(dir, 'missing.json'), gold)).toBeNull();
  });
});
