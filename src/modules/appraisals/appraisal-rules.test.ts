import { describe, expect, it } from 'vitest';
import { decisionProblems, explanationPending, nextStatus, pointsProblem } from './appraisal-rules';

const open = (status: 'tu_cham' | 'cho_tham_dinh' | 'giai_trinh' | 'da_tham_dinh') => ({ status, locked: false });

describe('nextStatus', () => {
  it('walks self-score → submit → return → explain → change', () => {
    expect(nextStatus(open('tu_cham'), 'self_score')).toEqual({ ok: true, status: 'tu_cham' });
    expect(nextStatus(open('tu_cham'), 'submit')).toEqual({ ok: true, status: 'cho_tham_dinh' });
    expect(nextStatus(open('cho_tham_dinh'), 'return')).toEqual({ ok: true, status: 'giai_trinh' });
    expect(nextStatus(open('giai_trinh'), 'self_score')).toEqual({ ok: true, status: 'giai_trinh' });
    expect(nextStatus(open('giai_trinh'), 'explain')).toEqual({ ok: true, status: 'cho_tham_dinh' });
    expect(nextStatus(open('cho_tham_dinh'), 'change')).toEqual({ ok: true, status: 'da_tham_dinh' });
    expect(nextStatus(open('da_tham_dinh'), 'accept')).toEqual({ ok: true, status: 'da_tham_dinh' });
  });

  it('refuses out-of-order events with the current state named', () => {
    expect(nextStatus(open('cho_tham_dinh'), 'self_score')).toMatchObject({ ok: false, message: expect.stringMatching(/«Chờ thẩm định».*sửa điểm tự chấm/) });
    expect(nextStatus(open('tu_cham'), 'accept')).toMatchObject({ ok: false });
    expect(nextStatus(open('da_tham_dinh'), 'explain')).toMatchObject({ ok: false });
    expect(nextStatus(open('giai_trinh'), 'submit')).toMatchObject({ ok: false });
  });

  it('moves nothing once the period is locked', () => {
    for (const e of ['self_score', 'submit', 'accept', 'change', 'return', 'explain'] as const)
      expect(nextStatus({ status: 'da_tham_dinh', locked: true }, e)).toMatchObject({ ok: false, message: expect.stringMatching(/đã khóa/) });
  });
});

describe('decision rules', () => {
  it('keeps points between 0 and the maximum', () => {
    expect(pointsProblem(0, 10)).toBeNull();
    expect(pointsProblem(10, 10)).toBeNull();
    expect(pointsProblem(10.5, 10)).toMatch(/vượt quá điểm tối đa/);
    expect(pointsProblem(-1, 10)).toMatch(/âm/);
  });

  it('asks a change for points and a reason, a return for a request and a future deadline', () => {
    expect(decisionProblems({ action: 'accept' }, 10, '2025-01-10')).toEqual({});
    expect(decisionProblems({ action: 'change', points: 5 }, 10, '2025-01-10')).toEqual({ reason: expect.stringMatching(/lý do/) });
    expect(decisionProblems({ action: 'change', reason: 'Thiếu minh chứng', points: 11 }, 10, '2025-01-10')).toEqual({ points: expect.stringMatching(/vượt quá/) });
    expect(decisionProblems({ action: 'return', reason: ' ' }, 10, '2025-01-10')).toEqual({ reason: expect.any(String), explainBy: expect.any(String) });
    expect(decisionProblems({ action: 'return', reason: 'Bổ sung', explainBy: '2025-01-09' }, 10, '2025-01-10')).toEqual({ explainBy: expect.stringMatching(/trước ngày hôm nay/) });
    expect(decisionProblems({ action: 'accept', points: 3 }, 10, '2025-01-10')).toHaveProperty('points');
  });
});

describe('a return left unexplained', () => {
  const returned = (explainBy: string | null) => ({ status: 'giai_trinh' as const, explain_by: explainBy });

  it('waits for the unit until the end of its deadline day, then may be decided as it stands', () => {
    expect(explanationPending(returned('2025-01-10'), '2025-01-09')).toMatch(/còn hạn giải trình đến hết ngày 10\/01\/2025/);
    expect(explanationPending(returned('2025-01-10'), '2025-01-10')).not.toBeNull();
    expect(explanationPending(returned('2025-01-10'), '2025-01-11')).toBeNull();
    expect(explanationPending({ status: 'cho_tham_dinh', explain_by: '2025-01-10' }, '2025-01-09')).toBeNull();
    expect(nextStatus(open('giai_trinh'), 'accept')).toEqual({ ok: true, status: 'da_tham_dinh' });
    expect(nextStatus(open('giai_trinh'), 'change')).toEqual({ ok: true, status: 'da_tham_dinh' });
    expect(nextStatus(open('giai_trinh'), 'return')).toMatchObject({ ok: false });
  });
});
