import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { roleAllows, roles, type Permission, type Role } from '../../src/modules/auth/roles';
import { startTestApp, type Client, type TestApp } from '../helpers/test-app';
import { buildNominationWorld, fullSnapshot as dbSnapshot, newBatch, nominate, userOn, type NominationWorld } from './nominations-fixtures';

/**
 * The scope table of nominations. Every role granted on xã B: nothing of xã A's batch is read or
 * touched (404), and no batch is made for A. Every role granted on xã A: reads its batch; only
 * nominations.submit changes it; nobody on A reviews (403: review belongs to the huyện it is sent to).
 * Refused requests write nothing.
 */
interface World extends NominationWorld {
  batchA: number;
  sentA: number;
  nomA: number;
}
interface ScopeCase {
  name: string;
  run: (c: Client, w: World) => Promise<LightMyRequestResponse>;
  needs: Permission[];
  allowed: number;
  denied?: number;
}

const batchOf = (w: World) => `/api/nomination-batches/${w.batchA}`;
const everyRouteOnA: ScopeCase[] = [
  { name: 'POST batch for A', run: (c, w) => c.post('/api/nomination-batches', { movementId: w.movement, year: 2025, proposingUnitId: w.a }), needs: [], allowed: 404, denied: 404 },
  { name: 'GET batch', run: (c, w) => c.get(batchOf(w)), needs: [], allowed: 404, denied: 404 },
  { name: 'POST nominations', run: (c, w) => c.post(`${batchOf(w)}/nominations`, { subjectKind: 'collective', unitId: w.a, awardKey: 'gk-huyen' }), needs: [], allowed: 404, denied: 404 },
  { name: 'POST submit', run: (c, w) => c.post(`${batchOf(w)}/submit`, { version: 1 }), needs: [], allowed: 404, denied: 404 },
  { name: 'POST return', run: (c, w) => c.post(`/api/nomination-batches/${w.sentA}/return`, { version: 2, reason: 'Thiếu hồ sơ' }), needs: [], allowed: 404, denied: 404 },
  { name: 'POST notice', run: (c, w) => c.post(`/api/nomination-batches/${w.sentA}/notice`, { version: 2 }), needs: [], allowed: 404, denied: 404 },
  { name: 'GET comments', run: (c, w) => c.get(`${batchOf(w)}/comments`), needs: [], allowed: 404, denied: 404 },
  { name: 'POST comments', run: (c, w) => c.post(`${batchOf(w)}/comments`, { body: 'Ý kiến' }), needs: [], allowed: 404, denied: 404 },
  { name: 'GET list.docx', run: (c, w) => c.get(`${batchOf(w)}/list.docx`), needs: [], allowed: 404, denied: 404 },
  { name: 'GET nomination', run: (c, w) => c.get(`/api/nominations/${w.nomA}`), needs: [], allowed: 404, denied: 404 },
  { name: 'PATCH nomination', run: (c, w) => c.patch(`/api/nominations/${w.nomA}`, { version: 1, overrideReason: 'Lý do đủ dài để ghi' }), needs: [], allowed: 404, denied: 404 },
  { name: 'POST withdraw', run: (c, w) => c.post(`/api/nominations/${w.nomA}/withdraw`, { version: 1 }), needs: [], allowed: 404, denied: 404 },
  { name: 'GET eligibility', run: (c, w) => c.get(`/api/nominations/${w.nomA}/eligibility`), needs: [], allowed: 404, denied: 404 },
  { name: 'GET report.docx', run: (c, w) => c.get(`/api/nominations/${w.nomA}/report.docx`), needs: [], allowed: 404, denied: 404 },
];

