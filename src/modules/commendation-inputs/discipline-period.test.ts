import { describe, expect, it } from 'vitest';
import { addMonths, overlapsYear, resolvePeriod, ruleEffectTo } from './discipline-period';

describe('discipline period of effect', () => {
  it('counts the rule months from the day it takes effect, ending the day before', () => {
    expect(ruleEffectTo('khien_trach', '2024-05-03')).toBe('2025-05-02');
    expect(ruleEffectTo('giang_chuc', '2024-05-03')).toBe('2025-11-02');
    expect(ruleEffectTo('buoc_thoi_viec', '2024-05-03')).toBeNull();
  });

  it('clamps to the end of a shorter month', () => {
    expect(addMonths('2024-01-31', 1)).toBe('2024-02-29');
    expect(addMonths('2023-01-31', 1)).toBe('2023-02-28');
    expect(ruleEffectTo('canh_cao', '2024-02-29')).toBe('2025-02-27');
  });

  it('takes the rule when no end is typed, and drops a reason that overrides nothing', () => {
    expect(resolvePeriod({ form: 'khien_trach', effectiveFrom: '2024-05-03', overrideReason: 'x' })).toEqual({ ok: true, effectiveTo: '2025-05-02', overrideReason: null });
    expect(resolvePeriod({ form: 'khien_trach', effectiveFrom: '2024-05-03', effectiveTo: '2025-05-02' })).toEqual({ ok: true, effectiveTo: '2025-05-02', overrideReason: null });
  });

  it('refuses a different end without a reason and keeps it with one', () => {
    const refused = resolvePeriod({ form: 'khien_trach', effectiveFrom: '2024-05-03', effectiveTo: '2024-12-31' });
    expect(refused).toMatchObject({ ok: false, field: 'overrideReason' });
    if (!refused.ok) expect(refused.message).toContain('02/05/2025');
    expect(resolvePeriod({ form: 'khien_trach', effectiveFrom: '2024-05-03', effectiveTo: '2024-12-31', overrideReason: ' Bản án số 5 ' })).toEqual({
      ok: true,
      effectiveTo: '2024-12-31',
      overrideReason: 'Bản án số 5',
    });
    expect(resolvePeriod({ form: 'khien_trach', effectiveFrom: '2024-05-03', effectiveTo: null })).toMatchObject({ ok: false, field: 'overrideReason' });
  });

  it('refuses an end before the start', () => {
    expect(resolvePeriod({ form: 'canh_cao', effectiveFrom: '2024-05-03', effectiveTo: '2024-01-01', overrideReason: 'x' })).toMatchObject({ ok: false, field: 'effectiveTo' });
  });

  it('tells whether a period touches a year', () => {
    expect(overlapsYear('2024-05-03', '2025-05-02', 2025)).toBe(true);
    expect(overlapsYear('2024-05-03', '2025-05-02', 2026)).toBe(false);
    expect(overlapsYear('2024-05-03', null, 2030)).toBe(true);
    expect(overlapsYear('2024-05-03', null, 2023)).toBe(false);
  });
});
