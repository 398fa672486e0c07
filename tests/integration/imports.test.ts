import crypto from 'node:crypto';
import { Document, Packer, Paragraph } from 'docx';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { headerText, personColumns, unitColumns, type ColumnSpec } from '../../src/modules/imports/columns';
import { buildPerson, buildUnit, buildUser, TEST_PASSWORD } from '../factories';
import { loginAs, startTestApp, type Client, type TestApp } from '../helpers/test-app';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const uid = () => crypto.randomBytes(3).toString('hex').toUpperCase();

let t: TestApp;
// Province TINH ─ district HUYEN ─ commune XA; OTHER is another province.
let tinh: { id: number; code: string; path: string };
let huyen: { id: number; code: string; path: string };
let xa: { id: number; code: string; path: string };
let other: { id: number; code: string; path: string };
let unitAdmin: Client; // admin of HUYEN: may import units and people under it
let officer: Client; // cán bộ đơn vị of HUYEN: may import people only
let outsider: Client; // admin of OTHER

beforeAll(async () => {
  t = await startTestApp({ UPLOAD_LIMIT_BYTES: '3000000' });
  tinh = await buildUnit(t.db, { kind: 'tinh', name: 'Tỉnh Bình Phước', code: `TINH-${uid()}` });
  huyen = await buildUnit(t.db, { kind: 'huyen', name: 'Huyện Trà Bồng', parentId: tinh.id, code: `HUYEN-${uid()}` });
  xa = await buildUnit(t.db, { kind: 'xa', name: 'Xã Trà Lâm', parentId: huyen.id, code: `XA-${uid()}` });
  other = await buildUnit(t.db, { kind: 'tinh', name: 'Tỉnh Tây Ninh', code: `OTHER-${uid()}` });
  const login = async (role: 'admin' | 'unit_officer', unitId: number) =>
    loginAs(t.app, (await buildUser(t.db, { role, unitId })).username, TEST_PASSWORD);
  unitAdmin = await login('admin', huyen.id);
  officer = await login('unit_officer', huyen.id);
  outsider = await login('admin', other.id);
});
afterAll(() => t?.close());

// ---- helpers: workbooks as users fill them, multipart uploads, NDJSON ----

type Cells = Record<string, string | number | null>;

async function workbook(sheetName: string, columns: ColumnSpec[], rows: Cells[], header = columns.map(headerText)): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(sheetName);
  ws.addRow(header);
  for (const r of rows) ws.addRow(columns.map((c) => r[c.key] ?? null));
  return Buffer.from(await wb.xlsx.writeBuffer());
}
const unitsFile = (rows: Cells[]) => workbook('Đơn vị', unitColumns, rows);
const peopleFile = (rows: Cells[]) => workbook('Cá nhân', personColumns, rows);

function upload(client: Client, url: string, file: Buffer, filename = 'danh-sach.xlsx') {
  const boundary = `----thidua${crypto.randomBytes(8).toString('hex')}`;
  const head = `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${filename}"\r\nContent-Type: ${XLSX}\r\n\r\n`;
  const payload = Buffer.concat([Buffer.from(head, 'utf8'), file, Buffer.from(`\r\n--${boundary}--\r\n`)]);
  return client.request({ method: 'POST', url, payload, headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } });
}

const ndjson = (body: string) => body.trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
const peopleCount = async (unitIds: number[]) =>
  Number((await t.db.selectFrom('people').select((eb) => eb.fn.countAll().as('n')).where('unit_id', 'in', unitIds).executeTakeFirstOrThrow()).n);
const person = (unitCode: string, over: Cells = {}): Cells => ({
  fullName: `Nguyễn Văn ${uid()}`, gender: 'Nam', birthYear: 1985, unitCode, position: 'Chuyên viên', category: 'Công chức', isUnitHead: 'Không', ...over,
});

async function loadXlsx(body: Buffer): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(body as unknown as ArrayBuffer);
  return wb;
}

