import crypto from 'node:crypto';
import ExcelJS from 'exceljs';
import { headerText, type ColumnSpec } from '../../src/modules/imports/columns';
import type { Client } from '../helpers/test-app';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** A workbook with one data sheet: the header of `columns`, then one row per object (by column key). */
export async function inputWorkbook<K extends string>(sheetName: string, columns: ColumnSpec<K>[], rows: Partial<Record<K, string | number | null>>[]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(sheetName);
  ws.addRow(columns.map(headerText));
  for (const r of rows) ws.addRow(columns.map((c) => r[c.key] ?? null));
  return Buffer.from(await wb.xlsx.writeBuffer());
}

export function uploadTo(client: Client, url: string, file: Buffer) {
  const boundary = `----thidua${crypto.randomBytes(8).toString('hex')}`;
  const head = `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="du-lieu.xlsx"\r\nContent-Type: ${XLSX}\r\n\r\n`;
  const payload = Buffer.concat([Buffer.from(head, 'utf8'), file, Buffer.from(`\r\n--${boundary}--\r\n`)]);
  return client.request({ method: 'POST', url, payload, headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } });
}

/** Every cell of every sheet of a downloaded workbook, to check what an export holds. */
export async function workbookText(raw: Buffer): Promise<string> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(raw as unknown as ArrayBuffer);
  const cells: string[] = [];
  wb.eachSheet((ws) => ws.eachRow((row) => row.eachCell((cell) => cells.push(String(cell.text)))));
  return cells.join('\n');
}
