import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DeadlineEntryDto, DeadlineListResponse, DeadlineSummaryResponse } from '../../src/modules/deadlines/deadlines.schema';
import { addDays } from '../../src/modules/deadlines/schedule';
import { blankPlan } from '../../src/modules/movements/model/plan-builder';
import { planContentSchema, type PlanContent, type PlanContentInput } from '../../src/modules/movements/model/plan-content.schema';
import { todayInVietnam } from '../../src/modules/units/unit-period';
import { seed002 } from '../../src/seed/plans/seed-002';
import { seed003 } from '../../src/seed/plans/seed-003';
import { seed004 } from '../../src/seed/plans/seed-004';
import { buildMovement, buildUnit, buildUser, TEST_PASSWORD } from '../factories';
import { loginAs, startTestApp, type Client, type TestApp } from '../helpers/test-app';

let t: TestApp;
let officer: Client;
const today = todayInVietnam();
type Key = 'xa' | 'ap1' | 'ap2' | 'mttq' | 'tx' | 'xa1' | 'xa2' | 'xa3' | 'so' | 'phong' | 'm002' | 'm003' | 'm004' | 'now' | 'draft';
const ids = {} as Record<Key, number>;

const seedContent = (c: PlanContentInput): PlanContent => planContentSchema.parse(c);
const list = async (c: Client, query = '') => {
  const res = await c.get(`/api/deadlines${query}`);
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as DeadlineListResponse;
};
const statusOf = (e: DeadlineEntryDto | undefined, unitId: number) => e?.units.find((u) => u.unit.id === unitId);

/** A plan of the owner with dated deadlines around today, for statuses that do not depend on the day the test runs. */
function planAroundToday(issuer: string): PlanContent {
  const due = (key: string, title: string, date: string) => ({ key, title, kind: 'submit_report' as const, due: { kind: 'date' as const, date }, responsible: { text: 'các ấp', unitKinds: ['ap' as const] } });
  return blankPlan({
    issuerName: issuer,
    title: 'Kế hoạch thi đua quanh hôm nay',
    period: { start: { kind: 'date', date: addDays(today, -60) }, end: addDays(today, 90) },
    deadlines: [due('qua-han', 'Báo cáo quý', addDays(today, -10)), due('sap-den', 'Báo cáo tháng', addDays(today, 3)), due('chua-den', 'Báo cáo năm', addDays(today, 30))],
  });
}

beforeAll(async () => {
  t = await startTestApp();
  const xa = await buildUnit(t.db, { name: 'Xã Mỹ Thạnh', kind: 'xa' });
  const ap1 = await buildUnit(t.db, { name: 'Ấp Mỹ Hòa', kind: 'ap', parentId: xa.id });
  const ap2 = await buildUnit(t.db, { name: 'Ấp Mỹ Lợi', kind: 'ap', parentId: xa.id });
  const mttq = await buildUnit(t.db, { name: 'Ủy ban MTTQ xã Mỹ Thạnh', kind: 'mttq', parentId: xa.id });
  const tx = await buildUnit(t.db, { name: 'Thị xã Ninh Hòa', kind: 'thi_xa' });
  const xa1 = await buildUnit(t.db, { name: 'Xã Ninh An', kind: 'xa', parentId: tx.id });
  const xa2 = await buildUnit(t.db, { name: 'Xã Ninh Bình', kind: 'xa', parentId: tx.id });
  const xa3 = await buildUnit(t.db, { name: 'Phường Ninh Hiệp', kind: 'phuong', parentId: tx.id });
  const so = await buildUnit(t.db, { name: 'Sở Lao động – Thương binh và Xã hội', kind: 'so' });
  const phong = await buildUnit(t.db, { name: 'Văn phòng Sở', kind: 'phong', parentId: so.id });
  Object.assign(ids, { xa: xa.id, ap1: ap1.id, ap2: ap2.id, mttq: mttq.id, tx: tx.id, xa1: xa1.id, xa2: xa2.id, xa3: xa3.id, so: so.id, phong: phong.id });

  ids.m003 = (await buildMovement(t.db, { ownerUnitId: xa.id, status: 'closed', content: seedContent(seed003.content) })).movement.id;
  const m004 = (await buildMovement(t.db, { ownerUnitId: tx.id, status: 'closed', content: seedContent(seed004.content) })).movement;
  ids.m004 = m004.id;
  const child = (unitId: number, issuedOn: string) =>
    buildMovement(t.db, { ownerUnitId: unitId, status: 'issued', parentMovementId: m004.id, content: blankPlan({ issuerName: 'UBND XÃ', title: 'Kế hoạch của xã', year: 2022, header: { issuerName: 'UBND XÃ', issuedOn, signer: { title: 'CHỦ TỊCH' } } }) });
  await child(xa1.id, '2022-02-15');
  await child(xa2.id, '2022-05-04');
  ids.m002 = (await buildMovement(t.db, { ownerUnitId: so.id, status: 'closed', content: seedContent(seed002.content) })).movement.id;
  ids.now = (await buildMovement(t.db, { ownerUnitId: xa.id, status: 'in_progress', content: planAroundToday('UBND XÃ MỸ THẠNH') })).movement.id;
  ids.draft = (await buildMovement(t.db, { ownerUnitId: xa.id, status: 'draft', content: planAroundToday('UBND XÃ MỸ THẠNH') })).movement.id;

  const user = await buildUser(t.db, { role: 'admin', unitId: xa.id });
  await buildUser(t.db, { role: 'admin', unitId: tx.id, username: 'admin_tx' });
  await buildUser(t.db, { role: 'admin', unitId: so.id, username: 'admin_so' });
  officer = await loginAs(t.app, user.username, TEST_PASSWORD);
});
afterAll(() => t?.close());

