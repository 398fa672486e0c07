import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { onTestFinished } from 'vitest';
import { headerText, personColumns, type PersonColumnKey } from '../../../src/modules/imports/columns';

export type PersonRow = Partial<Record<PersonColumnKey, string | number>>;

/**
 * A people workbook as a user fills it from the template: the template's header row (the column
 * list the importer itself reads), then one row per person. Written to a temp file because the
 * browser uploads files from disk; removed when the test ends.
 */
export async function writePeopleWorkbook(rows: PersonRow[]): Promise<string> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Cá nhân');
  ws.addRow(personColumns.map((c) => headerText(c)));
  for (const row of rows) ws.addRow(personColumns.map((c) => row[c.key] ?? null));
  const dir = await fs.promises.mkdtemp(path.join(os.tmpdir(), 'thidua-e2e-'));
  onTestFinished(() => fs.promises.rm(dir, { recursive: true, force: true }));
  const file = path.join(dir, 'danh-sach-ca-nhan.xlsx');
  await wb.xlsx.writeFile(file);
  return file;
}
