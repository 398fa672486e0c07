import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { headerText } from '../../src/modules/imports/columns';
import { resultColumns } from '../../src/modules/results/result-cells';
import type { ResultListResponse } from '../../src/modules/results/results.schema';
import { dbSnapshot } from '../helpers/db-snapshot';
import { startTestApp, type Client, type TestApp } from '../helpers/test-app';
import { buildResultsWorld, countRows, PDF, upload, userOn, type ResultsWorld } from './results-fixtures';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
let t: TestApp;
let w: ResultsWorld;
let officerA: Client;

beforeAll(async () => {
  t = await startTestApp();
  w = await buildResultsWorld(t);
  officerA = await userOn(t, 'unit_officer', w.a);
});
afterAll(() => t?.close());

async function download(c: Client, url: string): Promise<ExcelJS.Workbook> {
  const res = await c.request({ method: 'GET', url });
  expect(res.statusCode, res.body).toBe(200);
  expect(res.headers['content-type']).toBe(XLSX);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
  return wb;
}

/** The data rows of the "Kết quả" sheet as objects keyed by column key. */
function rowsOf(wb: ExcelJS.Workbook): Record<string, unknown>[] {
  const ws = wb.getWorksheet('Kết quả')!;
  const out: Record<string, unknown>[] = [];
  ws.eachRow((row, n) => {
    if (n === 1) return;
    out.push(Object.fromEntries(resultColumns.map((c, i) => [c.key, row.getCell(i + 1).value])));
  });
  return out;
}

async function bufferOf(wb: ExcelJS.Workbook): Promise<Buffer> {
  return Buffer.from(await wb.xlsx.writeBuffer());
}

function setValue(wb: ExcelJS.Workbook, match: (r: Record<string, unknown>) => boolean, value: unknown, note?: string) {
  const ws = wb.getWorksheet('Kết quả')!;
  const rows = rowsOf(wb);
  const i = rows.findIndex(match);
  expect(i, 'row to fill').toBeGreaterThanOrEqual(0);
  ws.getRow(i + 2).getCell(resultColumns.findIndex((c) => c.key === 'value') + 1).value = value as ExcelJS.CellValue;
  if (note !== undefined) ws.getRow(i + 2).getCell(resultColumns.findIndex((c) => c.key === 'note') + 1).value = note;
}

const importFile = (c: Client, movement: number, buf: Buffer, name = 'ket-qua.xlsx', type = XLSX) => upload(c, `/api/movements/${movement}/results/import`, buf, name, type);

describe('results template', () => {
  it('has one row per approved unit in scope × criterion for units × period, a Hướng dẫn sheet and Có/Không-free text columns', async () => {
    const wb = await download(w.admin, `/api/movements/${w.movement}/results/template.xlsx?period=2024`);
    expect(wb.worksheets.map((s) => s.name)).toEqual(expect.arrayContaining(['Kết quả', 'Hướng dẫn']));
    expect(wb.getWorksheet('Kết quả')!.getRow(1).getCell(1).value).toBe(headerText(resultColumns[0]!));
    const rows = rowsOf(wb);
    // dung-han once a year + tin-bai each quarter, for xã A and xã B; xã C is not approved; sang-kien is for individuals.
    expect(rows).toHaveLength(10);
    expect(rows.filter((r) => r.criterionKey === 'tin-bai').map((r) => r.period)).toEqual(['2024-Q1', '2024-Q2', '2024-Q3', '2024-Q4', '2024-Q1', '2024-Q2', '2024-Q3', '2024-Q4']);
    expect(rows.some((r) => r.criterionKey === 'sang-kien' || String(r.unitName).includes('Cẩm Giang'))).toBe(false);
    expect(String(rows.find((r) => r.criterionKey === 'dung-han')!.target)).toBe('≥ 90% — ghi số phần trăm, ví dụ 91,5');
  });

  it('a xã officer gets only its own rows; a quarter gives that quarter only', async () => {
    const rows = rowsOf(await download(officerA, `/api/movements/${w.movement}/results/template.xlsx?period=2024-Q3`));
    expect(rows.map((r) => [r.unitName, r.criterionKey, r.period])).toEqual([
      ['Xã An Lạc', 'dung-han', '2024'],
      ['Xã An Lạc', 'tin-bai', '2024-Q3'],
    ]);
  });

  it('refuses a period outside the movement', async () => {
    const res = await w.admin.get(`/api/movements/${w.movement}/results/template.xlsx?period=2019`);
    expect(res.statusCode).toBe(400);
    expect(res.json().error.message).toContain('nằm ngoài thời gian của phong trào');
  });
});

