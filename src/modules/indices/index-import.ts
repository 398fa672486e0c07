import type { IndexScoreRow } from '../../db/types';
import type { ServiceContext } from '../../http/context';
import { AppError } from '../../http/errors';
import { can } from '../auth/scope';
import { isCellError, parseText, textOf, type Parsed, type Scalar } from '../imports/cell-values';
import type { ColumnSpec } from '../imports/columns';
import { insertAuditRows, unitsByCodes, type AuditRow } from '../imports/imports.queries';
import { RowErrors, rowReader, type RowError } from '../imports/row-errors';
import { assertColumns, findDataSheet, loadXlsx, readRows, type SheetData } from '../imports/workbook-read';
import { indexColumns, indexSheet, type IndexColumnKey } from './index-excel';
import { canonicalBand, findIndex, indexProblems, indexRules, type IndexCode } from './index-rules';
import { insertScore, scoreKey, scoresOfUnits, updateScore, type ScoreValues } from './indices.queries';
import { auditValues } from './indices.presenter';
import type { IndexImportResult } from './indices.schema';
import { assertMayWrite, sameValues, yearProblem } from './indices.service';

const col = Object.fromEntries(indexColumns.map((c) => [c.key, c])) as Record<IndexColumnKey, ColumnSpec<IndexColumnKey>>;

const ok = <T>(value: T): Parsed<T> => ({ ok: true, value });
const fail = (message: string): Parsed<never> => ({ ok: false, message });

/** A number typed as a number or as text, with a decimal comma or point ("82,45", "92.5%"). */
function parseNumber(v: Scalar): Parsed<number> {
  if (typeof v === 'number') return Number.isFinite(v) ? ok(v) : fail('phải là số');
  const m = typeof v === 'string' ? /^\s*(\d+)(?:[.,](\d+))?\s*%?\s*$/.exec(v) : null;
  return m ? ok(Number(`${m[1]}.${m[2] ?? '0'}`)) : fail(`"${textOf(v)}" không phải là số`);
}

function parseWhole(v: Scalar): Parsed<number> {
  const n = parseNumber(v);
  if (!n.ok) return n;
  return Number.isInteger(n.value) && n.value >= 1 ? n : fail('phải là số nguyên từ 1 trở lên');
}

const parseYear = (v: Scalar): Parsed<number> => {
  const n = parseNumber(v);
  if (!n.ok || !Number.isInteger(n.value) || n.value < 2000) return fail('phải là năm có bốn chữ số, từ 2000');
  const late = yearProblem(n.value);
  return late ? fail(late) : n;
};

function parseIndex(v: Scalar): Parsed<IndexCode> {
  const found = findIndex(textOf(v));
  return found ? ok(found) : fail(`"${textOf(v)}" không phải là chỉ số được hỗ trợ; chọn một trong: ${Object.values(indexRules).map((r) => r.short).join(', ')}`);
}

interface RowInput {
  row: number;
  unitId: number;
  year: number;
  index: IndexCode;
  values: ScoreValues;
}

export type IndexImportOutcome = { status: 'succeeded'; result: IndexImportResult } | { status: 'rejected'; total: number; errors: RowError[] };

