import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { roleAllows, roles, type Permission, type Role } from '../../src/modules/auth/roles';
import type { ResultDto, ResultListResponse } from '../../src/modules/results/results.schema';
import { buildUser, TEST_PASSWORD } from '../factories';
import { dbSnapshot } from '../helpers/db-snapshot';
import { loginAs, startTestApp, type Client, type TestApp } from '../helpers/test-app';
import { buildResultsWorld, EXE, PDF, PNG, resultBody, upload, type ResultsWorld } from './results-fixtures';

/**
 * The scope table for results and evidence, every role granted on xã A: nothing of xã B is read or
 * touched (404), A's results are read by all and changed only by roles holding results.submit, and
 * the duplicate-evidence report belongs to the huyện that owns the movement (403 for all of A).
 */
interface World extends ResultsWorld {
  resultA: number;
  resultB: number;
  fileA: number;
  fileB: number;
}

const B_MARKERS = ['Bến Súc', 'Võ Thị Bến', 'minh-chung-ben'];

interface ScopeCase {
  name: string;
  run: (c: Client, w: World) => Promise<LightMyRequestResponse>;
  /** Roles holding every permission in `needs` get `allowed`; the others `denied` (403 unless told). */
  needs: Permission[];
  allowed: number;
  denied?: number;
  check?: (res: LightMyRequestResponse, w: World) => void;
}

const cases: ScopeCase[] = [
  { name: 'PUT /results for B', run: (c, w) => c.put('/api/results', resultBody(w, { unitId: w.b })), needs: [], allowed: 404, denied: 404 },
  { name: 'PUT /results for A with a stale revision', run: (c, w) => c.put('/api/results', resultBody(w, { revision: 99 })), needs: ['results.submit'], allowed: 409 },
  {
    name: 'GET /movements/:id/results lists A only',
    run: (c, w) => c.get(`/api/movements/${w.movement}/results`),
    needs: ['movements.read'],
    allowed: 200,
    check: (res, w) => expect((res.json() as ResultListResponse).items.map((i) => i.unit.id)).toEqual([w.a]),
  },
  { name: 'GET /movements/:id/results?unitId=B is empty', run: (c, w) => c.get(`/api/movements/${w.movement}/results?unitId=${w.b}`), needs: ['movements.read'], allowed: 200, check: (res) => expect(res.json().items).toEqual([]) },
  { name: 'POST /results/:id/evidence of B', run: (c, w) => upload(c, `/api/results/${w.resultB}/evidence`, PNG, 'x.png', 'image/png'), needs: [], allowed: 404, denied: 404 },
  { name: 'POST /results/:id/evidence of A, an executable', run: (c, w) => upload(c, `/api/results/${w.resultA}/evidence`, EXE, 'a.pdf'), needs: ['results.submit'], allowed: 415 },
  { name: 'DELETE /results/:id/evidence/:fileId of B', run: (c, w) => c.delete(`/api/results/${w.resultB}/evidence/${w.fileB}`), needs: [], allowed: 404, denied: 404 },
  // B's file is not attached to A's result: nothing to detach, and nothing said about B's file.
  { name: 'DELETE /results/:id of A with B’s file', run: (c, w) => c.delete(`/api/results/${w.resultA}/evidence/${w.fileB}`), needs: ['results.submit'], allowed: 404 },
  { name: 'GET /evidence/:fileId of B', run: (c, w) => c.get(`/api/evidence/${w.fileB}`), needs: [], allowed: 404, denied: 404 },
  { name: 'GET /evidence/:fileId of A', run: (c, w) => c.get(`/api/evidence/${w.fileA}`), needs: ['movements.read'], allowed: 200, check: (res) => expect(res.rawPayload).toEqual(PDF) },
  { name: 'GET /movements/:id/evidence-duplicates', run: (c, w) => c.get(`/api/movements/${w.movement}/evidence-duplicates`), needs: [], allowed: 403, denied: 403 },
];

let t: TestApp;
let w: World;
let dataDir: string;
const clients = new Map<Role, Client>();

beforeAll(async () => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'thidua-scope-results-'));
  t = await startTestApp({ DATA_DIR: dataDir });
  const base = await buildResultsWorld(t);
  const ids: number[] = [];
  const files: number[] = [];
  for (const [unitId, name] of [[base.a, 'minh-chung-an.pdf'], [base.b, 'minh-chung-ben.pdf']] as const) {
    const res = await base.admin.put('/api/results', resultBody(base, { unitId }));
    expect(res.statusCode, res.body).toBe(200);
    ids.push(res.json().id);
    // Each unit's file has its own content, so A's download never stands for B's.
    const up = await upload(base.admin, `/api/results/${res.json().id}/evidence`, unitId === base.a ? PDF : Buffer.concat([PDF, Buffer.from('% B\n')]), name);
    expect(up.statusCode, up.body).toBe(200);
    files.push((up.json() as ResultDto).evidence[0]!.fileId);
  }
  w = { ...base, resultA: ids[0]!, resultB: ids[1]!, fileA: files[0]!, fileB: files[1]! };
  for (const role of roles) {
    const user = await buildUser(t.db, { role, unitId: base.a });
    clients.set(role, await loginAs(t.app, user.username, TEST_PASSWORD));
  }
});
afterAll(async () => {
  await t?.close();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

describe.each([...roles])('a user with role %s on xã A', (role) => {
  it.each(cases)('$name: nothing of xã B is read or changed', async (sc) => {
    const before = await dbSnapshot(t.db);
    const res = await sc.run(clients.get(role)!, w);
    const status = sc.needs.every((p) => roleAllows(role, p)) ? sc.allowed : (sc.denied ?? 403);
    expect(res.statusCode, res.body.slice(0, 300)).toBe(status);
    if (status === 200 && sc.check) sc.check(res, w);
    if (status === 404) expect(res.json().error.code).toBe('not_found');
    if (status === 403) expect(res.json().error.code).toBe('forbidden');
    for (const marker of B_MARKERS) expect(res.body).not.toContain(marker);
    expect(await dbSnapshot(t.db)).toEqual(before);
  });
});
