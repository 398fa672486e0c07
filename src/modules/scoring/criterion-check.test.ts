import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { targetSchema, type Target, type TargetInput } from '../movements/model/target';
import { evaluateTarget, evaluateTargetOrThrow, ResultValueError, resultValueSchema, type ResultValue } from './criterion-check';

const t = (input: TargetInput): Target => targetSchema.parse(input);
const check = (target: Target, value: ResultValue) => evaluateTargetOrThrow(target, value);

describe('evaluateTarget', () => {
  it('says the value, the target and the verdict in Vietnamese with comma decimals', () => {
    const sipas = t({ measure: 'percent', comparator: 'gte', value: 90 });
    expect(check(sipas, { measure: 'percent', value: 91.2 })).toEqual({ met: true, reason: '91,2% ≥ 90% — đạt' });
    expect(check(sipas, { measure: 'percent', value: 85 })).toEqual({ met: false, reason: '85% < 90% — không đạt' });
    expect(check(sipas, { measure: 'percent', value: 90 }).met).toBe(true);
  });

  it('judges ranks with 1 as best (seed 001: xếp thứ 5–6/16)', () => {
    const target = t({ measure: 'rank', comparator: 'between', value: 5, upper: 6, of: 16 });
    expect(check(target, { measure: 'rank', rank: 6, of: 16 })).toEqual({ met: true, reason: 'xếp thứ 6/16; chỉ tiêu xếp thứ 5–6/16 — đạt' });
    expect(check(target, { measure: 'rank', rank: 4, of: 16 }).met).toBe(false);
    expect(check(target, { measure: 'rank', rank: 7, of: 16 }).met).toBe(false);
    const top30 = t({ measure: 'rank', comparator: 'top_n', value: 30, of: 63 });
    expect(check(top30, { measure: 'rank', rank: 30, of: 63 }).met).toBe(true);
    expect(check(top30, { measure: 'rank', rank: 31, of: 63 }).met).toBe(false);
  });

  it('reads a band scale best first: "Tốt trở lên" accepts Xuất sắc and Tốt, not Khá', () => {
    const target = t({ measure: 'band', comparator: 'gte', band: 'Tốt', scale: ['Xuất sắc', 'Tốt', 'Khá', 'Trung bình', 'Yếu'] });
    expect(check(target, { measure: 'band', band: 'Xuất sắc' }).met).toBe(true);
    expect(check(target, { measure: 'band', band: 'Tốt' }).reason).toBe('xếp loại Tốt; chỉ tiêu xếp loại Tốt trở lên — đạt');
    expect(check(target, { measure: 'band', band: 'Khá' }).met).toBe(false);
    const exact = t({ measure: 'band', comparator: 'eq', band: 'Tốt', scale: ['Xuất sắc', 'Tốt', 'Khá'] });
    expect(check(exact, { measure: 'band', band: 'Xuất sắc' }).met).toBe(false);
  });

  it('handles yes/no, counts with their unit, scores and relative targets', () => {
    expect(check(t({ measure: 'boolean', value: true }), { measure: 'boolean', value: false })).toEqual({ met: false, reason: 'Không; chỉ tiêu Có — không đạt' });
    const count = t({ measure: 'count', comparator: 'gte', value: 2, unit: 'sáng kiến' });
    expect(check(count, { measure: 'count', value: 3 }).reason).toBe('3 sáng kiến ≥ 2 sáng kiến — đạt');
    const relative = t({ measure: 'relative', comparator: 'gt', reference: 'national_average' });
    expect(check(relative, { measure: 'relative', value: 82.5, reference: 82.5 }).met).toBe(false);
    expect(check(relative, { measure: 'relative', value: 83.75, reference: 82.5 })).toEqual({
      met: true,
      reason: '83,75 (mốc so sánh 82,5); chỉ tiêu cao hơn mức trung bình cả nước — đạt',
    });
  });

  it('returns a typed error for a value of the wrong kind, and throws it on request', () => {
    const sipas = t({ measure: 'percent', comparator: 'gte', value: 90 });
    const wrong = evaluateTarget(sipas, { measure: 'band', band: 'Tốt' });
    expect(wrong).toBeInstanceOf(ResultValueError);
    expect((wrong as ResultValueError).code).toBe('wrong_kind');
    expect((wrong as ResultValueError).message).toBe('Giá trị phải là tỷ lệ phần trăm');
    expect(() => check(sipas, { measure: 'percent', value: 120 })).toThrow('Tỷ lệ phải từ 0 đến 100%');
  });

  it('agrees with plain arithmetic on every percent target and value (property)', () => {
    const comparators = ['gte', 'gt', 'eq', 'lte', 'lt'] as const;
    fc.assert(
      fc.property(fc.constantFrom(...comparators), fc.integer({ min: 0, max: 1000 }), fc.integer({ min: 0, max: 1000 }), (comparator, a, b) => {
        const target = t({ measure: 'percent', comparator, value: a / 10 });
        const x = b / 10;
        const expected = { gte: x >= a / 10, gt: x > a / 10, eq: x === a / 10, lte: x <= a / 10, lt: x < a / 10 }[comparator];
        const r = check(target, { measure: 'percent', value: x });
        expect(r.met).toBe(expected);
        expect(r.reason.endsWith(expected ? '— đạt' : '— không đạt')).toBe(true);
      }),
    );
  });
});

