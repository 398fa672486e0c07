import ExcelJS from 'exceljs';
import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { roleAllows, roles, type Permission, type Role } from '../../src/modules/auth/roles';
import { buildUnit, buildUser, TEST_PASSWORD } from '../factories';
import { dbSnapshot } from '../helpers/db-snapshot';
import { loginAs, startTestApp, type Client, type TestApp } from '../helpers/test-app';
import { buildResultsWorld, resultBody, upload, type ResultsWorld } from './results-fixtures';

/**
 * The scope table of the results spreadsheet, every role granted on xã A: the template and the export
 * hold A's rows only, an import naming xã B is refused row by row, roles without results.submit get
 * 403, and a user of another huyện does not learn the movement exists (404).
 */
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

let t: TestApp;
let w: ResultsWorld;
let fileForB: Buffer;
let outsider: Client;
const clients = new Map<Role, Client>();

async function unitNames(res: LightMyRequestResponse): Promise<string[]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
  const names: string[] = [];
  wb.getWorksheet('Kết quả')!.eachRow((row, n) => {
    if (n > 1) names.push(String(row.getCell(2).value));
  });
  return names;
}

interface ScopeCase {
  name: string;
  run: (c: Client) => Promise<LightMyRequestResponse>;
  needs: Permission[];
  allowed: number;
  check?: (res: LightMyRequestResponse) => Promise<void>;
}

const onlyA = async (res: LightMyRequestResponse) => {
  const names = await unitNames(res);
  expect(names.length).toBeGreaterThan(0);
  expect(new Set(names)).toEqual(new Set(['Xã An Lạc']));
};

const cases: ScopeCase[] = [
  { name: 'GET template.xlsx: A’s rows only', run: (c) => c.get(`/api/movements/${w.movement}/results/template.xlsx?period=2024`), needs: ['results.submit'], allowed: 200, check: onlyA },
  { name: 'GET template.xlsx?unitId=B', run: (c) => c.get(`/api/movements/${w.movement}/results/template.xlsx?unitId=${w.b}`), needs: ['results.submit'], allowed: 404 },
  { name: 'GET export.xlsx: A’s results only', run: (c) => c.get(`/api/movements/${w.movement}/results/export.xlsx`), needs: ['movements.read'], allowed: 200, check: onlyA },
  {
    name: 'POST import with a row of B',
    run: (c) => upload(c, `/api/movements/${w.movement}/results/import`, fileForB, 'b.xlsx', XLSX),
    needs: ['results.submit'],
    allowed: 400,
    check: async (res) => expect(res.json().error.errors[0].message).toContain('trong phạm vi bạn được nhập kết quả'),
  },
];

beforeAll(async () => {
  t = await startTestApp();
  w = await buildResultsWorld(t);
  for (const unitId of [w.a, w.b]) expect((await w.admin.put('/api/results', resultBody(w, { unitId }))).statusCode).toBe(200);
  fileForB = (await w.admin.get(`/api/movements/${w.movement}/results/export.xlsx`)).rawPayload;
  for (const role of roles) clients.set(role, await loginAs(t.app, (await buildUser(t.db, { role, unitId: w.a })).username, TEST_PASSWORD));
  const other = await buildUnit(t.db, { name: 'Huyện Sơn Hà', kind: 'huyen' });
  outsider = await loginAs(t.app, (await buildUser(t.db, { role: 'admin', unitId: other.id })).username, TEST_PASSWORD);
});
afterAll(() => t?.close());

describe.each([...roles])('a user with role %s on xã A', (role) => {
  it.each(cases)('$name', async (sc) => {
    const before = await dbSnapshot(t.db);
    const res = await sc.run(clients.get(role)!);
    const status = sc.needs.every((p) => roleAllows(role, p)) ? sc.allowed : 403;
    expect(res.statusCode, res.body.slice(0, 300)).toBe(status);
    if (status === sc.allowed && sc.check) await sc.check(res);
    if (status === 403) expect(res.json().error.code).toBe('forbidden');
    expect(await dbSnapshot(t.db)).toEqual(before);
  });
});

describe('a user of another huyện', () => {
  it('does not learn the movement exists', async () => {
    for (const url of [`/api/movements/${w.movement}/results/template.xlsx`, `/api/movements/${w.movement}/results/export.xlsx`])
      expect((await outsider.get(url)).statusCode).toBe(404);
    expect((await upload(outsider, `/api/movements/${w.movement}/results/import`, fileForB, 'b.xlsx', XLSX)).statusCode).toBe(404);
  });
});
