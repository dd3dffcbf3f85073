import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { anchorPassage, describePassage, type TextQuoteAnchor } from '../../../src/core/anchor/text-quote';

/** Render an anchoring result as markup: 'The [[mayor]] said' or 'refused: <reason>'. */
function mark(body: string, anchor: TextQuoteAnchor): string {
  const r = anchorPassage(body, anchor);
  return r.ok
    ? `${body.slice(0, r.start)}[[${body.slice(r.start, r.end)}]]${body.slice(r.end)}`
    : `refused: ${r.reason}`;
}

function levenshtein(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++)
      cur.push(Math.min(prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1), prev[j]! + 1, cur[j - 1]! + 1));
    prev = cur;
  }
  return prev[b.length]!;
}

const ORIGINAL =
  'The council met on Monday. The mayor said the budget would pass. Critics said the mayor had not read it. ' +
  'A vote is expected next week, officials said.';

describe('describePassage', () => {
  it('keeps 32 characters of context each side and the start', () => {
    const start = ORIGINAL.indexOf('The mayor said');
    const a = describePassage(ORIGINAL, start, start + 'The mayor said'.length);
    expect(a).toEqual({
      exact: 'The mayor said',
      prefix: ORIGINAL.slice(Math.max(0, start - 32), start),
      suffix: ORIGINAL.slice(start + 14, start + 46),
      start,
    });
  });

  it('clamps and orders offsets and never splits a surrogate pair in context', () => {
    expect(describePassage('abc', 5, -2)).toEqual({ exact: 'abc', prefix: '', suffix: '', start: 0 });
    const body = `${'😀'.repeat(20)}X${'😀'.repeat(20)}`;
    const at = body.indexOf('X');
    const a = describePassage(body, at, at + 1);
    expect(a.prefix).toBe('😀'.repeat(16));
    expect(a.suffix).toBe('😀'.repeat(16));
  });
});

describe('anchorPassage', () => {
  const at = ORIGINAL.indexOf('the mayor had');
  const anchor = describePassage(ORIGINAL, at, at + 'the mayor'.length);

  it('finds the passage in unchanged text, choosing the right one of repeated words', () => {
    expect(mark(ORIGINAL, anchor)).toBe(
      'The council met on Monday. The mayor said the budget would pass. Critics said [[the mayor]] had not read it. ' +
        'A vote is expected next week, officials said.',
    );
  });

  it('follows the passage when text before it is edited', () => {
    const edited = ORIGINAL.replace('Monday', 'Tuesday evening').replace('would pass', 'will pass');
    expect(mark(edited, anchor)).toMatch(/Critics said \[\[the mayor\]\] had/);
  });

  it('prefers context over position for repeated phrases', () => {
    const edited = `Critics said the mayor was late. ${ORIGINAL.replace('Critics said the mayor had', 'Critics said the mayor had')}`;
    expect(mark(edited, anchor)).toMatch(/Critics said \[\[the mayor\]\] had not/);
  });

  it('finds a lightly reworded passage approximately', () => {
    const long = describePassage(ORIGINAL, ORIGINAL.indexOf('The mayor said'), ORIGINAL.indexOf(' Critics'));
    const edited = ORIGINAL.replace('the budget would pass', 'the budget will pass');
    expect(mark(edited, long)).toMatch(/Monday\. \[\[The mayor said the budget will pass\.\]\] Critics/);
    expect(anchorPassage(edited, long)).toMatchObject({ ok: true, method: 'approx' });
  });

  it('refuses a deleted passage instead of highlighting a lookalike', () => {
    const edited = ORIGINAL.replace(' Critics said the mayor had not read it.', '');
    expect(mark(edited, anchor)).toMatch(/^refused/);
  });

  it('refuses an empty quote and a short quote whose context is gone everywhere', () => {
    expect(mark(ORIGINAL, { exact: '', prefix: '', suffix: '', start: 0 })).toBe('refused: empty');
    expect(mark('zz the mayor zz. qq the mayor qq.', anchor)).toBe('refused: ambiguous');
  });
});

// Words from two disjoint alphabets, so a passage made of one never approximately matches the other.
const wordOf = (letters: string) =>
  fc.string({ unit: fc.constantFrom(...letters), minLength: 2, maxLength: 8 });
const outside = wordOf('abcdefghijklm');
const inside = wordOf('nopqrstuvwxyz');
const sep = fc.constantFrom(' ', ' ', ' ', ', ', '. ', '\n\n');
const join = (words: string[], seps: string[]) =>
  words.map((w, i) => w + (seps[i % seps.length] ?? ' ')).join('');

const storyArb = fc.record({
  before: fc.array(outside, { minLength: 3, maxLength: 40 }),
  passage: fc.array(fc.oneof(outside, inside), { minLength: 3, maxLength: 12 }),
  after: fc.array(outside, { minLength: 3, maxLength: 40 }),
  seps: fc.array(sep, { minLength: 1, maxLength: 5 }),
});
const editArb = fc.record({
  at: fc.nat(),
  kind: fc.constantFrom('space', 'punct', 'word', 'delete'),
  word: outside,
});

function build(s: { before: string[]; passage: string[]; after: string[]; seps: string[] }) {
  const before = join(s.before, s.seps);
  const passage = s.passage.join(' ');
  const body = `${before}${passage} ${join(s.after, s.seps)}`;
  return { body, start: before.length, end: before.length + passage.length };
}