describe('results import', () => {
  it('writes the filled rows in one go, skipping blank values, with an audit row each', async () => {
    const wb = await download(w.admin, `/api/movements/${w.movement}/results/template.xlsx?period=2024`);
    setValue(wb, (r) => r.unitName === 'Xã An Lạc' && r.criterionKey === 'dung-han', 95.5, 'Theo báo cáo một cửa');
    setValue(wb, (r) => r.unitName === 'Xã Bến Súc' && r.criterionKey === 'dung-han', '88,5%');
    setValue(wb, (r) => r.unitName === 'Xã An Lạc' && r.period === '2024-Q1', 4);
    const audits = await countRows(t.db, 'results');
    const res = await importFile(w.admin, w.movement, await bufferOf(wb));
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toEqual({ total: 3, created: 3, updated: 0, unchanged: 0, skipped: 7 });
    expect(await countRows(t.db, 'results')).toBe(audits + 3);
    const list = (await w.admin.get(`/api/movements/${w.movement}/results?period=2024`)).json<ResultListResponse>();
    expect(list.items.map((r) => [r.unit.name, r.valueText, r.check?.met, r.note])).toEqual([
      ['Xã An Lạc', '95,5%', true, 'Theo báo cáo một cửa'],
      ['Xã Bến Súc', '88,5%', false, null],
    ]);
    const logged = await t.db.selectFrom('audit_log').select('action').where('action', 'in', ['result.create', 'import.results']).execute();
    expect(logged.filter((l) => l.action === 'result.create').length).toBeGreaterThanOrEqual(3);
    expect(logged.some((l) => l.action === 'import.results')).toBe(true);
  });

  it('an export imports again unchanged; a changed value keeps the old one in the history', async () => {
    const exported = await download(w.admin, `/api/movements/${w.movement}/results/export.xlsx`);
    expect(rowsOf(exported)).toHaveLength(3);
    const before = await t.db.selectFrom('results').select(['id', 'revision', 'value']).orderBy('id').execute();
    const again = await importFile(w.admin, w.movement, await bufferOf(exported));
    expect(again.json()).toEqual({ total: 3, created: 0, updated: 0, unchanged: 3, skipped: 0 });
    expect(await t.db.selectFrom('results').select(['id', 'revision', 'value']).orderBy('id').execute()).toEqual(before);

    setValue(exported, (r) => r.unitName === 'Xã Bến Súc', 91);
    const history = await countRows(t.db, 'result_history');
    expect((await importFile(w.admin, w.movement, await bufferOf(exported))).json()).toMatchObject({ created: 0, updated: 1, unchanged: 2 });
    expect(await countRows(t.db, 'result_history')).toBe(history + 1);
  });

  it('checks every row first and names each bad cell in Vietnamese, writing nothing', async () => {
    const wb = await download(w.admin, `/api/movements/${w.movement}/results/template.xlsx?period=2024`);
    const ws = wb.getWorksheet('Kết quả')!;
    setValue(wb, (r) => r.unitName === 'Xã An Lạc' && r.criterionKey === 'dung-han', 'nhiều lắm');
    setValue(wb, (r) => r.unitName === 'Xã An Lạc' && r.period === '2024-Q2', 2.5);
    setValue(wb, (r) => r.unitName === 'Xã Bến Súc' && r.criterionKey === 'dung-han', 120);
    setValue(wb, (r) => r.unitName === 'Xã Bến Súc' && r.period === '2024-Q1', 3);
    // The same unit, criterion and period twice; a period of the wrong granularity; a unit not approved.
    ws.addRow(['', '', 'tin-bai', '', '', '2024-Q1', '5', '']).getCell(1).value = rowsOf(wb).find((r) => r.unitName === 'Xã Bến Súc')!.unitCode as string;
    ws.addRow([rowsOf(wb)[0]!.unitCode as string, '', 'dung-han', '', '', '2024-Q1', '95', '']);
    const c = await t.db.selectFrom('units').select('code').where('id', '=', w.c).executeTakeFirstOrThrow();
    ws.addRow([c.code, '', 'dung-han', '', '', '2024', '95', '']);
    ws.addRow(['KHONG-CO', '', 'dung-han', '', '', '2024', '95', '']);
    const snapshot = await dbSnapshot(t.db);
    const res = await importFile(w.admin, w.movement, await bufferOf(wb));
    expect(res.statusCode, res.body).toBe(400);
    const messages = (res.json().error.errors as { message: string }[]).map((e) => e.message);
    expect(messages).toEqual([
      'Dòng 2, cột Kết quả: "nhiều lắm" không phải là số (ghi số phần trăm, ví dụ 91,5)',
      'Dòng 4, cột Kết quả: Số lượng phải là số nguyên',
      'Dòng 7, cột Kết quả: Tỷ lệ phải từ 0 đến 100%',
      'Dòng 12, cột Kỳ: trùng với dòng 8 (cùng đơn vị, tiêu chí và kỳ)',
      'Dòng 13, cột Kỳ: Tiêu chí «a)» đánh giá theo năm, dạng «2024»',
      'Dòng 14, cột Mã đơn vị: «Xã Cẩm Giang» chưa có bản đăng ký thi đua được duyệt cho phong trào này',
      'Dòng 15, cột Mã đơn vị: không có đơn vị mã "KHONG-CO" trong phạm vi bạn được nhập kết quả',
    ]);
    expect(res.json().error.message).toBe('Tệp có 7 lỗi; chưa ghi dòng nào. Sửa các dòng được nêu rồi nhập lại.');
    expect(await dbSnapshot(t.db)).toEqual(snapshot);
  });

  it('refuses a unit outside the importer’s scope as if it did not exist', async () => {
    const wb = await download(w.admin, `/api/movements/${w.movement}/results/template.xlsx?period=2024`);
    setValue(wb, (r) => r.unitName === 'Xã Bến Súc' && r.criterionKey === 'dung-han', 99);
    const snapshot = await dbSnapshot(t.db);
    const res = await importFile(officerA, w.movement, await bufferOf(wb));
    expect(res.statusCode, res.body).toBe(400);
    expect(res.json().error.errors[0].message).toMatch(/^Dòng \d+, cột Mã đơn vị: không có đơn vị mã ".+" trong phạm vi bạn được nhập kết quả$/);
    expect(await dbSnapshot(t.db)).toEqual(snapshot);
  });

  it('refuses a renamed non-Excel file (415) and any file after the movement’s end (deadline_passed)', async () => {
    const snapshot = await dbSnapshot(t.db);
    const renamed = await importFile(w.admin, w.movement, PDF, 'ket-qua.xlsx');
    expect(renamed.statusCode).toBe(415);
    expect(renamed.json().error.message).toContain('không phải là tệp Excel (.xlsx)');
    const wb = await download(w.admin, `/api/movements/${w.movement}/results/template.xlsx?period=2024`);
    const late = await importFile(w.admin, w.ended, await bufferOf(wb));
    expect(late.statusCode).toBe(422);
    expect(late.json().error).toMatchObject({ code: 'deadline_passed' });
    expect(late.json().error.message).toContain('Đã quá thời hạn nhập kết quả');
    expect(await dbSnapshot(t.db)).toEqual(snapshot);
  });
});