describe('resultValueSchema', () => {
  it('accepts a value of the right kind and range', () => {
    const target = t({ measure: 'rank', comparator: 'lte', value: 5, of: 16 });
    expect(resultValueSchema(target).parse({ measure: 'rank', rank: 3, of: 16 })).toEqual({ measure: 'rank', rank: 3, of: 16 });
  });

  it.each([
    [{ measure: 'percent', comparator: 'gte', value: 80 }, { measure: 'count', value: 3 }, 'Giá trị phải là tỷ lệ phần trăm'],
    [{ measure: 'percent', comparator: 'gte', value: 80 }, { measure: 'percent', value: -1 }, 'Tỷ lệ phải từ 0 đến 100%'],
    [{ measure: 'count', comparator: 'gte', value: 2 }, { measure: 'count', value: 2.5 }, 'Số lượng phải là số nguyên'],
    [{ measure: 'rank', comparator: 'lte', value: 5, of: 16 }, { measure: 'rank', rank: 17, of: 16 }, 'Thứ hạng phải từ 1 đến 16'],
    [{ measure: 'rank', comparator: 'lte', value: 5, of: 16 }, { measure: 'rank', rank: 0, of: 16 }, 'Thứ hạng phải từ 1 đến 16'],
    [{ measure: 'band', comparator: 'gte', band: 'Tốt', scale: ['Tốt', 'Khá'] }, { measure: 'band', band: 'Giỏi' }, 'Xếp loại phải là một trong: Tốt, Khá'],
    [{ measure: 'score', comparator: 'gte', value: 8, max: 10 }, { measure: 'score', value: 11 }, 'Điểm không được vượt quá điểm tối đa (10)'],
    [{ measure: 'boolean', value: true }, { measure: 'boolean', value: 'có' }, 'Giá trị phải là Có hoặc Không'],
  ] as [TargetInput, unknown, string][])('refuses %j ← %j: %s', (target, value, message) => {
    const r = resultValueSchema(t(target)).safeParse(value);
    expect(r.success).toBe(false);
    expect(r.error?.issues.map((i) => i.message)).toContain(message);
  });

  it('refuses unknown fields', () => {
    const r = resultValueSchema(t({ measure: 'percent', comparator: 'gte', value: 80 })).safeParse({ measure: 'percent', value: 81, note: 'x' });
    expect(r.success).toBe(false);
  });

  it('accepts exactly the values evaluateTarget can judge (property)', () => {
    const target = t({ measure: 'percent', comparator: 'gte', value: 50 });
    fc.assert(
      fc.property(fc.double({ min: -50, max: 150, noNaN: true }), (x) => {
        const parsed = resultValueSchema(target).safeParse({ measure: 'percent', value: x });
        const judged = evaluateTarget(target, { measure: 'percent', value: x });
        expect(parsed.success).toBe(!(judged instanceof ResultValueError));
      }),
    );
  });
});
