import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyzeStory, claimSignals, sharedQuotePhrases } from '../../../src/core/analyze-story';
import { extractFacts } from '../../../src/core/detect/extract-facts';
import { currencyOfNoun } from '../../../src/core/text/number-words';
import { readFractionShare } from '../../../src/core/text/fraction-shares';
import { tokenize } from '../../../src/core/text/normalize';
import { bareClaim } from '../align/claim-vectors';
import type { Analysis } from '../../../src/core/model/analysis';
import { makeArticle } from './make-article';

/** Keys every JavaScript object has: a word looked up in a plain object must not find them. */
const PROTOTYPE_WORDS = [' constructor ', ' toString ', ' __proto__ ', ' hasOwnProperty ', ' valueOf '];

// A pool of made-up news sentences: names, numbers, dates, quotes, titles, attributions.
const POOL = [
  'Governor Alma Reyes held two summits with the union chief Tomas Berg.',
  'The strike at the Dunmore port lasted nine days and cost 1.5 million dollars.',
  '"We will rebuild the school before winter," Mayor Dana Holt said.',
  'Dana Holt told the Harbour Gazette that the school would be rebuilt.',
  'The plan is described in her new book, The Long Road Home, published this week.',
  'Police in Harwick seized a dozen stolen bicycles from the warehouse on March 3, 2021.',
  'Federal agents arrested the suspect near the Harbour Street station.',
  'The council approved the plan in a 212-to-40 vote on Monday.',
  'About 20,000 people marched through Carvell on Saturday.',
  'Half of the voters in Millbrook backed the new library tax.',
  'The runners covered 5 km (3 miles) along the river.',
  'Museum trustees said the old museum closed because of damp.',
  'Engineers found several cracks in the harbour bridge.',
  'Reyes remains in contact with Berg after the strike, aides say.',
  'The ferry to Carvell will run twice a day from April.',
];

const sentences = fc.uniqueArray(fc.constantFrom(...POOL), { minLength: 1, maxLength: 8 });
const paragraphs = sentences.chain((s) =>
  fc.array(fc.integer({ min: 1, max: 3 }), { minLength: s.length, maxLength: s.length }).map((sizes) => {
    const out: string[] = [];
    let i = 0;
    for (const n of sizes) {
      if (i >= s.length) break;
      out.push(s.slice(i, i + n).join(' '));
      i += n;
    }
    return out;
  }),
);

const groupTexts = (analysis: Analysis): string[][] => {
  const text = new Map(analysis.claims.map((c) => [c.id, c.text]));
  return analysis.groups
    .map((g) => g.claimIds.map((id) => text.get(id) ?? '').sort())
    .sort((a, b) => a.join('|').localeCompare(b.join('|')));
};

