import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AssessmentDto, AssessmentListResponse } from '../../src/modules/appraisals/appraisals.schema';
import { buildUser, TEST_PASSWORD } from '../factories';
import { dbSnapshot } from '../helpers/db-snapshot';
import { loginAs, startTestApp, type Client, type TestApp } from '../helpers/test-app';
import { buildAppraisalWorld, daysFromNow, selfBody, type AppraisalWorld } from './appraisals-fixtures';
import { userOn } from './results-fixtures';

let t: TestApp;
let w: AppraisalWorld;
let officerA: Client;
let officerB: Client;
let standing: Client;
let standingA: Client;
let leader: Client;
let assessmentA: AssessmentDto;
let assessmentB: AssessmentDto;

async function refused(call: () => Promise<{ statusCode: number; body: string; json(): unknown }>, status: number, message: RegExp) {
  const before = await dbSnapshot(t.db);
  const res = await call();
  expect(res.statusCode, res.body).toBe(status);
  const error = (res.json() as { error: { code: string; message: string; fields?: Record<string, string> } }).error;
  expect(error.message).toMatch(message);
  expect(await dbSnapshot(t.db)).toEqual(before);
  return error;
}
const history = (id: number) => t.db.selectFrom('assessment_history').selectAll().where('assessment_id', '=', id).orderBy('id').execute();
const list = async (c: Client, query = 'period=2024') => {
  const res = await c.get(`/api/movements/${w.scored}/assessments?${query}`);
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as AssessmentListResponse;
};

beforeAll(async () => {
  t = await startTestApp();
  w = await buildAppraisalWorld(t);
  officerA = await userOn(t, 'unit_officer', w.a);
  officerB = await userOn(t, 'unit_officer', w.b);
  standing = await userOn(t, 'standing', w.huyen);
  standingA = await userOn(t, 'standing', w.a);
  leader = await userOn(t, 'leader', w.huyen);
});
afterAll(async () => {
  await t?.close();
});

describe('self-assessment', () => {
  it('records a self-score up to the criterion’s maximum and keeps the old points on a correction', async () => {
    const res = await officerA.put('/api/assessments', selfBody(w));
    expect(res.statusCode, res.body).toBe(200);
    assessmentA = res.json();
    expect(assessmentA).toMatchObject({ unit: { id: w.a }, status: 'tu_cham', statusLabel: 'Đang tự chấm', selfPoints: 8, possible: 10, revision: 1, check: null });

    expect((await officerA.put('/api/results', { movementId: w.scored, unitId: w.a, criterionKey: 'dung-han', period: '2024', value: { measure: 'percent', value: 95 } })).statusCode).toBe(200);
    const fixed = await officerA.put('/api/assessments', selfBody(w, { selfPoints: 9, note: 'Sửa theo kết quả rà soát', revision: 1 }));
    expect(fixed.statusCode, fixed.body).toBe(200);
    expect(fixed.json()).toMatchObject({ id: assessmentA.id, selfPoints: 9, revision: 2, check: { met: true, points: 10 } });
    expect(await history(assessmentA.id)).toMatchObject([{ action: 'self_score', old_self_points: 8, old_self_note: 'Đạt 95% hồ sơ đúng hạn', old_status: 'tu_cham' }]);
  });

  it('refuses points above the maximum, a stale revision, another unit and a non-participant, changing nothing', async () => {
    const over = await refused(() => officerA.put('/api/assessments', selfBody(w, { selfPoints: 10.5, revision: 2 })), 400, /Điểm tự chấm.*vượt quá điểm tối đa/);
    expect(over.fields).toHaveProperty('selfPoints');
    await refused(() => officerA.put('/api/assessments', selfBody(w, { selfPoints: -1, revision: 2 })), 400, /âm/);
    await refused(() => officerA.put('/api/assessments', selfBody(w, { revision: 1 })), 409, /đã được lưu bởi người khác/);
    await refused(() => officerA.put('/api/assessments', selfBody(w, { unitId: w.b })), 404, /Không tìm thấy đơn vị/);
    await refused(() => standing.put('/api/assessments', selfBody(w, { unitId: w.c })), 409, /chưa có bản đăng ký thi đua được duyệt/);
    await refused(() => leader.put('/api/assessments', selfBody(w, { unitId: w.a })), 403, /không có quyền tự chấm/);
    await refused(() => officerA.put('/api/assessments', selfBody(w, { period: '2024-Q1' })), 400, /theo năm/);
  });

  it('sends the unit’s self-scores to appraisal, after which the unit cannot change them', async () => {
    const res = await officerA.post(`/api/movements/${w.scored}/assessments/submit`, { unitId: w.a, period: '2024' });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toEqual({ submitted: 1 });
    await refused(() => officerA.post(`/api/movements/${w.scored}/assessments/submit`, { unitId: w.a, period: '2024' }), 409, /không có điểm tự chấm nào/);
    await refused(() => officerA.put('/api/assessments', selfBody(w, { selfPoints: 10, revision: 3 })), 409, /«Chờ thẩm định».*sửa điểm tự chấm/);
  });
});

