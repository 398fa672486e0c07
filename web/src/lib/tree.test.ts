import { describe, expect, it } from 'vitest';
import { searchKey } from '../../../src/lib/text';
import { ancestry, buildForest, searchTree, subtreeIds } from './tree';

const folded = (u: { name: string }) => searchKey(u.name);

const units = [
  { id: 1, parentId: null, name: 'UBND huyện Trà Bồng' },
  { id: 2, parentId: 1, name: 'UBND xã Trà Lâm' },
  { id: 3, parentId: 2, name: 'Văn phòng HĐND và UBND xã' },
  { id: 4, parentId: 1, name: 'UBND thị trấn Trà Xuân' },
  { id: 9, parentId: 7, name: 'Đơn vị có cấp trên ngoài phạm vi' },
];

describe('buildForest', () => {
  it('nests children under parents and keeps orphans as roots', () => {
    const forest = buildForest(units);
    expect(forest.map((n) => n.id)).toEqual([1, 9]);
    expect(forest[0]!.children.map((n) => n.id)).toEqual([2, 4]);
    expect(forest[0]!.children[0]!.children.map((n) => n.id)).toEqual([3]);
  });
});

describe('searchTree', () => {
  it('matches without diacritics or case and shows the path to each match', () => {
    const found = searchTree(units, 'tra lam', folded)!;
    expect([...found.matches]).toEqual([2]);
    expect([...found.visible].sort()).toEqual([1, 2]);
    expect([...found.expand]).toEqual([1]);
  });

  it('folds đ so "don vi" finds "Đơn vị"', () => {
    expect([...searchTree(units, 'DON VI', folded)!.matches]).toEqual([9]);
  });

  it('returns null for an empty query (show everything)', () => {
    expect(searchTree(units, '   ', folded)).toBeNull();
  });
});

describe('subtreeIds', () => {
  it('includes the node and all descendants only', () => {
    expect([...subtreeIds(units, 2)].sort()).toEqual([2, 3]);
    expect([...subtreeIds(units, 1)].sort()).toEqual([1, 2, 3, 4]);
  });
});

describe('ancestry', () => {
  it('lists the chain from the root', () => {
    expect(ancestry(units, 3).map((u) => u.id)).toEqual([1, 2, 3]);
  });
});
