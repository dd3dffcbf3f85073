import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseGold } from '../../../src/cli/eval/gold';
import { loadAllEvalStories } from '../../../src/cli/eval/load-story';
import { articles, goldJson } from './helpers';

const raw = new Map(articles.map((a) => [a.file, a.body]));
const edited = (edit: (g: typeof goldJson) => unknown): unknown => edit(structuredClone(goldJson));
const errorOf = (json: unknown): string => {
  const r = parseGold(json, raw);
  return r.ok ? 'ok' : r.error;
};

describe('parseGold', () => {
  it('accepts the tiny gold', () => {
    expect(errorOf(goldJson)).toBe('ok');
  });
  it.each([
    [
      'a sentence that is not in its file',
      (g: typeof goldJson) => ((g.articles[0]!.sentences[0]!.text = 'Snow fell.'), g),
      /a1\): not found in a.txt/,
    ],
    [
      'a sentence in two groups',
      (g: typeof goldJson) => (g.groups[1]!.members.push('a1'), g),
      /a1 is already in another group/,
    ],
    [
      'a group within one article',
      (g: typeof goldJson) => ((g.groups[0]!.members = ['a1', 'a3']), g),
      /needs ≥ 2 articles/,
    ],
    [
      'evidence not in its sentence',
      (g: typeof goldJson) => ((g.discrepancies[0]!.sides[0]!.evidence = 'Nine aides'), g),
      /evidence not in sentence a2/,
    ],
    [
      'a side whose sentence is in another file',
      (g: typeof goldJson) => ((g.discrepancies[0]!.sides[0]!.file = 'b.txt'), g),
      /a2 is not in b.txt/,
    ],
    [
      'an unknown kind',
      (g: typeof goldJson) => ((g.discrepancies[0]!.kind = 'colour'), g),
      /unknown kind colour/,
    ],
    [
      'an unknown group member',
      (g: typeof goldJson) => (g.groups[0]!.members.push('zz'), g),
      /unknown sentence zz/,
    ],
  ])('rejects %s with a clear error', (_, edit, message) => {
    expect(errorOf(edited(edit))).toMatch(message);
  });
  it('returns a value or an error for any input, never throws', () => {
    fc.assert(fc.property(fc.jsonValue(), (json) => typeof parseGold(json, raw).ok === 'boolean'));
  });
});

describe('the gold files of the repository', () => {
  it('all parse against their raw articles (seed story first)', () => {
    const stories = loadAllEvalStories();
    expect(stories[0]?.slug).toBe('trump-kim-letters');
    expect(stories.length).toBeGreaterThanOrEqual(4);
    for (const s of stories) expect(s.gold.groups.length).toBeGreaterThan(3);
  });
  it('label the meeting count of the seed story as a number discrepancy in three articles', () => {
    const json: unknown = JSON.parse(readFileSync('tests/fixtures/gold/trump-kim-letters.gold.json', 'utf8'));
    const gold = parseGold(json);
    expect(gold.ok).toBe(true);
    const meetings = gold.ok ? gold.value.discrepancies.find((d) => d.id === 'd-meeting-count') : undefined;
    expect(meetings?.kind).toBe('number');
    expect(new Set(meetings?.sides.map((s) => s.file)).size).toBe(3);
  });
});
