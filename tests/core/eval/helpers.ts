// Tiny hand-made stories for the eval unit tests: three one-line articles and a gold built from literals.
import { parseGold } from '../../../src/cli/eval/gold';
import type { Gold } from '../../../src/cli/eval/gold';
import type { LocatableArticle } from '../../../src/cli/eval/locate';
import type { ScorableClaim } from '../../../src/cli/eval/score';

export const articles: LocatableArticle[] = [
  { id: 'A', file: 'a.txt', body: 'The mayor resigned on Monday. Two aides left. The budget passed.' },
  { id: 'B', file: 'b.txt', body: 'On Monday the mayor quit. Three aides left too. Rain fell.' },
  { id: 'C', file: 'c.txt', body: 'The mayor stepped down Monday. Several aides departed.' },
];

/** Claims = sentences, found by a plain split on ". " so offsets are exact. */
export function sentenceClaims(list: readonly LocatableArticle[] = articles): ScorableClaim[] {
  return list.flatMap((a) =>
    [...a.body.matchAll(/[^.]+\./g)].map((m, i) => {
      const lead = m[0].length - m[0].trimStart().length;
      const start = (m.index ?? 0) + lead;
      return { id: `${a.id}${i + 1}`, articleId: a.id, start, end: (m.index ?? 0) + m[0].length };
    }),
  );
}

const sentence = (id: string, text: string): { id: string; text: string } => ({ id, text });

export const goldJson = {
  version: 1,
  story: 'tiny',
  articles: [
    {
      file: 'a.txt',
      sentences: [
        sentence('a1', 'The mayor resigned on Monday.'),
        sentence('a2', 'Two aides left.'),
        sentence('a3', 'The budget passed.'),
      ],
    },
    {
      file: 'b.txt',
      sentences: [
        sentence('b1', 'On Monday the mayor quit.'),
        sentence('b2', 'Three aides left too.'),
        sentence('b3', 'Rain fell.'),
      ],
    },
    {
      file: 'c.txt',
      sentences: [
        sentence('c1', 'The mayor stepped down Monday.'),
        sentence('c2', 'Several aides departed.'),
      ],
    },
  ],
  groups: [
    { id: 'g-resign', members: ['a1', 'b1', 'c1'] },
    { id: 'g-aides', members: ['a2', 'b2', 'c2'] },
  ],
  discrepancies: [
    {
      id: 'd-aides',
      kind: 'number',
      severity: 'medium',
      sides: [
        { file: 'a.txt', sentence: 'a2', evidence: 'Two aides', value: 'two' },
        { file: 'b.txt', sentence: 'b2', evidence: 'Three aides', value: 'three' },
        { file: 'c.txt', sentence: 'c2', evidence: 'Several aides', value: 'several' },
      ],
    },
  ],
  notDiscrepancies: [
    {
      id: 'n-monday',
      kinds: ['date'],
      sides: [
        { file: 'a.txt', sentence: 'a1', evidence: 'Monday', value: 'Monday' },
        { file: 'b.txt', sentence: 'b1', evidence: 'Monday', value: 'Monday' },
      ],
    },
  ],
};

export function tinyGold(json: unknown = goldJson): Gold {
  const parsed = parseGold(json, new Map(articles.map((a) => [a.file, a.body])));
  if (!parsed.ok) throw new Error(parsed.error);
  return parsed.value;
}

/** Render spans as markup: 'The [[mayor]] said'. */
export function mark(body: string, spans: readonly { start: number; end: number }[]): string {
  let out = '';
  let at = 0;
  for (const s of [...spans].sort((x, y) => x.start - y.start)) {
    out += `${body.slice(at, s.start)}[[${body.slice(s.start, s.end)}]]`;
    at = s.end;
  }
  return out + body.slice(at);
}