describe('GET /api/deadlines from the seed plans', () => {
  it('seed 003: "chậm nhất 25/11 … 10/12 hằng năm" from 2015 to 2020, per ấp and for the xã, all overdue', async () => {
    const { items } = await list(officer, `?movementId=${ids.m003}`);
    const toXa = items.filter((e) => e.deadline.key === 'de-nghi-xa');
    const toHuyen = items.filter((e) => e.deadline.key === 'de-nghi-huyen');
    expect(toXa.map((e) => e.dueOn)).toEqual(['2015-11-25', '2016-11-25', '2017-11-25', '2018-11-25', '2019-11-25', '2020-11-25']);
    expect(toHuyen.map((e) => e.dueOn)).toEqual(['2015-12-10', '2016-12-10', '2017-12-10', '2018-12-10', '2019-12-10', '2020-12-10']);
    expect(toXa[0]!.units.map((u) => u.unit.name).sort()).toEqual(['Ấp Mỹ Hòa', 'Ấp Mỹ Lợi', 'Ủy ban MTTQ xã Mỹ Thạnh']);
    expect(toHuyen[0]!.units.map((u) => u.unit.name)).toEqual(['Xã Mỹ Thạnh']);
    expect(toHuyen[0]!.recipient).toBe('Phòng Nội vụ huyện');
    expect(items.flatMap((e) => e.units).every((u) => u.status === 'overdue')).toBe(true);
  });

  it('seed 002: "trước ngày 15/12 hằng năm" with no issue date is due 14/12/2025 for the Văn phòng Sở', async () => {
    const admin = await loginAs(t.app, 'admin_so', TEST_PASSWORD);
    const { items } = await list(admin, `?movementId=${ids.m002}`);
    expect(items.map((e) => [e.dueOn, e.deadline.strict, e.units.map((u) => u.unit.name)])).toEqual([['2025-12-14', 'before', ['Văn phòng Sở']]]);
  });

  it('seed 004: "trong Quý I/2022" is met by the xã’s own issued plan, late after March; "thông báo sau" has no date', async () => {
    const admin = await loginAs(t.app, 'admin_tx', TEST_PASSWORD);
    const { items } = await list(admin, `?movementId=${ids.m004}`);
    const plan = items.find((e) => e.deadline.key === 'gui-ke-hoach');
    expect(plan?.dueOn).toBe('2022-03-31');
    expect(statusOf(plan, ids.xa1)).toMatchObject({ status: 'done', doneOn: '2022-02-15', byPlan: true, completionId: null });
    expect(statusOf(plan, ids.xa2)).toMatchObject({ status: 'done_late', doneOn: '2022-05-04', byPlan: true });
    expect(statusOf(plan, ids.xa3)).toMatchObject({ status: 'overdue', doneOn: null });
    const later = items.find((e) => e.deadline.key === 'de-nghi-khen-thuong');
    expect(later?.dueOn).toBeNull();
    expect(later?.units.every((u) => u.status === 'unscheduled')).toBe(true);
    expect(items.at(-1)?.deadline.key).toBe('de-nghi-khen-thuong');
  });

  it('statuses around today, a date window, a unit filter; drafts carry no deadlines', async () => {
    const { items, today: serverToday } = await list(officer, `?movementId=${ids.now}`);
    expect(serverToday).toBe(today);
    expect(items.map((e) => [e.deadline.key, statusOf(e, ids.ap1)?.status])).toEqual([
      ['qua-han', 'overdue'],
      ['sap-den', 'due_soon'],
      ['chua-den', 'upcoming'],
    ]);
    const window = await list(officer, `?from=${addDays(today, -1)}&to=${addDays(today, 10)}`);
    expect(window.items.filter((e) => e.dueOn !== null).map((e) => e.deadline.key)).toEqual(['sap-den']);
    const one = await list(officer, `?movementId=${ids.now}&unitId=${ids.ap2}`);
    expect(one.items.every((e) => e.units.length === 1 && e.units[0]!.unit.id === ids.ap2)).toBe(true);
    expect((await list(officer, `?movementId=${ids.draft}`)).items).toEqual([]);
    expect((await officer.get(`/api/deadlines?from=${today}&to=${addDays(today, -1)}`)).statusCode).toBe(400);
  });
});