describe('templates', () => {
  it('downloads both templates as real workbooks with Vietnamese headers, dropdowns and instructions', async () => {
    for (const [kind, sheet, columns, dropdownCell] of [
      ['units', 'Đơn vị', unitColumns, 'D2'],
      ['people', 'Cá nhân', personColumns, 'G2'],
    ] as const) {
      const res = await officer.get(`/api/imports/templates/${kind}.xlsx`);
      expect(res.statusCode).toBe(200);
      expect(res.headers['content-type']).toBe(XLSX);
      expect(res.headers['content-disposition']).toMatch(/attachment; filename="mau-nhap-.+\.xlsx"/);
      const wb = await loadXlsx(res.rawPayload);
      const ws = wb.getWorksheet(sheet)!;
      expect((ws.getRow(1).values as unknown[]).slice(1)).toEqual(columns.map(headerText));
      expect(ws.getCell(dropdownCell).dataValidation?.type).toBe('list');
      expect(wb.getWorksheet('Hướng dẫn')).toBeDefined();
    }
    const anonymous = await t.app.inject({ method: 'GET', url: '/api/imports/templates/units.xlsx' });
    expect(anonymous.statusCode).toBe(401);
  });
});

describe('importing units', () => {
  it('creates units whose parent comes later in the file, updates existing ones, with history and audit', async () => {
    const [a, ap] = [`XA-${uid()}`, `AP-${uid()}`];
    const file = await unitsFile([
      { code: ap, name: 'Ấp Một', kind: 'Ấp, thôn, tổ dân phố', parentCode: a },
      { code: a, name: 'Xã  Trà Thủy', shortName: 'Trà Thủy', kind: 'Xã', parentCode: huyen.code, validFrom: '01/07/2025' },
      { code: xa.code, name: 'Xã Trà Lâm (mới)', kind: 'Xã' },
    ]);
    const res = await upload(unitAdmin, '/api/imports/units?stream=0', file, 'Danh sách đơn vị.xlsx');
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ status: 'succeeded', total: 3, created: 2, updated: 1, unchanged: 0, errorCount: 0, errors: [] });

    const rows = await t.db.selectFrom('units').selectAll().where('code', 'in', [a, ap, xa.code]).execute();
    const byCode = new Map(rows.map((r) => [r.code, r]));
    const newXa = byCode.get(a)!;
    expect(newXa).toMatchObject({ name: 'Xã Trà Thủy', short_name: 'Trà Thủy', kind: 'xa', parent_id: huyen.id, depth: 2, valid_from: '2025-07-01', path: `${huyen.path}${newXa.id}/`, search_key: 'xa tra thuy' });
    expect(byCode.get(ap)).toMatchObject({ kind: 'ap', parent_id: newXa.id, depth: 3, path: `${newXa.path}${byCode.get(ap)!.id}/` });
    expect(byCode.get(xa.code)!.name).toBe('Xã Trà Lâm (mới)');
    const history = await t.db.selectFrom('unit_parent_history').selectAll().where('unit_id', '=', newXa.id).execute();
    expect(history).toMatchObject([{ parent_id: huyen.id, valid_from: '2025-07-01', valid_to: null }]);

    const jobId = res.json().jobId as string;
    const audit = await t.db.selectFrom('audit_log').select(['action', 'entity_id']).where('request_id', '=', (await t.db.selectFrom('audit_log').select('request_id').where('entity_id', '=', jobId).executeTakeFirstOrThrow()).request_id).execute();
    expect(audit.map((x) => x.action).sort()).toEqual(['import.units', 'unit.create', 'unit.create', 'unit.update']);
    const job = await t.db.selectFrom('import_jobs').selectAll().where('id', '=', jobId).executeTakeFirstOrThrow();
    expect(job).toMatchObject({ kind: 'units', status: 'succeeded', total: 3, processed: 3, file_name: 'Danh sách đơn vị.xlsx' });
    expect(job.file_sha256).toBe(crypto.createHash('sha256').update(file).digest('hex'));
    expect(job.summary).toEqual({ created: 2, updated: 1, unchanged: 0 });
  });

  it('moves an existing unit with its subtree under a new unit of the same file', async () => {
    const moving = await buildUnit(t.db, { kind: 'xa', parentId: huyen.id, code: `MV-${uid()}` });
    const child = await buildUnit(t.db, { kind: 'ap', parentId: moving.id, code: `MVC-${uid()}` });
    const cluster = `CUM-${uid()}`;
    const res = await upload(unitAdmin, '/api/imports/units?stream=0', await unitsFile([
      { code: moving.code, name: moving.name, kind: 'Xã', parentCode: cluster },
      { code: cluster, name: 'Cụm xã phía Bắc', kind: 'Khác', parentCode: huyen.code },
    ]));
    expect(res.json()).toMatchObject({ status: 'succeeded', created: 1, updated: 1 });
    const rows = await t.db.selectFrom('units').select(['id', 'code', 'path', 'depth', 'parent_id']).where('id', 'in', [moving.id, child.id]).execute();
    const newParent = await t.db.selectFrom('units').select(['id', 'path']).where('code', '=', cluster).executeTakeFirstOrThrow();
    expect(rows.find((r) => r.id === moving.id)).toMatchObject({ parent_id: newParent.id, depth: 3, path: `${newParent.path}${moving.id}/` });
    expect(rows.find((r) => r.id === child.id)).toMatchObject({ depth: 4, path: `${newParent.path}${moving.id}/${child.id}/` });
    const events = await t.db.selectFrom('unit_events').select(['kind', 'target_unit_id']).where('target_unit_id', '=', newParent.id).execute();
    expect(events).toEqual([{ kind: 'moved', target_unit_id: newParent.id }]);
  });

  it('refuses a cycle in the file and writes nothing', async () => {
    const [a, b] = [`CY-${uid()}`, `CY-${uid()}`];
    const res = await upload(unitAdmin, '/api/imports/units?stream=0', await unitsFile([
      { code: a, name: 'A', kind: 'Xã', parentCode: b },
      { code: b, name: 'B', kind: 'Xã', parentCode: a },
      { code: `OK-${uid()}`, name: 'C', kind: 'Xã', parentCode: huyen.code },
    ]));
    expect(res.statusCode).toBe(400);
    expect(res.json().error.errors.map((e: { message: string }) => e.message)).toEqual([
      `Dòng 2, cột Mã đơn vị cấp trên: tạo thành vòng lặp đơn vị cấp trên: ${a} → ${b} → ${a}`,
      `Dòng 3, cột Mã đơn vị cấp trên: tạo thành vòng lặp đơn vị cấp trên: ${b} → ${a} → ${b}`,
    ]);
    expect(await t.db.selectFrom('units').select('id').where('code', 'like', 'OK-%').execute()).toEqual([]);
  });

  it('keeps units outside the scope out of reach, and refuses users without units.write', async () => {
    const res = await upload(unitAdmin, '/api/imports/units?stream=0', await unitsFile([
      { code: `N-${uid()}`, name: 'Xã X', kind: 'Xã', parentCode: other.code },
      { code: other.code, name: 'Đổi tên tỉnh khác', kind: 'Tỉnh, thành phố' },
    ]));
    expect(res.statusCode).toBe(400);
    expect(res.json().error.errors.map((e: { message: string }) => e.message)).toEqual([
      `Dòng 3, cột Mã đơn vị: mã "${other.code}" đã được dùng cho một đơn vị ngoài phạm vi của bạn`,
    ]);
    expect((await t.db.selectFrom('units').select('name').where('id', '=', other.id).executeTakeFirstOrThrow()).name).toBe('Tỉnh Tây Ninh');

    const refused = await upload(officer, '/api/imports/units', await unitsFile([{ code: `N-${uid()}`, name: 'X', kind: 'Xã', parentCode: xa.code }]));
    expect(refused.statusCode).toBe(403);
    expect(refused.json().error.message).toBe('Bạn không có quyền nhập danh sách đơn vị từ tệp Excel.');
  });
});

