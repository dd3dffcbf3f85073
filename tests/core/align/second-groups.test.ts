import { describe, expect, it } from 'vitest';
import { secondGroups, SECOND_GROUP_FLOOR } from '../../../src/core/align/second-groups';
import { bareClaim, unitVector } from './claim-vectors';

describe('secondGroups', () => {
  // Group 0: the collision (A, C). Group 1: the route (A, B), where B's claim also tells of the
  // collision's passengers. Group 2: an unrelated fact (A, C).
  const claims = [
    bareClaim('a-collision', 'A'),
    bareClaim('c-collision', 'C'),
    bareClaim('a-route', 'A'),
    bareClaim('b-route-and-passengers', 'B'),
    bareClaim('a-weather', 'A'),
    bareClaim('c-weather', 'C'),
  ];
  const vectors = [
    unitVector({ collide: 1, passenger: 1, trawler: 1 }),
    unitVector({ collide: 1, passenger: 1, trawler: 1, fog: 0.5 }),
    unitVector({ route: 1, harbour: 1, trawler: 0.5 }),
    unitVector({ route: 1, harbour: 1, passenger: 1, trawler: 0.5 }),
    unitVector({ gale: 1, warning: 1 }),
    unitVector({ gale: 1, warning: 1, coast: 1 }),
  ];
  const groupOf = new Map([
    [0, 0],
    [1, 0],
    [2, 1],
    [3, 1],
    [4, 2],
    [5, 2],
  ]);

  it('adds another group where the claim is as close to the members of other articles as a member', () => {
    const out = secondGroups(claims, vectors, groupOf);
    expect(out.get(3)).toEqual([0]);
    // Nothing is added to its own group, nor a group it shares no words with.
    expect(out.get(4)).toBeUndefined();
    expect(out.get(5)).toBeUndefined();
  });

  it("adds nothing below the floor, and never a group of the claim's own article only", () => {
    expect(secondGroups(claims, vectors, groupOf, () => true, 0.99).size).toBe(0);
    expect(SECOND_GROUP_FLOOR).toBeGreaterThan(0);
    const solo = new Map([...groupOf, [1, 3]]);
    // Group 0 now holds only A's claim: B's claim is compared with it, A's route claim is not.
    const out = secondGroups(claims, vectors, solo);
    expect(out.get(2)?.includes(0)).not.toBe(true);
  });
});
