import ExcelJS from 'exceljs';
import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recordAudit } from '../../src/modules/audit/audit.queries';
import { roleAllows, roles, type Permission, type Role } from '../../src/modules/auth/roles';
import { headerText, personColumns, unitColumns, type ColumnSpec } from '../../src/modules/imports/columns';
import { buildPerson, buildUnit, buildUser, TEST_PASSWORD } from '../factories';
import { dbSnapshot } from '../helpers/db-snapshot';
import { loginAs, startTestApp, type Client, type TestApp } from '../helpers/test-app';

/**
 * The scope table of scope.test.ts, for Excel import/export and the audit log: a user of xã A
 * never receives xã B's data in a file or a log line, and never writes into B through an import.
 */

const B_MARKERS = ['Bến Súc', 'Võ Thị Bến'];
/** B's code may be echoed back when a user typed it into an import; an export must never hold it. */
const B_CODE = 'X-BEN';

async function workbook(columns: ColumnSpec[], rows: (string | number | null)[][]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Dữ liệu');
  ws.addRow(columns.map(headerText));
  for (const r of rows) ws.addRow(r);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

function upload(c: Client, url: string, file: Buffer) {
  const boundary = '----thidua-scope';
  const head = `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="du-lieu.xlsx"\r\nContent-Type: application/vnd.openxmlformats-officedocument.spreadsheetml.sheet\r\n\r\n`;
  const payload = Buffer.concat([Buffer.from(head), file, Buffer.from(`\r\n--${boundary}--\r\n`)]);
  return c.request({ method: 'POST', url, payload, headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } });
}

/** Every cell of every sheet, so a leak inside a compressed .xlsx is seen. */
async function xlsxText(res: LightMyRequestResponse): Promise<string> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
  const parts: string[] = [];
  wb.eachSheet((ws) => ws.eachRow((row) => row.eachCell((cell) => parts.push(String(cell.text)))));
  return parts.join('\n');
}

interface Ids { a: number; b: number; personB: number }
interface FileCase {
  name: string;
  run: (c: Client, ids: Ids) => Promise<LightMyRequestResponse>;
  /** Roles holding all of these get an answer (200, or 400 for a refused import); others 403. */
  needs: Permission[];
  allowedStatus: 200 | 400 | 404;
  text?: (res: LightMyRequestResponse) => Promise<string>;
  /** An allowed answer must still mention xã A (so "no B" is not passing on an empty answer). */
  mustShow?: string;
}

const cases: FileCase[] = [
  { name: 'GET /exports/units.xlsx', run: (c) => c.get('/api/exports/units.xlsx'), needs: ['units.read'], allowedStatus: 200, text: xlsxText, mustShow: 'An Lạc' },
  { name: 'GET /exports/people.xlsx', run: (c) => c.get('/api/exports/people.xlsx'), needs: ['people.read'], allowedStatus: 200, text: xlsxText, mustShow: 'Lê Văn An' },
  { name: 'GET /exports/units.xlsx?unitId=B', run: (c, i) => c.get(`/api/exports/units.xlsx?unitId=${i.b}`), needs: ['units.read'], allowedStatus: 404 },
  { name: 'GET /exports/people.xlsx?unitId=B', run: (c, i) => c.get(`/api/exports/people.xlsx?unitId=${i.b}`), needs: ['people.read'], allowedStatus: 404 },
  {
    name: 'POST /imports/people into B',
    run: async (c) =>
      upload(c, '/api/imports/people?stream=0', await workbook(personColumns, [[null, 'Người Lạ', 'Nam', 1990, 'X-BEN', null, 'Công chức', null]])),
    needs: ['imports.run', 'people.write'],
    allowedStatus: 400,
  },
  {
    name: 'POST /imports/people updating B’s person',
    run: async (c, i) =>
      upload(c, '/api/imports/people?stream=0', await workbook(personColumns, [[String(i.personB), 'Tên Mới', 'Nữ', 1990, 'X-AN', null, 'Công chức', null]])),
    needs: ['imports.run', 'people.write'],
    allowedStatus: 400,
  },
  {
    name: 'POST /imports/units under B',
    run: async (c) => upload(c, '/api/imports/units?stream=0', await workbook(unitColumns, [['X-MOI', 'Ấp Mới', null, 'Ấp, thôn, tổ dân phố', 'X-BEN', null]])),
    needs: ['imports.run', 'units.write'],
    allowedStatus: 400,
  },
  { name: 'GET /audit', run: (c) => c.get('/api/audit?limit=500'), needs: ['audit.read'], allowedStatus: 200, mustShow: 'An Lạc' },
  { name: 'GET /audit?unitId=B', run: (c, i) => c.get(`/api/audit?unitId=${i.b}`), needs: ['audit.read'], allowedStatus: 404 },
  { name: 'GET /audit/filters', run: (c) => c.get('/api/audit/filters'), needs: ['audit.read'], allowedStatus: 200 },
];

