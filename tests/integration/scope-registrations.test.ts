import ExcelJS from 'exceljs';
import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { roleAllows, roles, type Permission, type Role } from '../../src/modules/auth/roles';
import { blankPlan } from '../../src/modules/movements/model/plan-builder';
import type { RegistrationListResponse } from '../../src/modules/registrations/registrations.schema';
import { buildMovement, buildPerson, buildUnit, buildUser, TEST_PASSWORD } from '../factories';
import { dbSnapshot } from '../helpers/db-snapshot';
import { loginAs, startTestApp, type Client, type TestApp } from '../helpers/test-app';

/**
 * The scope table for registration, every role granted on xã A of a huyện whose movement is running:
 * nothing of xã B is read or touched (404), A's registration is read by all, changed only by roles that
 * register, and decided by nobody here — deciding belongs to the huyện, the movement's owner.
 */

interface World {
  movement: number;
  a: number;
  b: number;
  regA: number;
  regB: number;
  personB: number;
}

const B_MARKERS = ['Bến Súc', 'Võ Thị Bến'];

interface ScopeCase {
  name: string;
  run: (c: Client, w: World) => Promise<LightMyRequestResponse>;
  /** Status for roles holding every permission in `needs`; 403 for the others (404 ignores roles). */
  needs: Permission[];
  allowed: 200 | 403 | 404 | 409;
  check?: (res: LightMyRequestResponse, w: World) => Promise<void> | void;
}

const save = (w: World, unitId: number, personId?: number) => ({
  movementId: w.movement,
  unitId,
  commitments: 'Cam kết',
  entries: personId ? [{ subject: 'individual', personId, targetTitle: 'ldtt' }] : [],
  revision: 1,
});

async function xlsxText(res: LightMyRequestResponse): Promise<string> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
  const parts: string[] = [];
  wb.eachSheet((ws) => ws.eachRow((row) => row.eachCell((cell) => parts.push(String(cell.text)))));
  return parts.join('\n');
}

const cases: ScopeCase[] = [
  {
    name: 'GET /movements/:id/registrations lists A only',
    run: (c, w) => c.get(`/api/movements/${w.movement}/registrations`),
    needs: ['movements.read'],
    allowed: 200,
    check: (res, w) => {
      const body = res.json() as RegistrationListResponse;
      expect(body.items.map((i) => i.unit.id)).toEqual([w.a]);
      expect(body.can.decide).toBe(false);
    },
  },
  {
    name: 'GET /movements/:id/registrations/export.xlsx holds A only',
    run: (c, w) => c.get(`/api/movements/${w.movement}/registrations/export.xlsx`),
    needs: ['movements.read'],
    allowed: 200,
    check: async (res) => {
      const text = await xlsxText(res);
      expect(text).toContain('An Lạc');
      for (const marker of B_MARKERS) expect(text).not.toContain(marker);
    },
  },
  { name: 'GET /registrations/:id of A', run: (c, w) => c.get(`/api/registrations/${w.regA}`), needs: ['movements.read'], allowed: 200 },
  { name: 'GET /registrations/:id of B', run: (c, w) => c.get(`/api/registrations/${w.regB}`), needs: [], allowed: 404 },
  { name: 'PUT /registrations for B', run: (c, w) => c.put('/api/registrations', save(w, w.b)), needs: [], allowed: 404 },
  { name: 'PUT /registrations for A while it waits for approval, naming B’s person', run: (c, w) => c.put('/api/registrations', save(w, w.a, w.personB)), needs: ['registrations.submit'], allowed: 409 },
  { name: 'POST /registrations/:id/submit of B', run: (c, w) => c.post(`/api/registrations/${w.regB}/submit`), needs: [], allowed: 404 },
  { name: 'POST /registrations/:id/return of B', run: (c, w) => c.post(`/api/registrations/${w.regB}/return`, { reason: 'Thiếu' }), needs: [], allowed: 404 },
  { name: 'POST /registrations/:id/approve of B', run: (c, w) => c.post(`/api/registrations/${w.regB}/approve`), needs: [], allowed: 404 },
  { name: 'POST /registrations/:id/submit of A (already sent)', run: (c, w) => c.post(`/api/registrations/${w.regA}/submit`), needs: ['registrations.submit'], allowed: 409 },
  // Nobody on xã A decides: approval belongs to the huyện that owns the movement.
  { name: 'POST /registrations/:id/return of A', run: (c, w) => c.post(`/api/registrations/${w.regA}/return`, { reason: 'Thiếu' }), needs: [], allowed: 403 },
  { name: 'POST /registrations/:id/approve of A', run: (c, w) => c.post(`/api/registrations/${w.regA}/approve`), needs: [], allowed: 403 },
];

