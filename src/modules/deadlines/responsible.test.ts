import { describe, expect, it } from 'vitest';
import { responsibleUnits, type CandidateUnit } from './responsible';

const unit = (id: number, kind: string, path: string, validFrom: string | null = null, validTo: string | null = null): CandidateUnit => ({ id, kind, path, validFrom, validTo });
const huyen = unit(1, 'huyen', '/1/');
const xaA = unit(2, 'xa', '/1/2/');
const apA = unit(3, 'ap', '/1/2/3/');
const phongA = unit(4, 'phong', '/1/2/4/');
const xaB = unit(5, 'xa', '/1/5/');
const merged = unit(6, 'ap', '/1/2/6/', null, '2024-01-01');
const other = unit(7, 'ap', '/9/7/');
const all = [huyen, xaA, apA, phongA, xaB, merged, other];

describe('responsibleUnits', () => {
  it('takes the named kinds inside the owner’s subtree, the owner included', () => {
    const ids = responsibleUnits({ unitKinds: ['xa', 'ap'], unitIds: [] }, xaA, all, '2025-11-25').map((u) => u.id);
    expect(ids).toEqual([2, 3]);
  });

  it('adds units named by id even outside the subtree', () => {
    const ids = responsibleUnits({ unitKinds: ['phong'], unitIds: [5] }, xaA, all, '2025-11-25').map((u) => u.id);
    expect(ids).toEqual([4, 5]);
  });

  it('drops units not active on the due day', () => {
    expect(responsibleUnits({ unitKinds: ['ap'], unitIds: [] }, xaA, all, '2023-12-31').map((u) => u.id)).toEqual([3, 6]);
    expect(responsibleUnits({ unitKinds: ['ap'], unitIds: [] }, xaA, all, '2024-01-01').map((u) => u.id)).toEqual([3]);
  });

  it('falls to the owner when the deadline names no unit', () => {
    expect(responsibleUnits({ unitKinds: [], unitIds: [] }, huyen, all, '2025-01-01').map((u) => u.id)).toEqual([1]);
  });
});
