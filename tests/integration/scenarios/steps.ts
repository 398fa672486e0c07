import { expect, vi } from 'vitest';
import type { UnitRow } from '../../../src/db/types';
import { seedDemoData } from '../../../src/seed/demo';
import { seedPlanContent } from '../../../src/seed/load-plans';
import { seedPlans } from '../../../src/seed/plans';
import { readDocxText } from '../../../src/documents/docx-read';
import { buildMovement, buildUser, TEST_PASSWORD } from '../../factories';
import { loginAs, type Client, type TestApp } from '../../helpers/test-app';

/**
 * The steps every seed scenario takes through HTTP, as the people of that office would: the demo
 * organisations, people and inputs (ratings, initiatives, discipline) of `npm start`, a movement
 * running the seed's plan, and accounts for each role at the units the plan names.
 *
 * The clock is the scenario's: deadlines such as "trước ngày 15/12 hằng năm" are judged against the
 * day the office would act, so the process Date is set to it (only Date is faked; timers run).
 */
export interface Scenario {
  t: TestApp;
  units: Map<string, UnitRow>;
  unit: (code: string) => UnitRow;
  movement: number;
}

export function actOn(day: string): void {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date(`${day}T09:00:00+07:00`));
}

export async function startScenario(t: TestApp, source: string): Promise<Scenario> {
  await seedDemoData(t.db);
  const units = new Map((await t.db.selectFrom('units').selectAll().execute()).map((u) => [u.code, u]));
  const unit = (code: string) => {
    const u = units.get(code);
    if (!u) throw new Error(`Không có đơn vị ${code}`);
    return u;
  };
  const seed = seedPlans.find((s) => s.source === source)!;
  const content = seedPlanContent(seed, units);
  // The demo keeps the seed's own movement closed (its period is over); the scenario runs it again.
  const movement = (await buildMovement(t.db, { ownerUnitId: unit(seed.ownerUnitCode).id, status: 'in_progress', content })).movement.id;
  return { t, units, unit, movement };
}

/** An account with one role on a unit, linked to a person when given (council members vote as themselves). */
export async function account(t: TestApp, role: Parameters<typeof buildUser>[1]['role'], unitId: number, personId?: number): Promise<Client> {
  const user = await buildUser(t.db, { role, unitId });
  if (personId) await t.db.updateTable('users').set({ person_id: personId }).where('id', '=', user.id).execute();
  return loginAs(t.app, user.username, TEST_PASSWORD);
}

export async function peopleOf(t: TestApp, unitId: number) {
  return t.db.selectFrom('people').select(['id', 'full_name', 'position', 'is_unit_head']).where('unit_id', '=', unitId).where('active', '=', true).orderBy('id').execute();
}

export function ok<T = Record<string, unknown>>(res: { statusCode: number; body: string; json: () => unknown }, status = 200): T {
  expect(res.statusCode, res.body).toBe(status);
  return res.json() as T;
}

export async function registerApproved(officer: Client, approver: Client, movementId: number, unitId: number): Promise<void> {
  const reg = ok<{ id: number }>(await officer.put('/api/registrations', { movementId, unitId, commitments: 'Đăng ký thi đua hoàn thành xuất sắc nhiệm vụ cải cách hành chính', entries: [{ subject: 'collective', targetTitle: 'tt_ldtt' }] }));
  ok(await officer.post(`/api/registrations/${reg.id}/submit`));
  ok(await approver.post(`/api/registrations/${reg.id}/approve`));
}

export const report = (results: string, summary: string) => ({ achievements: { results }, summary });

/** A council of the given members at a unit: attendance, secret ballot (each member's choices), close. */
export async function runCouncil(
  standing: Client,
  s: { unitId: number; movementId: number; meetingOn: string; nominationIds: number[] },
  members: { personId: number; role: string; client: Client; present?: boolean; votes?: Record<number, 'dong_y' | 'khong_dong_y'> }[],
) {
  const session = ok<{ id: number }>(await standing.post('/api/council-sessions', { unitId: s.unitId, movementId: s.movementId, title: 'Phiên họp xét khen thưởng', meetingOn: s.meetingOn, location: 'Phòng họp' }));
  ok(await standing.post(`/api/council-sessions/${session.id}/items`, { nominationIds: s.nominationIds }));
  const ids: number[] = [];
  for (const m of members) {
    const dto = ok<{ members: { id: number; personId: number | null }[] }>(await standing.post(`/api/council-sessions/${session.id}/members`, { personId: m.personId, role: m.role }));
    ids.push(dto.members.find((x) => x.personId === m.personId)!.id);
  }
  ok(await standing.put(`/api/council-sessions/${session.id}/attendance`, { attendance: members.map((m, i) => ({ memberId: ids[i]!, present: m.present ?? true })) }));
  ok(await standing.post(`/api/council-sessions/${session.id}/open`));
  for (const m of members) {
    if (m.present === false) continue;
    const votes = s.nominationIds.map((nominationId) => ({ nominationId, choice: m.votes?.[nominationId] ?? 'dong_y' }));
    ok(await m.client.post(`/api/council-sessions/${session.id}/ballots`, { votes }));
  }
  ok(await standing.post(`/api/council-sessions/${session.id}/close`));
  return { id: session.id, detail: ok<SessionDetail>(await standing.get(`/api/council-sessions/${session.id}`)) };
}

export interface SessionDetail {
  status: string;
  tally: { issued: number; valid: number; nominees: { nominationId: number; agree: number; disagree: number; recused: number; totalMembers: number; percent: number; passed: boolean }[] } | null;
  [k: string]: unknown;
}

/** A .docx download: status, content type, and its text (paragraphs and table cells). */
export async function docxText(c: Client, url: string): Promise<string> {
  const res = await c.get(url);
  expect(res.statusCode, `${url}: ${res.body.slice(0, 300)}`).toBe(200);
  expect(res.headers['content-type']).toContain('officedocument.wordprocessingml.document');
  return readDocxText(res.rawPayload);
}
