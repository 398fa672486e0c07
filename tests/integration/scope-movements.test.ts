import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { roles, type Role } from '../../src/modules/auth/roles';
import { buildMovement, buildUnit, buildUser, TEST_PASSWORD } from '../factories';
import { dbSnapshot } from '../helpers/db-snapshot';
import { loginAs, startTestApp, type Client, type TestApp } from '../helpers/test-app';
import { planOf } from './movements-fixtures';

/**
 * The scope table of scope.test.ts for movements: every role granted on xã A. Xã B's plans (issued
 * or draft) and the huyện's unpublished draft are never read nor changed — 404, as if they did not
 * exist; the huyện's issued plan is readable (xã A follows it) but never writable — 403. Every case
 * writes nothing.
 */

interface World {
  a: number;
  b: number;
  hIssued: number;
  hDraft: number;
  aIssued: number;
  aDraft: number;
  bIssued: number;
  bDraft: number;
}

/** Words only xã B's plans and the huyện's draft hold. */
const HIDDEN_MARKERS = ['Bến Súc', 'Bến 1', 'chưa công bố'];

type Expectation = { status: 200 | 403 | 404 } | { list: (w: World) => { shown: number[]; hidden: number[] } };
interface ScopeCase {
  name: string;
  run: (c: Client, w: World) => Promise<LightMyRequestResponse>;
  expect: Expectation;
}

const hiddenAll = (w: World) => [w.bIssued, w.bDraft, w.hDraft];
const save = (c: Client, id: number) => c.put(`/api/movements/${id}/draft`, { content: planOf({ title: 'Ghi đè' }), revision: 1 });
const issue = (c: Client, id: number) => c.post(`/api/movements/${id}/issue`, { number: '99/KH-UBND', issuedOn: '2024-06-01', revision: 1 });

const cases: ScopeCase[] = [
  { name: 'GET /movements', run: (c) => c.get('/api/movements?limit=200'), expect: { list: (w) => ({ shown: [w.aIssued, w.aDraft, w.hIssued], hidden: hiddenAll(w) }) } },
  { name: 'GET /movements?q= B’s title', run: (c) => c.get(`/api/movements?q=${encodeURIComponent('bến súc')}`), expect: { list: (w) => ({ shown: [], hidden: hiddenAll(w) }) } },
  { name: 'GET /movements?status=draft', run: (c) => c.get('/api/movements?status=draft'), expect: { list: (w) => ({ shown: [w.aDraft], hidden: hiddenAll(w) }) } },
  { name: 'GET /movements?unitId=B', run: (c, w) => c.get(`/api/movements?unitId=${w.b}`), expect: { status: 404 } },
  { name: 'GET /movements/:id of B (issued)', run: (c, w) => c.get(`/api/movements/${w.bIssued}`), expect: { status: 404 } },
  { name: 'GET /movements/:id of B (draft)', run: (c, w) => c.get(`/api/movements/${w.bDraft}`), expect: { status: 404 } },
  { name: 'GET /movements/:id of the huyện’s draft', run: (c, w) => c.get(`/api/movements/${w.hDraft}`), expect: { status: 404 } },
  { name: 'GET /movements/:id of the huyện’s issued plan (B’s child hidden)', run: (c, w) => c.get(`/api/movements/${w.hIssued}`), expect: { status: 200 } },
  { name: 'GET /movements/:id/versions/1 of B', run: (c, w) => c.get(`/api/movements/${w.bIssued}/versions/1`), expect: { status: 404 } },
  { name: 'GET /movements/:id/versions/1 of the huyện’s draft', run: (c, w) => c.get(`/api/movements/${w.hDraft}/versions/1`), expect: { status: 404 } },
  { name: 'GET /movements/:id/diff of B', run: (c, w) => c.get(`/api/movements/${w.bIssued}/diff?from=1&to=1`), expect: { status: 404 } },
  { name: 'POST /movements into B', run: (c, w) => c.post('/api/movements', { ownerUnitId: w.b, content: planOf() }), expect: { status: 404 } },
  { name: 'PUT /movements/:id/draft of B', run: (c, w) => save(c, w.bDraft), expect: { status: 404 } },
  { name: 'PUT /movements/:id/draft of the huyện’s draft', run: (c, w) => save(c, w.hDraft), expect: { status: 404 } },
  { name: 'PUT /movements/:id/draft of the huyện’s issued plan', run: (c, w) => save(c, w.hIssued), expect: { status: 403 } },
  { name: 'POST /movements/:id/draft (amend) B', run: (c, w) => c.post(`/api/movements/${w.bIssued}/draft`, { changeNote: null }), expect: { status: 404 } },
  { name: 'POST /movements/:id/draft (amend) the huyện’s plan', run: (c, w) => c.post(`/api/movements/${w.hIssued}/draft`, { changeNote: null }), expect: { status: 403 } },
  { name: 'DELETE /movements/:id/draft of B', run: (c, w) => c.delete(`/api/movements/${w.bDraft}/draft`), expect: { status: 404 } },
  { name: 'DELETE /movements/:id/draft of the huyện’s draft', run: (c, w) => c.delete(`/api/movements/${w.hDraft}/draft`), expect: { status: 404 } },
  { name: 'POST /movements/:id/issue of B', run: (c, w) => issue(c, w.bDraft), expect: { status: 404 } },
  { name: 'POST /movements/:id/issue of the huyện’s draft', run: (c, w) => issue(c, w.hDraft), expect: { status: 404 } },
  { name: 'POST /movements/:id/status of B', run: (c, w) => c.post(`/api/movements/${w.bIssued}/status`, { status: 'in_progress' }), expect: { status: 404 } },
  { name: 'POST /movements/:id/status of the huyện’s plan', run: (c, w) => c.post(`/api/movements/${w.hIssued}/status`, { status: 'in_progress' }), expect: { status: 403 } },
];

