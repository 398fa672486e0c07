import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { targetSchema, type TargetInput } from '../movements/model/target';
import type { ResultValue } from './criterion-check';
import { scoreCriterion, scoreParticipant, scoringFormulaText, weightsTable, type ScoringCriterion } from './score';

const crit = (key: string, target: TargetInput, points: { weight?: number; maxPoints?: number } = {}): ScoringCriterion => ({
  key,
  label: key,
  target: targetSchema.parse(target),
  weight: points.weight ?? null,
  maxPoints: points.maxPoints ?? null,
});
const pct = (value: number): ResultValue => ({ measure: 'percent', value });
const online = crit('a', { measure: 'percent', comparator: 'gte', value: 80 }, { maxPoints: 10 });

describe('scoreCriterion', () => {
  it('scores the same without the reason sentences (explain: false), for any percent value', () => {
    const silent = { proportionalPercent: false, source: 'QĐ thử', explain: false };
    fc.assert(
      fc.property(fc.double({ min: 0, max: 100, noNaN: true }), (v) => {
        const full = scoreCriterion(online, pct(v));
        const quick = scoreCriterion(online, pct(v), silent);
        expect([quick.met, quick.points, quick.missing]).toEqual([full.met, full.points, full.missing]);
        expect(quick.reason).toBe('');
      }),
    );
    expect(scoreCriterion(online, { measure: 'boolean', value: true }, silent).reason).toContain('không chấm được');
  });

  it('gives the maximum points when met and 0 when not', () => {
    expect(scoreCriterion(online, pct(85))).toMatchObject({ met: true, points: 10, possible: 10, rule: 'max_points' });
    expect(scoreCriterion(online, pct(60))).toMatchObject({ met: false, points: 0 });
  });

  it('gives partial points to a percent target only with the proportional setting', () => {
    const settings = { proportionalPercent: true, source: 'QĐ thử' };
    expect(scoreCriterion(online, pct(60), settings).points).toBe(7.5);
    expect(scoreCriterion(online, pct(90), settings).points).toBe(10);
    const yes = crit('b', { measure: 'boolean', value: true }, { maxPoints: 4 });
    expect(scoreCriterion(yes, { measure: 'boolean', value: false }, settings).points).toBe(0);
  });

  it('uses the weight when there are no maximum points, and 1 per criterion met when there is neither', () => {
    const weighted = crit('c', { measure: 'count', comparator: 'gte', value: 1 }, { weight: 15 });
    expect(scoreCriterion(weighted, { measure: 'count', value: 1 })).toMatchObject({ points: 15, rule: 'weight' });
    const bare = crit('d', { measure: 'count', comparator: 'gte', value: 1 });
    expect(scoreCriterion(bare, { measure: 'count', value: 2 })).toMatchObject({ points: 1, rule: 'tally' });
    const both = crit('e', { measure: 'count', comparator: 'gte', value: 1 }, { weight: 15, maxPoints: 5 });
    expect(scoreCriterion(both, { measure: 'count', value: 2 }).points).toBe(5);
  });

  it('scores a missing or wrong-kind value as 0 and says why', () => {
    expect(scoreCriterion(online, null)).toMatchObject({ met: false, points: 0, missing: true, reason: 'Chưa có số liệu — không đạt' });
    expect(scoreCriterion(online, { measure: 'band', band: 'Tốt' })).toMatchObject({
      points: 0,
      missing: true,
      reason: 'Giá trị phải là tỷ lệ phần trăm — không chấm được',
    });
  });

  it("keeps the appraiser's points, within 0 and the maximum", () => {
    expect(scoreCriterion(online, pct(85), undefined, { points: 6, reason: 'Tài liệu kiểm chứng thiếu' })).toMatchObject({ points: 6, overridden: true });
    expect(scoreCriterion(online, pct(85), undefined, { points: 60, reason: 'nhầm' }).points).toBe(10);
  });
});

describe('scoreParticipant', () => {
  const criteria = [online, crit('b', { measure: 'boolean', value: true }, { maxPoints: 30 }), crit('c', { measure: 'rank', comparator: 'lte', value: 5, of: 16 }, { maxPoints: 40 })];

  it('adds the points and rescales to 100', () => {
    const s = scoreParticipant(criteria, new Map<string, ResultValue>([['a', pct(81)], ['b', { measure: 'boolean', value: true }], ['c', { measure: 'rank', rank: 9, of: 16 }]]));
    expect(s).toMatchObject({ total: 40, maxTotal: 80, score100: 50, metCount: 2 });
  });

  it('total equals the sum of the published points and never exceeds the maximum (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.option(fc.integer({ min: 0, max: 1000 }), { nil: null }), { minLength: 1, maxLength: 30 }), fc.boolean(), (values, proportional) => {
        const cs = values.map((_, i) => crit(`k${i}`, { measure: 'percent', comparator: 'gte', value: 33.3 }, { maxPoints: (i % 7) + 0.25 }));
        const map = new Map(values.map((v, i) => [`k${i}`, v === null ? null : pct(v / 10)]));
        const s = scoreParticipant(cs, map, { proportionalPercent: proportional, source: 'x' });
        const sum = Math.round(s.criteria.reduce((acc, c) => acc + c.points, 0) * 100) / 100;
        expect(s.total).toBe(sum);
        expect(s.total).toBeLessThanOrEqual(s.maxTotal);
        expect(s.score100).toBeGreaterThanOrEqual(0);
        expect(s.score100).toBeLessThanOrEqual(100);
      }),
    );
  });
});

describe('published formula', () => {
  it('names every rule in use, the maximum and the source', () => {
    const text = scoringFormulaText([online, crit('w', { measure: 'boolean', value: true }, { weight: 5 })]);
    expect(text).toContain('Tổng điểm = Σ điểm tiêu chí');
    expect(text).toContain('Tiêu chí có điểm tối đa: đạt được điểm tối đa, không đạt được 0 điểm.');
    expect(text).toContain('trọng số × 1 nếu đạt');
    expect(text).toContain('Tổng điểm tối đa: 15.');
    expect(text).toContain('Điểm quy đổi thang 100');
    expect(text).toContain('Căn cứ: ');
    expect(weightsTable([online])).toEqual([{ key: 'a', label: 'a', rule: 'điểm tối đa', possible: 10 }]);
  });
});
