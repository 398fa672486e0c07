import crypto from 'node:crypto';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { headerText } from '../../src/modules/imports/columns';
import { indexColumns } from '../../src/modules/indices/index-excel';
import type { IndexListResponse, IndexScoreDto } from '../../src/modules/indices/indices.schema';
import { buildUnit, buildUser, TEST_PASSWORD } from '../factories';
import { dbSnapshot } from '../helpers/db-snapshot';
import { loginAs, startTestApp, type Client, type TestApp } from '../helpers/test-app';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const uid = () => crypto.randomBytes(3).toString('hex').toUpperCase();

let t: TestApp;
// Tỉnh ─ huyện ─ xã A, xã B. The huyện's standing agency records the xã results.
let tinh: { id: number; code: string };
let huyen: { id: number; code: string };
let xaA: { id: number; code: string };
let xaB: { id: number; code: string };
let huyenStanding: Client;
let xaStanding: Client; // standing of xã A
let officerA: Client; // cán bộ đơn vị of xã A: reads only
let provinceAdmin: Client;

beforeAll(async () => {
  t = await startTestApp();
  tinh = await buildUnit(t.db, { kind: 'tinh', name: 'Tỉnh Quảng Ngãi', code: `TINH-${uid()}` });
  huyen = await buildUnit(t.db, { kind: 'huyen', name: 'Huyện Trà Bồng', parentId: tinh.id, code: `HUYEN-${uid()}` });
  xaA = await buildUnit(t.db, { kind: 'xa', name: 'Xã Trà Lâm', parentId: huyen.id, code: `XA-A-${uid()}` });
  xaB = await buildUnit(t.db, { kind: 'xa', name: 'Xã Trà Bình', parentId: huyen.id, code: `XA-B-${uid()}` });
  const login = async (role: 'admin' | 'standing' | 'unit_officer', unitId: number) =>
    loginAs(t.app, (await buildUser(t.db, { role, unitId })).username, TEST_PASSWORD);
  huyenStanding = await login('standing', huyen.id);
  xaStanding = await login('standing', xaA.id);
  officerA = await login('unit_officer', xaA.id);
  provinceAdmin = await login('admin', tinh.id);
});
afterAll(() => t?.close());

const body = (over: Record<string, unknown> = {}) => ({
  unitId: xaA.id, year: 2024, index: 'CCHC', score: 82.45, rank: 3, rankOf: 16, band: 'Tốt',
  source: 'Quyết định số 456/QĐ-UBND của UBND huyện Trà Bồng', ...over,
});

function upload(client: Client, file: Buffer) {
  const boundary = `----thidua${crypto.randomBytes(8).toString('hex')}`;
  const head = `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="chi-so.xlsx"\r\nContent-Type: ${XLSX}\r\n\r\n`;
  const payload = Buffer.concat([Buffer.from(head, 'utf8'), file, Buffer.from(`\r\n--${boundary}--\r\n`)]);
  return client.request({ method: 'POST', url: '/api/indices/import', payload, headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } });
}

type Cells = Partial<Record<(typeof indexColumns)[number]['key'], string | number | null>>;
async function workbook(rows: Cells[]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Chỉ số');
  ws.addRow(indexColumns.map(headerText));
  for (const r of rows) ws.addRow(indexColumns.map((c) => r[c.key] ?? null));
  return Buffer.from(await wb.xlsx.writeBuffer());
}

const auditOf = (action: string) =>
  t.db.selectFrom('audit_log').select(['before', 'after', 'unit_id']).where('action', '=', action).orderBy('id', 'desc').executeTakeFirst();