describe('completions', () => {
  it('marks a unit done, refuses a second mark, a day that is not an occurrence and a unit not responsible; undo restores', async () => {
    const body = { movementId: ids.now, deadlineKey: 'qua-han', dueOn: addDays(today, -10), unitId: ids.ap1, doneOn: addDays(today, -2), note: 'Đã gửi qua hệ thống' };
    const res = await officer.post('/api/deadlines/completions', body);
    expect(res.statusCode, res.body).toBe(201);
    const completion = res.json() as { id: number };
    let entry = (await list(officer, `?movementId=${ids.now}`)).items.find((e) => e.deadline.key === 'qua-han');
    expect(statusOf(entry, ids.ap1)).toMatchObject({ status: 'done_late', doneOn: addDays(today, -2), completionId: completion.id, note: 'Đã gửi qua hệ thống' });
    expect(statusOf(entry, ids.ap2)?.status).toBe('overdue');

    const again = await officer.post('/api/deadlines/completions', body);
    expect(again.statusCode).toBe(409);
    expect(again.json().error.message).toContain('Ấp Mỹ Hòa');
    const wrongDay = await officer.post('/api/deadlines/completions', { ...body, dueOn: addDays(today, -9), unitId: ids.ap2 });
    expect(wrongDay.statusCode).toBe(400);
    expect(wrongDay.json().error.fields).toHaveProperty('dueOn');
    const wrongUnit = await officer.post('/api/deadlines/completions', { ...body, unitId: ids.mttq });
    expect(wrongUnit.statusCode).toBe(400);
    expect(wrongUnit.json().error.fields).toHaveProperty('unitId');
    const future = await officer.post('/api/deadlines/completions', { ...body, unitId: ids.ap2, doneOn: addDays(today, 1) });
    expect(future.statusCode).toBe(400);
    const unknownKey = await officer.post('/api/deadlines/completions', { ...body, deadlineKey: 'khong-co' });
    expect(unknownKey.statusCode).toBe(404);
    const onTime = await officer.post('/api/deadlines/completions', { ...body, deadlineKey: 'sap-den', dueOn: addDays(today, 3), doneOn: today, note: null });
    expect(onTime.statusCode).toBe(201);

    const audit = await t.db.selectFrom('audit_log').select(['action', 'unit_id']).where('entity', '=', 'deadline_completion').orderBy('id').execute();
    expect(audit).toEqual([
      { action: 'deadline.complete', unit_id: ids.ap1 },
      { action: 'deadline.complete', unit_id: ids.ap1 },
    ]);

    expect((await officer.delete(`/api/deadlines/completions/${completion.id}`)).statusCode).toBe(200);
    entry = (await list(officer, `?movementId=${ids.now}`)).items.find((e) => e.deadline.key === 'qua-han');
    expect(statusOf(entry, ids.ap1)).toMatchObject({ status: 'overdue', completionId: null });
    expect((await officer.delete(`/api/deadlines/completions/${completion.id}`)).statusCode).toBe(404);
    const undo = await t.db.selectFrom('audit_log').select(['action', 'before']).where('action', '=', 'deadline.undo').executeTakeFirstOrThrow();
    expect(undo.before).toMatchObject({ unitId: ids.ap1, dueOn: addDays(today, -10) });
  });

  it('an announced-later deadline cannot be marked, nor a deadline of a draft', async () => {
    const admin = await loginAs(t.app, 'admin_tx', TEST_PASSWORD);
    const later = await admin.post('/api/deadlines/completions', { movementId: ids.m004, deadlineKey: 'de-nghi-khen-thuong', dueOn: '2022-12-01', unitId: ids.xa3, doneOn: '2022-12-01', note: null });
    expect(later.statusCode).toBe(400);
    expect(later.json().error.message).toContain('chưa ấn định');
    const draft = await officer.post('/api/deadlines/completions', { movementId: ids.draft, deadlineKey: 'qua-han', dueOn: addDays(today, -10), unitId: ids.ap1, doneOn: today, note: null });
    expect(draft.statusCode).toBe(400);
  });
});

describe('GET /api/deadlines/summary', () => {
  it('counts overdue and due-soon unit deadlines, and lists the next open ones soonest first', async () => {
    const res = await officer.get('/api/deadlines/summary');
    expect(res.statusCode, res.body).toBe(200);
    const s = res.json() as DeadlineSummaryResponse;
    // Only today's plan counts: 2 ấp overdue. Seed 003's 6 years of overdue items belong to a closed
    // movement — history on the deadlines page, not work on the dashboard.
    expect(s.overdue).toBe(2);
    // "sap-den" was marked for Ấp Mỹ Hòa above: only Ấp Mỹ Lợi is still due soon.
    expect(s.dueSoon).toBe(1);
    expect(s.doneThisMonth).toBeGreaterThanOrEqual(1);
    expect(s.next.map((e) => e.deadline.key)).toEqual(['sap-den', 'chua-den']);
  });
});
