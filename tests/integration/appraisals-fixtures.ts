import { expect } from 'vitest';
import { buildMovement } from '../factories';
import type { Client, TestApp } from '../helpers/test-app';
import { buildResultsWorld, resultsPlan, type ResultsWorld } from './results-fixtures';

/**
 * The results world (huyện Trà Bồng, xã A and B approved, C waiting) plus a movement whose criterion
 * «dung-han» carries 10 điểm tối đa, A and B registered and approved on it.
 */
export interface AppraisalWorld extends ResultsWorld {
  scored: number;
}

async function registerApproved(admin: Client, movementId: number, unitId: number) {
  const res = await admin.put('/api/registrations', { movementId, unitId, commitments: 'Hoàn thành nhiệm vụ', entries: [{ subject: 'collective', targetTitle: 'tt_ldtt' }] });
  expect(res.statusCode, res.body).toBe(200);
  expect((await admin.post(`/api/registrations/${res.json().id}/submit`)).statusCode).toBe(200);
  expect((await admin.post(`/api/registrations/${res.json().id}/approve`)).statusCode).toBe(200);
}

export async function buildAppraisalWorld(t: TestApp): Promise<AppraisalWorld> {
  const w = await buildResultsWorld(t);
  const content = resultsPlan('2099-12-31');
  content.criteria = content.criteria.map((c) => (c.key === 'dung-han' ? { ...c, maxPoints: 10 } : c));
  const scored = (await buildMovement(t.db, { ownerUnitId: w.huyen, status: 'in_progress', content })).movement.id;
  await registerApproved(w.admin, scored, w.a);
  await registerApproved(w.admin, scored, w.b);
  return { ...w, scored };
}

export const selfBody = (w: AppraisalWorld, over: Record<string, unknown> = {}) => ({
  movementId: w.scored,
  unitId: w.a,
  criterionKey: 'dung-han',
  period: '2024',
  selfPoints: 8,
  note: 'Đạt 95% hồ sơ đúng hạn',
  ...over,
});

/** A date `days` from today (Vietnam time is close enough for deadlines a week away). */
export const daysFromNow = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