/** Apply an edit outside [start, end), returning the new text and the shifted range. */
function editOutside(
  body: string,
  start: number,
  end: number,
  e: { at: number; kind: string; word: string },
) {
  const free = body.length - (end - start);
  let pos = e.at % (free + 1);
  if (pos > start) pos += end - start;
  const piece = e.kind === 'space' ? '  ' : e.kind === 'punct' ? ';' : e.kind === 'word' ? ` ${e.word}` : '';
  const cut = e.kind === 'delete' ? Math.min(2, pos <= start ? start - pos : body.length - pos) : 0;
  const shift = pos < start || (pos === start && piece) ? piece.length - cut : 0;
  return { body: body.slice(0, pos) + piece + body.slice(pos + cut), start: start + shift, end: end + shift };
}

describe('anchorPassage properties', () => {
  it('finds the exact range it described, in any text', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1, maxLength: 200 }), fc.nat(), fc.nat(), (body, x, y) => {
        const a = x % body.length;
        const b = a + 1 + (y % (body.length - a));
        const r = anchorPassage(body, describePassage(body, a, b));
        expect(r).toMatchObject({ ok: true, start: a, end: b, method: 'exact' });
      }),
      { numRuns: 500 },
    );
  });

  it('finds the passage after whitespace, punctuation and word edits elsewhere', () => {
    fc.assert(
      fc.property(storyArb, fc.array(editArb, { minLength: 1, maxLength: 3 }), (story, edits) => {
        const original = build(story);
        const anchor = describePassage(original.body, original.start, original.end);
        let cur = original;
        for (const e of edits) cur = editOutside(cur.body, cur.start, cur.end, e);
        fc.pre(cur.body.indexOf(anchor.exact) === cur.body.lastIndexOf(anchor.exact));
        expect(anchorPassage(cur.body, anchor)).toMatchObject({ ok: true, start: cur.start, end: cur.end });
      }),
      { numRuns: 500 },
    );
  });

  it('finds a long passage after small edits inside it', () => {
    const longArb = fc.record({
      before: fc.array(outside, { minLength: 3, maxLength: 30 }),
      passage: fc.array(fc.oneof(outside, inside), { minLength: 40, maxLength: 80 }),
      after: fc.array(outside, { minLength: 3, maxLength: 30 }),
      seps: fc.array(sep, { minLength: 1, maxLength: 3 }),
    });
    const inner = fc.record({
      at: fc.nat(),
      kind: fc.constantFrom('sub', 'ins', 'del'),
      ch: fc.constantFrom('x', ',', ' ', 'e'),
    });
    fc.assert(
      fc.property(longArb, fc.array(inner, { minLength: 1, maxLength: 4 }), (story, edits) => {
        const { body, start, end } = build(story);
        const anchor = describePassage(body, start, end);
        let passage = anchor.exact;
        for (const e of edits) {
          const pos = 10 + (e.at % (passage.length - 20)); // away from the passage's ends
          passage =
            passage.slice(0, pos) +
            (e.kind === 'del' ? '' : e.ch) +
            passage.slice(e.kind === 'ins' ? pos : pos + 1);
        }
        const edited = body.slice(0, start) + passage + body.slice(end);
        const r = anchorPassage(edited, anchor);
        expect(r.ok).toBe(true);
        if (!r.ok) return;
        expect(Math.abs(r.start - start)).toBeLessThanOrEqual(2);
        expect(Math.abs(r.end - (start + passage.length))).toBeLessThanOrEqual(2);
      }),
      { numRuns: 300 },
    );
  });

  it('refuses when the passage is gone', () => {
    fc.assert(
      fc.property(storyArb, fc.array(inside, { minLength: 3, maxLength: 12 }), (story, passage) => {
        const { body, start, end } = build({ ...story, passage });
        const anchor = describePassage(body, start, end);
        const edited = body.slice(0, start) + body.slice(end);
        expect(anchorPassage(edited, anchor).ok).toBe(false);
      }),
      { numRuns: 500 },
    );
  });

  it('never returns a range whose text is far from the quote', () => {
    const anchorArb = fc.record({
      exact: fc.string({ minLength: 1, maxLength: 40 }),
      prefix: fc.string({ maxLength: 32 }),
      suffix: fc.string({ maxLength: 32 }),
      start: fc.nat({ max: 300 }),
    });
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), anchorArb, (body, anchor) => {
        const r = anchorPassage(body, anchor);
        if (!r.ok) return;
        expect(r.start).toBeGreaterThanOrEqual(0);
        expect(r.end).toBeLessThanOrEqual(body.length);
        const errors = levenshtein(body.slice(r.start, r.end), anchor.exact);
        expect(errors).toBeLessThanOrEqual(Math.floor(anchor.exact.length / 4));
      }),
      { numRuns: 1000 },
    );
  });
});

describe('anchorPassage with repeated phrases', () => {
  it('does not move a short passage to another occurrence when its own was deleted', () => {
    const body =
      'Aides said the former president met him. Later, reporters said the former president was silent.';
    const at = body.lastIndexOf('the former president');
    const anchor = describePassage(body, at, at + 'the former president'.length);
    const edited = body.replace(
      ' Later, reporters said the former president was silent.',
      ' Nothing else was said.',
    );
    expect(mark(edited, anchor)).toMatch(/^refused/);
  });
});
