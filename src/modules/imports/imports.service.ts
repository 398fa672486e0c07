import crypto from 'node:crypto';
import type ExcelJS from 'exceljs';
import type { Actor, ServiceContext } from '../../http/context';
import { AppError } from '../../http/errors';
import { recordAudit } from '../audit/audit.queries';
import type { Permission } from '../auth/roles';
import { scopePaths } from '../auth/scope';
import { pathIds } from '../units/units.queries';
import { personColumns, unitColumns, type ColumnSpec } from './columns';
import { createImportJob, finishImportJob, type ImportKind, type ImportSummary } from './import-jobs.queries';
import { importPeopleRows } from './people-import';
import type { RowError } from './row-errors';
import { importUnitRows } from './units-import';
import { assertColumns, findDataSheet, loadXlsx, MAX_DATA_ROWS, readRows, tooManyRows, type SheetData } from './workbook-read';

export type ImportPhase = 'parse' | 'validate' | 'write';
export interface Progress {
  phase: ImportPhase;
  processed: number;
  total: number;
}
export type OnProgress = (p: Progress) => void;

export interface ImportResult extends ImportSummary {
  jobId: string;
  /** succeeded: written; rejected: the file has errors and nothing was written. */
  status: 'succeeded' | 'rejected';
  /** Data rows read from the sheet. */
  total: number;
  errorCount: number;
  /** The first MAX_REPORTED_ERRORS errors, in row order. */
  errors: RowError[];
}

/** What a kind-specific importer gets once the file has been read. */
export interface ImportRun<K extends string> {
  ctx: ServiceContext;
  data: SheetData<K>;
  jobId: string;
  /**
   * Reports progress, then lets the event loop run: PGlite answers queries without ever leaving the
   * microtask queue, so without this pause the lines would only reach the socket after the commit.
   */
  report: (p: Progress) => Promise<void>;
  /** May the actor import into the unit at this path? */
  writable: (path: string) => boolean;
}

/** What a kind-specific importer answers: errors (nothing written) or the counts of a committed write. */
export type ImportOutcome = { errors: RowError[] } | { errors: []; summary: ImportSummary };

export const MAX_REPORTED_ERRORS = 1_000;

const kinds = {
  units: { sheet: 'Đơn vị', columns: unitColumns, write: 'units.write', what: 'đơn vị' },
  people: { sheet: 'Cá nhân', columns: personColumns, write: 'people.write', what: 'cá nhân' },
} as const satisfies Record<ImportKind, { sheet: string; columns: ColumnSpec[]; write: Permission; what: string }>;

export const dataSheetName = (kind: ImportKind) => kinds[kind].sheet;

export interface PreparedImport {
  kind: ImportKind;
  fileName: string | null;
  sha256: string;
  ws: ExcelJS.Worksheet;
  match: ReturnType<typeof findDataSheet>['match'];
}

/** Units where the actor holds both imports.run and the write permission of the kind. */
export function importScope(actor: Actor, kind: ImportKind): (path: string) => boolean {
  const run = scopePaths(actor, 'imports.run');
  const write = scopePaths(actor, kinds[kind].write);
  return (path) => run.some((p) => path.startsWith(p)) && write.some((p) => path.startsWith(p));
}

/** 403 unless the actor may import this kind somewhere; checked before the upload is even read. */
export function assertMayImport(actor: Actor, kind: ImportKind): void {
  if (scopePaths(actor, 'imports.run').length === 0 || scopePaths(actor, kinds[kind].write).length === 0) {
    throw new AppError('forbidden', `Bạn không có quyền nhập danh sách ${kinds[kind].what} từ tệp Excel.`);
  }
}

/**
 * Everything that can be refused before progress starts, so it answers with a real HTTP status:
 * permission (403), not an .xlsx (415), too big (413), missing columns or no rows (400).
 */
