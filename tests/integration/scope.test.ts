import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { roleAllows, roles, type Role } from '../../src/modules/auth/roles';
import { buildPerson, buildUnit, buildUser, TEST_PASSWORD } from '../factories';
import { dbSnapshot } from '../helpers/db-snapshot';
import { loginAs, startTestApp, type Client, type TestApp } from '../helpers/test-app';

/**
 * "A user of xã A can never read or change anything of xã B", for every endpoint, for every role.
 * Two xã under one huyện; each role is granted on xã A. Every case below is run by every role and
 * must answer 404 (B's data not even disclosed) or 403, or — for lists — leave B out; and must
 * write nothing. Other capabilities: append your endpoints to `cases`.
 */

interface World {
  huyen: { id: number };
  a: { id: number };
  a1: { id: number };
  b: { id: number };
  b1: { id: number };
  personA: { id: number };
  personB: { id: number };
}

/** Words that appear only in xã B's data: no answer to a user of xã A may contain them. */
const B_MARKERS = ['Bến Súc', 'Bến 1', 'Võ Thị Bến'];

type Expectation =
  | { status: 403 | 404 }
  /** 404 when the role could otherwise write (the target is hidden), 403 when the role may not write at all. */
  | { status: 'hidden-or-forbidden'; permission: Parameters<typeof roleAllows>[1] }
  /** 200, the listed ids include A's and none of B's (nor of the huyện above A). */
  | { list: (w: World) => { shown: number[]; hidden: number[] } };

interface ScopeCase {
  name: string;
  run: (c: Client, w: World) => Promise<LightMyRequestResponse>;
  expect: Expectation;
}

const ids = (body: unknown) => (body as { items: { id: number }[] }).items.map((i) => i.id);
const unitList = (w: World) => ({ shown: [w.a.id, w.a1.id], hidden: [w.b.id, w.b1.id, w.huyen.id] });
const peopleList = (w: World) => ({ shown: [w.personA.id], hidden: [w.personB.id] });
const day = '2025-07-01';

const cases: ScopeCase[] = [
  // ---- units ----
  { name: 'GET /units', run: (c) => c.get('/api/units'), expect: { list: unitList } },
  { name: 'GET /units?includeInactive', run: (c) => c.get('/api/units?includeInactive=true'), expect: { list: unitList } },
  { name: 'GET /units?asOf', run: (c) => c.get('/api/units?asOf=2024-01-01'), expect: { list: unitList } },
  { name: 'GET /units/:id of B', run: (c, w) => c.get(`/api/units/${w.b.id}`), expect: { status: 404 } },
  { name: 'GET /units/:id of an ấp of B', run: (c, w) => c.get(`/api/units/${w.b1.id}`), expect: { status: 404 } },
  { name: 'GET /units/:id of the huyện above', run: (c, w) => c.get(`/api/units/${w.huyen.id}`), expect: { status: 404 } },
  { name: 'POST /units under B', run: (c, w) => c.post('/api/units', { code: 'S-NEW', name: 'Mới', kind: 'ap', parentId: w.b.id }), expect: { status: 404 } },
  { name: 'PATCH /units/:id of B', run: (c, w) => c.patch(`/api/units/${w.b.id}`, { name: 'Đổi tên' }), expect: { status: 404 } },
  {
    name: 'PATCH /units/:id of B with a bad period',
    run: (c, w) => c.patch(`/api/units/${w.b.id}`, { validTo: '2000-01-01' }),
    expect: { status: 404 },
  },
  { name: 'POST /units/:id/move B under A', run: (c, w) => c.post(`/api/units/${w.b.id}/move`, { parentId: w.a.id, effectiveDate: day }), expect: { status: 404 } },
  { name: 'POST /units/:id/move an ấp of A under B', run: (c, w) => c.post(`/api/units/${w.a1.id}/move`, { parentId: w.b.id, effectiveDate: day }), expect: { status: 404 } },
  {
    name: 'POST /units/merge B into A',
    run: (c, w) => c.post('/api/units/merge', { sourceIds: [w.b.id], target: { unitId: w.a.id }, effectiveDate: day }),
    expect: { status: 404 },
  },
  {
    name: 'POST /units/merge an ấp of A into B',
    run: (c, w) => c.post('/api/units/merge', { sourceIds: [w.a1.id], target: { unitId: w.b.id }, effectiveDate: day }),
    expect: { status: 404 },
  },
  {
    name: 'POST /units/merge an ấp of A into a new unit under B',
    run: (c, w) => c.post('/api/units/merge', { sourceIds: [w.a1.id], target: { code: 'S-M', name: 'Mới', kind: 'ap', parentId: w.b.id }, effectiveDate: day }),
    expect: { status: 404 },
  },
  // ---- people ----
  { name: 'GET /people', run: (c) => c.get('/api/people?limit=500'), expect: { list: peopleList } },
  {
    name: 'GET /people?q= B’s name',
    run: (c) => c.get(`/api/people?q=${encodeURIComponent('võ thị bến')}&includeInactive=true`),
    expect: { list: (w) => ({ shown: [], hidden: [w.personB.id] }) },
  },
  { name: 'GET /people?unitId=B', run: (c, w) => c.get(`/api/people?unitId=${w.b.id}`), expect: { status: 404 } },
  { name: 'GET /people?unitId=huyện', run: (c, w) => c.get(`/api/people?unitId=${w.huyen.id}`), expect: { status: 404 } },
  { name: 'GET /people/:id of B', run: (c, w) => c.get(`/api/people/${w.personB.id}`), expect: { status: 404 } },
  { name: 'POST /people into B', run: (c, w) => c.post('/api/people', { fullName: 'Người Mới', unitId: w.b.id, category: 'cong_chuc' }), expect: { status: 404 } },
  { name: 'PATCH /people/:id of B', run: (c, w) => c.patch(`/api/people/${w.personB.id}`, { fullName: 'Tên Khác' }), expect: { status: 404 } },
  {
    name: 'POST /people/:id/transfer B’s person to A',
    run: (c, w) => c.post(`/api/people/${w.personB.id}/transfer`, { toUnitId: w.a.id, effectiveDate: day }),
    expect: { status: 404 },
  },
  {
    name: 'POST /people/:id/transfer A’s person to B',
    run: (c, w) => c.post(`/api/people/${w.personA.id}/transfer`, { toUnitId: w.b.id, effectiveDate: day }),
    expect: { status: 'hidden-or-forbidden', permission: 'people.write' },
  },
  { name: 'DELETE /people/:id of B', run: (c, w) => c.delete(`/api/people/${w.personB.id}`), expect: { status: 404 } },
];

