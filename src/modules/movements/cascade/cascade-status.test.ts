import { describe, expect, it } from 'vitest';
import type { PlanContent } from '../model/plan-content.schema';
import { cascadeStatus, expectedUnits, firstDueDate, treeOrder } from './cascade-status';
import { parentPlan } from './parent-plan.fixture';

describe('firstDueDate', () => {
  it('ends a quarter on its last day: "trong Quý I/2022" is due 31/03/2022', () => {
    expect(firstDueDate({ kind: 'quarter', year: 2022, quarter: 1 }, 'by', null)).toBe('2022-03-31');
    expect(firstDueDate({ kind: 'quarter', year: 2024, quarter: 2 }, 'by', null)).toBe('2024-06-30');
    expect(firstDueDate({ kind: 'quarter', year: 2024, quarter: 4 }, 'by', null)).toBe('2024-12-31');
  });

  it('takes a yearly rule in the movement’s first year', () => {
    expect(firstDueDate({ kind: 'yearly', day: 25, month: 11 }, 'by', 2015)).toBe('2015-11-25');
    expect(firstDueDate({ kind: 'yearly', day: 25, month: 11 }, 'by', null)).toBeNull();
    expect(firstDueDate({ kind: 'yearly', day: 31, month: 2 }, 'by', 2024)).toBe('2024-02-29');
  });

  it('reads "trước ngày" as the day before', () => {
    expect(firstDueDate({ kind: 'yearly', day: 15, month: 12 }, 'before', 2022)).toBe('2022-12-14');
    expect(firstDueDate({ kind: 'date', date: '2024-01-01' }, 'before', null)).toBe('2023-12-31');
    expect(firstDueDate({ kind: 'date', date: '2024-03-01' }, 'by', null)).toBe('2024-03-01');
  });

  it('has no due day for a date announced later', () => {
    expect(firstDueDate({ kind: 'announced_later' }, 'before', 2024)).toBeNull();
  });
});

const owner = 1;
const units = [
  { id: 1, parentId: null, kind: 'thi_xa', name: 'Thị xã' },
  { id: 2, parentId: 1, kind: 'xa', name: 'Xã Ninh An' },
  { id: 3, parentId: 1, kind: 'phuong', name: 'Phường Ninh Hiệp' },
  { id: 4, parentId: 1, kind: 'phong', name: 'Phòng Nội vụ' },
  { id: 5, parentId: 2, kind: 'ap', name: 'Thôn 1' },
  { id: 6, parentId: 1, kind: 'xa', name: 'Xã Ninh Thọ' },
  { id: 7, parentId: 1, kind: 'xa', name: 'Xã Ninh Sơn' },
];
const withCascade = (cascade: PlanContent['cascade'], collectiveKinds: PlanContent['subjects']['collective'] = null): PlanContent => ({
  ...parentPlan(),
  cascade,
  subjects: { text: null, individual: null, collective: collectiveKinds },
});

describe('expectedUnits', () => {
  it('takes the kinds the plan names for the cascade', () => {
    expect(expectedUnits(parentPlan(), owner, units).map((u) => u.id)).toEqual([2, 3, 6, 7]);
  });

  it('falls back to the kinds of the collective subjects, then to the direct children', () => {
    const bySubjects = withCascade({ unitKinds: [], deadlineKey: null }, { label: null, text: 'Các phòng', unitKinds: ['phong'] });
    expect(expectedUnits(bySubjects, owner, units).map((u) => u.id)).toEqual([4]);
    expect(expectedUnits(withCascade({ unitKinds: [], deadlineKey: null }), owner, units).map((u) => u.id)).toEqual([2, 3, 4, 6, 7]);
  });

  it('never expects the owner itself', () => {
    expect(expectedUnits(withCascade({ unitKinds: ['thi_xa', 'ap'], deadlineKey: null }), owner, units).map((u) => u.id)).toEqual([5]);
  });
});

describe('cascadeStatus', () => {
  // The fixture's cascade deadline: "gửi kế hoạch về UBND thị xã trong Quý I/2022" → 31/03/2022.
  const children = [
    { id: 20, ownerUnitId: 2, status: 'issued', issuedOn: '2022-03-20' },
    { id: 30, ownerUnitId: 3, status: 'in_progress', issuedOn: '2022-04-05' },
    { id: 60, ownerUnitId: 6, status: 'draft', issuedOn: null },
  ];
  const run = (today: string, content = parentPlan()) =>
    Object.fromEntries(cascadeStatus({ content, ownerId: owner, firstYear: 2022, units, children, today }).map((s) => [s.unit.id, s]));

  it('issued by the due day is on time, after it is late; no plan past due is overdue', () => {
    const s = run('2022-05-01');
    expect(s[2]).toMatchObject({ plan: { state: 'issued', movementId: 20, issuedOn: '2022-03-20' }, dueOn: '2022-03-31', timeliness: 'on_time', late: false });
    expect(s[3]).toMatchObject({ plan: { state: 'issued', movementId: 30, issuedOn: '2022-04-05' }, timeliness: 'late', late: true });
    expect(s[6]).toMatchObject({ plan: { state: 'draft', movementId: 60, issuedOn: null }, timeliness: 'overdue', late: true });
    expect(s[7]).toMatchObject({ plan: { state: 'none', movementId: null, issuedOn: null }, timeliness: 'overdue', late: true });
  });

  it('before the due day a missing plan is pending, not late; on the due day itself still pending', () => {
    for (const today of ['2022-03-01', '2022-03-31']) {
      const s = run(today);
      expect(s[7]).toMatchObject({ timeliness: 'pending', late: false });
      expect(s[6]).toMatchObject({ timeliness: 'pending', late: false });
    }
  });

  it('with no cascade deadline nobody is late', () => {
    const s = run('2030-01-01', { ...parentPlan(), cascade: { unitKinds: ['xa', 'phuong'], deadlineKey: null } });
    expect(Object.values(s).map((x) => [x.dueOn, x.late])).toEqual([
      [null, false],
      [null, false],
      [null, false],
      [null, false],
    ]);
  });
});

describe('treeOrder', () => {
  const rows = [
    { id: 3, parent_movement_id: 2, name: 'ấp' },
    { id: 2, parent_movement_id: 1, name: 'xã A' },
    { id: 4, parent_movement_id: 1, name: 'xã B' },
    { id: 5, parent_movement_id: 4, name: 'ấp của B' },
  ];

  it('puts each parent before its children, with depth', () => {
    expect(treeOrder(1, rows, () => true).map((r) => [r.id, r.depth])).toEqual([
      [2, 1],
      [3, 2],
      [4, 1],
      [5, 2],
    ]);
  });

  it('leaves out a hidden movement and everything below it', () => {
    expect(treeOrder(1, rows, (r) => r.id !== 4).map((r) => r.id)).toEqual([2, 3]);
  });
});
