import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { titleLabels } from '../standards/labels';
import type { TitleCode } from '../standards/rule.schema';
import { registrationStatuses, type RegistrationStatus } from './registration-labels';
import { collectiveTitles, entryErrors, individualTitles, nextStatus, transitionError, type PersonFacts, type RegistrationAction } from './registration-rules';

const actions: RegistrationAction[] = ['save', 'submit', 'return', 'approve'];

describe('registration state machine', () => {
  it('runs chưa gửi → chờ duyệt → trả lại → chờ duyệt → đã duyệt', () => {
    let s: RegistrationStatus = 'chua_gui';
    for (const [a, want] of [['save', 'chua_gui'], ['submit', 'cho_duyet'], ['return', 'tra_lai'], ['save', 'tra_lai'], ['submit', 'cho_duyet'], ['approve', 'da_duyet']] as const) {
      s = nextStatus(s, a)!;
      expect(s).toBe(want);
    }
  });

  it('refuses edits while waiting and every action once approved', () => {
    expect(nextStatus('cho_duyet', 'save')).toBeNull();
    expect(nextStatus('cho_duyet', 'submit')).toBeNull();
    for (const a of actions) expect(nextStatus('da_duyet', a)).toBeNull();
    expect(nextStatus('chua_gui', 'approve')).toBeNull();
    expect(nextStatus('tra_lai', 'return')).toBeNull();
  });

  it('only the upper level moves a registration out of chờ duyệt, and the unit only edits what it holds', () => {
    fc.assert(
      fc.property(fc.constantFrom(...registrationStatuses), fc.constantFrom(...actions), (from, action) => {
        const to = nextStatus(from, action);
        if (to === null) {
          expect(transitionError(from, action)).toMatch(/^Bản đăng ký đang ở trạng thái «/);
          return;
        }
        if (action === 'return' || action === 'approve') expect(from).toBe('cho_duyet');
        else expect(['chua_gui', 'tra_lai']).toContain(from);
      }),
    );
  });
});

describe('entries of a registration', () => {
  const people = new Map<number, PersonFacts>([
    [1, { id: 1, unitId: 10, active: true, category: 'cong_chuc', fullName: 'Lê Văn An' }],
    [2, { id: 2, unitId: 20, active: true, category: 'cong_chuc', fullName: 'Võ Thị Bến' }],
    [3, { id: 3, unitId: 10, active: false, category: 'cong_chuc', fullName: 'Trần Nghỉ' }],
    [4, { id: 4, unitId: 10, active: true, category: 'nguoi_lao_dong', fullName: 'Phạm Lao Động' }],
  ]);
  const ctx = { unitId: 10, unitName: 'Xã An Lạc', people, personCategories: [] as string[] };

  it('splits every title into collective or individual, none both', () => {
    const all = Object.keys(titleLabels) as TitleCode[];
    expect([...collectiveTitles, ...individualTitles].sort()).toEqual([...all].sort());
    expect(collectiveTitles.filter((t) => individualTitles.includes(t))).toEqual([]);
  });

  it('accepts a collective title and people of the unit', () => {
    expect(
      entryErrors(
        [
          { subject: 'collective', personId: null, targetTitle: 'tt_ldxs' },
          { subject: 'individual', personId: 1, targetTitle: 'cstdcs' },
        ],
        ctx,
      ),
    ).toEqual({});
  });

  it('names the wrong field: title of the other subject, person of another unit, left, twice, second collective', () => {
    const errors = entryErrors(
      [
        { subject: 'collective', personId: null, targetTitle: 'ldtt' },
        { subject: 'individual', personId: 2, targetTitle: 'ldtt' },
        { subject: 'individual', personId: 1, targetTitle: 'tt_ldtt' },
        { subject: 'individual', personId: 3, targetTitle: 'ldtt' },
        { subject: 'individual', personId: 1, targetTitle: 'ldtt' },
        { subject: 'collective', personId: null, targetTitle: 'tt_ldtt' },
        { subject: 'individual', personId: null, targetTitle: 'ldtt' },
      ],
      ctx,
    );
    expect(errors).toEqual({
      'entries.0.targetTitle': 'Danh hiệu này dành cho cá nhân, không đăng ký cho tập thể',
      'entries.1.personId': 'Cá nhân không thuộc «Xã An Lạc»',
      'entries.2.targetTitle': 'Danh hiệu này dành cho tập thể, không đăng ký cho cá nhân',
      'entries.3.personId': 'Trần Nghỉ đã ngừng theo dõi',
      'entries.4.personId': 'Lê Văn An đã có trong danh sách đăng ký',
      'entries.5.subject': 'Mỗi đơn vị chỉ đăng ký một danh hiệu tập thể',
      'entries.6.personId': 'Chưa chọn cá nhân đăng ký',
    });
  });

  it('keeps to the person categories the plan names', () => {
    const errors = entryErrors([{ subject: 'individual', personId: 4, targetTitle: 'ldtt' }], { ...ctx, personCategories: ['cong_chuc', 'vien_chuc'] });
    expect(errors).toEqual({ 'entries.0.personId': 'Phạm Lao Động không thuộc đối tượng cá nhân của phong trào' });
  });
});
