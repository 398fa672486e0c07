import type { AnnualRatingRow } from '../../db/types';
import type { Db } from '../../db/database';
import type { ServiceContext } from '../../http/context';
import { AppError } from '../../http/errors';
import { can } from '../auth/scope';
import { isCellError, parseChoice, parseText, textOf, type Parsed, type Scalar } from '../imports/cell-values';
import type { ColumnSpec } from '../imports/columns';
import { insertAuditRows, peopleByIds, unitsByCodes, type AuditRow } from '../imports/imports.queries';
import { RowErrors, rowReader, type RowError } from '../imports/row-errors';
import { assertColumns, findDataSheet, loadXlsx, readRows, type SheetData } from '../imports/workbook-read';
import { ratingColumns, ratingSheet, type RatingColumnKey } from './ratings-excel';
import { insertRating, updateRating } from './ratings.queries';
import type { ImportResult } from './ratings.schema';
import { assertRatingWriter, ratingAudit, ratingYearProblem } from './ratings.service';
import type { Subject } from './subjects';
import { ratingLabels, subjectKindLabels, type RatingCode } from './vocab';

const col = Object.fromEntries(ratingColumns.map((c) => [c.key, c])) as Record<RatingColumnKey, ColumnSpec<RatingColumnKey>>;

const ok = <T>(value: T): Parsed<T> => ({ ok: true, value });
const fail = (message: string): Parsed<never> => ({ ok: false, message });

export function parseWholeYear(v: Scalar): Parsed<number> {
  const n = typeof v === 'number' ? v : typeof v === 'string' && /^\s*\d{4}\s*$/.test(v) ? Number(v) : NaN;
  if (!Number.isInteger(n) || n < 2000 || n > 2100) return fail('phải là năm có bốn chữ số, từ 2000');
  return ok(n);
}

export function parseId(v: Scalar): Parsed<number> {
  const t = textOf(v);
  return /^\d{1,9}$/.test(t) && Number(t) > 0 ? ok(Number(t)) : fail(`"${t}" không phải là mã số`);
}

const ratingChoices: Record<RatingCode, string> = ratingLabels;

interface RowInput {
  row: number;
  subject: Subject;
  year: number;
  rating: RatingCode;
  source: string | null;
}

export type ImportOutcome<R> = { status: 'succeeded'; result: R } | { status: 'rejected'; total: number; errors: RowError[] };

const keyOf = (s: Subject, year: number) => (s.person ? `p${s.person.id}:${year}` : `u${s.unit.id}:${year}`);

async function existingRatings(trx: Db, inputs: RowInput[]): Promise<Map<string, AnnualRatingRow>> {
  const personIds = [...new Set(inputs.flatMap((i) => (i.subject.person ? [i.subject.person.id] : [])))];
  const unitIds = [...new Set(inputs.flatMap((i) => (i.subject.person ? [] : [i.subject.unit.id])))];
  const out = new Map<string, AnnualRatingRow>();
  if (personIds.length) for (const r of await trx.selectFrom('annual_ratings').selectAll().where('person_id', 'in', personIds).execute()) out.set(`p${r.person_id}:${r.year}`, r);
  if (unitIds.length) {
    const rows = await trx.selectFrom('annual_ratings').selectAll().where('person_id', 'is', null).where('unit_id', 'in', unitIds).execute();
    for (const r of rows) out.set(`u${r.unit_id}:${r.year}`, r);
  }
  return out;
}

