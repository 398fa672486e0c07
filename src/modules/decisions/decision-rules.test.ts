import { describe, expect, it } from 'vitest';
import { defaultCatalogueSettings } from '../commendation/catalogue';
import type { PlanContent } from '../movements/model/plan-content.schema';
import { forwardDueOn, isOverdue, prizeOf, settledBatchStatus } from './decision-rules';

type Deadline = PlanContent['deadlines'][number];
const deadline = (over: Partial<Deadline>): Deadline => ({
  key: 'de-nghi-huyen',
  title: 'Gửi đề nghị khen thưởng về huyện',
  kind: 'submit_proposal',
  due: { kind: 'yearly', day: 10, month: 12 },
  strict: 'by',
  responsible: { text: 'Hội đồng TĐKT xã', unitKinds: ['xa'], unitIds: [] },
  recipient: null,
  text: null,
  ...over,
});

describe('prize money (coefficient × lương cơ sở at the signing date, rounded up)', () => {
  it('uses 2.340.000 đ from 01/7/2024 and 1.800.000 đ before', () => {
    expect(prizeOf('giay_khen:individual', '2024-12-20')).toEqual({ coefficient: 0.3, baseSalary: 2_340_000, amount: 710_000 });
    expect(prizeOf('giay_khen:collective', '2024-12-20').amount).toBe(1_410_000);
    expect(prizeOf('bang_khen_tinh:individual', '2024-12-20').amount).toBe(2_340_000);
    expect(prizeOf('bang_khen_tinh:collective', '2024-06-30')).toEqual({ coefficient: 2, baseSalary: 1_800_000, amount: 3_600_000 });
    expect(prizeOf('ldtt', '2024-12-20').amount).toBe(710_000);
  });
  it('rounds to the setting’s step: 702.000 đ with a step of 1.000 đ, never down', () => {
    const thousand = { ...defaultCatalogueSettings, prizeRoundingStep: 1_000 };
    expect(prizeOf('giay_khen:individual', '2024-12-20', thousand).amount).toBe(702_000);
    expect(prizeOf('bang_khen_ttg:individual', '2024-12-20', thousand).amount).toBe(3_510_000);
    expect(prizeOf('tt_ldtt', '2024-12-20', thousand).amount).toBe(1_872_000);
  });
  it('is 0 for an entry without a coefficient or a date before any base salary', () => {
    expect(prizeOf('khong_co', '2024-12-20').amount).toBe(0);
  });
});

describe('due date of a forwarded dossier', () => {
  it('takes the plan’s deadline the forwarding unit answers for, in the batch year', () => {
    expect(forwardDueOn([deadline({})], { id: 5, kind: 'xa' }, 2024, '2024-11-28')).toBe('2024-12-10');
    expect(forwardDueOn([deadline({ strict: 'before', due: { kind: 'yearly', day: 15, month: 12 } })], { id: 5, kind: 'xa' }, 2024, '2024-11-28')).toBe('2024-12-14');
    expect(forwardDueOn([deadline({ due: { kind: 'date', date: '2024-12-01' }, responsible: { text: 'x', unitKinds: [], unitIds: [9] } })], { id: 9, kind: 'so' }, 2024, '2024-11-20')).toBe('2024-12-01');
  });
  it('falls back to the setting when no deadline names the level', () => {
    expect(forwardDueOn([deadline({ kind: 'registration' })], { id: 5, kind: 'xa' }, 2024, '2024-11-28')).toBe('2024-12-13');
    expect(forwardDueOn([deadline({})], { id: 2, kind: 'so' }, 2024, '2024-12-30')).toBe('2025-01-14');
  });
  it('is overdue once it arrived after the day, or is still missing after it', () => {
    expect(isOverdue('2024-12-10', '2024-12-11', '2024-12-01')).toBe(true);
    expect(isOverdue('2024-12-10', '2024-12-10', '2025-01-01')).toBe(false);
    expect(isOverdue('2024-12-10', null, '2024-12-11')).toBe(true);
    expect(isOverdue(null, null, '2024-12-11')).toBe(false);
  });
});

describe('batch status after a decision or a forward', () => {
  it('waits while agreed nominations remain, then is decided or forwarded', () => {
    expect(settledBatchStatus('da_xet', { pending: 2, decided: 0, forwarded: true })).toBe('da_chuyen');
    expect(settledBatchStatus('da_xet', { pending: 1, decided: 3, forwarded: false })).toBe('da_xet');
    expect(settledBatchStatus('da_chuyen', { pending: 0, decided: 3, forwarded: true })).toBe('da_quyet_dinh');
    expect(settledBatchStatus('da_xet', { pending: 0, decided: 0, forwarded: true })).toBe('da_chuyen');
  });
});
