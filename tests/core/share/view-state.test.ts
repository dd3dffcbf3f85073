import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  decodeViewState,
  EMPTY_VIEW_STATE,
  encodeViewState,
  fitViewState,
  isValidViewState,
  MAX_HASH_LENGTH,
  MAX_PASSAGES,
  type PassageAnchor,
  type ViewState,
} from '../../../src/core/share/view-state';
import { encodeTextBase64Url } from '../../../src/core/share/base64url';

const idArb = (kind: string) =>
  fc
    .string({ unit: fc.constantFrom(...'0123456789abcdefghijklmnopqrstuvwxyz'), minLength: 1, maxLength: 16 })
    .map((s) => `${kind}-${s}`);
const slugArb = fc
  .tuple(
    fc.constantFrom(...'abcxyz019ABZ'),
    fc.string({ unit: fc.constantFrom(...'abz09-._'), maxLength: 40 }),
  )
  .map(([a, b]) => a + b);
const textArb = (min: number, max: number) =>
  fc.oneof(
    fc.string({ unit: 'grapheme', minLength: min, maxLength: max }),
    fc.string({ unit: 'binary', minLength: min, maxLength: max }),
  );
const passageArb: fc.Arbitrary<PassageAnchor> = fc.record({
  articleId: idArb('a'),
  exact: textArb(1, 120),
  prefix: textArb(0, 32),
  suffix: textArb(0, 32),
  start: fc.nat(),
});
const stateArb: fc.Arbitrary<ViewState> = fc.record({
  story: slugArb,
  claim: fc.option(idArb('c'), { nil: null }),
  discrepancy: fc.option(idArb('d'), { nil: null }),
  panel: fc.boolean(),
  passages: fc.array(passageArb, { maxLength: MAX_PASSAGES }),
});

const valid: ViewState = {
  story: 'city-vote',
  claim: 'c-0k3j9x2a',
  discrepancy: 'd-1a2b3c4d',
  panel: true,
  passages: [
    {
      articleId: 'a-12345678',
      exact: 'The « mayor » said 😀',
      prefix: 'Yesterday ',
      suffix: ' that',
      start: 42,
    },
  ],
};