describe('appraisal', () => {
  it('belongs to the standing agency of the owner: others get 403, and nothing changes', async () => {
    const accept = { action: 'accept' };
    await refused(() => officerA.post(`/api/assessments/${assessmentA.id}/appraise`, accept), 403, /Chỉ Thường trực/);
    await refused(() => standingA.post(`/api/assessments/${assessmentA.id}/appraise`, accept), 403, /Chỉ Thường trực.*Huyện Trà Bồng/);
    await refused(() => leader.post(`/api/assessments/${assessmentA.id}/appraise`, accept), 403, /Chỉ Thường trực/);
    await refused(() => officerB.post(`/api/assessments/${assessmentA.id}/appraise`, accept), 404, /Không tìm thấy/);
  });

  it('never appraises the appraiser’s own unit', async () => {
    const user = await buildUser(t.db, { role: 'standing', unitId: w.huyen });
    await t.db.insertInto('user_roles').values({ user_id: user.id, role: 'unit_officer', unit_id: w.a }).execute();
    const both = await loginAs(t.app, user.username, TEST_PASSWORD);
    await refused(() => both.post(`/api/assessments/${assessmentA.id}/appraise`, { action: 'accept' }), 403, /chính đơn vị mình/);
  });

  it('asks a changed score for a reason and a return for a request and deadline', async () => {
    const change = await refused(() => standing.post(`/api/assessments/${assessmentA.id}/appraise`, { action: 'change', points: 7 }), 400, /Lý do/);
    expect(change.fields).toEqual({ reason: 'Thay đổi điểm phải ghi rõ lý do' });
    const ret = await refused(() => standing.post(`/api/assessments/${assessmentA.id}/appraise`, { action: 'return', reason: 'Bổ sung minh chứng' }), 400, /Hạn giải trình/);
    expect(ret.fields).toHaveProperty('explainBy');
    await refused(() => standing.post(`/api/assessments/${assessmentA.id}/appraise`, { action: 'change', points: 12, reason: 'x' }), 400, /vượt quá/);
    await refused(() => standing.post(`/api/assessments/${assessmentA.id}/appraise`, { action: 'maybe' }), 400, /chấp nhận, thay đổi điểm hoặc trả lại/);
  });

  it('returns for explanation, takes the explanation, then changes the score with a reason — keeping every old value', async () => {
    const due = daysFromNow(7);
    const ret = await standing.post(`/api/assessments/${assessmentA.id}/appraise`, { action: 'return', reason: 'Bổ sung danh sách hồ sơ trễ hạn', explainBy: due });
    expect(ret.statusCode, ret.body).toBe(200);
    expect(ret.json()).toMatchObject({ status: 'giai_trinh', explainBy: due, explainRequest: 'Bổ sung danh sách hồ sơ trễ hạn', appraisedPoints: null });
    await refused(() => officerA.post(`/api/assessments/${assessmentA.id}/explain`, { explanation: '' }), 400, /giải trình/);
    await refused(() => leader.post(`/api/assessments/${assessmentA.id}/explain`, { explanation: 'x' }), 403, /không có quyền/);

    const ex = await officerA.post(`/api/assessments/${assessmentA.id}/explain`, { explanation: '3 hồ sơ trễ do lỗi hệ thống một cửa' });
    expect(ex.statusCode, ex.body).toBe(200);
    expect(ex.json()).toMatchObject({ status: 'cho_tham_dinh', explanation: '3 hồ sơ trễ do lỗi hệ thống một cửa' });

    const ch = await standing.post(`/api/assessments/${assessmentA.id}/appraise`, { action: 'change', points: 7, reason: 'Còn 3 hồ sơ trễ hạn chưa có văn bản xin lỗi' });
    expect(ch.statusCode, ch.body).toBe(200);
    expect(ch.json()).toMatchObject({ status: 'da_tham_dinh', selfPoints: 9, appraisedPoints: 7, appraisalReason: 'Còn 3 hồ sơ trễ hạn chưa có văn bản xin lỗi', appraisedBy: { id: expect.any(Number) } });

    expect((await history(assessmentA.id)).map((h) => [h.action, h.old_status, h.old_self_points, h.old_appraised_points, h.reason])).toEqual([
      ['self_score', 'tu_cham', 8, null, 'Sửa theo kết quả rà soát'],
      ['submit', 'tu_cham', 9, null, null],
      ['return', 'cho_tham_dinh', 9, null, 'Bổ sung danh sách hồ sơ trễ hạn'],
      ['explain', 'giai_trinh', 9, null, '3 hồ sơ trễ do lỗi hệ thống một cửa'],
      ['change', 'cho_tham_dinh', 9, null, 'Còn 3 hồ sơ trễ hạn chưa có văn bản xin lỗi'],
    ]);
    const audit = await t.db.selectFrom('audit_log').select('action').where('entity', '=', 'assessment').where('entity_id', '=', String(assessmentA.id)).orderBy('id').execute();
    expect(audit.map((a) => a.action)).toEqual(['assessment.create', 'assessment.update', 'assessment.return', 'assessment.explain', 'assessment.change']);
  });

  it('refuses an explanation after its deadline with deadline_passed, and the lock while a score waits', async () => {
    expect((await officerB.put('/api/assessments', selfBody(w, { unitId: w.b, selfPoints: 10 }))).statusCode).toBe(200);
    expect((await officerB.post(`/api/movements/${w.scored}/assessments/submit`, { unitId: w.b, period: '2024' })).statusCode).toBe(200);
    assessmentB = (await list(officerB)).units[0]!.items[0]!;
    await refused(() => standing.post(`/api/movements/${w.scored}/appraisal/lock`, { period: '2024' }), 409, /chờ thẩm định của: Xã Bến Súc/);

    expect((await standing.post(`/api/assessments/${assessmentB.id}/appraise`, { action: 'return', reason: 'Nêu rõ số hồ sơ', explainBy: daysFromNow(1) })).statusCode).toBe(200);
    await t.db.updateTable('assessments').set({ explain_by: '2024-01-15' }).where('id', '=', assessmentB.id).execute();
    const late = await refused(() => officerB.post(`/api/assessments/${assessmentB.id}/explain`, { explanation: 'Muộn' }), 422, /quá hạn giải trình.*15\/01\/2024/);
    expect(late.code).toBe('deadline_passed');
  });

  it('shows each unit only its own self-scores before the lock; the appraiser sees all with totals', async () => {
    expect((await list(officerA)).units.map((u) => u.unit.id)).toEqual([w.a]);
    expect((await list(officerB)).units.map((u) => u.unit.id)).toEqual([w.b]);
    const all = await list(standing);
    expect(all.locked).toBe(false);
    expect(all.units.map((u) => [u.unit.id, u.selfTotal, u.appraisedTotal, u.maxTotal])).toEqual([
      [w.a, 9, 7, 10],
      [w.b, 10, null, 10],
    ]);
    expect(all.units[0]!.items[0]!.check).toEqual({ met: true, reason: '95% ≥ 90% — đạt', points: 10 });
  });
});