/** Checks every row, then writes them all in one transaction, or none. */
export async function importRatings(ctx: ServiceContext, buffer: Buffer): Promise<ImportOutcome<ImportResult>> {
  assertRatingWriter(ctx);
  const wb = await loadXlsx(buffer);
  const { ws, match } = findDataSheet(wb, ratingSheet().sheetName, ratingColumns);
  assertColumns(match, ws.name);
  const data = await readRows(ws, match);
  if (data.rows.length === 0) throw new AppError('validation', `Trang "${ws.name}" không có dòng dữ liệu nào (dữ liệu bắt đầu từ dòng 2).`);

  const cellsOf = (k: RatingColumnKey) => data.rows.map((r) => r.cells.get(k)).filter((c): c is Scalar => c !== undefined && c !== null && !isCellError(c)).map(textOf);
  const units = new Map((await unitsByCodes(ctx.db, cellsOf('unitCode'))).map((u) => [u.code, u]));
  const ids = cellsOf('personId').filter((t) => /^\d{1,9}$/.test(t)).map(Number);
  const people = new Map((await peopleByIds(ctx.db, ids)).map((p) => [p.id, p]));
  const personUnits = new Map((await ctx.db.selectFrom('units').select(['id', 'code', 'name', 'path']).where('id', 'in', [0, ...[...people.values()].map((p) => p.unitId)]).execute()).map((u) => [u.id, u]));

  const { inputs, errors } = validateRows(ctx, data, (id) => {
    const p = people.get(id);
    const u = p && personUnits.get(p.unitId);
    return p && u ? { kind: 'person', person: { id: p.id, fullName: p.fullName }, unit: u } : undefined;
  }, (code) => {
    const u = units.get(code);
    return u ? { kind: 'unit', person: null, unit: { id: u.id, code: u.code, name: u.name, path: u.path } } : undefined;
  });
  if (errors.size > 0) return { status: 'rejected', total: data.rows.length, errors: errors.sorted() };

  return ctx.db.transaction().execute(async (trx) => {
    const existing = await existingRatings(trx, inputs);
    let created = 0;
    let updated = 0;
    const audit: AuditRow[] = [];
    for (const i of inputs) {
      const before = existing.get(keyOf(i.subject, i.year));
      if (before && before.rating === i.rating && before.source === i.source) continue;
      const values = { rating: i.rating, source: i.source };
      const row = before ? await updateRating(trx, before.id, values, ctx.actor.userId) : await insertRating(trx, i.subject, i.year, values, ctx.actor.userId);
      if (before) updated++;
      else created++;
      audit.push({
        userId: ctx.actor.userId,
        entity: 'annual_rating',
        requestId: ctx.requestId,
        action: before ? 'annual_rating.update' : 'annual_rating.create',
        entityId: row.id,
        unitId: row.unit_id,
        before: before ? ratingAudit(before) : null,
        after: { ...ratingAudit(row), importedRow: i.row },
      });
    }
    await insertAuditRows(trx, audit);
    return { status: 'succeeded' as const, result: { total: inputs.length, created, updated, unchanged: inputs.length - created - updated } };
  });
}

function validateRows(
  ctx: ServiceContext,
  data: SheetData<RatingColumnKey>,
  personSubject: (id: number) => Subject | undefined,
  unitSubject: (code: string) => Subject | undefined,
): { inputs: RowInput[]; errors: RowErrors } {
  const errors = new RowErrors();
  const inputs: RowInput[] = [];
  const firstRow = new Map<string, number>();
  for (const r of data.rows) {
    const reader = rowReader(r.row, r.cells, col, errors);
    const kind = reader.read('subjectKind', (v) => parseChoice(v, subjectKindLabels), true);
    const personId = reader.read('personId', parseId);
    const unitCode = reader.read('unitCode', (v) => parseText(v, 50));
    const year = reader.read('year', (v) => {
      const y = parseWholeYear(v);
      const late = y.ok ? ratingYearProblem(y.value) : null;
      return late ? fail(late) : y;
    }, true);
    const rating = reader.read('rating', (v) => parseChoice(v, ratingChoices), true);
    const source = reader.read('source', (v) => parseText(v, 500));

    let subject: Subject | undefined;
    if (kind === 'person') {
      if (personId === undefined) {
        if (reader.valid) errors.add(r.row, col.personId, 'không được để trống khi đối tượng là Cá nhân');
        continue;
      }
      subject = personSubject(personId);
      if (!subject || !can(ctx.actor, 'ratings.write', subject.unit.path)) {
        errors.add(r.row, col.personId, `không có cá nhân mã ${personId} trong phạm vi của bạn`);
        continue;
      }
    } else if (kind === 'unit') {
      if (unitCode === undefined) {
        if (reader.valid) errors.add(r.row, col.unitCode, 'không được để trống khi đối tượng là Tập thể');
        continue;
      }
      subject = unitSubject(unitCode);
      if (!subject || !can(ctx.actor, 'ratings.write', subject.unit.path)) {
        errors.add(r.row, col.unitCode, `không có đơn vị mã "${unitCode}" trong phạm vi của bạn`);
        continue;
      }
    }
    if (!subject || year === undefined || rating === undefined || !reader.valid) continue;
    const key = keyOf(subject, year);
    const earlier = firstRow.get(key);
    if (earlier !== undefined) {
      errors.add(r.row, col.year, `trùng với dòng ${earlier} (cùng đối tượng và năm)`);
      continue;
    }
    firstRow.set(key, r.row);
    inputs.push({ row: r.row, subject, year, rating, source: source ?? null });
  }
  return { inputs, errors };
}
