import { describe, expect, it } from 'vitest';
import { automaticRecusal, automaticRecusals } from './recusal';

const member = { id: 1, personId: 10, unitId: 100 };

describe('automaticRecusal', () => {
  it('recuses a member from their own nomination', () => {
    expect(automaticRecusal(member, { nominationId: 5, subjectKind: 'individual', personId: 10, unitId: 999, unitName: 'X' })).toMatch(/là người được đề nghị/);
  });
  it('recuses a member from their own unit as a collective', () => {
    expect(automaticRecusal(member, { nominationId: 5, subjectKind: 'collective', personId: null, unitId: 100, unitName: 'Xã A' })).toContain('tập thể được đề nghị là đơn vị của thành viên («Xã A»)');
  });
  it('recuses a member from a colleague of the same unit', () => {
    expect(automaticRecusal(member, { nominationId: 5, subjectKind: 'individual', personId: 11, unitId: 100, unitName: 'Xã A' })).toContain('cùng đơn vị');
  });
  it('lets a member vote on another unit and a member without a unit vote on anyone but themself', () => {
    expect(automaticRecusal(member, { nominationId: 5, subjectKind: 'collective', personId: null, unitId: 101, unitName: 'Xã B' })).toBeNull();
    expect(automaticRecusal({ id: 2, personId: null, unitId: null }, { nominationId: 5, subjectKind: 'collective', personId: null, unitId: 100, unitName: 'Xã A' })).toBeNull();
  });
  it('lists every member × nominee pair that must stand aside', () => {
    const nominees = [
      { nominationId: 5, subjectKind: 'collective', personId: null, unitId: 100, unitName: 'Xã A' },
      { nominationId: 6, subjectKind: 'individual', personId: 20, unitId: 200, unitName: 'Xã B' },
    ];
    const members = [member, { id: 2, personId: 20, unitId: 200 }, { id: 3, personId: 30, unitId: 300 }];
    expect(automaticRecusals(members, nominees).map((r) => [r.memberId, r.nominationId])).toEqual([[1, 5], [2, 6]]);
  });
});