describe('lock and publication', () => {
  it('is the owner’s standing agency’s alone', async () => {
    await refused(() => standingA.post(`/api/movements/${w.scored}/appraisal/lock`, { period: '2024' }), 403, /Chỉ Thường trực/);
    await refused(() => leader.post(`/api/movements/${w.scored}/appraisal/lock`, { period: '2024' }), 403, /Chỉ Thường trực/);
  });

  it('locks the period: nothing changes any more and every reader of the movement sees the results', async () => {
    const res = await standing.post(`/api/movements/${w.scored}/appraisal/lock`, { period: '2024' });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toEqual({ movementId: w.scored, period: '2024', locked: 2 });

    await refused(() => standing.post(`/api/movements/${w.scored}/appraisal/lock`, { period: '2024' }), 409, /đã được khóa/);
    await refused(() => standing.post(`/api/assessments/${assessmentA.id}/appraise`, { action: 'accept' }), 409, /đã khóa/);
    await refused(() => officerB.post(`/api/assessments/${assessmentB.id}/explain`, { explanation: 'x' }), 409, /đã khóa/);
    await refused(() => officerA.put('/api/assessments', selfBody(w, { revision: 6 })), 409, /đã khóa/);
    await refused(() => officerA.post(`/api/movements/${w.scored}/assessments/submit`, { unitId: w.a, period: '2024' }), 409, /đã khóa/);

    const published = await list(officerB);
    expect(published.locked).toBe(true);
    expect(published.units.map((u) => [u.unit.name, u.appraisedTotal])).toEqual([
      ['Xã An Lạc', 7],
      ['Xã Bến Súc', null],
    ]);
    expect(published.units.every((u) => u.items.every((i) => i.locked))).toBe(true);
  });
});
