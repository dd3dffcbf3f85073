import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseStoryBundle, parseStoryIndex } from '../../src/features/stories/parse-story';
import { bridgeBundle } from './fixtures/bridge-story';

describe('parseStoryBundle', () => {
  it('accepts a well-formed bundle unchanged in substance', () => {
    const parsed = parseStoryBundle(JSON.parse(JSON.stringify(bridgeBundle)));
    expect(parsed.ok && parsed.value.analysis.claims.length).toBe(bridgeBundle.analysis.claims.length);
    expect(parsed.ok && parsed.value.analysis.discrepancies.map((d) => d.id)).toEqual([
      'd-cost',
      'd-day',
      'd-source',
    ]);
  });

  it('refuses a claim outside its article', () => {
    const bad = structuredClone(bridgeBundle) as unknown as { analysis: { claims: { end: number }[] } };
    (bad.analysis.claims[0] as { end: number }).end = 10_000;
    expect(parseStoryBundle(bad)).toEqual({ ok: false, error: expect.stringMatching(/outside its article/) });
  });

  it('drops dangling references and unknown discrepancy kinds', () => {
    const data = structuredClone(bridgeBundle) as unknown as {
      analysis: { groups: { claimIds: string[] }[]; discrepancies: { kind: string }[] };
    };
    data.analysis.groups[0]?.claimIds.push('c-nowhere');
    (data.analysis.discrepancies[0] as { kind: string }).kind = 'mood';
    const parsed = parseStoryBundle(data);
    if (!parsed.ok) throw new Error(parsed.error);
    expect(parsed.value.analysis.groups[0]?.claimIds).not.toContain('c-nowhere');
    expect(parsed.value.analysis.discrepancies.map((d) => d.id)).toEqual(['d-day', 'd-source']);
  });

  it('returns a value or an error for any JSON, never throws', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const a = parseStoryBundle(value);
        const b = parseStoryIndex(value);
        expect(typeof a.ok).toBe('boolean');
        expect(typeof b.ok).toBe('boolean');
      }),
    );
  });
});

describe('parseStoryIndex', () => {
  it('accepts summaries and refuses malformed entries', () => {
    expect(parseStoryIndex([{ slug: 's', title: 'T', articleCount: 2, sources: ['A', null] }]).ok).toBe(true);
    expect(parseStoryIndex([{ slug: 's', title: 'T', articleCount: -1, sources: [] }]).ok).toBe(false);
    expect(parseStoryIndex({}).ok).toBe(false);
  });
});
