import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { orderTree, pathResolver } from './unit-order';

const parents = (m: Record<string, string | null>) => (code: string) => (code in m ? m[code] : undefined);

describe('orderTree', () => {
  it('gives final depths whatever the order of the rows', () => {
    const t = orderTree(['XA', 'HUYEN', 'TINH', 'AP'], parents({ AP: 'XA', XA: 'HUYEN', HUYEN: 'TINH', TINH: null }));
    expect(Object.fromEntries(t.depth)).toEqual({ TINH: 0, HUYEN: 1, XA: 2, AP: 3 });
    expect(t.cycles.size).toBe(0);
  });

  it('reports each unit of a cycle with the loop read from it, and leaves units under the cycle unplaced', () => {
    const t = orderTree(['A', 'B', 'C', 'D'], parents({ A: 'B', B: 'C', C: 'A', D: 'A' }));
    expect(t.cycles.get('A')).toEqual(['A', 'B', 'C', 'A']);
    expect(t.cycles.get('C')).toEqual(['C', 'A', 'B', 'C']);
    expect(t.cycles.has('D')).toBe(false);
    expect(t.depth.size).toBe(0);
  });

  it('finds a self-loop and a cycle through a unit that is not in the file', () => {
    expect(orderTree(['A'], parents({ A: 'A' })).cycles.get('A')).toEqual(['A', 'A']);
    // X (in the file) moves under Y, an existing child of X: the tree would close on itself.
    const t = orderTree(['X'], parents({ X: 'Y', Y: 'X', ROOT: null }));
    expect(t.cycles.get('X')).toEqual(['X', 'Y', 'X']);
  });

  it('places every unit of a random forest one level below its parent', () => {
    fc.assert(
      fc.property(fc.array(fc.nat(), { minLength: 1, maxLength: 60 }), fc.nat(), (links, seed) => {
        // Unit i's parent is a unit with a smaller index, or none: always a forest.
        const m: Record<string, string | null> = {};
        links.forEach((l, i) => (m[`U${i}`] = i === 0 || l % 4 === 0 ? null : `U${l % i}`));
        const codes = Object.keys(m);
        const shuffled = codes.map((c, i) => ({ c, k: (i * 7919 + seed) % codes.length })).sort((a, b) => a.k - b.k).map((x) => x.c);
        const t = orderTree(shuffled, parents(m));
        expect(t.cycles.size).toBe(0);
        for (const c of codes) {
          const p = m[c];
          expect(t.depth.get(c)).toBe(p === null ? 0 : t.depth.get(p!)! + 1);
        }
      }),
    );
  });
});

describe('pathResolver', () => {
  it('builds materialised id paths from the final parents', () => {
    const ids: Record<string, number> = { TINH: 1, HUYEN: 5, XA: 9 };
    const pathOf = pathResolver((c) => ids[c]!, parents({ TINH: null, HUYEN: 'TINH', XA: 'HUYEN' }));
    expect(pathOf('XA')).toBe('/1/5/9/');
    expect(pathOf('TINH')).toBe('/1/');
  });

  it('copes with a chain deeper than the call stack would allow', () => {
    const n = 50_000;
    const pathOf = pathResolver((c) => Number(c), (c) => (c === '0' ? null : String(Number(c) - 1)));
    expect(pathOf(String(n - 1)).split('/').filter(Boolean)).toHaveLength(n);
  });
});
