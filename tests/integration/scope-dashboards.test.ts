import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { roleAllows, roles, type Role } from '../../src/modules/auth/roles';
import type { DashboardResponse } from '../../src/modules/dashboards/dashboards.schema';
import { buildMovement, buildUnit, buildUser, TEST_PASSWORD } from '../factories';
import { dbSnapshot } from '../helpers/db-snapshot';
import { loginAs, startTestApp, type Client, type TestApp } from '../helpers/test-app';
import { buildResultsWorld, resultBody, resultsPlan, type ResultsWorld } from './results-fixtures';

/**
 * Every role on xã A: the dashboard and its export show A's own row (and its rank among the huyện's
 * xã), never xã B's name or values; a movement of a sibling huyện is 404; nothing is written.
 */
let t: TestApp;
let w: ResultsWorld;
let sibling: number;
const clients = new Map<Role, Client>();

beforeAll(async () => {
  t = await startTestApp();
  w = await buildResultsWorld(t);
  for (const unitId of [w.a, w.b]) expect((await w.admin.put('/api/results', resultBody(w, { unitId }))).statusCode).toBe(200);
  const other = await buildUnit(t.db, { name: 'Huyện Sơn Hà', kind: 'huyen' });
  sibling = (await buildMovement(t.db, { ownerUnitId: other.id, status: 'in_progress', content: resultsPlan('2099-12-31') })).movement.id;
  for (const role of roles) clients.set(role, await loginAs(t.app, (await buildUser(t.db, { role, unitId: w.a })).username, TEST_PASSWORD));
});
afterAll(async () => {
  await t?.close();
});

async function sheetText(payload: Buffer): Promise<string> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(payload as unknown as ArrayBuffer);
  const out: string[] = [];
  wb.eachSheet((ws) => ws.eachRow((row) => out.push(JSON.stringify(row.values))));
  return out.join('\n');
}

describe.each([...roles])('a user with role %s on xã A', (role) => {
  const status = () => (roleAllows(role, 'movements.read') ? 200 : 403);

  it('GET dashboard: A’s row and rank only', async () => {
    const before = await dbSnapshot(t.db);
    const res = await clients.get(role)!.get(`/api/movements/${w.movement}/dashboard?period=2024`);
    expect(res.statusCode, res.body.slice(0, 300)).toBe(status());
    expect(res.body).not.toContain('Bến Súc');
    if (res.statusCode === 200) {
      const d = res.json() as DashboardResponse;
      expect(d.ranking.flatMap((g) => g.rows.map((r) => [r.unit.id, r.of]))).toEqual([[w.a, 2]]);
      expect(d.heatmap.map((h) => h.unit.id)).toEqual([w.a]);
    }
    expect(await dbSnapshot(t.db)).toEqual(before);
  });

  it('GET dashboard/export.xlsx: nothing of B in any sheet', async () => {
    const res = await clients.get(role)!.get(`/api/movements/${w.movement}/dashboard/export.xlsx?period=2024`);
    expect(res.statusCode).toBe(status());
    if (res.statusCode === 200) {
      const text = await sheetText(res.rawPayload);
      expect(text).toContain('Xã An Lạc');
      expect(text).not.toContain('Bến Súc');
    }
  });

  it('a sibling huyện’s movement is not found, for the dashboard and its export', async () => {
    for (const url of [`/api/movements/${sibling}/dashboard`, `/api/movements/${sibling}/dashboard/export.xlsx`]) {
      const res = await clients.get(role)!.get(url);
      expect(res.statusCode).toBe(404);
      expect(res.json().error.code).toBe('not_found');
    }
  });
});
