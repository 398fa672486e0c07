import crypto from 'node:crypto';
import ExcelJS from 'exceljs';
import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { roleAllows, roles, type Role } from '../../src/modules/auth/roles';
import { headerText } from '../../src/modules/imports/columns';
import { indexColumns } from '../../src/modules/indices/index-excel';
import { buildUnit, buildUser, TEST_PASSWORD } from '../factories';
import { dbSnapshot } from '../helpers/db-snapshot';
import { loginAs, startTestApp, type Client, type TestApp } from '../helpers/test-app';

/**
 * Index scores by role, for a user of xã A: A's own scores and the huyện's (above A) are read; xã B's
 * scores are neither read, exported, changed, deleted nor imported over. Writers (indices.write) get
 * 404 for B as if it did not exist; every other role is refused with 403 before anything is looked up.
 */
const B_MARKERS = ['Xã Bến Súc', 'XA-BEN-SUC', 'Quyết định riêng của xã B'];
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

interface Ids { a: number; b: number; scoreB: number }
interface ScopeCase {
  name: string;
  run: (c: Client, ids: Ids) => Promise<LightMyRequestResponse>;
  status: number;
  /** Needs indices.write: other roles get 403. */
  needsWrite?: boolean;
  mustShow?: string;
}

async function workbook(rows: Record<string, string | number>[]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Chỉ số');
  ws.addRow(indexColumns.map(headerText));
  for (const r of rows) ws.addRow(indexColumns.map((c) => r[c.key] ?? null));
  return Buffer.from(await wb.xlsx.writeBuffer());
}

async function upload(client: Client, file: Buffer) {
  const boundary = `----thidua${crypto.randomBytes(8).toString('hex')}`;
  const head = `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="chi-so.xlsx"\r\nContent-Type: ${XLSX}\r\n\r\n`;
  const payload = Buffer.concat([Buffer.from(head, 'utf8'), file, Buffer.from(`\r\n--${boundary}--\r\n`)]);
  return client.request({ method: 'POST', url: '/api/indices/import', payload, headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } });
}

/** The text a user would read: the JSON body, or every cell of a workbook. */
async function readable(res: LightMyRequestResponse): Promise<string> {
  if (res.headers['content-type'] !== XLSX) return res.body;
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
  const cells: string[] = [];
  wb.eachSheet((ws) => ws.eachRow((row) => row.eachCell((cell) => cells.push(String(cell.value)))));
  return cells.join('\n');
}

const save = (unitId: number) => ({ unitId, year: 2024, index: 'SIPAS', score: 90, rank: null, rankOf: null, band: null, source: null });

const cases: ScopeCase[] = [
  { name: 'GET /indices', run: (c) => c.get('/api/indices'), status: 200, mustShow: 'Xã An Lạc' },
  { name: 'GET /indices shows the huyện above', run: (c) => c.get('/api/indices?index=PCI'), status: 200, mustShow: 'Huyện Dương Minh Châu' },
  { name: 'GET /indices?unitId=B', run: (c, i) => c.get(`/api/indices?unitId=${i.b}`), status: 404 },
  { name: 'GET /indices/template.xlsx', run: (c) => c.get('/api/indices/template.xlsx'), status: 200 },
  { name: 'GET /indices/export.xlsx', run: (c) => c.get('/api/indices/export.xlsx'), status: 200, mustShow: 'XA-AN-LAC' },
  { name: 'GET /indices/export.xlsx?unitId=B', run: (c, i) => c.get(`/api/indices/export.xlsx?unitId=${i.b}`), status: 404 },
  { name: 'PUT /indices for B', run: (c, i) => c.put('/api/indices', save(i.b)), status: 404, needsWrite: true },
  { name: 'DELETE /indices/B’s score', run: (c, i) => c.delete(`/api/indices/${i.scoreB}`), status: 404, needsWrite: true },
  {
    name: 'POST /indices/import naming B',
    run: async (c) => upload(c, await workbook([{ unitCode: 'XA-BEN-SUC', year: 2024, index: 'SIPAS', score: 10 }])),
    status: 400,
    needsWrite: true,
  },
];

let t: TestApp;
let ids: Ids;
const clients = new Map<Role, Client>();

beforeAll(async () => {
  t = await startTestApp();
  const huyen = await buildUnit(t.db, { name: 'Huyện Dương Minh Châu', kind: 'huyen', code: 'HUYEN-DMC' });
  const a = await buildUnit(t.db, { name: 'Xã An Lạc', parentId: huyen.id, code: 'XA-AN-LAC' });
  const b = await buildUnit(t.db, { name: 'Xã Bến Súc', parentId: huyen.id, code: 'XA-BEN-SUC' });
  const row = (unitId: number, index: string, source: string) => ({ unit_id: unitId, year: 2024, index_code: index, score: 70, rank: 2, rank_of: 16, band: index === 'SIPAS' ? null : 'Khá', source });
  await t.db.insertInto('index_scores').values([row(huyen.id, 'PCI', 'VCCI'), row(a.id, 'CCHC', 'QĐ của huyện')]).execute();
  const scoreB = await t.db.insertInto('index_scores').values(row(b.id, 'CCHC', 'Quyết định riêng của xã B')).returning('id').executeTakeFirstOrThrow();
  ids = { a: a.id, b: b.id, scoreB: scoreB.id };
  for (const role of roles) {
    const user = await buildUser(t.db, { role, unitId: a.id });
    clients.set(role, await loginAs(t.app, user.username, TEST_PASSWORD));
  }
});
afterAll(() => t?.close());

describe.each([...roles])('a user with role %s on xã A', (role) => {
  const writes = roleAllows(role, 'indices.write');

  it.each(cases)('$name: nothing of xã B is read or written', async (sc) => {
    const before = await dbSnapshot(t.db);
    const res = await sc.run(clients.get(role)!, ids);
    expect(res.statusCode, res.body.slice(0, 300)).toBe(sc.needsWrite && !writes ? 403 : sc.status);
    const text = await readable(res);
    for (const marker of B_MARKERS) if (sc.status !== 400) expect(text).not.toContain(marker);
    if (sc.mustShow) expect(text).toContain(sc.mustShow);
    expect(await dbSnapshot(t.db)).toEqual(before);
  });

  it(writes ? 'records, imports and deletes A’s own scores' : 'may not write A’s own scores', async () => {
    const c = clients.get(role)!;
    const put = await c.put('/api/indices', save(ids.a));
    if (!writes) {
      expect(put.statusCode).toBe(403);
      expect((await upload(c, await workbook([{ unitCode: 'XA-AN-LAC', year: 2023, index: 'SIPAS', score: 90 }]))).statusCode).toBe(403);
      return;
    }
    expect(put.statusCode, put.body).toBe(200);
    const imported = await upload(c, await workbook([{ unitCode: 'XA-AN-LAC', year: 2023, index: 'SIPAS', score: 90 }]));
    expect(imported.statusCode, imported.body).toBe(200);
    expect((await c.delete(`/api/indices/${(put.json() as { id: number }).id}`)).statusCode).toBe(200);
    await t.db.deleteFrom('index_scores').where('unit_id', '=', ids.a).where('year', '=', 2023).execute();
  });
});
