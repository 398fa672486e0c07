import { describe, expect, it } from 'vitest';
import type { ScoringCriterion } from '../scoring';
import { buildDashboard, type DashboardUnit } from './dashboard-builder';

const criteria: ScoringCriterion[] = [
  { key: 'dung-han', label: 'a)', indicator: 'Hồ sơ đúng hạn', target: { measure: 'percent', comparator: 'gte', value: 90, upper: null } as ScoringCriterion['target'], weight: null, maxPoints: 60 },
  { key: 'tin-bai', label: 'b)', indicator: 'Tin bài', target: { measure: 'count', comparator: 'gte', value: 3, upper: null, unit: null } as ScoringCriterion['target'], weight: null, maxPoints: 40 },
];
const xa = (id: number, name: string, status: DashboardUnit['status'] = 'da_duyet', parentId = 1): DashboardUnit => ({
  id,
  code: null,
  name,
  kind: 'xa',
  parentId,
  parentName: 'Huyện Trà Bồng',
  status,
});
const pct = (unitId: number, value: number, period = '2024') => ({ unitId, criterionKey: 'dung-han', period, value: { measure: 'percent' as const, value } });
const count = (unitId: number, value: number, period = '2024-Q4') => ({ unitId, criterionKey: 'tin-bai', period, value: { measure: 'count' as const, value } });

describe('buildDashboard', () => {
  const units = [xa(10, 'Xã An'), xa(11, 'Xã Bình'), xa(12, 'Xã Châu'), xa(13, 'Xã Dương', 'cho_duyet'), xa(20, 'Xã Khác huyện', 'da_duyet', 2)];
  const results = [pct(10, 95), count(10, 5), pct(11, 80), count(11, 4), pct(12, 92), count(12, 1, '2024-Q1'), count(12, 3, '2024-Q4'), count(12, 0, '2023'), pct(20, 10)];
  const all = buildDashboard({ year: 2024, criteria, units, results, visible: () => true });

  it('ranks within the peer group, ties sharing a rank, with points, score and band', () => {
    const group = all.ranking.find((g) => g.parent.id === 1)!;
    expect(group.size).toBe(3);
    expect(group.rows.map((r) => [r.unit.name, r.total, r.rank, r.tied, r.label, r.bandLabel])).toEqual([
      ['Xã An', 100, 1, true, 'xếp thứ 1/3 (đồng hạng)', 'Xuất sắc'],
      ['Xã Châu', 100, 1, true, 'xếp thứ 1/3 (đồng hạng)', 'Xuất sắc'],
      ['Xã Bình', 40, 3, false, 'xếp thứ 3/3', 'Yếu'],
    ]);
    // Another huyện's xã is its own group, never mixed in.
    expect(all.ranking.find((g) => g.parent.id === 2)!.rows.map((r) => r.label)).toEqual(['xếp thứ 1/1']);
  });

  it('ranks the xã and thị trấn of a huyện together, and a phòng of the same huyện apart', () => {
    const mixed = [xa(10, 'Xã An'), { ...xa(14, 'Thị trấn Trà Xuân'), kind: 'thi_tran' }, { ...xa(15, 'Phòng Nội vụ'), kind: 'phong' }];
    const d = buildDashboard({ year: 2024, criteria, units: mixed, results: [pct(10, 85), pct(14, 97), pct(15, 99)], visible: () => true });
    const communes = d.ranking.find((g) => g.rows.some((r) => r.unit.id === 10))!;
    expect(communes.rows.map((r) => [r.unit.name, r.label])).toEqual([
      ['Thị trấn Trà Xuân', 'xếp thứ 1/2'],
      ['Xã An', 'xếp thứ 2/2'],
    ]);
    expect(d.ranking.find((g) => g.rows.some((r) => r.unit.id === 15))!.size).toBe(1);
  });

  it('takes the latest period of the year and leaves other years out', () => {
    expect(all.heatmap.find((h) => h.unit.id === 12)!.cells).toEqual(['met', 'met']);
    const y2023 = buildDashboard({ year: 2023, criteria, units, results, visible: () => true });
    expect(y2023.heatmap.find((h) => h.unit.id === 12)!.cells).toEqual(['missing', 'not_met']);
  });

  it('marks met, not met and missing; only approved units are ranked, all show progress', () => {
    expect(all.heatmap.find((h) => h.unit.id === 11)!.cells).toEqual(['not_met', 'met']);
    expect(all.heatmap.find((h) => h.unit.id === 20)!.cells).toEqual(['not_met', 'missing']);
    expect(all.heatmap.some((h) => h.unit.id === 13)).toBe(false);
    expect(all.progress.find((p) => p.unit.id === 13)).toMatchObject({ status: 'cho_duyet', submitted: 0, criteriaCount: 2 });
    expect(all.progress.find((p) => p.unit.id === 12)).toMatchObject({ submitted: 2 });
  });

  it('a unit seeing only itself gets its rank among the whole group, and nobody else’s values', () => {
    const mine = buildDashboard({ year: 2024, criteria, units, results, visible: (id) => id === 11 });
    expect(mine.ranking).toHaveLength(1);
    expect(mine.ranking[0]!.rows).toEqual([expect.objectContaining({ unit: expect.objectContaining({ id: 11 }), label: 'xếp thứ 3/3' })]);
    expect(mine.heatmap.map((h) => h.unit.id)).toEqual([11]);
    expect(mine.progress.map((p) => p.unit.id)).toEqual([11]);
  });

  it('publishes the formula, the weights and the bands', () => {
    expect(all.formula.text).toContain('Tổng điểm tối đa: 100');
    expect(all.formula.weights).toEqual([
      { key: 'dung-han', label: 'a) Hồ sơ đúng hạn', rule: 'điểm tối đa', possible: 60 },
      { key: 'tin-bai', label: 'b) Tin bài', rule: 'điểm tối đa', possible: 40 },
    ]);
    expect(all.formula.bands).toContain('Tốt: từ 80');
  });
});
