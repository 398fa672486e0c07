import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { targetSchema, type Target, type TargetInput } from './target';
import { loosenedReason } from './tightening';

const t = (input: TargetInput): Target => targetSchema.parse(input);
type Numeric = Extract<Target, { measure: 'percent' }>;

/** Whether a measured value meets a numeric target: the meaning the tightening rule must respect. */
function passes(target: Numeric, x: number): boolean {
  switch (target.comparator) {
    case 'gte':
      return x >= target.value;
    case 'gt':
      return x > target.value;
    case 'eq':
      return x === target.value;
    case 'lte':
      return x <= target.value;
    case 'lt':
      return x < target.value;
    case 'between':
      return x >= target.value && x <= (target.upper ?? target.value);
  }
}

const percentArb: fc.Arbitrary<Numeric> = fc
  .record({
    comparator: fc.constantFrom('gte', 'gt', 'eq', 'lte', 'lt', 'between'),
    a: fc.integer({ min: 0, max: 100 }),
    b: fc.integer({ min: 0, max: 100 }),
  })
  .map(({ comparator, a, b }) =>
    t({ measure: 'percent', comparator, value: Math.min(a, b), upper: comparator === 'between' ? Math.max(a, b) : null }) as Numeric,
  );

// Every whole and half percentage: a child that lets through one of these the parent refuses is looser.
const samples = Array.from({ length: 203 }, (_, i) => i / 2 - 0.5);

const rank = (value: number, upper: number | null = null, of: number | null = 16) =>
  t({ measure: 'rank', comparator: upper === null ? 'eq' : 'between', value, upper, of });
const band = (b: string, comparator: 'gte' | 'eq' = 'gte') => t({ measure: 'band', comparator, band: b, scale: ['Tốt', 'Khá', 'Trung bình', 'Yếu'] });

describe('loosenedReason on numeric targets (properties)', () => {
  it('accepts a target unchanged', () => {
    fc.assert(fc.property(percentArb, (p) => loosenedReason(p, p) === null));
  });

  it('accepts a child exactly when every value it lets through also meets the parent', () => {
    fc.assert(
      fc.property(percentArb, percentArb, (parent, child) => {
        const inside = samples.every((x) => !passes(child, x) || passes(parent, x));
        expect(loosenedReason(parent, child) === null, `${JSON.stringify(parent)} → ${JSON.stringify(child)}`).toBe(inside);
      }),
      { numRuns: 2000 },
    );
  });

  it('is transitive: tightening a tightened target still tightens the first', () => {
    fc.assert(
      fc.property(percentArb, percentArb, percentArb, (a, b, c) => {
        fc.pre(loosenedReason(a, b) === null && loosenedReason(b, c) === null);
        return loosenedReason(a, c) === null;
      }),
    );
  });

  it('ranks: the child may name a better (smaller) worst rank, never a worse one', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 16 }), fc.integer({ min: 0, max: 3 }), fc.integer({ min: 1, max: 16 }), fc.integer({ min: 0, max: 3 }), (pv, pw, cv, cw) => {
        const parent = rank(pv, Math.min(16, pv + pw));
        const child = rank(cv, Math.min(16, cv + cw));
        expect(loosenedReason(parent, child) === null).toBe(Math.min(16, cv + cw) <= Math.min(16, pv + pw));
      }),
    );
  });
});

describe('loosenedReason on the targets of the seed plans', () => {
  // Seed 001, d): "tỷ lệ giao dịch thanh toán trực tuyến đạt từ 80% trở lên".
  const seed001d = t({ measure: 'percent', comparator: 'gte', value: 80 });

  it('accepts seed 001’s ≥ 80% tightened to 85%', () => {
    expect(loosenedReason(seed001d, t({ measure: 'percent', comparator: 'gte', value: 85 }))).toBeNull();
  });

  it('refuses it loosened to 70% and says both targets', () => {
    expect(loosenedReason(seed001d, t({ measure: 'percent', comparator: 'gte', value: 70 }))).toBe(
      'Ngưỡng dưới thấp hơn: chỉ tiêu của đơn vị (≥ 70%) lỏng hơn chỉ tiêu cấp trên (≥ 80%)',
    );
  });

  it('rank 5–6/16: 3–4 is better and accepted, 7–8 is worse and refused', () => {
    expect(loosenedReason(rank(5, 6), rank(3, 4))).toBeNull();
    expect(loosenedReason(rank(5, 6), rank(7, 8))).toBe('Thứ hạng thấp hơn: chỉ tiêu của đơn vị (xếp thứ 7–8/16) lỏng hơn chỉ tiêu cấp trên (xếp thứ 5–6/16)');
  });

  it('refuses a rank out of another total', () => {
    expect(loosenedReason(rank(5, 6), rank(5, 6, 20))).toMatch(/tổng số đơn vị xếp hạng/);
  });

  it('band: Tốt → Khá is refused, Khá → Tốt accepted, exact Tốt may not become "Tốt trở lên"', () => {
    expect(loosenedReason(band('Tốt'), band('Khá'))).toBe('Xếp loại thấp hơn: chỉ tiêu của đơn vị (xếp loại Khá trở lên) lỏng hơn chỉ tiêu cấp trên (xếp loại Tốt)');
    expect(loosenedReason(band('Khá'), band('Tốt'))).toBeNull();
    expect(loosenedReason(band('Khá', 'eq'), band('Khá', 'gte'))).toMatch(/Yêu cầu khác cấp trên/);
  });

  it('between ranges: a narrower range inside is accepted, a wider one refused', () => {
    const parent = t({ measure: 'percent', comparator: 'between', value: 80, upper: 90 });
    expect(loosenedReason(parent, t({ measure: 'percent', comparator: 'between', value: 82, upper: 88 }))).toBeNull();
    expect(loosenedReason(parent, t({ measure: 'percent', comparator: 'between', value: 75, upper: 88 }))).toMatch(/^Ngưỡng dưới thấp hơn/);
    expect(loosenedReason(parent, t({ measure: 'percent', comparator: 'between', value: 82, upper: 95 }))).toMatch(/^Ngưỡng trên cao hơn/);
  });

  it('gt vs gte at the same value: "> 98%" may not become "≥ 98%", the reverse tightens', () => {
    const gt = t({ measure: 'percent', comparator: 'gt', value: 98 });
    const gte = t({ measure: 'percent', comparator: 'gte', value: 98 });
    expect(loosenedReason(gt, gte)).toBe('Ngưỡng dưới thấp hơn: chỉ tiêu của đơn vị (≥ 98%) lỏng hơn chỉ tiêu cấp trên (> 98%)');
    expect(loosenedReason(gte, gt)).toBeNull();
  });

  it('refuses a change of measure and a yes/no requirement turned around', () => {
    expect(loosenedReason(seed001d, t({ measure: 'count', comparator: 'gte', value: 80 }))).toMatch(/Không được đổi cách đo/);
    expect(loosenedReason(t({ measure: 'boolean', value: true }), t({ measure: 'boolean', value: false }))).toMatch(/Yêu cầu khác cấp trên/);
  });

  it('relative: "cao hơn" may not become "bằng hoặc cao hơn"', () => {
    const gt = t({ measure: 'relative', comparator: 'gt', reference: 'national_average' });
    expect(loosenedReason(gt, t({ measure: 'relative', comparator: 'gte', reference: 'national_average' }))).toMatch(/^Ngưỡng thấp hơn/);
    expect(loosenedReason(gt, t({ measure: 'relative', comparator: 'gt', reference: 'previous_year' }))).toMatch(/mốc so sánh/);
  });
});
