import { describe, expect, it } from 'vitest';
import { buildBaselineModel, numberTokens, runBaseline, wordTokens } from '../../../src/cli/eval/baseline';
import type { BaselineClaim } from '../../../src/cli/eval/baseline';
import type { LocatableArticle } from '../../../src/cli/eval/locate';

function story(texts: Record<string, string[]>): { articles: LocatableArticle[]; claims: BaselineClaim[] } {
  const articles: LocatableArticle[] = [];
  const claims: BaselineClaim[] = [];
  for (const [id, sentences] of Object.entries(texts)) {
    let body = '';
    sentences.forEach((text, i) => {
      if (body) body += ' ';
      claims.push({
        id: `${id}${i + 1}`,
        articleId: id,
        start: body.length,
        end: body.length + text.length,
        text,
      });
      body += text;
    });
    articles.push({ id, file: `${id}.txt`, body });
  }
  return { articles, claims };
}

const s = story({
  A: [
    'The council approved the new stadium plan.',
    'Two hundred residents protested outside.',
    'It rained all day.',
  ],
  B: [
    'The council approved the stadium plan.',
    'Three hundred residents protested outside.',
    'Officials declined to comment.',
  ],
  C: ['Councillors backed a sports arena.', 'Dozens of people demonstrated.'],
});

describe('the TF-IDF baseline', () => {
  it('tokenises lowercased words without stemming', () => {
    expect(wordTokens("The Mayor's plans, 2 votes").map((t) => t.token)).toEqual([
      'the',
      "mayor's",
      'plans',
      '2',
      'votes',
    ]);
    expect(numberTokens('Two hundred people, 15 boxes and several cars').map((t) => t.token)).toEqual([
      'two',
      'hundred',
      '15',
    ]);
  });
  it('groups near-identical sentences but misses paraphrases without shared words', () => {
    const out = runBaseline(buildBaselineModel(s.claims), s.articles, 0.5);
    expect(out.groups.map((g) => g.claimIds.join('+'))).toEqual(['A1+B1', 'A2+B2']);
  });
  it('groups more as the threshold falls, never less', () => {
    const model = buildBaselineModel(s.claims);
    const pairsAt = (t: number): number =>
      runBaseline(model, s.articles, t).groups.reduce((n, g) => n + g.claimIds.length, 0);
    expect(pairsAt(0.05)).toBeGreaterThanOrEqual(pairsAt(0.5));
    expect(pairsAt(0.5)).toBeGreaterThanOrEqual(pairsAt(0.95));
  });
  it('flags grouped pairs whose number tokens differ, with the numbers as evidence', () => {
    const out = runBaseline(buildBaselineModel(s.claims), s.articles, 0.5);
    expect(out.discrepancies.map((d) => `${d.kind}: ${d.summary}`)).toEqual([
      'number: two hundred · three hundred',
    ]);
    const side = out.discrepancies[0]?.sides[1];
    const body = s.articles[1]?.body ?? '';
    expect(side ? body.slice(side.start, side.end) : '').toBe('Three hundred');
  });
});
