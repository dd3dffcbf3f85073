import { describe, expect, it } from 'vitest';
import { pairLeftovers, PAIR_FLOOR } from '../../../src/core/align/pair-leftovers';
import { bareClaim, unitVector } from './claim-vectors';

describe('pairLeftovers', () => {
  it('pairs two leftover claims that are each other’s nearest neighbour', () => {
    const claims = [bareClaim('a1', 'A'), bareClaim('b1', 'B'), bareClaim('b2', 'B')];
    const vectors = [
      unitVector({ ferry: 1, passenger: 1 }),
      unitVector({ ferry: 1, passenger: 1, board: 1 }),
      unitVector({ fog: 1 }),
    ];
    const out = pairLeftovers(claims, vectors, new Map(), 0);
    expect(out.get(0)).toBeDefined();
    expect(out.get(0)).toBe(out.get(1));
    expect(out.has(2)).toBe(false);
  });

  it('lets a leftover join the group of its partner and keeps every existing group as it is', () => {
    const claims = [bareClaim('a1', 'A'), bareClaim('b1', 'B'), bareClaim('c1', 'C')];
    const vectors = [
      unitVector({ tow: 1, lifeboat: 1 }),
      unitVector({ tow: 1, lifeboat: 1, harbour: 1 }),
      unitVector({ tow: 1, boat: 1 }),
    ];
    const grouped = new Map([
      [0, 0],
      [1, 0],
    ]);
    const out = pairLeftovers(claims, vectors, grouped, 1);
    expect(out.get(0)).toBe(0);
    expect(out.get(1)).toBe(0);
    expect(out.get(2)).toBe(0);
  });

  it('needs the match to be mutual and at least PAIR_FLOOR similar', () => {
    // b1 is a1's best match, but b1 prefers a2: no pair for a1.
    const claims = [bareClaim('a1', 'A'), bareClaim('a2', 'A'), bareClaim('b1', 'B')];
    const vectors = [
      unitVector({ x: 1, z: 1 }),
      unitVector({ x: 1, z: 3 }),
      unitVector({ x: 1, z: 3, w: 1 }),
    ];
    const out = pairLeftovers(claims, vectors, new Map(), 0);
    expect(out.has(0)).toBe(false);
    expect(out.get(1)).toBe(out.get(2));
    // Below the floor nothing is paired.
    const weak = [unitVector({ x: 1, p: 4 }), unitVector({ y: 1 }), unitVector({ x: 1, q: 4 })];
    expect(weak[0]!.get('x')! * weak[2]!.get('x')!).toBeLessThan(PAIR_FLOOR);
    expect(pairLeftovers(claims, weak, new Map(), 0).size).toBe(0);
  });

  it('does not depend on the order of the claims', () => {
    const claims = [bareClaim('a1', 'A'), bareClaim('b1', 'B'), bareClaim('c1', 'C'), bareClaim('b2', 'B')];
    const vectors = [
      unitVector({ k: 1, m: 1 }),
      unitVector({ k: 1, m: 1 }),
      unitVector({ k: 1, m: 1 }),
      unitVector({ k: 1, m: 1 }),
    ];
    const pairsOf = (order: number[]): string[] => {
      const out = pairLeftovers(
        order.map((i) => claims[i]!),
        order.map((i) => vectors[i]!),
        new Map(),
        0,
      );
      const byGroup = new Map<number, string[]>();
      for (const [k, g] of out) byGroup.set(g, [...(byGroup.get(g) ?? []), claims[order[k]!]!.id].sort());
      return [...byGroup.values()].map((ids) => ids.join('+')).sort();
    };
    expect(pairsOf([3, 2, 1, 0])).toEqual(pairsOf([0, 1, 2, 3]));
  });
});
