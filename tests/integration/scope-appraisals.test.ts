import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AssessmentListResponse } from '../../src/modules/appraisals/appraisals.schema';
import { roleAllows, roles, type Permission, type Role } from '../../src/modules/auth/roles';
import { buildUser, TEST_PASSWORD } from '../factories';
import { dbSnapshot } from '../helpers/db-snapshot';
import { loginAs, startTestApp, type Client, type TestApp } from '../helpers/test-app';
import { buildAppraisalWorld, selfBody, type AppraisalWorld } from './appraisals-fixtures';

/**
 * The scope table for self-assessment and appraisal. Every role granted on xã A: nothing of xã B is
 * read or touched (404); A's self-scores are changed only by roles holding results.submit, and nobody
 * on xã A appraises or locks (403: appraisal belongs to the huyện that owns the movement). Every role
 * granted on the huyện: only appraisals.decide reaches the appraisal rules. Refused requests write nothing.
 */
interface World extends AppraisalWorld {
  assessA: number;
  assessB: number;
}

interface ScopeCase {
  name: string;
  run: (c: Client, w: World) => Promise<LightMyRequestResponse>;
  needs: Permission[];
  allowed: number;
  denied?: number;
  check?: (res: LightMyRequestResponse, w: World) => void;
}

const onA: ScopeCase[] = [
  { name: 'PUT /assessments for B', run: (c, w) => c.put('/api/assessments', selfBody(w, { unitId: w.b })), needs: [], allowed: 404, denied: 404 },
  // A's self-score waits for appraisal: the unit may no longer change it.
  { name: 'PUT /assessments for A once sent', run: (c, w) => c.put('/api/assessments', selfBody(w, { revision: 2 })), needs: ['results.submit'], allowed: 409 },
  { name: 'POST submit for B', run: (c, w) => c.post(`/api/movements/${w.scored}/assessments/submit`, { unitId: w.b, period: '2024' }), needs: [], allowed: 404, denied: 404 },
  { name: 'POST submit for A, nothing left to send', run: (c, w) => c.post(`/api/movements/${w.scored}/assessments/submit`, { unitId: w.a, period: '2024' }), needs: ['results.submit'], allowed: 409 },
  { name: 'POST appraise of B', run: (c, w) => c.post(`/api/assessments/${w.assessB}/appraise`, { action: 'accept' }), needs: [], allowed: 404, denied: 404 },
  { name: 'POST appraise of A', run: (c, w) => c.post(`/api/assessments/${w.assessA}/appraise`, { action: 'accept' }), needs: [], allowed: 403, denied: 403 },
  { name: 'POST explain of B', run: (c, w) => c.post(`/api/assessments/${w.assessB}/explain`, { explanation: 'Giải trình' }), needs: [], allowed: 404, denied: 404 },
  { name: 'POST explain of A, not returned', run: (c, w) => c.post(`/api/assessments/${w.assessA}/explain`, { explanation: 'Giải trình' }), needs: ['results.submit'], allowed: 409 },
  { name: 'POST appraisal/lock', run: (c, w) => c.post(`/api/movements/${w.scored}/appraisal/lock`, { period: '2024' }), needs: [], allowed: 403, denied: 403 },
  {
    name: 'GET assessments lists A only before the lock',
    run: (c, w) => c.get(`/api/movements/${w.scored}/assessments?period=2024`),
    needs: ['movements.read'],
    allowed: 200,
    check: (res, w) => expect((res.json() as AssessmentListResponse).units.map((u) => u.unit.id)).toEqual([w.a]),
  },
  {
    name: 'GET assessments?unitId=B is empty',
    run: (c, w) => c.get(`/api/movements/${w.scored}/assessments?period=2024&unitId=${w.b}`),
    needs: ['movements.read'],
    allowed: 200,
    check: (res) => expect(res.json().units).toEqual([]),
  },
];

const onHuyen: ScopeCase[] = [
  // Reaches the rules only with appraisals.decide: a change without a reason is then refused as incomplete.
  { name: 'POST appraise of A without a reason', run: (c, w) => c.post(`/api/assessments/${w.assessA}/appraise`, { action: 'change', points: 5 }), needs: ['appraisals.decide'], allowed: 400 },
  { name: 'POST appraisal/lock while scores wait', run: (c, w) => c.post(`/api/movements/${w.scored}/appraisal/lock`, { period: '2024' }), needs: ['appraisals.decide'], allowed: 409 },
];

let t: TestApp;
let w: World;
const clients = new Map<string, Client>();

beforeAll(async () => {
  t = await startTestApp();
  const base = await buildAppraisalWorld(t);
  const ids: number[] = [];
  for (const unitId of [base.a, base.b]) {
    const res = await base.admin.put('/api/assessments', selfBody(base, { unitId }));
    expect(res.statusCode, res.body).toBe(200);
    ids.push(res.json().id);
    expect((await base.admin.post(`/api/movements/${base.scored}/assessments/submit`, { unitId, period: '2024' })).statusCode).toBe(200);
  }
  w = { ...base, assessA: ids[0]!, assessB: ids[1]! };
  for (const role of roles) {
    for (const [where, unitId] of [['a', base.a], ['huyen', base.huyen]] as const) {
      const user = await buildUser(t.db, { role, unitId });
      clients.set(`${where}:${role}`, await loginAs(t.app, user.username, TEST_PASSWORD));
    }
  }
});
afterAll(async () => {
  await t?.close();
});

async function runCase(role: Role, where: 'a' | 'huyen', sc: ScopeCase) {
  const before = await dbSnapshot(t.db);
  const res = await sc.run(clients.get(`${where}:${role}`)!, w);
  const status = sc.needs.every((p) => roleAllows(role, p)) ? sc.allowed : (sc.denied ?? 403);
  expect(res.statusCode, res.body.slice(0, 300)).toBe(status);
  if (status === 200 && sc.check) sc.check(res, w);
  if (status === 404) expect(res.json().error.code).toBe('not_found');
  if (status === 403) {
    expect(res.json().error.code).toBe('forbidden');
    expect(res.json().error.message).toMatch(/quyền|Thường trực/);
  }
  if (where === 'a') expect(res.body).not.toContain('Bến Súc');
  expect(await dbSnapshot(t.db)).toEqual(before);
}

describe.each([...roles])('a user with role %s on xã A', (role) => {
  it.each(onA)('$name', (sc) => runCase(role, 'a', sc));
});

describe.each([...roles])('a user with role %s on the huyện', (role) => {
  it.each(onHuyen)('$name', (sc) => runCase(role, 'huyen', sc));
});