export async function prepareImport(
  ctx: ServiceContext,
  kind: ImportKind,
  file: { buffer: Buffer; fileName: string | null },
): Promise<PreparedImport> {
  const { sheet, columns } = kinds[kind];
  assertMayImport(ctx.actor, kind);
  const wb = await loadXlsx(file.buffer);
  const { ws, match } = findDataSheet(wb, sheet, columns);
  assertColumns(match, ws.name);
  const dataRows = ws.actualRowCount - 1;
  if (dataRows > MAX_DATA_ROWS) throw tooManyRows();
  if (dataRows < 1) throw new AppError('validation', `Trang "${ws.name}" không có dòng dữ liệu nào (dữ liệu bắt đầu từ dòng 2).`);
  const sha256 = crypto.createHash('sha256').update(file.buffer).digest('hex');
  return { kind, fileName: file.fileName, sha256, ws, match };
}

/** The one unit the job belongs to when the actor imports from a single subtree (audit visibility). */
function jobUnitId(actor: Actor): number | null {
  const paths = scopePaths(actor, 'imports.run');
  return paths.length === 1 ? (pathIds(paths[0]!).at(-1) ?? null) : null;
}

/** Reads, validates every row, then writes all rows in one transaction, or nothing. */
export async function runImport(ctx: ServiceContext, prep: PreparedImport, onProgress: OnProgress): Promise<ImportResult> {
  const jobId = crypto.randomUUID();
  const unitId = jobUnitId(ctx.actor);
  await createImportJob(ctx.db, { id: jobId, kind: prep.kind, fileName: prep.fileName, sha256: prep.sha256, userId: ctx.actor.userId, unitId });
  let total = 0;
  try {
    const data = await readRows(prep.ws, prep.match, (processed, all) => onProgress({ phase: 'parse', processed, total: all }));
    total = data.rows.length;
    if (total === 0) throw new AppError('validation', `Trang "${data.sheetName}" không có dòng dữ liệu nào ở các cột của tệp mẫu.`);
    const report = async (p: Progress) => {
      onProgress(p);
      await new Promise<void>((resolve) => setImmediate(resolve));
    };
    const run = { ctx, jobId, report, writable: importScope(ctx.actor, prep.kind) };
    const outcome =
      prep.kind === 'units'
        ? await importUnitRows({ ...run, data: data as SheetData<(typeof unitColumns)[number]['key']> }, finish(ctx, prep, jobId, total, unitId))
        : await importPeopleRows({ ...run, data: data as SheetData<(typeof personColumns)[number]['key']> }, finish(ctx, prep, jobId, total, unitId));
    if ('summary' in outcome) {
      return { jobId, status: 'succeeded', total, ...outcome.summary, errorCount: 0, errors: [] };
    }
    const errors = outcome.errors;
    await finishImportJob(ctx.db, jobId, { status: 'rejected', total, processed: 0, errors: errors.slice(0, MAX_REPORTED_ERRORS), summary: null });
    return { jobId, status: 'rejected', total, created: 0, updated: 0, unchanged: 0, errorCount: errors.length, errors: errors.slice(0, MAX_REPORTED_ERRORS) };
  } catch (err) {
    const refused = err instanceof AppError && err.status < 500;
    const message = err instanceof AppError ? err.message : 'Lỗi hệ thống khi ghi dữ liệu; không có dòng nào được ghi.';
    await finishImportJob(ctx.db, jobId, { status: refused ? 'rejected' : 'failed', total, processed: 0, errors: [{ row: 0, column: '', message }], summary: null });
    throw err;
  }
}

/**
 * Ends a successful write inside its transaction: the job row and one audit row for the whole file
 * (each created or changed row also has its own audit row).
 */
function finish(ctx: ServiceContext, prep: PreparedImport, jobId: string, total: number, unitId: number | null) {
  return async (trx: ServiceContext['db'], summary: ImportSummary) => {
    await finishImportJob(trx, jobId, { status: 'succeeded', total, processed: total, errors: [], summary });
    await recordAudit(trx, {
      userId: ctx.actor.userId,
      action: `import.${prep.kind}`,
      entity: 'import',
      entityId: jobId,
      unitId,
      after: { kind: prep.kind, fileName: prep.fileName, sha256: prep.sha256, rows: total, ...summary },
      requestId: ctx.requestId,
    });
  };
}

export type FinishWrite = ReturnType<typeof finish>;