let t: TestApp;
let ids: Ids;
const clients = new Map<Role, Client>();

beforeAll(async () => {
  t = await startTestApp();
  const huyen = await buildUnit(t.db, { name: 'Huyện Dương Minh Châu', kind: 'huyen' });
  const a = await buildUnit(t.db, { name: 'Xã An Lạc', parentId: huyen.id, code: 'X-AN' });
  const b = await buildUnit(t.db, { name: 'Xã Bến Súc', parentId: huyen.id, code: 'X-BEN' });
  await buildPerson(t.db, { unitId: a.id, fullName: 'Lê Văn An' });
  const personB = await buildPerson(t.db, { unitId: b.id, fullName: 'Võ Thị Bến' });
  const officerB = await buildUser(t.db, { role: 'unit_officer', unitId: b.id, fullName: 'Võ Thị Bến' });
  await recordAudit(t.db, { userId: officerB.id, action: 'person.create', entity: 'person', entityId: personB.id, unitId: b.id, after: { fullName: 'Võ Thị Bến' } });
  await recordAudit(t.db, { userId: null, action: 'unit.update', entity: 'unit', entityId: a.id, unitId: a.id, after: { name: 'Xã An Lạc' } });
  ids = { a: a.id, b: b.id, personB: personB.id };
  for (const role of roles) {
    const user = await buildUser(t.db, { role, unitId: a.id });
    clients.set(role, await loginAs(t.app, user.username, TEST_PASSWORD));
  }
});
afterAll(() => t?.close());

describe.each([...roles])('a user with role %s on xã A', (role) => {
  it.each(cases)('$name: nothing of xã B is read or written', async (fc) => {
    const before = await dbSnapshot(t.db);
    const res = await fc.run(clients.get(role)!, ids);
    const allowed = fc.needs.every((p) => roleAllows(role, p));
    expect(res.statusCode, res.body.slice(0, 300)).toBe(allowed ? fc.allowedStatus : 403);
    const text = allowed && fc.text && res.statusCode === 200 ? await fc.text(res) : res.body;
    for (const marker of fc.text ? [...B_MARKERS, B_CODE] : B_MARKERS) expect(text).not.toContain(marker);
    if (allowed && fc.mustShow) expect(text).toContain(fc.mustShow);
    expect(await dbSnapshot(t.db)).toEqual(before);
  });
});

describe('every API route has a scope case', () => {
  // Routes that hold no unit's data: the public health check, the API documentation, the caller's own
  // account, and the empty templates.
  const exempt = new Set([
    'GET /api/health', 'POST /api/auth/login', 'POST /api/auth/logout', 'GET /api/auth/me', 'POST /api/auth/password',
    'GET /api/imports/templates/units.xlsx', 'GET /api/imports/templates/people.xlsx',
  ]);
  // Covered by the table of scope.test.ts (units and people) and the table above.
  const covered = [
    'GET /api/units', 'GET /api/units/{id}', 'POST /api/units', 'PATCH /api/units/{id}', 'POST /api/units/{id}/move', 'POST /api/units/merge',
    'GET /api/people', 'GET /api/people/{id}', 'POST /api/people', 'PATCH /api/people/{id}', 'POST /api/people/{id}/transfer',
    'DELETE /api/people/{id}', 'GET /api/exports/units.xlsx', 'GET /api/exports/people.xlsx', 'POST /api/imports/people',
    'POST /api/imports/units', 'GET /api/audit', 'GET /api/audit/filters',
    // Each capability's own scope test declares its routes in scope-routes/<capability>.ts.
    ...Object.values(import.meta.glob<{ coveredRoutes: string[] }>('./scope-routes/*.ts', { eager: true })).flatMap((m) => m.coveredRoutes),
  ];

  it('lists no route outside the scope tables and the exemptions', async () => {
    const doc = (await t.app.inject({ method: 'GET', url: '/api/docs/json' })).json() as { paths: Record<string, Record<string, unknown>> };
    const routes = Object.entries(doc.paths).flatMap(([p, methods]) => Object.keys(methods).map((m) => `${m.toUpperCase()} ${p}`));
    const missing = routes.filter((r) => !exempt.has(r) && !covered.includes(r));
    expect(missing, 'add a scope case for each new endpoint').toEqual([]);
    for (const r of covered) expect(routes).toContain(r);
  });
});