describe('PUT /api/indices', () => {
  it('records a result, replaces it with an audit of before and after, and writes nothing when unchanged', async () => {
    const created = await huyenStanding.put('/api/indices', body());
    expect(created.statusCode, created.body).toBe(200);
    const dto = created.json() as IndexScoreDto;
    expect(dto).toMatchObject({ unit: { id: xaA.id, code: xaA.code }, year: 2024, index: 'CCHC', score: 82.45, rank: 3, rankOf: 16, band: 'Tốt', editable: true });
    expect(typeof dto.score).toBe('number');
    expect((await auditOf('index_score.create'))?.after).toMatchObject({ score: 82.45, rank: 3 });

    const changed = await huyenStanding.put('/api/indices', body({ score: 64.5, band: 'Trung bình', rank: 9 }));
    expect(changed.statusCode).toBe(200);
    expect(changed.json()).toMatchObject({ id: dto.id, score: 64.5, band: 'Trung bình', rank: 9 });
    const audit = await auditOf('index_score.update');
    expect(audit?.before).toMatchObject({ score: 82.45, band: 'Tốt', rank: 3 });
    expect(audit?.after).toMatchObject({ score: 64.5, band: 'Trung bình', rank: 9 });
    expect(audit?.unit_id).toBe(xaA.id);

    const before = await dbSnapshot(t.db);
    expect((await huyenStanding.put('/api/indices', body({ score: 64.5, band: 'Trung bình', rank: 9 }))).statusCode).toBe(200);
    expect(await dbSnapshot(t.db)).toEqual(before);
  });

  it.each([
    ['score 120', () => body({ index: 'PCI', score: 120, band: 'Khá' }), 'score', /Điểm PCI phải từ 0 đến 100/],
    ['PAPI above 80', () => body({ index: 'PAPI', score: 85, band: null }), 'score', /Điểm PAPI phải từ 0 đến 80/],
    ['an unknown index', () => body({ index: 'XYZ' }), 'index', /Chỉ số không hợp lệ/],
    ['rank 20 of 16', () => body({ rank: 20, rankOf: 16 }), 'rank', /Thứ hạng 20 lớn hơn tổng số 16/],
    ['a rank without its total', () => body({ rank: 2, rankOf: null }), 'rankOf', /tổng số/],
    ['a band of another scale', () => body({ index: 'PAPI', score: 40, band: 'Tốt' }), 'band', /Cao nhất, Trung bình cao/],
    ['a band on SIPAS', () => body({ index: 'SIPAS', score: 91, band: 'Tốt' }), 'band', /SIPAS không xếp loại/],
    ['no value at all', () => body({ score: null, rank: null, rankOf: null, band: null }), 'score', /ít nhất một/],
    ['an unknown field', () => ({ ...body(), note: 'x' }), 'note', /không được chấp nhận/],
  ] as const)('refuses %s with a Vietnamese message naming the field, writing nothing', async (_name, payload, field, message) => {
    const before = await dbSnapshot(t.db);
    const res = await huyenStanding.put('/api/indices', payload());
    expect(res.statusCode, res.body).toBe(400);
    const err = res.json().error as { code: string; message: string; fields: Record<string, string> };
    expect(err.code).toBe('validation');
    expect(err.fields[field]).toMatch(message);
    expect(await dbSnapshot(t.db)).toEqual(before);
  });

  it('refuses a year not yet over', async () => {
    const next = new Date().getFullYear() + 1;
    const res = await huyenStanding.put('/api/indices', body({ year: next }));
    expect(res.statusCode).toBe(400);
    expect(res.json().error.fields.year).toMatch(/chưa kết thúc/);
  });

  it('refuses a unit of another xã (404, not disclosed) and a unit above (403), writing nothing', async () => {
    const before = await dbSnapshot(t.db);
    const other = await xaStanding.put('/api/indices', body({ unitId: xaB.id }));
    expect(other.statusCode).toBe(404);
    expect(other.json().error.message).toBe('Không tìm thấy đơn vị.');
    const above = await xaStanding.put('/api/indices', body({ unitId: huyen.id }));
    expect(above.statusCode).toBe(403);
    expect(above.json().error.message).toMatch(/không có quyền ghi kết quả chỉ số của «Huyện Trà Bồng»/);
    const officer = await officerA.put('/api/indices', body());
    expect(officer.statusCode).toBe(403);
    expect(await dbSnapshot(t.db)).toEqual(before);
  });
});