describe('encodeViewState / decodeViewState', () => {
  it('writes a readable hash with the version and compact passages', () => {
    const hash = encodeViewState(valid);
    expect(hash).toMatch(
      /^#\/story\/city-vote\?v=1&claim=c-0k3j9x2a&disc=d-1a2b3c4d&panel=1&p=[A-Za-z0-9_-]+$/,
    );
    expect(decodeViewState(hash)).toEqual({ state: valid, notice: null });
  });

  it('keeps the first version’s links working: no v, story only, claim only', () => {
    expect(encodeViewState({ ...EMPTY_VIEW_STATE, story: 'city-vote' })).toBe('#/story/city-vote');
    expect(decodeViewState('#/story/city-vote?claim=c-1&panel=1')).toEqual({
      state: { ...EMPTY_VIEW_STATE, story: 'city-vote', claim: 'c-1', panel: true },
      notice: null,
    });
    expect(decodeViewState('')).toEqual({ state: EMPTY_VIEW_STATE, notice: null });
    expect(decodeViewState('#/')).toEqual({ state: EMPTY_VIEW_STATE, notice: null });
  });

  it('round-trips any valid state, arbitrary Unicode passages included', () => {
    fc.assert(
      fc.property(stateArb, (state) => {
        fc.pre(isValidViewState(state));
        expect(decodeViewState(encodeViewState(state))).toEqual({ state, notice: null });
      }),
      { numRuns: 500 },
    );
  });

  it('never writes a hash over the cap: trailing passages that do not fit are dropped', () => {
    const big: PassageAnchor = {
      articleId: 'a-1',
      exact: '語'.repeat(2000),
      prefix: '',
      suffix: '',
      start: 0,
    };
    const state = { ...valid, passages: [big, big, big] };
    const hash = encodeViewState(state);
    expect(hash.length).toBeLessThanOrEqual(MAX_HASH_LENGTH);
    const fitted = fitViewState(state);
    expect(fitted.dropped).toBe(2);
    expect(decodeViewState(hash).state.passages).toEqual([big]);
  });

  it('decoding any string never throws and always gives a valid state', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.string({ unit: 'binary' }),
          fc.string().map((s) => `#/story/${s}`),
        ),
        (s) => {
          const { state, notice } = decodeViewState(s);
          expect(isValidViewState(state)).toBe(true);
          expect(notice === null || typeof notice === 'string').toBe(true);
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('mutated valid links never throw, stay valid and keep the story when the slug survives', () => {
    const mutation = fc.record({
      at: fc.nat(),
      cut: fc.nat({ max: 8 }),
      insert: fc.string({ maxLength: 6 }),
    });
    fc.assert(
      fc.property(stateArb, fc.array(mutation, { minLength: 1, maxLength: 3 }), (state, mutations) => {
        let hash = encodeViewState(state);
        const slugEnd = `#/story/${state.story}?`.length;
        let touchedSlug = false;
        for (const m of mutations) {
          const at = m.at % (hash.length + 1);
          if (at < slugEnd) touchedSlug = true;
          hash = hash.slice(0, at) + m.insert + hash.slice(at + m.cut);
        }
        const { state: decoded, notice } = decodeViewState(hash);
        expect(isValidViewState(decoded)).toBe(true);
        if (!touchedSlug) expect(decoded.story).toBe(state.story);
        if (decoded.story === null) expect(notice).not.toBeNull();
      }),
      { numRuns: 500 },
    );
  });

  it('drops only what is invalid and says so', () => {
    const result = decodeViewState('#/story/city-vote?v=1&claim=<script>&disc=d-1&panel=1');
    expect(result.state).toEqual({
      ...EMPTY_VIEW_STATE,
      story: 'city-vote',
      discrepancy: 'd-1',
      panel: true,
    });
    expect(result.notice).toMatch(/selected claim/);
  });

  it('drops invalid passages one by one', () => {
    const tuples = [
      ['a-1', 'kept', '', '', 3],
      ['A-1', 'bad id', '', '', 0],
      ['a-2', '', '', '', 0],
      ['a-3', 'x', 'p'.repeat(65), '', 0],
      ['a-4', 'x', '', '', -1],
      ['a-5', 'x', '', '', 1.5],
      { articleId: 'a-6' },
    ];
    const result = decodeViewState(`#/story/s?v=1&p=${encodeTextBase64Url(JSON.stringify(tuples))}`);
    expect(result.state.passages).toEqual([
      { articleId: 'a-1', exact: 'kept', prefix: '', suffix: '', start: 3 },
    ]);
    expect(result.notice).toMatch(/6 shared passages/);
  });

  it('keeps at most ten passages', () => {
    const tuples = Array.from({ length: 12 }, (_, i) => ['a-1', `p${i}`, '', '', i]);
    const result = decodeViewState(`#/story/s?p=${encodeTextBase64Url(JSON.stringify(tuples))}`);
    expect(result.state.passages).toHaveLength(MAX_PASSAGES);
    expect(result.notice).toMatch(/2 shared passages/);
  });

  it('opens only the story of a newer-version or unknown-version link', () => {
    const newer = decodeViewState('#/story/city-vote?v=2&claim=c-1');
    expect(newer.state).toEqual({ ...EMPTY_VIEW_STATE, story: 'city-vote' });
    expect(newer.notice).toMatch(/newer version/);
    expect(decodeViewState('#/story/city-vote?v=zz&claim=c-1').notice).toMatch(/unknown format/);
  });

  it('drops the passages of an oversized link but opens the rest', () => {
    const hash = `#/story/city-vote?v=1&claim=c-1&p=${'A'.repeat(MAX_HASH_LENGTH)}`;
    const result = decodeViewState(hash);
    expect(result.state).toEqual({ ...EMPTY_VIEW_STATE, story: 'city-vote', claim: 'c-1' });
    expect(result.notice).toMatch(/too long/);
  });

  it('treats garbage, tampered base64 and bad slugs as notices, never as markup', () => {
    expect(decodeViewState('#garbage')).toMatchObject({
      state: EMPTY_VIEW_STATE,
      notice: expect.any(String),
    });
    expect(decodeViewState('#/story/%E0%A4%A')).toMatchObject({ state: EMPTY_VIEW_STATE });
    expect(decodeViewState('#/story/..%2F..%2Fetc')).toMatchObject({ state: EMPTY_VIEW_STATE });
    expect(decodeViewState('#/story/<img src=x onerror=alert(1)>').state).toEqual(EMPTY_VIEW_STATE);
    const tampered = decodeViewState('#/story/s?p=eyJub3QiOiJhbiBhcnJheSJ9');
    expect(tampered.state).toEqual({ ...EMPTY_VIEW_STATE, story: 's' });
    expect(tampered.notice).toMatch(/shared passages/);
  });
});