describe('analyzeStory', () => {
  it('groups every claim of an article with its exact copy and reports no discrepancy', () => {
    fc.assert(
      fc.property(paragraphs, (paras) => {
        const original = makeArticle('original.txt', paras, 'Daily Planet');
        const copy = makeArticle('copy.txt', paras, 'Evening Star');
        const analysis = analyzeStory([original, copy]);
        expect(analysis.discrepancies).toEqual([]);
        const groupOf = new Map(analysis.groups.flatMap((g) => g.claimIds.map((id) => [id, g.id] as const)));
        const mine = analysis.claims.filter((c) => c.articleId === original.id);
        const theirs = analysis.claims.filter((c) => c.articleId === copy.id);
        expect(theirs.map((c) => c.text)).toEqual(mine.map((c) => c.text));
        mine.forEach((c, i) => {
          expect(groupOf.get(c.id)).toBeDefined();
          expect(groupOf.get(c.id)).toBe(groupOf.get(theirs[i]?.id ?? ''));
        });
      }),
      { numRuns: 40 },
    );
  });

  it('does not depend on the order of the articles', () => {
    const articles = fc
      .tuple(paragraphs, paragraphs, paragraphs)
      .map(([a, b, c]) => [
        makeArticle('a.txt', a, 'Daily Planet'),
        makeArticle('b.txt', b, 'Evening Star'),
        makeArticle('c.txt', c, null),
      ]);
    fc.assert(
      fc.property(articles, fc.nat(5), (list, rotation) => {
        const permuted = [...list.slice(rotation % 3), ...list.slice(0, rotation % 3)];
        if (rotation >= 3) permuted.reverse();
        const a = analyzeStory(list);
        const b = analyzeStory(permuted);
        expect(groupTexts(b)).toEqual(groupTexts(a));
        expect(b.discrepancies.map((d) => d.id).sort()).toEqual(a.discrepancies.map((d) => d.id).sort());
      }),
      { numRuns: 30 },
    );
  });

  it('keeps the analysis contract for any generated story', () => {
    fc.assert(
      fc.property(fc.array(paragraphs, { minLength: 2, maxLength: 4 }), (stories) => {
        const articles = stories.map((p, i) => makeArticle(`f${i}.txt`, p, i % 2 ? 'Evening Star' : null));
        const analysis = analyzeStory(articles);
        const body = new Map(articles.map((a) => [a.id, a.body]));
        const claimIds = new Set(analysis.claims.map((c) => c.id));
        expect(claimIds.size).toBe(analysis.claims.length);
        for (const c of analysis.claims) expect(body.get(c.articleId)?.slice(c.start, c.end)).toBe(c.text);
        for (const g of analysis.groups) {
          expect(g.claimIds.every((id) => claimIds.has(id))).toBe(true);
          expect(g.articleIds.length).toBeGreaterThanOrEqual(2);
        }
        for (const d of analysis.discrepancies) {
          expect(d.claimIds.every((id) => claimIds.has(id))).toBe(true);
          expect(d.summary).not.toBe('');
          expect(d.confidence).toBeGreaterThanOrEqual(0);
          expect(d.confidence).toBeLessThanOrEqual(1);
          for (const s of d.sides) {
            expect(s.start).toBeGreaterThanOrEqual(0);
            expect(s.end).toBeLessThanOrEqual(body.get(s.articleId)?.length ?? -1);
          }
        }
        // Plain data: survives JSON.
        expect(JSON.parse(JSON.stringify(analysis))).toEqual(analysis);
      }),
      { numRuns: 25 },
    );
  });

  it('reads words that are keys of every JavaScript object ("constructor", "__proto__") as plain words', () => {
    const text = PROTOTYPE_WORDS.map(
      (k) =>
        `The ${k} Dana Holt said 5 ${k} and a ${k} of 3 ${k}s fell on ${k} 12 at 5pm &${k}; as ${k} ${k} told ${k}.`,
    ).join(' ');
    const analysis = analyzeStory([0, 1, 2].map((i) => makeArticle(`p${i}.txt`, [text], null)));
    expect(analysis.claims.length).toBeGreaterThan(0);
  });

  it('finds no currency and no fraction in a word that is a key of every object ("5 constructor")', () => {
    for (const k of PROTOTYPE_WORDS) {
      expect(currencyOfNoun(k.trim(), '5 ', ' kits', `5 ${k} kits`)).toBeNull();
      const text = `A ${k.trim()} of the vote went to the party.`;
      expect(readFractionShare(text, tokenize(text), 1)).toBeNull();
    }
  });

  it('never throws on arbitrary text and keeps offsets in bounds', () => {
    const noisy = fc.array(
      fc.oneof(
        fc.string({ unit: 'grapheme', maxLength: 120 }),
        fc
          .array(
            fc.constantFrom(
              ...POOL,
              '"',
              "'",
              '\u201c',
              '...',
              ' 12 ',
              'Mr. ',
              'U.S.',
              ', ',
              ...PROTOTYPE_WORDS,
            ),
            { maxLength: 6 },
          )
          .map((x) => x.join('')),
      ),
      { maxLength: 4 },
    );
    fc.assert(
      fc.property(noisy, noisy, (a, b) => {
        const articles = [makeArticle('a.txt', a), makeArticle('b.txt', b)];
        const analysis = analyzeStory(articles);
        for (const c of analysis.claims) {
          const body = articles.find((x) => x.id === c.articleId)?.body ?? '';
          expect(body.slice(c.start, c.end)).toBe(c.text);
        }
        for (const d of analysis.discrepancies)
          for (const side of d.sides) expect(side.start).toBeLessThanOrEqual(side.end);
      }),
      { numRuns: 60 },
    );
  });

  it('gives no groups or discrepancies for a single article', () => {
    const analysis = analyzeStory([makeArticle('one.txt', POOL.slice(0, 4))]);
    expect(analysis.claims.length).toBe(4);
    expect(analysis.groups).toEqual([]);
    expect(analysis.discrepancies).toEqual([]);
  });

  it('handles empty articles', () => {
    const analysis = analyzeStory([makeArticle('a.txt', []), makeArticle('b.txt', [''])]);
    expect(analysis.claims).toEqual([]);
    expect(analysis.groups).toEqual([]);
  });
});

describe('claimSignals', () => {
  const signals = (text: string) => claimSignals(extractFacts([bareClaim(text, 'a')])[0]);

  it('gives a clock time as a figure, however it is written, but no day or weekday', () => {
    const digits = signals('The main at Carvell burst at 6.40am on Tuesday, 10 March.');
    const words = signals('The pipe at Carvell split at twenty to seven on Tuesday.');
    expect(digits.numbers).toEqual(['d|time:06:40']);
    expect(words.numbers).toEqual(digits.numbers);
    expect(digits.entities).toEqual(['carvell']);
  });

  it('gives the three-word phrases of a quoted statement, not of a quoted label', () => {
    expect(signals('"We will rebuild the school," Mayor Dana Holt said.').phrases).toEqual([
      'we will rebuild',
      'will rebuild the',
      'rebuild the school',
    ]);
    expect(signals('He called them "love letters" at a rally.').phrases).toEqual([]);
  });

  it('gives exact amounts with their units, not vague ones', () => {
    expect(signals('Twelve fire engines and dozens of firefighters were sent.').numbers).toHaveLength(1);
  });
});

describe('sharedQuotePhrases', () => {
  it('keeps the quoted phrases two articles share and drops the ones one article alone quotes', () => {
    const claims = [bareClaim('a1', 'a'), bareClaim('a2', 'a'), bareClaim('b1', 'b')];
    const kept = sharedQuotePhrases(claims, [
      { entities: [], numbers: [], phrases: ['we will rebuild', 'rebuild the school'] },
      { entities: [], numbers: [], phrases: ['rebuild the school'] },
      { entities: [], numbers: [], phrases: ['we will rebuild', 'before the winter'] },
    ]);
    expect(kept.map((s) => s.phrases)).toEqual([['we will rebuild'], [], ['we will rebuild']]);
  });
});