/** Reads and checks the file, then validates every row and writes them all in one transaction, or none. */
export async function importIndexScores(ctx: ServiceContext, buffer: Buffer): Promise<IndexImportOutcome> {
  assertMayWrite(ctx.actor);
  const wb = await loadXlsx(buffer);
  const sheet = indexSheet();
  const { ws, match } = findDataSheet(wb, sheet.sheetName, indexColumns);
  assertColumns(match, ws.name);
  const data = await readRows(ws, match);
  if (data.rows.length === 0) throw new AppError('validation', `Trang "${ws.name}" không có dòng dữ liệu nào (dữ liệu bắt đầu từ dòng 2).`);

  const codes = data.rows.map((r) => r.cells.get('unitCode')).filter((c): c is Scalar => c !== undefined && !isCellError(c)).map(textOf);
  const units = new Map((await unitsByCodes(ctx.db, codes)).map((u) => [u.code, u]));

  return ctx.db.transaction().execute(async (trx) => {
    const existing = await scoresOfUnits(trx, [...new Set([...units.values()].map((u) => u.id))]);
    const { inputs, errors } = validateRows(ctx, data, units, existing);
    if (errors.size > 0) return { status: 'rejected' as const, total: data.rows.length, errors: errors.sorted() };

    let created = 0;
    let updated = 0;
    const audit: AuditRow[] = [];
    const base = { userId: ctx.actor.userId, entity: 'index_score', requestId: ctx.requestId };
    for (const i of inputs) {
      const before = existing.get(scoreKey(i.unitId, i.year, i.index));
      if (before && sameValues(before, i.values)) continue;
      const row = before
        ? await updateScore(trx, before.id, { ...i.values, recorded_by: ctx.actor.userId })
        : await insertScore(trx, { ...i.values, unit_id: i.unitId, year: i.year, index_code: i.index, recorded_by: ctx.actor.userId });
      if (before) updated++;
      else created++;
      audit.push({
        ...base,
        action: before ? 'index_score.update' : 'index_score.create',
        entityId: row.id,
        unitId: i.unitId,
        before: before ? auditValues(before) : null,
        after: { ...auditValues(row), importedRow: i.row },
      });
    }
    await insertAuditRows(trx, audit);
    const total = inputs.length;
    return { status: 'succeeded' as const, result: { total, created, updated, unchanged: total - created - updated } };
  });
}

function validateRows(
  ctx: ServiceContext,
  data: SheetData<IndexColumnKey>,
  units: Map<string, { id: number; code: string; path: string }>,
  existing: Map<string, IndexScoreRow>,
): { inputs: RowInput[]; errors: RowErrors } {
  const errors = new RowErrors();
  const inputs: RowInput[] = [];
  const firstRow = new Map<string, number>();
  // An absent column keeps what is recorded; a blank cell of a present column clears it.
  const cell = <T>(key: IndexColumnKey, value: T | undefined, kept: T | null | undefined): T | null =>
    data.present.has(key) ? (value ?? null) : (kept ?? null);

  for (const r of data.rows) {
    const reader = rowReader(r.row, r.cells, col, errors);
    const code = reader.read('unitCode', (v) => parseText(v, 50), true);
    const year = reader.read('year', parseYear, true);
    const index = reader.read('index', parseIndex, true);
    const score = reader.read('score', parseNumber);
    const rank = reader.read('rank', parseWhole);
    const rankOf = reader.read('rankOf', parseWhole);
    const band = reader.read('band', (v) => parseText(v, 50));
    const source = reader.read('source', (v) => parseText(v, 500));

    const unit = code === undefined ? undefined : units.get(code);
    if (code !== undefined && (!unit || !can(ctx.actor, 'indices.write', unit.path))) {
      errors.add(r.row, col.unitCode, `không có đơn vị mã "${code}" trong phạm vi của bạn`);
      continue;
    }
    if (!unit || year === undefined || index === undefined || !reader.valid) continue;

    const key = scoreKey(unit.id, year, index);
    const earlier = firstRow.get(key);
    if (earlier !== undefined) {
      errors.add(r.row, col.index, `trùng với dòng ${earlier} (cùng đơn vị, năm và chỉ số)`);
      continue;
    }
    firstRow.set(key, r.row);

    const kept = existing.get(key);
    const values: ScoreValues = {
      score: cell('score', score, kept?.score === undefined || kept.score === null ? null : Number(kept.score)),
      rank: cell('rank', rank, kept?.rank),
      rank_of: cell('rankOf', rankOf, kept?.rank_of),
      band: cell('band', band === undefined ? undefined : canonicalBand(index, band), kept?.band),
      source: cell('source', source, kept?.source),
    };
    const problems = indexProblems(index, { score: values.score, rank: values.rank, rankOf: values.rank_of, band: values.band });
    for (const p of problems) errors.add(r.row, col[p.field], p.message);
    if (problems.length === 0) inputs.push({ row: r.row, unitId: unit.id, year, index, values });
  }
  return { inputs, errors };
}
