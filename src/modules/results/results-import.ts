import type { Db } from '../../db/database';
import type { ServiceContext } from '../../http/context';
import { AppError, forbidden } from '../../http/errors';
import { recordAudit } from '../audit/audit.queries';
import { can, scopePaths } from '../auth/scope';
import { isCellError, parseText, textOf, type Scalar } from '../imports/cell-values';
import type { ColumnSpec } from '../imports/columns';
import { insertAuditRows, unitsByCodes, type AuditRow } from '../imports/imports.queries';
import { RowErrors, rowReader, type RowError } from '../imports/row-errors';
import { assertColumns, findDataSheet, loadXlsx, readRows, type SheetData } from '../imports/workbook-read';
import { contentInForce } from '../movements/cascade/cascade.queries';
import type { PlanContent } from '../movements/model/plan-content.schema';
import { visibleMovement } from '../movements/movement-access';
import type { MovementWithOwner } from '../movements/movements.queries';
import type { ResultValue } from '../scoring';
import { parseValueCell, resultColumns, sameValue, type ResultColumnKey } from './result-cells';
import { assertOpenForResults, periodProblem } from './result-rules';
import { RESULTS_SHEET } from './results-excel';
import { insertResult, updateResult } from './results.queries';

const col = Object.fromEntries(resultColumns.map((c) => [c.key, c])) as Record<ResultColumnKey, ColumnSpec<ResultColumnKey>>;

export interface ResultsImportSummary {
  /** Rows with a value (rows left blank are skipped). */
  total: number;
  created: number;
  updated: number;
  unchanged: number;
  skipped: number;
}
export type ResultsImportOutcome = { status: 'succeeded'; result: ResultsImportSummary } | { status: 'rejected'; total: number; errors: RowError[] };

interface RowInput {
  row: number;
  unitId: number;
  criterionKey: string;
  period: string;
  value: ResultValue;
  note: string | null;
}

/**
 * Everything refused before the upload is read: no results.submit anywhere (403), a movement the
 * reader may not see (404), one not taking results (409) or past its end (422 deadline_passed).
 */
export async function openResultsImport(ctx: ServiceContext, movementId: number): Promise<{ m: MovementWithOwner; content: PlanContent }> {
  if (scopePaths(ctx.actor, 'results.submit').length === 0) throw forbidden('Bạn không có quyền nhập kết quả thi đua.');
  const m = await visibleMovement(ctx.db, ctx.actor, movementId);
  const content = (await contentInForce(ctx.db, m.id)) as PlanContent;
  assertOpenForResults(m, content);
  return { m, content };
}

/** Checks every row, then writes them all in one transaction with an audit row each, or none. */
export async function importResults(ctx: ServiceContext, open: { m: MovementWithOwner; content: PlanContent }, buffer: Buffer): Promise<ResultsImportOutcome> {
  const { m, content } = open;
  const wb = await loadXlsx(buffer);
  const { ws, match } = findDataSheet(wb, RESULTS_SHEET, resultColumns);
  assertColumns(match, ws.name);
  const data = await readRows(ws, match);
  if (data.rows.length === 0) throw new AppError('validation', `Trang "${ws.name}" không có dòng dữ liệu nào (dữ liệu bắt đầu từ dòng 2).`);

  const codes = data.rows.map((r) => r.cells.get('unitCode')).filter((c): c is Scalar => c !== undefined && !isCellError(c)).map(textOf);
  const units = new Map((await unitsByCodes(ctx.db, codes)).map((u) => [u.code, u]));

  return ctx.db.transaction().execute(async (trx) => {
    const unitIds = [...new Set([...units.values()].map((u) => u.id))];
    const approved = await approvedOf(trx, m.id, unitIds);
    const { inputs, errors, skipped } = validateRows(ctx, m, content, data, units, approved);
    if (errors.size > 0) return { status: 'rejected' as const, total: data.rows.length, errors: errors.sorted() };

    const existing = await lockUnitResults(trx, m.id, [...new Set(inputs.map((i) => i.unitId))]);
    let created = 0;
    let updated = 0;
    const audit: AuditRow[] = [];
    const base = { userId: ctx.actor.userId, entity: 'result', requestId: ctx.requestId };
    for (const i of inputs) {
      const key = { movementId: m.id, unitId: i.unitId, personId: null, criterionKey: i.criterionKey, period: i.period };
      const before = existing.get(`${i.unitId}:${i.criterionKey}:${i.period}`);
      const after = { ...key, value: i.value, note: i.note, importedRow: i.row };
      if (before && sameValue(before.value, i.value) && before.note === i.note) continue;
      if (before) {
        await updateResult(trx, before, { value: i.value, note: i.note, userId: ctx.actor.userId, reason: 'Nhập từ tệp Excel' });
        audit.push({ ...base, action: 'result.update', entityId: before.id, unitId: i.unitId, before: { value: before.value, note: before.note, revision: before.revision }, after });
        updated++;
      } else {
        const id = await insertResult(trx, { ...key, value: i.value, note: i.note, userId: ctx.actor.userId });
        if (id === undefined) throw new AppError('conflict', 'Kết quả vừa được người khác nhập trong lúc nhập tệp; chưa ghi dòng nào. Tải lại rồi nhập lại.');
        audit.push({ ...base, action: 'result.create', entityId: id, unitId: i.unitId, before: null, after });
        created++;
      }
    }
    await insertAuditRows(trx, audit);
    const summary = { total: inputs.length, created, updated, unchanged: inputs.length - created - updated, skipped };
    await recordAudit(trx, { userId: ctx.actor.userId, action: 'import.results', entity: 'movement', entityId: m.id, unitId: m.owner_unit_id, after: summary, requestId: ctx.requestId });
    return { status: 'succeeded' as const, result: summary };
  });
}

