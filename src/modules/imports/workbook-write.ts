import ExcelJS from 'exceljs';
import { headerText, type ColumnSpec } from './columns';

export type CellInput = string | number | null;

/** Everything that makes one kind's workbook: the data sheet, its lists, and the instructions. */
export interface SheetSpec<K extends string> {
  sheetName: string;
  title: string;
  columns: ColumnSpec<K>[];
  /** Dropdown values per column; kept on a hidden sheet (labels contain commas, which inline lists cannot). */
  lists: Partial<Record<K, string[]>>;
  /** Whole-number bounds per column, checked by Excel as the user types. */
  wholeNumbers?: Partial<Record<K, [number, number]>>;
  notes: string[];
  example: Record<K, CellInput>;
}

export const LISTS_SHEET = 'Danh mục';
export const HELP_SHEET = 'Hướng dẫn';
const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDDEBF7' } };
const thin: Partial<ExcelJS.Border> = { style: 'thin', color: { argb: 'FF9BB7D4' } };

// exceljs has worksheet.dataValidations at run time but leaves it out of its type declarations.
type WithValidations = { dataValidations: { add(range: string, validation: ExcelJS.DataValidation): void } };

function columnLetter(n: number): string {
  let s = '';
  for (let x = n; x > 0; x = Math.floor((x - 1) / 26)) s = String.fromCharCode(65 + ((x - 1) % 26)) + s;
  return s;
}

function styleHeader(row: ExcelJS.Row): void {
  row.font = { bold: true };
  row.alignment = { vertical: 'middle', wrapText: true };
  row.eachCell((cell) => {
    cell.fill = HEADER_FILL;
    cell.border = { top: thin, bottom: thin, left: thin, right: thin };
  });
}

/**
 * The template (no rows) or an export (rows): the same data sheet either way, so an exported file
 * can be edited and imported again.
 */
export async function buildWorkbook<K extends string>(spec: SheetSpec<K>, rows: Record<K, CellInput>[]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'thidua';
  wb.created = new Date();
  const ws = wb.addWorksheet(spec.sheetName, { views: [{ state: 'frozen', ySplit: 1 }] });
  const help = wb.addWorksheet(HELP_SHEET);
  const lists = wb.addWorksheet(LISTS_SHEET, { state: 'hidden' });

  ws.columns = spec.columns.map((c) => ({ key: c.key, width: c.width, style: c.text ? { numFmt: '@' } : {} }));
  ws.getRow(1).values = spec.columns.map((c) => headerText(c));
  ws.getRow(1).height = 32;
  styleHeader(ws.getRow(1));
  for (const r of rows) ws.addRow(spec.columns.map((c) => r[c.key] ?? null));

  // Dropdowns and checks reach well past the data, so rows added later by hand get them too.
  const lastRow = Math.max(10_001, rows.length + 1_001);
  const validations = ws as unknown as WithValidations;
  let listCol = 0;
  spec.columns.forEach((c, i) => {
    const letter = columnLetter(i + 1);
    const values = spec.lists[c.key];
    if (values) {
      listCol++;
      const lc = columnLetter(listCol);
      lists.getCell(`${lc}1`).value = c.label;
      values.forEach((v, j) => (lists.getCell(`${lc}${j + 2}`).value = v));
      validations.dataValidations.add(`${letter}2:${letter}${lastRow}`, {
        type: 'list',
        allowBlank: !c.required,
        formulae: [`'${LISTS_SHEET}'!$${lc}$2:$${lc}$${values.length + 1}`],
        showErrorMessage: true,
        errorStyle: 'stop',
        errorTitle: c.label,
        error: `Chọn một giá trị trong danh sách ${c.label}.`,
      });
    }
    const bounds = spec.wholeNumbers?.[c.key];
    if (bounds) {
      validations.dataValidations.add(`${letter}2:${letter}${lastRow}`, {
        type: 'whole',
        operator: 'between',
        allowBlank: true,
        formulae: bounds,
        showErrorMessage: true,
        errorTitle: c.label,
        error: `${c.label} phải là số từ ${bounds[0]} đến ${bounds[1]}.`,
      });
    }
  });

  writeHelp(help, spec);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

function writeHelp<K extends string>(help: ExcelJS.Worksheet, spec: SheetSpec<K>): void {
  // Same widths as the data sheet, so the example row at the bottom reads like the real thing.
  const n = Math.max(3, spec.columns.length);
  help.columns = spec.columns.map((c, i) => ({ width: i === 0 ? Math.max(28, c.width) : c.width }));
  const wide = (values: CellInput[], height?: number) => {
    const row = help.addRow(values);
    help.mergeCells(row.number, 3, row.number, n);
    row.alignment = { wrapText: true, vertical: 'top' };
    if (height) row.height = height;
    return row;
  };
  help.addRow([spec.title]).font = { bold: true, size: 14 };
  help.addRow([]);
  spec.notes.forEach((note, i) => {
    const row = help.addRow([`${i + 1}. ${note}`]);
    help.mergeCells(row.number, 1, row.number, n);
    row.alignment = { wrapText: true, vertical: 'top' };
    row.height = Math.max(18, Math.ceil(note.length / 110) * 16);
  });
  help.addRow([]);
  styleHeader(wide(['Cột', 'Bắt buộc', 'Cách ghi']));
  for (const c of spec.columns) wide([headerText(c), c.required ? 'Có' : 'Không', c.help], Math.max(18, Math.ceil(c.help.length / 90) * 16));
  for (const c of spec.columns) {
    const values = spec.lists[c.key];
    if (!values) continue;
    help.addRow([]);
    help.addRow([`Các giá trị của cột ${c.label}:`]).font = { bold: true };
    for (const v of values) wide(['', '', v]);
  }
  help.addRow([]);
  // The example sits here, not on the data sheet, so an unedited template never imports a fake row.
  help.addRow([`Ví dụ một dòng trên trang "${spec.sheetName}" (chỉ để tham khảo, dòng này không được nhập):`]).font = { bold: true };
  const header = help.addRow(spec.columns.map((c) => headerText(c)));
  header.height = 32;
  styleHeader(header);
  help.addRow(spec.columns.map((c) => spec.example[c.key]));
}