let t: TestApp;
let w: World;
const clients = new Map<Role, Client>();

beforeAll(async () => {
  t = await startTestApp();
  const huyen = await buildUnit(t.db, { name: 'Huyện Dương Minh Châu', kind: 'huyen' });
  const a = await buildUnit(t.db, { name: 'Xã An Lạc', parentId: huyen.id });
  const b = await buildUnit(t.db, { name: 'Xã Bến Súc', parentId: huyen.id });
  await buildPerson(t.db, { unitId: a.id, fullName: 'Lê Văn An' });
  const personB = await buildPerson(t.db, { unitId: b.id, fullName: 'Võ Thị Bến' });
  const content = blankPlan({ issuerName: 'ỦY BAN NHÂN DÂN HUYỆN DƯƠNG MINH CHÂU', title: 'Phong trào thi đua CCHC', year: 2024 });
  const movement = (await buildMovement(t.db, { ownerUnitId: huyen.id, status: 'in_progress', content })).movement.id;
  // Both xã have sent their registration; built through the API by the huyện's administrator.
  const admin = await loginAs(t.app, (await buildUser(t.db, { role: 'admin', unitId: huyen.id })).username, TEST_PASSWORD);
  const regs: number[] = [];
  for (const [unitId, personId] of [[a.id, null], [b.id, personB.id]] as const) {
    const res = await admin.put('/api/registrations', {
      movementId: movement,
      unitId,
      commitments: 'Hoàn thành nhiệm vụ',
      entries: [{ subject: 'collective', targetTitle: 'tt_ldtt' }, ...(personId ? [{ subject: 'individual', personId, targetTitle: 'ldtt' }] : [])],
    });
    expect(res.statusCode, res.body).toBe(200);
    regs.push(res.json().id);
    expect((await admin.post(`/api/registrations/${res.json().id}/submit`)).statusCode).toBe(200);
  }
  w = { movement, a: a.id, b: b.id, regA: regs[0]!, regB: regs[1]!, personB: personB.id };
  for (const role of roles) {
    const user = await buildUser(t.db, { role, unitId: a.id });
    clients.set(role, await loginAs(t.app, user.username, TEST_PASSWORD));
  }
});
afterAll(() => t?.close());

describe.each([...roles])('a user with role %s on xã A', (role) => {
  it.each(cases)('$name: nothing of xã B is read or changed', async (sc) => {
    const before = await dbSnapshot(t.db);
    const res = await sc.run(clients.get(role)!, w);
    const allowed = sc.needs.every((p) => roleAllows(role, p));
    const status = sc.allowed === 404 ? 404 : allowed ? sc.allowed : 403;
    expect(res.statusCode, res.body.slice(0, 300)).toBe(status);
    if (status === 200 && sc.check) await sc.check(res, w);
    if (status === 404) expect(res.json().error.code).toBe('not_found');
    if (status === 403) expect(res.json().error.code).toBe('forbidden');
    for (const marker of B_MARKERS) expect(res.body).not.toContain(marker);
    expect(await dbSnapshot(t.db)).toEqual(before);
  });
});