async function approvedOf(trx: Db, movementId: number, unitIds: number[]): Promise<Set<number>> {
  if (unitIds.length === 0) return new Set();
  const rows = await trx.selectFrom('registrations').select('unit_id').where('movement_id', '=', movementId).where('status', '=', 'da_duyet').where('unit_id', 'in', unitIds).execute();
  return new Set(rows.map((r) => r.unit_id));
}

/** The units' own results of the movement, locked until the import commits. */
async function lockUnitResults(trx: Db, movementId: number, unitIds: number[]) {
  if (unitIds.length === 0) return new Map();
  const rows = await trx
    .selectFrom('results')
    .select(['id', 'unit_id', 'criterion_key', 'period', 'value', 'note', 'revision'])
    .where('movement_id', '=', movementId)
    .where('person_id', 'is', null)
    .where('unit_id', 'in', unitIds)
    .forUpdate()
    .execute();
  return new Map(rows.map((r) => [`${r.unit_id}:${r.criterion_key}:${r.period}`, r]));
}

function validateRows(
  ctx: ServiceContext,
  m: MovementWithOwner,
  content: PlanContent,
  data: SheetData<ResultColumnKey>,
  units: Map<string, { id: number; code: string; name: string; path: string }>,
  approved: Set<number>,
): { inputs: RowInput[]; errors: RowErrors; skipped: number } {
  const errors = new RowErrors();
  const inputs: RowInput[] = [];
  const firstRow = new Map<string, number>();
  const criteria = new Map(content.criteria.map((c) => [c.key, c]));
  let skipped = 0;
  for (const r of data.rows) {
    const reader = rowReader(r.row, r.cells, col, errors);
    const code = reader.read('unitCode', (v) => parseText(v, 50), true);
    const key = reader.read('criterionKey', (v) => parseText(v, 100), true);
    const period = reader.read('period', (v) => parseText(v, 10), true);
    const note = reader.read('note', (v) => parseText(v, 4000)) ?? null;
    const rawValue = r.cells.get('value');
    if (rawValue === undefined || (!isCellError(rawValue) && textOf(rawValue) === '')) {
      skipped++;
      continue;
    }
    const unit = code === undefined ? undefined : units.get(code);
    if (code !== undefined && (!unit || !can(ctx.actor, 'results.submit', unit.path) || !can(ctx.actor, 'movements.read', unit.path))) {
      errors.add(r.row, col.unitCode, `không có đơn vị mã "${code}" trong phạm vi bạn được nhập kết quả`);
      continue;
    }
    if (unit && !approved.has(unit.id)) {
      errors.add(r.row, col.unitCode, `«${unit.name}» chưa có bản đăng ký thi đua được duyệt cho phong trào này`);
      continue;
    }
    const criterion = key === undefined ? undefined : criteria.get(key);
    if (key !== undefined && !criterion) {
      errors.add(r.row, col.criterionKey, `kế hoạch đang có hiệu lực không có tiêu chí mã "${key}"`);
      continue;
    }
    if (criterion?.appliesTo === 'individual') {
      errors.add(r.row, col.criterionKey, `tiêu chí «${criterion.label ?? criterion.indicator}» chỉ áp dụng cho cá nhân; nhập kết quả cá nhân trên trang Kết quả`);
      continue;
    }
    if (!unit || !criterion || period === undefined || !reader.valid) continue;
    const wrongPeriod = periodProblem(criterion, period, { from: m.year_from, to: m.year_to });
    if (wrongPeriod) errors.add(r.row, col.period, wrongPeriod);
    const value = reader.read('value', (v) => parseValueCell(criterion.target, v));
    if (wrongPeriod || value === undefined) continue;
    const k = `${unit.id}:${criterion.key}:${period}`;
    const earlier = firstRow.get(k);
    if (earlier !== undefined) {
      errors.add(r.row, col.period, `trùng với dòng ${earlier} (cùng đơn vị, tiêu chí và kỳ)`);
      continue;
    }
    firstRow.set(k, r.row);
    inputs.push({ row: r.row, unitId: unit.id, criterionKey: criterion.key, period, value, note: note === '' ? null : note });
  }
  return { inputs, errors, skipped };
}
