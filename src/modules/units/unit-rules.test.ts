import { describe, expect, it } from 'vitest';
import { AppError } from '../../http/errors';
import { isActiveOn, todayInVietnam } from './unit-period';
import { checkMerge, checkMove, checkPeriod, isWithin, type UnitFacts } from './unit-rules';

const u = (id: number, path: string, extra: Partial<UnitFacts> = {}): UnitFacts => ({
  id,
  name: `Đơn vị ${id}`,
  path,
  parentId: null,
  validFrom: null,
  validTo: null,
  mergedIntoId: null,
  ...extra,
});
const today = '2025-08-01';

function errorOf(fn: () => void): AppError {
  try {
    fn();
  } catch (e) {
    if (e instanceof AppError) return e;
    throw e;
  }
  throw new Error('expected an AppError');
}

describe('periods', () => {
  it('treats validTo as the first day no longer active', () => {
    const p = { validFrom: '2020-01-01', validTo: '2025-07-01' };
    expect(isActiveOn(p, '2019-12-31')).toBe(false);
    expect(isActiveOn(p, '2020-01-01')).toBe(true);
    expect(isActiveOn(p, '2025-06-30')).toBe(true);
    expect(isActiveOn(p, '2025-07-01')).toBe(false);
    expect(isActiveOn({ validFrom: null, validTo: null }, '1900-01-01')).toBe(true);
  });

  it('computes today in Vietnam (UTC+7)', () => {
    expect(todayInVietnam(new Date('2025-06-30T16:59:59Z'))).toBe('2025-06-30');
    expect(todayInVietnam(new Date('2025-06-30T17:00:00Z'))).toBe('2025-07-01');
  });

  it('refuses validTo before validFrom with a message naming the field', () => {
    const e = errorOf(() => checkPeriod('2025-07-01', '2025-06-30'));
    expect(e.fields).toHaveProperty('validTo');
    expect(e.message).toContain('30/06/2025');
    expect(() => checkPeriod('2025-07-01', '2025-07-01')).not.toThrow();
    expect(() => checkPeriod(null, '2025-07-01')).not.toThrow();
  });
});

describe('move', () => {
  const huyen = u(1, '/1/');
  const xa = u(2, '/1/2/', { parentId: 1 });
  const ap = u(3, '/1/2/3/', { parentId: 2 });
  const other = u(4, '/1/4/', { parentId: 1 });

  it('refuses a cycle: under itself or under a descendant', () => {
    for (const newParent of [xa, ap]) {
      const e = errorOf(() => checkMove({ unit: xa, newParent, currentParentSince: null, effectiveDate: today, today }));
      expect(e.message).toMatch(/vòng lặp/);
      expect(e.fields).toHaveProperty('parentId');
    }
  });

  it('does not mistake a sibling with a longer id for a descendant', () => {
    expect(isWithin(u(22, '/1/22/'), xa)).toBe(false);
    expect(() => checkMove({ unit: ap, newParent: u(22, '/1/22/'), currentParentSince: null, effectiveDate: today, today })).not.toThrow();
  });

  it('refuses the same parent, an inactive parent, a future date and a date before the current parent row', () => {
    expect(errorOf(() => checkMove({ unit: ap, newParent: xa, currentParentSince: null, effectiveDate: today, today })).message).toMatch(/đã trực thuộc/);
    const closed = u(4, '/1/4/', { validTo: '2025-01-01' });
    expect(errorOf(() => checkMove({ unit: ap, newParent: closed, currentParentSince: null, effectiveDate: today, today })).fields).toHaveProperty('parentId');
    expect(errorOf(() => checkMove({ unit: ap, newParent: other, currentParentSince: null, effectiveDate: '2025-08-02', today })).fields).toHaveProperty(
      'effectiveDate',
    );
    const early = errorOf(() => checkMove({ unit: ap, newParent: other, currentParentSince: '2024-05-01', effectiveDate: '2024-04-30', today }));
    expect(early.message).toContain('01/05/2024');
    expect(() => checkMove({ unit: ap, newParent: other, currentParentSince: '2024-05-01', effectiveDate: '2024-05-01', today })).not.toThrow();
    expect(() => checkMove({ unit: huyen, newParent: other, currentParentSince: null, effectiveDate: today, today })).toThrow(AppError);
  });
});

describe('merge', () => {
  const a = u(2, '/1/2/', { parentId: 1 });
  const b = u(3, '/1/3/', { parentId: 1 });
  const apOfA = u(5, '/1/2/5/', { parentId: 2 });
  const run = (sources: UnitFacts[], target: Parameters<typeof checkMerge>[0]['target'], effectiveDate = '2025-07-01') =>
    errorOf(() => checkMerge({ sources, target, effectiveDate, today }));

  it('accepts a plain merge into an existing or a new unit', () => {
    expect(() => checkMerge({ sources: [a, b], target: { newUnderParent: u(1, '/1/') }, effectiveDate: '2025-07-01', today })).not.toThrow();
    expect(() => checkMerge({ sources: [b], target: { existing: a }, effectiveDate: '2025-07-01', today })).not.toThrow();
  });

  it('refuses merging a unit into itself', () => {
    const e = run([a, b], { existing: a });
    expect(e.message).toBe('Không thể sáp nhập một đơn vị vào chính nó.');
    expect(e.fields).toHaveProperty('target');
  });

  it('refuses a target inside a source, and a new unit placed under a source', () => {
    expect(run([a], { existing: apOfA }).message).toMatch(/nằm trong «Đơn vị 2»/);
    expect(run([a], { newUnderParent: apOfA }).fields).toHaveProperty(['target.parentId']);
    expect(run([a], { newUnderParent: a }).fields).toHaveProperty(['target.parentId']);
  });

  it('refuses sources already merged, nested sources, and dates out of range', () => {
    expect(run([u(6, '/1/6/', { mergedIntoId: 9, validTo: '2025-01-01' })], { existing: b }).message).toMatch(/đã sáp nhập/);
    expect(run([a, apOfA], { existing: b }).fields).toHaveProperty('sourceIds');
    expect(run([a], { existing: b }, '2025-08-02').fields).toHaveProperty('effectiveDate');
    expect(run([u(7, '/1/7/', { validFrom: '2025-07-02' })], { existing: b }).fields).toHaveProperty('effectiveDate');
    expect(run([a], { existing: u(8, '/1/8/', { validFrom: '2025-07-02' }) }).fields).toHaveProperty('target');
  });
});
