import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { treeAsOf, type AsOfNode } from './tree-as-of';

const n = (id: number, parentId: number | null, depth = 0): AsOfNode => ({ id, parentId, depth });

describe('treeAsOf', () => {
  it('builds the subtree of the scope root, parents before children, with that day’s depth', () => {
    // 1 huyện; 2, 3 xã under it; 4 ấp under 3. Current depths are irrelevant below the root.
    const out = treeAsOf([n(4, 3, 9), n(3, 1, 9), n(2, 1, 9), n(1, null, 0)], [1]);
    expect(out.map((x) => [x.id, x.parentId, x.depth, x.path])).toEqual([
      [1, null, 0, '/1/'],
      [2, 1, 1, '/1/2/'],
      [3, 1, 1, '/1/3/'],
      [4, 3, 2, '/1/3/4/'],
    ]);
  });

  it('places a unit under the parent it had that day, not its current one', () => {
    // On the chosen day ấp 4 was under xã 2 (it moved to xã 3 later).
    const out = treeAsOf([n(1, null), n(2, 1), n(3, 1), n(4, 2)], [1]);
    expect(out.find((x) => x.id === 4)).toMatchObject({ parentId: 2, path: '/1/2/4/', depth: 2 });
  });

  it('keeps only what hung under the scope root that day', () => {
    // Scope root is xã 2 (depth 1 today). Unit 5 was under xã 3 that day; unit 6 hung under 7, not active that day.
    const out = treeAsOf([n(2, 1, 1), n(3, 1, 1), n(4, 2), n(5, 3), n(6, 7)], [2]);
    expect(out.map((x) => x.id)).toEqual([2, 4]);
    expect(out[0]).toMatchObject({ parentId: 1, depth: 1, path: '/2/' });
    expect(out[1]).toMatchObject({ depth: 2, path: '/2/4/' });
  });

  it('returns nothing when the scope root was not active that day', () => {
    expect(treeAsOf([n(4, 2), n(5, 2)], [2])).toEqual([]);
  });

  it('drops nodes caught in a cycle of corrupt history instead of looping', () => {
    const out = treeAsOf([n(1, null), n(2, 3), n(3, 2), n(4, 1)], [1]);
    expect(out.map((x) => x.id)).toEqual([1, 4]);
  });

  it('nests a second scope root that hung under the first that day', () => {
    const out = treeAsOf([n(1, null), n(2, 1), n(3, 2)], [1, 3]);
    expect(out.map((x) => x.path)).toEqual(['/1/', '/1/2/', '/1/2/3/']);
  });

  it('on random forests: every kept node’s parent is kept before it, or it is a scope root', () => {
    const forest = fc
      .array(fc.nat(30), { minLength: 1, maxLength: 30 })
      .map((parents) => parents.map((p, i) => n(i + 1, p === 0 || p > i ? null : p)));
    fc.assert(
      fc.property(forest, fc.uniqueArray(fc.integer({ min: 1, max: 30 }), { maxLength: 4 }), (nodes, roots) => {
        const out = treeAsOf(nodes, roots);
        const seen = new Set<number>();
        for (const x of out) {
          const parentKept = x.parentId !== null && seen.has(x.parentId);
          expect(parentKept || roots.includes(x.id)).toBe(true);
          if (parentKept) expect(x.path.endsWith(`/${x.parentId}/${x.id}/`)).toBe(true);
          seen.add(x.id);
        }
        // Every node whose chain reaches a root is kept.
        const byId = new Map(nodes.map((m) => [m.id, m]));
        for (const m of nodes) {
          let cur: AsOfNode | undefined = m;
          let reaches = false;
          while (cur) {
            if (roots.includes(cur.id)) reaches = true;
            cur = cur.parentId === null ? undefined : byId.get(cur.parentId);
          }
          expect(seen.has(m.id)).toBe(reaches);
        }
      }),
    );
  });
});
