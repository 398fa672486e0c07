import { describe, expect, it } from 'vitest';
import { blankPlan } from '../../../../src/modules/movements/model/plan-builder';
import { copyAsNewPlan } from './copy-plan';

describe('copyAsNewPlan', () => {
  it('clears the number and date of the plan and of its issuing decision, keeps everything else', () => {
    const plan = blankPlan({ issuerName: 'UBND XÃ TRÀ LÂM', title: 'Kế hoạch năm 2024', year: 2024 });
    const issued = {
      ...plan,
      header: { ...plan.header, number: '12/KH-UBND', issuedOn: '2024-03-18' },
      decision: {
        header: { ...plan.header, number: '54/QĐ-UBND', issuedOn: '2024-03-18' },
        title: 'Ban hành Kế hoạch',
        authority: 'CHỦ TỊCH ỦY BAN NHÂN DÂN XÃ TRÀ LÂM',
        basis: [],
        proposer: null,
        articles: ['Ban hành kèm theo Quyết định này Kế hoạch.'],
      },
    };
    const copy = copyAsNewPlan(issued);
    expect([copy.header.number, copy.header.issuedOn, copy.decision?.header.number, copy.decision?.header.issuedOn]).toEqual([null, null, null, null]);
    expect(copy.title).toBe(issued.title);
    expect(copy.decision?.articles).toEqual(issued.decision.articles);
    expect(issued.header.number).toBe('12/KH-UBND');
  });
});
