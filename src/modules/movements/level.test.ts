import { describe, expect, it } from 'vitest';
import { unitKinds } from '../units/unit-kinds';
import { levelKinds, movementLevel } from './level';

describe('movementLevel', () => {
  it.each([
    ['tinh', 0, 'tinh'],
    ['so', 1, 'so_huyen'],
    ['huyen', 1, 'so_huyen'],
    ['thi_xa', 1, 'so_huyen'],
    ['lien_doan_lao_dong', 0, 'tinh'],
    ['lien_doan_lao_dong', 1, 'so_huyen'],
    ['xa', 2, 'xa'],
    ['phuong', 2, 'xa'],
    ['thi_tran', 2, 'xa'],
    ['phong', 2, 'xa'],
    ['don_vi_su_nghiep', 2, 'xa'],
    ['cong_doan_co_so', 2, 'co_so'],
    ['ap', 3, 'co_so'],
    ['doan_the', 3, 'co_so'],
    ['mttq', 2, 'co_so'],
    ['khac', 0, 'co_so'],
    ['unknown-kind', 1, 'co_so'],
  ] as const)('%s at depth %i is %s', (kind, depth, level) => {
    expect(movementLevel({ kind, depth })).toBe(level);
  });

  it('the SQL mapping agrees with the function for every kind and depth', () => {
    const { byLevel, provincialAtRoot } = levelKinds();
    const viaData = (kind: string, depth: number) => {
      if (depth === 0 && provincialAtRoot.includes(kind)) return 'tinh';
      for (const [level, kinds] of Object.entries(byLevel)) if (kinds.includes(kind)) return level;
      return 'co_so';
    };
    for (const kind of unitKinds) for (const depth of [0, 1, 3]) expect(viaData(kind, depth)).toBe(movementLevel({ kind, depth }));
  });
});