let t: TestApp;
let w: World;
const clients = new Map<Role, Client>();

beforeAll(async () => {
  t = await startTestApp();
  const huyen = await buildUnit(t.db, { name: 'Huyện Dương Minh Châu', kind: 'huyen' });
  const a = await buildUnit(t.db, { name: 'Xã An Lạc', parentId: huyen.id });
  const b = await buildUnit(t.db, { name: 'Xã Bến Súc', parentId: huyen.id });
  const plan = (title: string, number: string | null = null) => planOf({ title, number, issuedOn: number ? '2024-02-01' : null, issuer: title.toUpperCase() });
  const mk = async (ownerUnitId: number, status: 'issued' | 'draft', content: ReturnType<typeof planOf>, parentMovementId: number | null = null) =>
    (await buildMovement(t.db, { ownerUnitId, status, content, parentMovementId })).movement.id;
  const hIssued = await mk(huyen.id, 'issued', plan('Kế hoạch huyện Dương Minh Châu', '1/KH-UBND'));
  const hDraft = await mk(huyen.id, 'draft', plan('Dự thảo huyện chưa công bố'));
  const aIssued = await mk(a.id, 'issued', plan('Kế hoạch xã An Lạc', '2/KH-UBND'), hIssued);
  const aDraft = await mk(a.id, 'draft', plan('Dự thảo xã An Lạc'));
  const bIssued = await mk(b.id, 'issued', plan('Kế hoạch xã Bến Súc', '3/KH-UBND'), hIssued);
  const bDraft = await mk(b.id, 'draft', plan('Dự thảo Bến 1'));
  w = { a: a.id, b: b.id, hIssued, hDraft, aIssued, aDraft, bIssued, bDraft };
  for (const role of roles) {
    const user = await buildUser(t.db, { role, unitId: a.id });
    clients.set(role, await loginAs(t.app, user.username, TEST_PASSWORD));
  }
});
afterAll(() => t?.close());

const ids = (res: LightMyRequestResponse) => (res.json() as { items: { id: number }[] }).items.map((i) => i.id);

describe.each([...roles])('a user with role %s on xã A', (role) => {
  it('reads xã A’s plans and the huyện’s issued plan (the cases below do not pass by accident)', async () => {
    const c = clients.get(role)!;
    expect((await c.get(`/api/movements/${w.aIssued}`)).statusCode).toBe(200);
    expect((await c.get(`/api/movements/${w.aDraft}`)).statusCode).toBe(200);
    const huyen = await c.get(`/api/movements/${w.hIssued}`);
    expect(huyen.json().children.map((ch: { id: number }) => ch.id)).toEqual([w.aIssued]);
    expect(huyen.json().can.edit).toBe(false);
  });

  it.each(cases)('$name: nothing hidden is read or changed', async (scopeCase) => {
    const c = clients.get(role)!;
    const before = await dbSnapshot(t.db);
    const res = await scopeCase.run(c, w);
    const e = scopeCase.expect;
    if ('list' in e) {
      expect(res.statusCode, res.body).toBe(200);
      const listed = ids(res);
      const { shown, hidden } = e.list(w);
      for (const id of shown) expect(listed).toContain(id);
      for (const id of hidden) expect(listed).not.toContain(id);
    } else {
      expect(res.statusCode, res.body).toBe(e.status);
      if (e.status !== 200) expect(res.json().error.code).toBe(e.status === 404 ? 'not_found' : 'forbidden');
    }
    for (const marker of HIDDEN_MARKERS) expect(res.body).not.toContain(marker);
    expect(await dbSnapshot(t.db)).toEqual(before);
  });
});
