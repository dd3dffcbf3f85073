import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { foldText, locateGold, locateText } from '../../../src/cli/eval/locate';
import { articles, mark, tinyGold } from './helpers';

describe('foldText', () => {
  it('folds quote marks, dashes, ellipses and whitespace runs', () => {
    expect(foldText('\u201cHe\u2019s\u00a0 here\u2026\u201d \u2014 she said').text).toBe(
      '"He\'s here..." - she said',
    );
  });
  it('is idempotent and keeps a monotonic, in-bounds map to the original', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom('a', ' ', '\u00a0', '\u2019', '\u201c', '\u2026', '\n', 'b') }),
        (s) => {
          const once = foldText(s);
          expect(foldText(once.text).text).toBe(once.text);
          expect(once.origin).toHaveLength(once.text.length);
          once.origin.forEach((o, i) => {
            expect(o).toBeGreaterThanOrEqual(0);
            expect(o).toBeLessThan(s.length);
            if (i > 0) expect(o).toBeGreaterThanOrEqual(once.origin[i - 1] ?? 0);
          });
        },
      ),
    );
  });
});

describe('locateText', () => {
  it('finds a sentence whose quote marks and spaces differ in the body', () => {
    const body = 'Intro.\n\n\u201cWe won\u2019t\u00a0stop,\u201d  she said. End.';
    const span = locateText(body, '"We won\'t stop," she said.');
    expect(mark(body, span ? [span] : [])).toBe(
      'Intro.\n\n[[\u201cWe won\u2019t\u00a0stop,\u201d  she said.]] End.',
    );
  });
  it('finds a gold sentence copied with character references in the decoded body', () => {
    const body = "It was changed by South Africa's Supreme Court. End.";
    const span = locateText(body, 'changed by South Africa&39;s Supreme Court.');
    expect(mark(body, span ? [span] : [])).toBe("It was [[changed by South Africa's Supreme Court.]] End.");
  });
  it('prefers the first occurrence at or after `from`, and respects a window', () => {
    const body = 'Rain fell. Then rain fell. Rain fell again.';
    const second = locateText(body, 'rain fell', 5);
    expect(mark(body, second ? [second] : [])).toBe('Rain fell. Then [[rain fell]]. Rain fell again.');
    expect(locateText(body, 'Then', 0, { start: 20, end: body.length })).toBeNull();
    expect(locateText(body, 'snow')).toBeNull();
  });
});

describe('locateGold', () => {
  it('locates each gold sentence in its article and evidence within its sentence', () => {
    const gold = tinyGold();
    const located = locateGold(gold, articles);
    const a = articles[0]?.body ?? '';
    const spans = ['a1', 'a3']
      .map((id) => located.sentences.get(id))
      .filter((s) => s !== null && s !== undefined);
    expect(mark(a, spans)).toBe('[[The mayor resigned on Monday.]] Two aides left. [[The budget passed.]]');
    const side = gold.discrepancies[0]?.sides[1];
    const b = articles[1]?.body ?? '';
    const ev = side ? located.side(side) : null;
    expect(mark(b, ev ? [ev] : [])).toBe('On Monday the mayor quit. [[Three aides]] left too. Rain fell.');
  });
  it('reports a sentence ingest dropped as not located', () => {
    const trimmed = articles.map((a) => (a.id === 'B' ? { ...a, body: 'On Monday the mayor quit.' } : a));
    const located = locateGold(tinyGold(), trimmed);
    expect(located.sentences.get('b1')).not.toBeNull();
    expect(located.sentences.get('b2')).toBeNull();
  });
});