describe('importing people', () => {
  it('creates people with audit rows, and reports progress as NDJSON ending with the result', async () => {
    const res = await upload(officer, '/api/imports/people', await peopleFile([
      person(xa.code, { fullName: 'Trần Thị Bích', gender: 'Nữ', isUnitHead: 'Có', category: 'Cán bộ' }),
      person(xa.code),
      person(huyen.code, { gender: null, birthYear: null, position: null, isUnitHead: null }),
    ]));
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/x-ndjson; charset=utf-8');
    const lines = ndjson(res.body);
    const phases = lines.filter((l) => 'phase' in l).map((l) => l.phase);
    expect(phases).toEqual(expect.arrayContaining(['parse', 'validate', 'write']));
    expect(phases.indexOf('write')).toBeGreaterThan(phases.lastIndexOf('parse'));
    expect(lines.at(-2)).toEqual({ phase: 'write', processed: 3, total: 3 });
    const last = lines.at(-1)!;
    expect(last).toMatchObject({ done: true, result: { status: 'succeeded', created: 3, updated: 0, errors: [] } });

    // Rows with data only in columns the template does not have: the stream ends with an error line.
    const stray = await workbook('Cá nhân', [...personColumns, { key: 'note', label: 'Ghi chú', required: false, width: 10, help: '' }], [{ note: 'chỉ có ghi chú' }]);
    const strayLines = ndjson((await upload(officer, '/api/imports/people', stray)).body);
    expect(strayLines.at(-1)).toEqual({
      done: true,
      error: { code: 'validation', message: 'Trang "Cá nhân" không có dòng dữ liệu nào ở các cột của tệp mẫu.' },
    });

    const bich = await t.db.selectFrom('people').selectAll().where('full_name', '=', 'Trần Thị Bích').executeTakeFirstOrThrow();
    expect(bich).toMatchObject({ gender: 'nu', birth_year: 1985, unit_id: xa.id, category: 'can_bo', is_unit_head: true, search_key: 'tran thi bich' });
    const audit = await t.db.selectFrom('audit_log').select(['action', 'unit_id']).where('entity', '=', 'person').where('entity_id', '=', String(bich.id)).execute();
    expect(audit).toEqual([{ action: 'person.create', unit_id: xa.id }]);
  });

  it('rejects a file with one bad row, naming row and column in Vietnamese, and writes nothing', async () => {
    const before = await peopleCount([xa.id, huyen.id]);
    const rows = [person(xa.code), person(xa.code), person(xa.code), person(xa.code), person(xa.code), person(xa.code, { birthYear: 1850 })];
    const file = await peopleFile(rows);
    const res = await upload(officer, '/api/imports/people?stream=0', file);
    expect(res.statusCode).toBe(400);
    expect(res.json().error).toMatchObject({
      code: 'validation',
      message: 'Tệp có 1 lỗi; chưa ghi dòng nào. Sửa các dòng được nêu rồi nhập lại.',
      errorCount: 1,
      errors: [{ row: 7, column: 'Năm sinh', message: `Dòng 7, cột Năm sinh: phải là số từ 1900 đến ${new Date().getFullYear()}` }],
    });
    expect(await peopleCount([xa.id, huyen.id])).toBe(before);
    const job = await t.db.selectFrom('import_jobs').selectAll().where('id', '=', res.json().error.jobId).executeTakeFirstOrThrow();
    expect(job.status).toBe('rejected');
    expect(job.errors).toEqual(res.json().error.errors);

    // The same file streamed: 200 (the stream had started), the final line carries the rejection.
    const streamed = ndjson((await upload(officer, '/api/imports/people', file)).body).at(-1)!;
    expect(streamed).toMatchObject({ done: true, result: { status: 'rejected', created: 0, errorCount: 1 } });
    expect(await peopleCount([xa.id, huyen.id])).toBe(before);
  });

  it('refuses a unit code outside the caller scope as if it did not exist', async () => {
    const res = await upload(officer, '/api/imports/people?stream=0', await peopleFile([person(xa.code), person(other.code)]));
    expect(res.statusCode).toBe(400);
    expect(res.json().error.errors).toEqual([
      { row: 3, column: 'Mã đơn vị', message: `Dòng 3, cột Mã đơn vị: không tìm thấy đơn vị có mã "${other.code}" trong phạm vi của bạn` },
    ]);
    expect(await peopleCount([other.id])).toBe(0);
    // And a person of another province cannot be updated by naming their id.
    const far = await buildPerson(t.db, { unitId: other.id });
    const res2 = await upload(officer, '/api/imports/people?stream=0', await peopleFile([person(xa.code, { personId: far.id })]));
    expect(res2.json().error.errors[0].message).toBe(`Dòng 2, cột Mã cá nhân: không tìm thấy cá nhân có mã ${far.id} trong phạm vi của bạn`);
  });
});

