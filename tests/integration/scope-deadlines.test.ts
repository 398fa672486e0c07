import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { roleAllows, roles, type Role } from '../../src/modules/auth/roles';
import type { DeadlineListResponse } from '../../src/modules/deadlines/deadlines.schema';
import { addDays } from '../../src/modules/deadlines/schedule';
import { blankPlan } from '../../src/modules/movements/model/plan-builder';
import { todayInVietnam } from '../../src/modules/units/unit-period';
import { buildMovement, buildUnit, buildUser, TEST_PASSWORD } from '../factories';
import { dbSnapshot } from '../helpers/db-snapshot';
import { loginAs, startTestApp, type Client, type TestApp } from '../helpers/test-app';

/**
 * Deadlines by role, for a user of xã A: the huyện's plan is read (A follows it), but only A's units'
 * statuses come back; xã B's units, B's own plan and B's completions are neither read nor written.
 */
const B_MARKERS = ['Bến Súc', 'Ấp Bến Cũ', 'Kế hoạch riêng của xã B'];
const today = todayInVietnam();
const overdueDay = addDays(today, -5);

interface Ids { huyenPlan: number; bPlan: number; a: number; apA: number; b: number; apB: number; completionB: number }
interface ScopeCase {
  name: string;
  run: (c: Client, ids: Ids) => Promise<LightMyRequestResponse>;
  /** Status for a role holding deadlines.mark (reads need only movements.read, which every role has). */
  status: number;
  /** Roles without deadlines.mark are refused with 403 before anything is looked up. */
  needsMark?: boolean;
  mustShow?: string;
}

const mark = (c: Client, movementId: number, unitId: number) =>
  c.post('/api/deadlines/completions', { movementId, deadlineKey: 'bao-cao', dueOn: overdueDay, unitId, doneOn: today, note: null });

const cases: ScopeCase[] = [
  { name: 'GET /deadlines', run: (c) => c.get('/api/deadlines'), status: 200, mustShow: 'Ấp An Thới' },
  { name: 'GET /deadlines/summary', run: (c) => c.get('/api/deadlines/summary'), status: 200 },
  { name: 'GET /deadlines?unitId=B', run: (c, i) => c.get(`/api/deadlines?unitId=${i.b}`), status: 404 },
  { name: 'GET /deadlines?movementId=B’s plan', run: (c, i) => c.get(`/api/deadlines?movementId=${i.bPlan}`), status: 404 },
  { name: 'POST /deadlines/completions for B’s ấp', run: (c, i) => mark(c, i.huyenPlan, i.apB), status: 404, needsMark: true },
  { name: 'POST /deadlines/completions on B’s plan', run: (c, i) => mark(c, i.bPlan, i.b), status: 404, needsMark: true },
  { name: 'DELETE /deadlines/completions/B’s', run: (c, i) => c.delete(`/api/deadlines/completions/${i.completionB}`), status: 404, needsMark: true },
];

let t: TestApp;
let ids: Ids;
const clients = new Map<Role, Client>();

const plan = (issuer: string, title: string) =>
  blankPlan({
    issuerName: issuer,
    title,
    period: { start: { kind: 'date', date: addDays(today, -30) }, end: addDays(today, 60) },
    deadlines: [{ key: 'bao-cao', title: 'Gửi báo cáo', kind: 'submit_report', due: { kind: 'date', date: overdueDay }, responsible: { text: 'các xã, các ấp', unitKinds: ['xa', 'ap'] } }],
  });

beforeAll(async () => {
  t = await startTestApp();
  const huyen = await buildUnit(t.db, { name: 'Huyện Dương Minh Châu', kind: 'huyen' });
  const a = await buildUnit(t.db, { name: 'Xã An Lạc', parentId: huyen.id });
  const apA = await buildUnit(t.db, { name: 'Ấp An Thới', kind: 'ap', parentId: a.id });
  const b = await buildUnit(t.db, { name: 'Xã Bến Súc', parentId: huyen.id });
  const apB = await buildUnit(t.db, { name: 'Ấp Bến Cũ', kind: 'ap', parentId: b.id });
  const huyenPlan = (await buildMovement(t.db, { ownerUnitId: huyen.id, status: 'issued', content: plan('UBND HUYỆN', 'Kế hoạch thi đua của huyện') })).movement.id;
  const bPlan = (await buildMovement(t.db, { ownerUnitId: b.id, status: 'issued', content: plan('UBND XÃ BẾN SÚC', 'Kế hoạch riêng của xã B') })).movement.id;
  const completionB = await t.db
    .insertInto('deadline_completions')
    .values({ movement_id: huyenPlan, deadline_key: 'bao-cao', due_on: overdueDay, unit_id: apB.id, done_on: today, note: 'Bến Súc đã gửi' })
    .returning('id')
    .executeTakeFirstOrThrow();
  ids = { huyenPlan, bPlan, a: a.id, apA: apA.id, b: b.id, apB: apB.id, completionB: completionB.id };
  for (const role of roles) {
    const user = await buildUser(t.db, { role, unitId: a.id });
    clients.set(role, await loginAs(t.app, user.username, TEST_PASSWORD));
  }
});
afterAll(() => t?.close());

describe.each([...roles])('a user with role %s on xã A', (role) => {
  const marks = roleAllows(role, 'deadlines.mark');

  it.each(cases)('$name: nothing of xã B is read or written', async (sc) => {
    const before = await dbSnapshot(t.db);
    const res = await sc.run(clients.get(role)!, ids);
    expect(res.statusCode, res.body.slice(0, 300)).toBe(sc.needsMark && !marks ? 403 : sc.status);
    for (const marker of B_MARKERS) expect(res.body).not.toContain(marker);
    if (sc.mustShow) expect(res.body).toContain(sc.mustShow);
    expect(await dbSnapshot(t.db)).toEqual(before);
  });

  it(marks ? 'marks and unmarks A’s own ấp' : 'may not mark A’s own ấp', async () => {
    const c = clients.get(role)!;
    const res = await mark(c, ids.huyenPlan, ids.apA);
    if (!marks) {
      expect(res.statusCode).toBe(403);
      return;
    }
    expect(res.statusCode, res.body).toBe(201);
    const list = (await c.get('/api/deadlines')).json() as DeadlineListResponse;
    const entry = list.items.find((e) => e.movement.id === ids.huyenPlan);
    expect(entry?.units.map((u) => [u.unit.name, u.status])).toEqual([
      ['Xã An Lạc', 'overdue'],
      ['Ấp An Thới', 'done_late'],
    ]);
    expect((await c.delete(`/api/deadlines/completions/${(res.json() as { id: number }).id}`)).statusCode).toBe(200);
  });
});

describe('a user of the huyện', () => {
  it('sees every xã’s statuses, B’s completion included', async () => {
    const user = await buildUser(t.db, { role: 'standing', unitId: (await t.db.selectFrom('units').select('id').where('name', '=', 'Huyện Dương Minh Châu').executeTakeFirstOrThrow()).id });
    const c = await loginAs(t.app, user.username, TEST_PASSWORD);
    const list = (await c.get(`/api/deadlines?movementId=${ids.huyenPlan}`)).json() as DeadlineListResponse;
    expect(list.items[0]?.units.map((u) => [u.unit.name, u.status])).toEqual([
      ['Xã An Lạc', 'overdue'],
      ['Ấp An Thới', 'overdue'],
      ['Xã Bến Súc', 'overdue'],
      ['Ấp Bến Cũ', 'done_late'],
    ]);
  });
});
