import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { locateGold } from '../../../src/cli/eval/locate';
import { mapClaimsToGold, prf, scoreAnalysis } from '../../../src/cli/eval/score';
import type { ScorableAnalysis, ScorableDiscrepancy } from '../../../src/cli/eval/score';
import { articles, sentenceClaims, tinyGold } from './helpers';

const claims = sentenceClaims();
const analysis = (
  groups: string[][],
  discrepancies: ScorableDiscrepancy[] = [],
  list = claims,
): ScorableAnalysis => ({
  articles,
  claims: list,
  groups: groups.map((claimIds, i) => ({ id: `g${i}`, claimIds })),
  discrepancies,
});

describe('prf', () => {
  it('computes precision, recall and their harmonic mean', () => {
    expect(prf(3, 1, 2)).toMatchObject({ precision: 0.75, recall: 0.6 });
    expect(prf(3, 1, 2).f1).toBeCloseTo((2 * 0.75 * 0.6) / 1.35);
  });
  it('says nothing wrong when nothing is predicted, and scores F1 0 when nothing is right', () => {
    expect(prf(0, 0, 4)).toMatchObject({ precision: 1, recall: 0, f1: 0 });
    expect(prf(0, 2, 0)).toMatchObject({ precision: 0, recall: 1, f1: 0 });
  });
  it('keeps every score within [0, 1]', () => {
    fc.assert(
      fc.property(fc.nat(50), fc.nat(50), fc.nat(50), (tp, fp, fn) => {
        const s = prf(tp, fp, fn);
        return [s.precision, s.recall, s.f1].every((x) => x >= 0 && x <= 1);
      }),
    );
  });
});

describe('mapping claims to gold sentences', () => {
  it('maps sentence claims one to one', () => {
    const map = mapClaimsToGold(claims, locateGold(tinyGold(), articles));
    expect([...map]).toEqual([
      ['A1', 'a1'],
      ['A2', 'a2'],
      ['A3', 'a3'],
      ['B1', 'b1'],
      ['B2', 'b2'],
      ['B3', 'b3'],
      ['C1', 'c1'],
      ['C2', 'c2'],
    ]);
  });
  it('maps a claim spanning two sentences to the one it overlaps most, and clauses to their sentence', () => {
    const body = articles[0]?.body ?? '';
    const wide = { id: 'wide', articleId: 'A', start: body.indexOf('resigned'), end: body.indexOf(' left') };
    const clause = { id: 'clause', articleId: 'A', start: 0, end: body.indexOf(' on Monday') };
    const nowhere = { id: 'none', articleId: 'Z', start: 0, end: 5 };
    const map = mapClaimsToGold([wide, clause, nowhere], locateGold(tinyGold(), articles));
    expect(map.get('wide')).toBe('a1'); // "resigned on Monday." (19 chars) beats "Two aides" (9)
    expect(map.get('clause')).toBe('a1');
    expect(map.get('none')).toBeNull();
  });
});

describe('pairwise group scores', () => {
  it('scores the perfect grouping 1/1/1 and lists nothing', () => {
    const s = scoreAnalysis(
      tinyGold(),
      analysis([
        ['A1', 'B1', 'C1'],
        ['A2', 'B2', 'C2'],
      ]),
    ).groups;
    expect(s).toMatchObject({ precision: 1, recall: 1, f1: 1, goldPairs: 6, missed: [], extra: [] });
  });
  it('counts only cross-article pairs: a group inside one article adds nothing', () => {
    const s = scoreAnalysis(tinyGold(), analysis([['A1', 'A2']])).groups;
    expect(s).toMatchObject({ tp: 0, fp: 0, fn: 6 });
  });
  it('penalises a chained group with extra pairs and a split group with missed pairs', () => {
    // One group chains both events: 3 + 3 right pairs, 6 wrong cross pairs (a1-b2, a1-c2, ...).
    const chained = scoreAnalysis(tinyGold(), analysis([['A1', 'B1', 'C1', 'A2', 'B2', 'C2']])).groups;
    expect(chained).toMatchObject({ tp: 6, fp: 6, fn: 0, precision: 0.5, recall: 1 });
    // The aides group loses C2: pairs a2-c2 and b2-c2 are missed.
    const split = scoreAnalysis(
      tinyGold(),
      analysis([
        ['A1', 'B1', 'C1'],
        ['A2', 'B2'],
      ]),
    ).groups;
    expect(split.missed).toEqual([
      ['a2', 'c2'],
      ['b2', 'c2'],
    ]);
    expect(split.recall).toBeCloseTo(4 / 6);
  });
  it('does not depend on the order of groups or members', () => {
    const groups = [
      ['A1', 'B1', 'C1', 'B3'],
      ['A2', 'C2'],
    ];
    fc.assert(
      fc.property(fc.shuffledSubarray(groups, { minLength: 2 }), (order) => {
        const shuffled = order.map((g) => [...g].reverse());
        return (
          scoreAnalysis(tinyGold(), analysis(shuffled)).groups.f1 ===
          scoreAnalysis(tinyGold(), analysis(groups)).groups.f1
        );
      }),
    );
  });
});