describe('bad files', () => {
  it('names the missing required columns', async () => {
    const file = await workbook('Cá nhân', personColumns, [person(xa.code)], ['Họ và tên*', 'Giới tính', 'Năm sinh']);
    const res = await upload(officer, '/api/imports/people?stream=0', file);
    expect(res.statusCode).toBe(400);
    expect(res.json().error.message).toBe('Trang "Cá nhân" thiếu cột bắt buộc: Mã đơn vị, Đối tượng. Dòng 1 phải là dòng tiêu đề như trong tệp mẫu.');
    expect(Object.keys(res.json().error.fields)).toEqual(['Mã đơn vị', 'Đối tượng']);
  });

  it('recognises a renamed non-Excel file by its content: 415 with a Vietnamese message', async () => {
    const csv = Buffer.from('Họ và tên*,Mã đơn vị*,Đối tượng*\nNguyễn Văn A,XA,Công chức\n');
    const docx = await Packer.toBuffer(new Document({ sections: [{ children: [new Paragraph('Danh sách')] }] }));
    for (const bytes of [csv, docx]) {
      const res = await upload(officer, '/api/imports/people', bytes, 'danh-sach.xlsx');
      expect(res.statusCode).toBe(415);
      expect(res.json().error).toEqual({
        code: 'unsupported_media_type',
        message: 'Tệp tải lên không phải là tệp Excel (.xlsx). Vui lòng dùng tệp mẫu và lưu dưới dạng Excel Workbook (.xlsx).',
      });
    }
  });

  it('answers 413 for a file over the upload limit, 400 without a file, 400 for an empty sheet', async () => {
    const big = await upload(officer, '/api/imports/people', crypto.randomBytes(3_100_000));
    expect(big.statusCode).toBe(413);
    expect(big.json().error).toEqual({ code: 'payload_too_large', message: 'Tệp tải lên vượt quá dung lượng cho phép.' });

    const boundary = 'xyz';
    const none = await officer.request({
      method: 'POST',
      url: '/api/imports/people',
      payload: `--${boundary}\r\nContent-Disposition: form-data; name="note"\r\n\r\nx\r\n--${boundary}--\r\n`,
      headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
    });
    expect(none.statusCode).toBe(400);
    expect(none.json().error.message).toMatch(/Chưa có tệp tải lên/);

    const empty = await upload(officer, '/api/imports/people', await peopleFile([]));
    expect(empty.statusCode).toBe(400);
    expect(empty.json().error.message).toMatch(/không có dòng dữ liệu nào/);
  });
});

