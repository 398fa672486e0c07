import { describe, expect, it } from 'vitest';
import type { PlanContent } from '../movements/model/plan-content.schema';
import { nearestAbove } from './addressed-unit';
import { resolveDueOn, workingDaysEnd } from './due-date';
import { countByOffer, legalQuotaProblem, offerCap, quotaProblem } from './quota-rules';

const deadline = (key: string, due: PlanContent['deadlines'][number]['due'], unitKinds: string[], strict: 'by' | 'before' = 'by') =>
  ({ key, title: key, kind: 'submit_proposal', due, strict, responsible: { text: '', unitKinds, unitIds: [] }, recipient: null, text: null }) as PlanContent['deadlines'][number];
const offer = (key: string, deadlineKeys: string[]) => ({ key, deadlineKeys }) as unknown as PlanContent['awards'][number];

describe('due date of a batch from the plan (seed 003: ấp → xã by 25/11, xã → huyện by 10/12)', () => {
  const content = {
    awards: [offer('khen-thuong-xa', ['de-nghi-xa']), offer('khen-thuong-huyen', ['de-nghi-huyen'])],
    deadlines: [deadline('de-nghi-xa', { kind: 'yearly', day: 25, month: 11 }, ['ap', 'phong']), deadline('de-nghi-huyen', { kind: 'yearly', day: 10, month: 12 }, ['xa'])],
  };

  it('takes the award offer deadline in the batch year', () => {
    expect(resolveDueOn(content, 'khen-thuong-xa', { id: 1, kind: 'ap' }, 2025).dueOn).toBe('2025-11-25');
    expect(resolveDueOn(content, 'khen-thuong-huyen', { id: 1, kind: 'xa' }, 2026)).toMatchObject({ dueOn: '2026-12-10', deadlineKey: 'de-nghi-huyen' });
  });

  it('without an award picks the deadline naming the proposing unit kind', () => {
    expect(resolveDueOn(content, null, { id: 1, kind: 'xa' }, 2025).dueOn).toBe('2025-12-10');
    expect(resolveDueOn(content, null, { id: 1, kind: 'ap' }, 2025).dueOn).toBe('2025-11-25');
    // A unit no deadline names: the earliest of them.
    expect(resolveDueOn(content, null, { id: 1, kind: 'huyen' }, 2025).dueOn).toBe('2025-11-25');
  });

  it('reads "trước ngày 15/12" as due by the 14th, and a fixed date as written', () => {
    const before = { awards: [offer('bk', ['d'])], deadlines: [deadline('d', { kind: 'yearly', day: 15, month: 12 }, [], 'before')] };
    expect(resolveDueOn(before, 'bk', { id: 1, kind: 'so' }, 2024).dueOn).toBe('2024-12-14');
    const fixed = { awards: [offer('bk', ['d'])], deadlines: [deadline('d', { kind: 'date', date: '2024-10-31' }, [])] };
    expect(resolveDueOn(fixed, 'bk', { id: 1, kind: 'so' }, 2024).dueOn).toBe('2024-10-31');
  });

  it('is null when the plan says the date will be announced or has none', () => {
    const later = { awards: [offer('bk', ['d'])], deadlines: [deadline('d', { kind: 'announced_later' }, [])] };
    expect(resolveDueOn(later, 'bk', { id: 1, kind: 'so' }, 2024).dueOn).toBeNull();
    expect(resolveDueOn({ awards: [], deadlines: [] }, null, { id: 1, kind: 'so' }, 2024).dueOn).toBeNull();
  });
});

describe('public notice length in working days', () => {
  it('skips Saturdays and Sundays', () => {
    expect(workingDaysEnd('2026-11-23', 5)).toBe('2026-11-27'); // Monday → Friday
    expect(workingDaysEnd('2026-11-26', 5)).toBe('2026-12-02'); // Thursday → next Wednesday
    expect(workingDaysEnd('2026-11-28', 1)).toBe('2026-11-30'); // Saturday → Monday
  });
});

describe('quota counting', () => {
  it('counts nominations per award offer and subject kind, ignoring those without an offer', () => {
    const counts = countByOffer([
      { awardKey: 'xa', catalogueCode: 'giay_khen:individual', subjectKind: 'individual' },
      { awardKey: 'xa', catalogueCode: 'giay_khen:individual', subjectKind: 'individual' },
      { awardKey: 'xa', catalogueCode: 'giay_khen:collective', subjectKind: 'collective' },
      { awardKey: null, catalogueCode: 'ldtt', subjectKind: 'individual' },
    ]);
    expect([...counts]).toEqual([
      ['xa|individual', 2],
      ['xa|collective', 1],
    ]);
  });

  it('refuses one over an absolute cap and accepts the cap itself', () => {
    const cap = offerCap({ mode: 'exact', collectives: 1, individuals: 3, percent: null, by: null }, 'individual', null);
    expect(quotaProblem('Giấy khen', 'individual', cap, 3)).toBeNull();
    expect(quotaProblem('Giấy khen', 'individual', cap, 4)).toMatch(/^Vượt số lượng đề nghị «Giấy khen» cho cá nhân: 4 đề nghị, tối đa 3/);
  });

  it('floors a percentage cap: 15% of 20 is 3, 15% of 19 is 2', () => {
    const q = { mode: 'max' as const, collectives: null, individuals: 10, percent: 15, by: null };
    expect(offerCap(q, 'individual', 20).cap).toBe(3);
    expect(offerCap(q, 'individual', 19).cap).toBe(2);
    expect(quotaProblem('Bằng khen', 'individual', offerCap(q, 'individual', 19), 3)).toMatch(/tối đa 2/);
    expect(offerCap({ ...q, mode: 'none' }, 'individual', 19).cap).toBeNull();
  });

  it('applies the law’s own percentage with floor rounding', () => {
    expect(legalQuotaProblem('CSTĐCS', 15, 'LĐTT', 20, 3)).toBeNull();
    expect(legalQuotaProblem('CSTĐCS', 15, 'LĐTT', 13, 2)).toMatch(/tối đa 1 \(15% × 13 LĐTT, làm tròn xuống\)/);
  });
});

describe('who considers a unit’s proposals (nearestAbove)', () => {
  const huyen = { id: 1, path: '/1/' };
  const xa = { id: 5, path: '/1/5/' };
  const ap = { id: 9, path: '/1/5/9/' };
  it('an ấp under a xã that copied the huyện’s plan proposes to the xã; the xã to the huyện', () => {
    expect(nearestAbove(ap, [huyen, xa])).toBe(5);
    expect(nearestAbove(xa, [huyen, xa])).toBe(1);
  });
  it('the owner at the top considers its own direct nominations; a sibling’s plan is not above', () => {
    expect(nearestAbove(huyen, [huyen, xa])).toBe(1);
    expect(nearestAbove({ id: 7, path: '/1/7/' }, [xa, huyen])).toBe(1);
    // '/1/5/' must not count as above '/1/55/': paths end with a slash.
    expect(nearestAbove({ id: 55, path: '/1/55/' }, [xa, huyen])).toBe(1);
  });
});