describe('discrepancy scores', () => {
  const side = (claimId: string, word: string) => {
    const claim = claims.find((c) => c.id === claimId);
    const body = articles.find((a) => a.id === claim?.articleId)?.body ?? '';
    const start = body.indexOf(word, claim?.start ?? 0);
    return { articleId: claim?.articleId ?? '', claimId, value: word, start, end: start + word.length };
  };
  const detection = (
    kind: ScorableDiscrepancy['kind'],
    ...sides: ReturnType<typeof side>[]
  ): ScorableDiscrepancy => ({
    id: `d-${kind}-${sides.map((s) => s.claimId).join('')}`,
    kind,
    summary: sides.map((s) => s.value).join(' · '),
    sides,
  });

  it('matches a detection of the same kind overlapping the evidence in two articles', () => {
    const s = scoreAnalysis(
      tinyGold(),
      analysis([], [detection('number', side('A2', 'Two'), side('B2', 'Three'))]),
    );
    expect(s.discrepancies).toMatchObject({ precision: 1, recall: 1, found: ['d-aides'] });
  });
  it('does not match a different kind or a single overlapping article', () => {
    const wrongKind = detection('date', side('A2', 'Two'), side('B2', 'Three'));
    const oneArticle = detection('number', side('A2', 'Two'), side('B3', 'Rain'));
    const s = scoreAnalysis(tinyGold(), analysis([], [wrongKind, oneArticle])).discrepancies;
    expect(s).toMatchObject({ precision: 0, recall: 0, counted: 2 });
    expect(s.missed.map((g) => g.id)).toEqual(['d-aides']);
  });
  it('does not count spelling notes against precision unless spelling is labelled', () => {
    const note = detection('spelling', side('A1', 'mayor'), side('B1', 'mayor'));
    const s = scoreAnalysis(tinyGold(), analysis([], [note])).discrepancies;
    expect(s).toMatchObject({ counted: 0, precision: 1, falsePositives: [] });
  });
  it('reports a must-not-flag agreement flagged with one of its kinds, not with another', () => {
    const date = detection('date', side('A1', 'Monday'), { ...side('B1', 'Monday'), value: 'Monday night' });
    const actor = detection('actor', side('A1', 'Monday'), {
      ...side('B1', 'Monday'),
      value: 'Monday night',
    });
    const s = scoreAnalysis(tinyGold(), analysis([], [date, actor])).discrepancies;
    expect(s.flagged.map((f) => `${f.not.id}:${f.by.kind}`)).toEqual(['n-monday:date']);
  });
  it('does not count an agreement as flagged when the detection gives its sides one value', () => {
    const sameValue = detection('date', side('A1', 'Monday'), { ...side('B1', 'Monday'), value: 'monday' });
    const s = scoreAnalysis(tinyGold(), analysis([], [sameValue])).discrepancies;
    expect(s.flagged).toEqual([]);
  });
  it('falls back to the claim span when a side has empty evidence', () => {
    const empty = { ...side('A2', 'Two'), start: 0, end: 0 };
    const s = scoreAnalysis(tinyGold(), analysis([], [detection('number', empty, side('C2', 'Several'))]));
    expect(s.discrepancies.found).toEqual(['d-aides']);
  });
});