describe('export and import again', () => {
  it('exports people in scope with the template columns; the file imports back unchanged, then with an edit', async () => {
    const p = await buildPerson(t.db, { unitId: xa.id, fullName: 'Đặng Văn Xuất', position: 'Phó Chủ tịch' });
    await buildPerson(t.db, { unitId: other.id, fullName: 'Người Tỉnh Khác' });
    const res = await officer.get(`/api/exports/people.xlsx?unitId=${huyen.id}`);
    expect(res.statusCode).toBe(200);
    const wb = await loadXlsx(res.rawPayload);
    const ws = wb.getWorksheet('Cá nhân')!;
    expect((ws.getRow(1).values as unknown[]).slice(1)).toEqual(personColumns.map(headerText));
    const names: string[] = [];
    let rowOfP = 0;
    ws.eachRow((row, n) => {
      if (n === 1) return;
      names.push(String(row.getCell(2).value));
      if (row.getCell(1).value === String(p.id)) rowOfP = n;
    });
    expect(names).toContain('Đặng Văn Xuất');
    expect(names).not.toContain('Người Tỉnh Khác');
    expect(ws.getRow(rowOfP).getCell(5).value).toBe(xa.code);
    expect(ws.getRow(rowOfP).getCell(7).value).toBe('Công chức');

    const again = await upload(officer, '/api/imports/people?stream=0', res.rawPayload);
    expect(again.json()).toMatchObject({ status: 'succeeded', created: 0, updated: 0, unchanged: names.length });

    ws.getRow(rowOfP).getCell(6).value = 'Chủ tịch UBND xã';
    ws.getRow(rowOfP).getCell(5).value = huyen.code;
    const edited = await upload(officer, '/api/imports/people?stream=0', Buffer.from(await wb.xlsx.writeBuffer()));
    expect(edited.json()).toMatchObject({ status: 'succeeded', created: 0, updated: 1 });
    const row = await t.db.selectFrom('people').selectAll().where('id', '=', p.id).executeTakeFirstOrThrow();
    expect(row).toMatchObject({ position: 'Chủ tịch UBND xã', unit_id: huyen.id });
    const transfer = await t.db.selectFrom('person_transfers').selectAll().where('person_id', '=', p.id).executeTakeFirstOrThrow();
    expect(transfer).toMatchObject({ from_unit_id: xa.id, to_unit_id: huyen.id, reason: 'Nhập từ tệp Excel' });

    expect((await outsider.get(`/api/exports/people.xlsx?unitId=${huyen.id}`)).statusCode).toBe(404);
  });

  it('exports units with dd/mm/yyyy dates and parent codes; re-importing changes nothing', async () => {
    const dated = await buildUnit(t.db, { kind: 'phong', parentId: huyen.id, validFrom: '2025-07-01', code: `PH-${uid()}` });
    const res = await unitAdmin.get('/api/exports/units.xlsx');
    expect(res.statusCode).toBe(200);
    const wb = await loadXlsx(res.rawPayload);
    const ws = wb.getWorksheet('Đơn vị')!;
    const rows = new Map<string, unknown[]>();
    ws.eachRow((row, n) => n > 1 && rows.set(String(row.getCell(1).value), [1, 2, 3, 4, 5, 6].map((c) => row.getCell(c).value)));
    expect(rows.get(dated.code)).toEqual([dated.code, dated.name, null, 'Phòng, ban chuyên môn', huyen.code, '01/07/2025']);
    // The top of the scope names its parent (above the scope); keeping it is allowed.
    expect(rows.get(huyen.code)?.[4]).toBe(tinh.code);
    expect(rows.has(other.code)).toBe(false);
    expect(rows.has(tinh.code)).toBe(false);

    const again = await upload(unitAdmin, '/api/imports/units?stream=0', res.rawPayload);
    expect(again.statusCode).toBe(200);
    expect(again.json()).toMatchObject({ status: 'succeeded', created: 0, updated: 0, unchanged: rows.size });
  });
});