describe('GET /api/indices', () => {
  it('shows a xã its own scores and the province’s, never its sibling’s', async () => {
    await provinceAdmin.put('/api/indices', { unitId: tinh.id, year: 2023, index: 'PCI', score: 65.51, rank: 30, rankOf: 63, band: 'Khá', source: 'VCCI công bố PCI 2023' });
    await huyenStanding.put('/api/indices', body({ unitId: xaB.id, index: 'SIPAS', score: 88.2, rank: null, rankOf: null, band: null }));
    const list = (await officerA.get('/api/indices')).json() as IndexListResponse;
    const names = list.items.map((i) => `${i.unit.name} ${i.index}`);
    expect(names).toContain('Tỉnh Quảng Ngãi PCI');
    expect(names).toContain('Xã Trà Lâm CCHC');
    expect(names.some((n) => n.startsWith('Xã Trà Bình'))).toBe(false);
    expect(list.items.find((i) => i.index === 'PCI')).toMatchObject({ score: 65.51, editable: false });

    expect((await officerA.get(`/api/indices?unitId=${xaB.id}`)).statusCode).toBe(404);
    const filtered = (await huyenStanding.get(`/api/indices?index=SIPAS&year=2024`)).json() as IndexListResponse;
    expect(filtered.items.map((i) => i.unit.name)).toEqual(['Xã Trà Bình']);
    expect((await officerA.get('/api/indices?index=XYZ')).statusCode).toBe(400);
  });
});

describe('DELETE /api/indices/:id', () => {
  it('deletes with an audit row; a reader may not', async () => {
    const dto = (await huyenStanding.put('/api/indices', body({ index: 'ICT_INDEX', score: 0.6589, rank: null, rankOf: null, band: null }))).json() as IndexScoreDto;
    expect(dto.score).toBe(0.6589);
    expect((await officerA.delete(`/api/indices/${dto.id}`)).statusCode).toBe(403);
    const res = await huyenStanding.delete(`/api/indices/${dto.id}`);
    expect(res.statusCode).toBe(200);
    expect((await auditOf('index_score.delete'))?.before).toMatchObject({ index: 'ICT_INDEX', score: 0.6589 });
    expect((await huyenStanding.delete(`/api/indices/${dto.id}`)).statusCode).toBe(404);
  });
});

