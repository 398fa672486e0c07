import { describe, expect, it } from 'vitest';
import { AppError } from '../../http/errors';
import { assertTransition, canTransition, nextStatuses } from './lifecycle';
import { movementStatuses, type MovementStatus } from './movements.schema';

const allowed: [MovementStatus, MovementStatus][] = [
  ['issued', 'in_progress'],
  ['in_progress', 'midterm_review'],
  ['in_progress', 'final_review'],
  ['midterm_review', 'in_progress'],
  ['midterm_review', 'final_review'],
  ['final_review', 'closed'],
];

describe('movement lifecycle', () => {
  it('allows exactly the documented transitions', () => {
    for (const from of movementStatuses)
      for (const to of movementStatuses)
        expect(canTransition(from, to), `${from} → ${to}`).toBe(allowed.some(([f, t]) => f === from && t === to));
  });

  it('lists the next statuses of each state', () => {
    expect(nextStatuses('in_progress')).toEqual(['midterm_review', 'final_review']);
    expect(nextStatuses('closed')).toEqual([]);
    expect(nextStatuses('draft')).toEqual([]);
  });

  it('refuses a wrong transition with a Vietnamese message naming both states', () => {
    let error: unknown;
    try {
      assertTransition('issued', 'closed');
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(AppError);
    const e = error as AppError;
    expect(e.code).toBe('validation');
    expect(e.message).toContain('«Đã ban hành»');
    expect(e.message).toContain('«Đã kết thúc»');
    expect(e.message).toContain('«Đang triển khai»');
    expect(e.fields?.status).toBeTruthy();
  });

  it('tells that a draft must be issued first', () => {
    expect(() => assertTransition('draft', 'in_progress')).toThrow(/ban hành/);
    expect(() => assertTransition('closed', 'in_progress')).toThrow(/«Đã kết thúc»/);
  });
});
