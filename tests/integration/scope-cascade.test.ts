import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { roleAllows, roles, type Role } from '../../src/modules/auth/roles';
import type { CascadeResponse } from '../../src/modules/movements/cascade/cascade.schema';
import { blankPlan } from '../../src/modules/movements/model/plan-builder';
import { buildMovement, buildUnit, buildUser, TEST_PASSWORD } from '../factories';
import { dbSnapshot } from '../helpers/db-snapshot';
import { loginAs, startTestApp, type Client, type TestApp } from '../helpers/test-app';

/**
 * The scope table for the cascade (see scope.test.ts), every role granted on xã A: the huyện's
 * issued plan shows A and nothing of xã B; B's plans and the huyện's draft are hidden (404); no
 * role makes a plan for B or an ấp of B; only roles that draft plans make one for A.
 */

interface World {
  a: number;
  a1: number;
  b: number;
  b1: number;
  huyen: number;
  hIssued: number;
  hDraft: number;
  aPlan: number;
  bPlan: number;
  bDraft: number;
}

const HIDDEN_MARKERS = ['Bến Súc', 'Bến 1', 'BẾN SÚC', 'chưa công bố'];

type Expectation =
  | { status: 403 | 404 }
  /** Refused for every role: 403 without movements.write, else this status. */
  | { writers: 409; others: 403 }
  | { cascade: (w: World) => { units: number[]; tree: number[] } };

interface ScopeCase {
  name: string;
  run: (c: Client, w: World) => Promise<LightMyRequestResponse>;
  expect: Expectation;
}

const child = (c: Client, movementId: number, ownerUnitId: number) => c.post(`/api/movements/${movementId}/children`, { ownerUnitId });

const cases: ScopeCase[] = [
  { name: 'GET /movements/:id/cascade of the huyện’s plan', run: (c, w) => c.get(`/api/movements/${w.hIssued}/cascade`), expect: { cascade: (w) => ({ units: [w.a], tree: [w.aPlan] }) } },
  { name: 'GET /movements/:id/cascade of B’s plan', run: (c, w) => c.get(`/api/movements/${w.bPlan}/cascade`), expect: { status: 404 } },
  { name: 'GET /movements/:id/cascade of B’s draft', run: (c, w) => c.get(`/api/movements/${w.bDraft}/cascade`), expect: { status: 404 } },
  { name: 'GET /movements/:id/cascade of the huyện’s draft', run: (c, w) => c.get(`/api/movements/${w.hDraft}/cascade`), expect: { status: 404 } },
  { name: 'POST /movements/:id/children for B', run: (c, w) => child(c, w.hIssued, w.b), expect: { status: 404 } },
  { name: 'POST /movements/:id/children for an ấp of B', run: (c, w) => child(c, w.hIssued, w.b1), expect: { status: 404 } },
  { name: 'POST /movements/:id/children from B’s plan', run: (c, w) => child(c, w.bPlan, w.b1), expect: { status: 404 } },
  { name: 'POST /movements/:id/children from B’s plan for an ấp of A', run: (c, w) => child(c, w.bPlan, w.a1), expect: { status: 404 } },
  { name: 'POST /movements/:id/children from the huyện’s draft', run: (c, w) => child(c, w.hDraft, w.a), expect: { status: 404 } },
  { name: 'POST /movements/:id/children for A, which has its plan already', run: (c, w) => child(c, w.hIssued, w.a), expect: { writers: 409, others: 403 } },
];

let t: TestApp;
let w: World;
const clients = new Map<Role, Client>();

const plan = (issuer: string, title: string, number: string | null) =>
  blankPlan({
    issuerName: issuer,
    title,
    year: 2024,
    header: { issuerName: issuer, number, issuedOn: number ? '2024-02-01' : null, signer: { title: 'CHỦ TỊCH' } },
    cascade: { unitKinds: ['xa'], deadlineKey: null },
  });

