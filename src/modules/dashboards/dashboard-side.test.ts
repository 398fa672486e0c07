import { describe, expect, it } from 'vitest';
import type { PlanContent } from '../movements/model/plan-content.schema';
import { gapsByGroup, preferredPeriod } from './dashboard-appraisal';
import { withDerivedValues, type CellState, type DashboardUnit } from './dashboard-builder';
import { overdueItems } from './dashboard-overdue';

const xa = (id: number, name: string, status: DashboardUnit['status'] = 'da_duyet', parentId = 1): DashboardUnit => ({ id, code: null, name, kind: 'xa', parentId, parentName: `Huyện ${parentId}`, status });

describe('preferredPeriod', () => {
  it('prefers the whole year, else the latest period of the year, ignoring other years', () => {
    expect(preferredPeriod(['2024-Q1', '2024', '2024-Q4'], 2024)).toBe('2024');
    expect(preferredPeriod(['2024-Q1', '2024-Q4', '2025'], 2024)).toBe('2024-Q4');
    expect(preferredPeriod(['2023'], 2024)).toBeNull();
  });
});

describe('gapsByGroup', () => {
  it('applies the gap rule within each peer group and skips units with nothing appraised', () => {
    const units = [xa(1, 'Xã An'), xa(2, 'Xã Bình'), xa(3, 'Xã Châu'), xa(4, 'Xã Khác', 'da_duyet', 2)];
    const t = (unitId: number, self: number, appraised: number, decided = 1) => ({ unitId, selfAll: self, self, appraised, decided });
    const rows = gapsByGroup(units, [t(1, 90, 70), t(2, 80, 79), t(3, 50, 0, 0), t(4, 60, 59)], { threshold: 10, sdFactor: null, source: 'x' });
    expect(rows.map((r) => [r.unit.id, r.gap, r.runsHigh, r.group])).toEqual([
      [1, 20, true, 'Huyện 1'],
      [2, 1, false, 'Huyện 1'],
      [4, 1, false, 'Huyện 2'],
    ]);
  });
});

describe('overdueItems', () => {
  const deadline = (kind: string, date: string) => ({ key: kind, title: kind === 'registration' ? 'Đăng ký' : 'Báo cáo', kind, due: { kind: 'date', date }, strict: 'by' });
  const content = {
    period: { start: { kind: 'date', date: '2024-01-01' }, end: '2024-12-31' },
    deadlines: [deadline('registration', '2024-03-31'), deadline('submit_report', '2024-06-30'), deadline('submit_report', '2024-12-15')],
  } as unknown as Pick<PlanContent, 'deadlines' | 'period'>;
  const units = [xa(1, 'Xã An', 'chua_gui'), xa(2, 'Xã Bình', 'tra_lai'), xa(3, 'Xã Châu', 'cho_duyet'), xa(4, 'Xã Dương'), xa(5, 'Xã Đông')];
  const scores = new Map([
    [4, { submitted: 2 }],
    [5, { submitted: 1 }],
  ]);
  const base = { year: 2024, content, issuedOn: null, units, scores, criteriaCount: 2, explanations: [] };

  it('takes the latest passed report deadline, lists unsent registrations and units short of values', () => {
    const items = overdueItems({ ...base, today: '2024-07-10' });
    expect(items.map((i) => [i.unit.id, i.kind, i.dueOn])).toEqual([
      [1, 'registration', '2024-03-31'],
      [2, 'registration', '2024-03-31'],
      [5, 'results', '2024-06-30'],
    ]);
    expect(items[2]!.detail).toContain('1/2');
  });

  it('lists nothing before the deadlines, and an explanation only once its deadline has passed', () => {
    const explanations = [{ unitId: 4, criterionLabel: 'a)', period: '2024', explainBy: '2024-03-01' }];
    expect(overdueItems({ ...base, today: '2024-03-01', explanations })).toEqual([]);
    expect(overdueItems({ ...base, today: '2024-03-02', explanations }).map((i) => [i.unit.id, i.kind])).toEqual([[4, 'explanation']]);
  });
});

describe('withDerivedValues', () => {
  it('scores a recorded index value as the unit’s result where it entered none', () => {
    const criteria = [
      { key: 'sipas', label: 'a)', target: { measure: 'percent', comparator: 'gte', value: 90, upper: null }, weight: null, maxPoints: 5 },
      { key: 'dung-han', label: 'b)', target: { measure: 'percent', comparator: 'gte', value: 95, upper: null }, weight: null, maxPoints: 5 },
    ] as unknown as Parameters<typeof withDerivedValues>[1];
    const scores = new Map([[1, { cells: ['missing', 'met'] as CellState[], points: [0, 5], submitted: 1 }]]);
    const out = withDerivedValues(scores, criteria, [
      [1, 'sipas', '2024', { measure: 'percent', value: 92 }],
      [2, 'sipas', '2024', { measure: 'percent', value: 80 }],
      [2, 'khac', '2024', { measure: 'percent', value: 80 }],
    ]);
    expect(out.get(1)).toEqual({ cells: ['met', 'met'], points: [5, 5], submitted: 2 });
    expect(out.get(2)).toEqual({ cells: ['not_met', 'missing'], points: [0, 0], submitted: 1 });
  });
});
