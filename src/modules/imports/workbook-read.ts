import ExcelJS from 'exceljs';
import { AppError } from '../../http/errors';
import { isBlank, isCellError, toScalar, type CellError, type Scalar } from './cell-values';
import { headerText, matchHeaders, type ColumnSpec, type HeaderMatch } from './columns';
import { inspectXlsx } from './xlsx-sniff';

/** One data row: its Excel row number and the cells of the recognised columns present in the file. */
export interface SheetRow<K extends string> {
  row: number;
  cells: Map<K, Scalar | CellError>;
}

export interface SheetData<K extends string> {
  sheetName: string;
  present: Set<K>;
  rows: SheetRow<K>[];
}

/** Beyond this many data rows a file is refused: exceljs holds the whole workbook in memory. */
export const MAX_DATA_ROWS = 50_000;
/** Inflated size of all parts of the archive; about 8× what 20,000 people take. */
export const MAX_UNCOMPRESSED_BYTES = 200 * 1_048_576;

/**
 * exceljs reading options (not in its type declarations; maxRows is added per call, so parsing stops
 * at the row limit rather than after holding everything): skip the parts the importer never reads. Data validations in
 * particular: a user's "whole column" dropdown would be expanded into a million cell entries.
 */
const LOAD_OPTIONS = {
  ignoreNodes: ['dataValidations', 'conditionalFormatting', 'extLst', 'hyperlinks', 'drawing', 'picture', 'tableParts', 'headerFooter', 'pageSetup', 'rowBreaks'],
};

export const tooManyRows = () =>
  new AppError('validation', `Tệp có quá nhiều dòng; mỗi lần nhập tối đa ${MAX_DATA_ROWS.toLocaleString('vi-VN')} dòng. Vui lòng chia thành nhiều tệp.`);

const notExcel = 'Tệp tải lên không phải là tệp Excel (.xlsx). Vui lòng dùng tệp mẫu và lưu dưới dạng Excel Workbook (.xlsx).';

/** Checks the bytes are really an .xlsx (not just named so) and loads it; 415/413 otherwise. */
export async function loadXlsx(buf: Buffer, maxRows = MAX_DATA_ROWS): Promise<ExcelJS.Workbook> {
  const inspected = inspectXlsx(buf);
  if (!inspected.ok) {
    const message =
      inspected.reason === 'legacy_xls'
        ? 'Tệp Excel 97-2003 (.xls) không được hỗ trợ. Vui lòng mở tệp và lưu lại dưới dạng Excel Workbook (.xlsx).'
        : notExcel;
    throw new AppError('unsupported_media_type', message);
  }
  if (inspected.uncompressedBytes > MAX_UNCOMPRESSED_BYTES) {
    throw new AppError('payload_too_large', `Tệp Excel quá lớn khi giải nén; mỗi lần nhập tối đa ${MAX_DATA_ROWS.toLocaleString('vi-VN')} dòng.`);
  }
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(buf as unknown as ArrayBuffer, { ...LOAD_OPTIONS, maxRows: maxRows + 1 } as never);
  } catch (err) {
    if (err instanceof Error && /^Max row count/.test(err.message)) throw tooManyRows();
    throw new AppError('unsupported_media_type', 'Không đọc được tệp Excel: tệp bị hỏng hoặc không đúng định dạng .xlsx.');
  }
  return wb;
}

function headerCells(ws: ExcelJS.Worksheet): { col: number; text: string }[] {
  const out: { col: number; text: string }[] = [];
  ws.getRow(1).eachCell({ includeEmpty: false }, (cell, col) => {
    const v = toScalar(cell.value);
    if (!isCellError(v) && v !== null) out.push({ col, text: String(v) });
  });
  return out;
}

/**
 * The sheet holding the data: the one named as in the template, else the first whose first row has
 * the most known headers (a user may have renamed or reordered sheets).
 */
export function findDataSheet<K extends string>(
  wb: ExcelJS.Workbook,
  preferredName: string,
  spec: ReadonlyArray<ColumnSpec<K>>,
): { ws: ExcelJS.Worksheet; match: HeaderMatch<K> } {
  const sheets = wb.worksheets.filter((ws) => ws.state === 'visible' || ws.state === undefined);
  const candidates = sheets.length > 0 ? sheets : wb.worksheets;
  const named = candidates.find((ws) => ws.name.trim().normalize('NFC') === preferredName);
  if (named) return { ws: named, match: matchHeaders(headerCells(named), spec) };
  let best: { ws: ExcelJS.Worksheet; match: HeaderMatch<K> } | undefined;
  for (const ws of candidates) {
    const match = matchHeaders(headerCells(ws), spec);
    if (!best || match.positions.size > best.match.positions.size) best = { ws, match };
  }
  if (!best) throw new AppError('validation', 'Tệp Excel không có trang tính nào.');
  return best;
}

/** 400 naming every missing required column. */
export function assertColumns<K extends string>(match: HeaderMatch<K>, sheetName: string): void {
  if (match.missing.length === 0) return;
  const names = match.missing.map((c) => c.label);
  const fields = Object.fromEntries(match.missing.map((c) => [c.label, `Thiếu cột "${headerText(c)}" ở dòng 1`]));
  throw new AppError(
    'validation',
    `Trang "${sheetName}" thiếu cột bắt buộc: ${names.join(', ')}. Dòng 1 phải là dòng tiêu đề như trong tệp mẫu.`,
    fields,
  );
}

/**
 * The non-blank data rows (row 2 on). Reports progress every 1,000 rows and yields to the event loop
 * there, so the progress lines of a streamed import leave while a big sheet is read.
 */
export async function readRows<K extends string>(
  ws: ExcelJS.Worksheet,
  match: HeaderMatch<K>,
  onProgress?: (processed: number, total: number) => void,
): Promise<SheetData<K>> {
  const total = Math.max(0, ws.rowCount - 1);
  const rows: SheetRow<K>[] = [];
  for (let r = 2; r <= ws.rowCount; r++) {
    const row = ws.findRow(r);
    if (row) {
      const cells = new Map<K, Scalar | CellError>();
      let blank = true;
      for (const [key, col] of match.positions) {
        const v = toScalar(row.getCell(col).value);
        if (isCellError(v) || !isBlank(v)) blank = false;
        cells.set(key, v);
      }
      if (!blank) rows.push({ row: r, cells });
    }
    if ((r - 1) % 1000 === 0 && r - 1 < total) {
      onProgress?.(r - 1, total);
      await new Promise<void>((resolve) => setImmediate(resolve));
    }
  }
  onProgress?.(total, total);
  return { sheetName: ws.name, present: new Set(match.positions.keys()), rows };
}