const onA: ScopeCase[] = [
  { name: 'GET batch', run: (c, w) => c.get(batchOf(w)), needs: ['movements.read'], allowed: 200 },
  { name: 'GET nomination', run: (c, w) => c.get(`/api/nominations/${w.nomA}`), needs: ['movements.read'], allowed: 200 },
  // Reaches the rules only with nominations.submit: the unit's head is already proposed.
  { name: 'POST nominations, already proposed', run: (c, w) => c.post(`${batchOf(w)}/nominations`, { subjectKind: 'collective', unitId: w.a, awardKey: 'gk-huyen' }), needs: ['nominations.submit'], allowed: 409 },
  { name: 'PATCH with a stale version', run: (c, w) => c.patch(`/api/nominations/${w.nomA}`, { version: 99, overrideReason: 'Lý do đủ dài để ghi' }), needs: ['nominations.submit'], allowed: 409 },
  { name: 'POST withdraw with a stale version', run: (c, w) => c.post(`/api/nominations/${w.nomA}/withdraw`, { version: 99 }), needs: ['nominations.submit'], allowed: 409 },
  { name: 'POST submit with a stale version', run: (c, w) => c.post(`${batchOf(w)}/submit`, { version: 99 }), needs: ['nominations.submit'], allowed: 409 },
  { name: 'POST return of a sent batch', run: (c, w) => c.post(`/api/nomination-batches/${w.sentA}/return`, { version: 2, reason: 'Thiếu hồ sơ' }), needs: [], allowed: 403, denied: 403 },
  { name: 'POST notice of a sent batch', run: (c, w) => c.post(`/api/nomination-batches/${w.sentA}/notice`, { version: 2 }), needs: [], allowed: 403, denied: 403 },
  { name: 'POST comments outside notice', run: (c, w) => c.post(`${batchOf(w)}/comments`, { body: 'Ý kiến' }), needs: ['movements.read'], allowed: 422 },
];

let t: TestApp;
let w: World;
const clients = new Map<string, Client>();

beforeAll(async () => {
  t = await startTestApp();
  const base = await buildNominationWorld(t);
  const draft = await newBatch(base.officerA, { movementId: base.movement, year: 2025, proposingUnitId: base.a, awardKey: 'gk-huyen' });
  const nom = await nominate(base.officerA, draft.id, { subjectKind: 'collective', unitId: base.a, awardKey: 'gk-huyen' });
  const sent = await newBatch(base.officerA, { movementId: base.movement, year: 2025, proposingUnitId: base.a, awardKey: 'gk-huyen', title: 'Đợt đã gửi' });
  await nominate(base.officerA, sent.id, { subjectKind: 'individual', personId: base.people.an, awardKey: 'gk-huyen' });
  expect((await base.officerA.post(`/api/nomination-batches/${sent.id}/submit`, { version: sent.version })).statusCode).toBe(200);
  w = { ...base, batchA: draft.id, sentA: sent.id, nomA: nom.id };
  for (const role of roles) for (const [where, unitId] of [['a', base.a], ['b', base.b]] as const) clients.set(`${role}@${where}`, await userOn(t, role, unitId));
});
afterAll(async () => t.close());

const expected = (role: Role, c: ScopeCase) => (c.needs.every((p) => roleAllows(role, p)) ? c.allowed : (c.denied ?? 403));

describe.each(roles)('role %s', (role) => {
  it('on xã B: sees and changes nothing of xã A’s batches', async () => {
    const c = clients.get(`${role}@b`)!;
    const before = await dbSnapshot(t.db);
    for (const sc of everyRouteOnA) expect((await sc.run(c, w)).statusCode, sc.name).toBe(sc.denied);
    const list = await c.get(`/api/nomination-batches?movementId=${w.movement}`);
    expect(list.statusCode).toBe(200);
    expect(list.json().items).toEqual([]);
    expect(await dbSnapshot(t.db)).toEqual(before);
  });

  it('on xã A: reads, and changes only with nominations.submit; never reviews', async () => {
    const c = clients.get(`${role}@a`)!;
    const before = await dbSnapshot(t.db);
    for (const sc of onA) expect((await sc.run(c, w)).statusCode, sc.name).toBe(expected(role, sc));
    const list = await c.get(`/api/nomination-batches?movementId=${w.movement}`);
    const items = list.json().items as { id: number; proposingUnit: { id: number } }[];
    expect(items.map((b) => b.id)).toEqual(expect.arrayContaining([w.batchA, w.sentA]));
    expect(items.every((b) => b.proposingUnit.id === w.a)).toBe(true);
    expect(await dbSnapshot(t.db)).toEqual(before);
    const create = await c.post('/api/nomination-batches', { movementId: w.movement, year: 2025, proposingUnitId: w.a, title: `Đợt của ${role}` });
    expect(create.statusCode).toBe(roleAllows(role, 'nominations.submit') ? 200 : 403);
  });
});