describe('a large file', () => {
  it('imports 20,000 people in one file', async () => {
    const target = await buildUnit(t.db, { kind: 'xa', parentId: huyen.id, code: `BIG-${uid()}` });
    const second = await buildUnit(t.db, { kind: 'ap', parentId: target.id, code: `BIG2-${uid()}` });
    const rows = Array.from({ length: 20_000 }, (_, i) =>
      person(i % 3 === 0 ? second.code : target.code, { fullName: `Nguyễn Văn Số ${i}`, birthYear: 1960 + (i % 40), category: i % 2 ? 'Viên chức' : 'Công chức' }),
    );
    const file = await peopleFile(rows);
    const started = Date.now();
    const res = await upload(officer, '/api/imports/people', file);
    const seconds = (Date.now() - started) / 1000;
    const lines = ndjson(res.body);
    expect(lines.at(-1)).toMatchObject({ done: true, result: { status: 'succeeded', created: 20_000, total: 20_000 } });
    expect(lines.filter((l) => l.phase === 'write').length).toBeGreaterThanOrEqual(20);
    expect(await peopleCount([target.id, second.id])).toBe(20_000);
    console.info(`20,000 people imported in ${seconds.toFixed(1)} s on ${process.env.DATABASE_URL ? 'PostgreSQL' : 'PGlite'} (file ${(file.length / 1024).toFixed(0)} KiB)`);
  });
});
