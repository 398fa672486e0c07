import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dbSnapshot } from '../helpers/db-snapshot';
import { startTestApp, type Client, type TestApp } from '../helpers/test-app';
import { buildAppraisalWorld, daysFromNow, selfBody, type AppraisalWorld } from './appraisals-fixtures';
import { userOn } from './results-fixtures';

/**
 * A score returned for explanation: within its deadline the unit's right to explain stands (no
 * decision, no lock over it); once the deadline passed unexplained, the appraiser decides it as it
 * stands, so the unit is not left without an appraised score when the period is locked.
 */
let t: TestApp;
let w: AppraisalWorld;
let standing: Client;
let id: number;

async function refused(call: () => Promise<{ statusCode: number; body: string; json(): unknown }>, status: number, message: RegExp) {
  const before = await dbSnapshot(t.db);
  const res = await call();
  expect(res.statusCode, res.body).toBe(status);
  expect((res.json() as { error: { message: string } }).error.message).toMatch(message);
  expect(await dbSnapshot(t.db)).toEqual(before);
}

beforeAll(async () => {
  t = await startTestApp();
  w = await buildAppraisalWorld(t);
  const officer = await userOn(t, 'unit_officer', w.a);
  standing = await userOn(t, 'standing', w.huyen);
  const res = await officer.put('/api/assessments', selfBody(w, { selfPoints: 9 }));
  expect(res.statusCode, res.body).toBe(200);
  id = res.json().id;
  expect((await officer.post(`/api/movements/${w.scored}/assessments/submit`, { unitId: w.a, period: '2024' })).statusCode).toBe(200);
  const ret = await standing.post(`/api/assessments/${id}/appraise`, { action: 'return', reason: 'Bổ sung danh sách hồ sơ', explainBy: daysFromNow(3) });
  expect(ret.statusCode, ret.body).toBe(200);
});
afterAll(async () => {
  await t?.close();
});

describe('a score returned for explanation', () => {
  it('is neither decided nor locked over while the unit may still explain', async () => {
    const [y, m, d] = daysFromNow(3).split('-');
    await refused(() => standing.post(`/api/assessments/${id}/appraise`, { action: 'accept' }), 409, new RegExp(`còn hạn giải trình đến hết ngày ${d}/${m}/${y}`));
    await refused(() => standing.post(`/api/movements/${w.scored}/appraisal/lock`, { period: '2024' }), 409, new RegExp(`đang trong hạn giải trình của: Xã An Lạc \\(hạn ${d}/${m}/${y}\\)`));
  });

  it('is decided as it stands once the deadline passed unexplained, keeping the history, and the period then locks', async () => {
    await t.db.updateTable('assessments').set({ explain_by: '2024-01-15' }).where('id', '=', id).execute();
    const res = await standing.post(`/api/assessments/${id}/appraise`, { action: 'change', points: 4, reason: 'Không giải trình trong hạn' });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ status: 'da_tham_dinh', selfPoints: 9, appraisedPoints: 4, appraisalReason: 'Không giải trình trong hạn', explainBy: null });
    const history = await t.db.selectFrom('assessment_history').select(['action', 'old_status', 'reason']).where('assessment_id', '=', id).orderBy('id').execute();
    expect(history.at(-1)).toEqual({ action: 'change', old_status: 'giai_trinh', reason: 'Không giải trình trong hạn' });

    const lock = await standing.post(`/api/movements/${w.scored}/appraisal/lock`, { period: '2024' });
    expect(lock.statusCode, lock.body).toBe(200);
    const list = await standing.get(`/api/movements/${w.scored}/assessments?period=2024`);
    expect(list.json().units.map((u: { unit: { name: string }; appraisedTotal: number | null }) => [u.unit.name, u.appraisedTotal])).toEqual([['Xã An Lạc', 4]]);
  });
});