beforeAll(async () => {
  t = await startTestApp();
  const huyen = await buildUnit(t.db, { name: 'Huyện Dương Minh Châu', kind: 'huyen' });
  const a = await buildUnit(t.db, { name: 'Xã An Lạc', parentId: huyen.id });
  const a1 = await buildUnit(t.db, { name: 'Ấp An 1', kind: 'ap', parentId: a.id });
  const b = await buildUnit(t.db, { name: 'Xã Bến Súc', parentId: huyen.id });
  const b1 = await buildUnit(t.db, { name: 'Ấp Bến 1', kind: 'ap', parentId: b.id });
  const mk = async (ownerUnitId: number, status: 'issued' | 'draft', content: ReturnType<typeof plan>, parentMovementId: number | null = null) =>
    (await buildMovement(t.db, { ownerUnitId, status, content, parentMovementId })).movement.id;
  const hIssued = await mk(huyen.id, 'issued', plan('ỦY BAN NHÂN DÂN HUYỆN DƯƠNG MINH CHÂU', 'Kế hoạch thi đua của huyện', '1/KH-UBND'));
  const hDraft = await mk(huyen.id, 'draft', plan('ỦY BAN NHÂN DÂN HUYỆN DƯƠNG MINH CHÂU', 'Dự thảo huyện chưa công bố', null));
  const aPlan = await mk(a.id, 'issued', plan('ỦY BAN NHÂN DÂN XÃ AN LẠC', 'Kế hoạch xã An Lạc', '2/KH-UBND'), hIssued);
  const bPlan = await mk(b.id, 'issued', plan('ỦY BAN NHÂN DÂN XÃ BẾN SÚC', 'Kế hoạch xã Bến Súc', '3/KH-UBND'), hIssued);
  const bDraft = await mk(b1.id, 'draft', plan('BAN NHÂN DÂN ẤP BẾN 1', 'Dự thảo Bến 1', null), bPlan);
  w = { a: a.id, a1: a1.id, b: b.id, b1: b1.id, huyen: huyen.id, hIssued, hDraft, aPlan, bPlan, bDraft };
  for (const role of roles) {
    const user = await buildUser(t.db, { role, unitId: a.id });
    clients.set(role, await loginAs(t.app, user.username, TEST_PASSWORD));
  }
});
afterAll(() => t?.close());

describe.each([...roles])('a user with role %s on xã A', (role) => {
  it.each(cases)('$name: nothing hidden is read or changed', async (scopeCase) => {
    const before = await dbSnapshot(t.db);
    const res = await scopeCase.run(clients.get(role)!, w);
    const e = scopeCase.expect;
    if ('cascade' in e) {
      expect(res.statusCode, res.body).toBe(200);
      const body = res.json() as CascadeResponse;
      const want = e.cascade(w);
      expect(body.units.map((x) => x.unit.id)).toEqual(want.units);
      expect(body.tree.map((n) => n.id)).toEqual(want.tree);
    } else if ('writers' in e) {
      expect(res.statusCode, res.body).toBe(roleAllows(role, 'movements.write') ? e.writers : e.others);
    } else {
      expect(res.statusCode, res.body).toBe(e.status);
      expect(res.json().error.code).toBe(e.status === 404 ? 'not_found' : 'forbidden');
    }
    for (const marker of HIDDEN_MARKERS) expect(res.body).not.toContain(marker);
    expect(await dbSnapshot(t.db)).toEqual(before);
  });

  it('makes a plan for an ấp of A from the huyện’s plan only when the role drafts plans', async () => {
    const parent = (await buildMovement(t.db, { ownerUnitId: w.huyen, status: 'issued', content: plan('ỦY BAN NHÂN DÂN HUYỆN DƯƠNG MINH CHÂU', `Kế hoạch cho ${role}`, '4/KH-UBND') })).movement.id;
    const before = await dbSnapshot(t.db);
    const res = await child(clients.get(role)!, parent, w.a1);
    if (roleAllows(role, 'movements.write')) {
      expect(res.statusCode, res.body).toBe(201);
      expect(res.json()).toMatchObject({ owner: { id: w.a1 }, parentMovementId: parent, status: 'draft' });
    } else {
      expect(res.statusCode, res.body).toBe(403);
      expect(await dbSnapshot(t.db)).toEqual(before);
    }
    for (const marker of HIDDEN_MARKERS) expect(res.body).not.toContain(marker);
  });
});