let t: TestApp;
let w: World;
const clients = new Map<Role, Client>();

beforeAll(async () => {
  t = await startTestApp();
  const huyen = await buildUnit(t.db, { name: 'Huyện Dương Minh Châu', kind: 'huyen' });
  const a = await buildUnit(t.db, { name: 'Xã An Lạc', parentId: huyen.id });
  const a1 = await buildUnit(t.db, { name: 'Ấp An 1', kind: 'ap', parentId: a.id });
  const b = await buildUnit(t.db, { name: 'Xã Bến Súc', parentId: huyen.id });
  const b1 = await buildUnit(t.db, { name: 'Ấp Bến 1', kind: 'ap', parentId: b.id });
  const personA = await buildPerson(t.db, { unitId: a.id, fullName: 'Lê Văn An' });
  const personB = await buildPerson(t.db, { unitId: b1.id, fullName: 'Võ Thị Bến' });
  w = { huyen, a, a1, b, b1, personA, personB };
  for (const role of roles) {
    const user = await buildUser(t.db, { role, unitId: a.id });
    clients.set(role, await loginAs(t.app, user.username, TEST_PASSWORD));
  }
});
afterAll(() => t?.close());

describe.each([...roles])('a user with role %s on xã A', (role) => {
  it('can read xã A itself (the cases below are not passing by accident)', async () => {
    const c = clients.get(role)!;
    expect((await c.get(`/api/units/${w.a.id}`)).statusCode).toBe(200);
    expect((await c.get(`/api/people/${w.personA.id}`)).statusCode).toBe(200);
    expect(ids((await c.get('/api/units')).json())).toContain(w.a1.id);
    expect(ids((await c.get('/api/people')).json())).toContain(w.personA.id);
  });

  it.each(cases)('$name: nothing of xã B is read or changed', async (scopeCase) => {
    const c = clients.get(role)!;
    const before = await dbSnapshot(t.db);
    const res = await scopeCase.run(c, w);
    const e = scopeCase.expect;
    if ('list' in e) {
      expect(res.statusCode, res.body).toBe(200);
      const listed = ids(res.json());
      const { shown, hidden } = e.list(w);
      for (const id of shown) expect(listed).toContain(id);
      for (const id of hidden) expect(listed).not.toContain(id);
    } else {
      const expected = e.status === 'hidden-or-forbidden' ? (roleAllows(role, e.permission) ? 404 : 403) : e.status;
      expect(res.statusCode, res.body).toBe(expected);
      expect(res.json().error.code).toBe(expected === 404 ? 'not_found' : 'forbidden');
    }
    for (const marker of B_MARKERS) expect(res.body).not.toContain(marker);
    expect(await dbSnapshot(t.db)).toEqual(before);
  });
});
