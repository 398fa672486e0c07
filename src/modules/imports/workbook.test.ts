import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../http/errors';
import { headerText, personColumns, unitColumns } from './columns';
import { peopleSheet, personExportRow, unitSheet } from './sheets';
import { assertColumns, findDataSheet, loadXlsx, readRows } from './workbook-read';
import { buildWorkbook, HELP_SHEET, LISTS_SHEET } from './workbook-write';

/** Loaded with exceljs defaults: the importer's own loader skips data validations on purpose. */
async function open(buf: Buffer): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(buf as unknown as ArrayBuffer);
  return wb;
}

describe('templates', () => {
  it('has the data sheet first with Vietnamese headers, widths, dropdowns, and instructions with an example', async () => {
    const wb = await open(await buildWorkbook(peopleSheet(), []));
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Cá nhân', HELP_SHEET, LISTS_SHEET]);
    const ws = wb.getWorksheet('Cá nhân')!;
    expect((ws.getRow(1).values as unknown[]).slice(1)).toEqual(personColumns.map(headerText));
    expect(ws.getColumn(2).width).toBe(32);
    expect(ws.actualRowCount).toBe(1);
    // Giới tính (C), Đối tượng (G), Người đứng đầu (H) take their values from the hidden list sheet.
    expect(ws.getCell('C2').dataValidation).toMatchObject({ type: 'list', formulae: [`'${LISTS_SHEET}'!$A$2:$A$3`] });
    expect(ws.getCell('G500').dataValidation).toMatchObject({ type: 'list', formulae: [`'${LISTS_SHEET}'!$B$2:$B$6`] });
    expect(ws.getCell('H2').dataValidation?.type).toBe('list');
    expect(ws.getCell('D2').dataValidation).toMatchObject({ type: 'whole', operator: 'between' });
    expect(wb.getWorksheet(LISTS_SHEET)!.state).toBe('hidden');
    const help = wb.getWorksheet(HELP_SHEET)!;
    const texts: string[] = [];
    help.eachRow((row) => row.eachCell((c) => texts.push(String(c.value))));
    expect(texts).toContain('Nguyễn Thị Hoa');
    expect(texts.some((t) => t.includes('không dòng nào được ghi'))).toBe(true);
  });

  it('lists the unit kinds in the units template dropdown', async () => {
    const wb = await open(await buildWorkbook(unitSheet, []));
    const ws = wb.getWorksheet('Đơn vị')!;
    expect(ws.getCell('D2').dataValidation?.type).toBe('list');
    const lists = wb.getWorksheet(LISTS_SHEET)!;
    expect(lists.getCell('A2').value).toBe('Tỉnh, thành phố');
    expect((ws.getRow(1).values as unknown[]).slice(1)).toEqual(unitColumns.map(headerText));
  });
});

describe('reading a sheet back', () => {
  it('reads an export the way the importer needs it, skipping blank rows', async () => {
    const rows = [
      personExportRow({ id: 7, full_name: 'Võ Văn Tâm', gender: 'nam', birth_year: 1979, unit_code: '001', position: null, category: 'vien_chuc', is_unit_head: false }),
    ];
    const wb = await loadXlsx(await buildWorkbook(peopleSheet(), rows));
    wb.getWorksheet('Cá nhân')!.getRow(5).getCell(2).value = 'Phạm Thị Thu';
    const { ws, match } = findDataSheet(wb, 'Cá nhân', personColumns);
    const data = await readRows(ws, match);
    expect(data.rows.map((r) => r.row)).toEqual([2, 5]);
    expect(Object.fromEntries(data.rows[0]!.cells)).toEqual({
      personId: '7', fullName: 'Võ Văn Tâm', gender: 'Nam', birthYear: 1979, unitCode: '001',
      position: null, category: 'Viên chức', isUnitHead: 'Không',
    });
  });

  it('finds a renamed sheet by its headers and names the missing columns', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Ghi chú').addRow(['Ghi chú của tôi']);
    wb.addWorksheet('Sheet1').addRow(['Họ và tên', 'Năm sinh']);
    const loaded = await loadXlsx(Buffer.from(await wb.xlsx.writeBuffer()));
    const { ws, match } = findDataSheet(loaded, 'Cá nhân', personColumns);
    expect(ws.name).toBe('Sheet1');
    try {
      assertColumns(match, ws.name);
      expect.unreachable();
    } catch (err) {
      expect(err).toBeInstanceOf(AppError);
      expect((err as AppError).message).toBe(
        'Trang "Sheet1" thiếu cột bắt buộc: Mã đơn vị, Đối tượng. Dòng 1 phải là dòng tiêu đề như trong tệp mẫu.',
      );
      expect((err as AppError).fields).toEqual({ 'Mã đơn vị': 'Thiếu cột "Mã đơn vị*" ở dòng 1', 'Đối tượng': 'Thiếu cột "Đối tượng*" ở dòng 1' });
    }
  });

  it('stops reading a sheet past the row limit with a 400 that says to split the file', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Cá nhân');
    for (let i = 0; i < 6; i++) ws.addRow([`Dòng ${i}`]);
    const buf = Buffer.from(await wb.xlsx.writeBuffer());
    await expect(loadXlsx(buf, 4)).rejects.toMatchObject({ status: 400, message: expect.stringMatching(/quá nhiều dòng.*chia thành nhiều tệp/) });
    await expect(loadXlsx(buf, 5)).resolves.toBeInstanceOf(ExcelJS.Workbook);
  });

  it('refuses bytes that are not an .xlsx with 415', async () => {
    await expect(loadXlsx(Buffer.from('Họ và tên;Năm sinh\n'))).rejects.toMatchObject({ status: 415 });
  });
});