describe('Excel', () => {
  it('gives a template with the columns and instructions', async () => {
    const res = await officerA.get('/api/indices/template.xlsx');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe(XLSX);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    const header = (wb.getWorksheet('Chỉ số')!.getRow(1).values as unknown[]).slice(1);
    expect(header).toEqual(['Mã đơn vị*', 'Tên đơn vị', 'Năm*', 'Chỉ số*', 'Điểm', 'Thứ hạng', 'Trên tổng số', 'Xếp loại', 'Nguồn']);
    expect(wb.getWorksheet('Chỉ số')!.actualRowCount).toBe(1);
  });

  it('imports a clean file, and an exported file imports again unchanged', async () => {
    const file = await workbook([
      { unitCode: xaA.code, year: 2023, index: 'Chỉ số CCHC', score: '78,5', rank: 5, rankOf: 16, band: 'kha', source: 'QĐ 12/QĐ-UBND' },
      { unitCode: xaB.code, year: 2023, index: 'cchc', score: 91, rank: 1, rankOf: 16, band: 'Tốt' },
      { unitCode: xaB.code, year: 2023, index: 'SIPAS', score: '92.4%' },
    ]);
    const res = await upload(huyenStanding, file);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toEqual({ total: 3, created: 3, updated: 0, unchanged: 0 });
    const rows = (await huyenStanding.get('/api/indices?year=2023')).json() as IndexListResponse;
    expect(rows.items.find((i) => i.unit.id === xaA.id && i.index === 'CCHC')).toMatchObject({ score: 78.5, band: 'Khá', rank: 5 });
    expect(rows.items.find((i) => i.index === 'SIPAS')).toMatchObject({ score: 92.4, band: null });

    const exported = await huyenStanding.get('/api/indices/export.xlsx');
    expect(exported.statusCode).toBe(200);
    const before = await dbSnapshot(t.db);
    const again = await upload(huyenStanding, exported.rawPayload);
    expect(again.statusCode, again.body).toBe(200);
    expect(again.json()).toMatchObject({ created: 0, updated: 0 });
    expect(again.json().unchanged).toBeGreaterThanOrEqual(3);
    expect(await dbSnapshot(t.db)).toEqual(before);
  });

  it('validates every row first and writes nothing when any row is wrong', async () => {
    const file = await workbook([
      { unitCode: xaA.code, year: 2022, index: 'PCI', score: 120, band: 'Khá' },
      { unitCode: xaA.code, year: 2022, index: 'XYZ', score: 50 },
      { unitCode: xaA.code, year: 2022, index: 'CCHC', score: 70, rank: 20, rankOf: 16, band: 'Khá' },
      { unitCode: 'KHONG-CO', year: 2022, index: 'SIPAS', score: 90 },
      { unitCode: xaA.code, year: 2022, index: 'PAPI', score: 40, band: 'Cao nhất' },
      { unitCode: xaA.code, year: 2022, index: 'PAPI', score: 41, band: 'Cao nhất' },
      { unitCode: xaA.code, year: 2022, index: 'SIPAS', score: 'tám mươi' },
    ]);
    const before = await dbSnapshot(t.db);
    const res = await upload(huyenStanding, file);
    expect(res.statusCode, res.body).toBe(400);
    const err = res.json().error as { message: string; errorCount: number; errors: { row: number; column: string; message: string }[] };
    expect(err.message).toMatch(/Tệp có 6 lỗi; chưa ghi dòng nào/);
    expect(err.errors.map((e) => e.message)).toEqual([
      'Dòng 2, cột Điểm: Điểm PCI phải từ 0 đến 100 (đã nhập 120)',
      expect.stringMatching(/^Dòng 3, cột Chỉ số: "XYZ" không phải là chỉ số được hỗ trợ/),
      'Dòng 4, cột Thứ hạng: Thứ hạng 20 lớn hơn tổng số 16',
      'Dòng 5, cột Mã đơn vị: không có đơn vị mã "KHONG-CO" trong phạm vi của bạn',
      'Dòng 7, cột Chỉ số: trùng với dòng 6 (cùng đơn vị, năm và chỉ số)',
      'Dòng 8, cột Điểm: "tám mươi" không phải là số',
    ]);
    expect(await dbSnapshot(t.db)).toEqual(before);
  });

  it('refuses a unit of another xã by its row, and a file that is not Excel', async () => {
    const before = await dbSnapshot(t.db);
    const res = await upload(xaStanding, await workbook([
      { unitCode: xaA.code, year: 2022, index: 'SIPAS', score: 90 },
      { unitCode: xaB.code, year: 2022, index: 'SIPAS', score: 90 },
    ]));
    expect(res.statusCode).toBe(400);
    expect(res.json().error.errors.map((e: { message: string }) => e.message)).toEqual([
      `Dòng 3, cột Mã đơn vị: không có đơn vị mã "${xaB.code}" trong phạm vi của bạn`,
    ]);
    const fake = await upload(huyenStanding, Buffer.from('MZ không phải tệp Excel'));
    expect(fake.statusCode).toBe(415);
    expect(fake.json().error.message).toMatch(/không phải là tệp Excel/);
    expect((await upload(officerA, await workbook([{ unitCode: xaA.code, year: 2022, index: 'SIPAS', score: 90 }]))).statusCode).toBe(403);
    expect(await dbSnapshot(t.db)).toEqual(before);
  });
});
