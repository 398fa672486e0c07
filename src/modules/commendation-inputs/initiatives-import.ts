import type { ServiceContext } from '../../http/context';
import { AppError } from '../../http/errors';
import { can } from '../auth/scope';
import { isCellError, parseChoice, parseDate, parseText, textOf, type Scalar } from '../imports/cell-values';
import type { ColumnSpec } from '../imports/columns';
import { insertAuditRows, peopleByIds, unitsByCodes, type AuditRow } from '../imports/imports.queries';
import { RowErrors, rowReader } from '../imports/row-errors';
import { assertColumns, findDataSheet, loadXlsx, readRows } from '../imports/workbook-read';
import { parseAuthorCell } from './author-cell';
import { initiativeColumns, initiativeSheet, type InitiativeColumnKey } from './initiatives-excel';
import { authorsOf, insertInitiative, replaceAuthors, updateInitiative, type InitiativeValues } from './initiatives.queries';
import { initiativeProblems } from './initiatives.schema';
import { assertInitiativeWriter, initiativeAudit, initiativeReadScope } from './initiatives.service';
import type { ImportResult } from './ratings.schema';
import { parseId, parseWholeYear, type ImportOutcome } from './ratings-import';
import { within } from './subjects';
import { recognitionLevelLabels } from './vocab';

const col = Object.fromEntries(initiativeColumns.map((c) => [c.key, c])) as Record<InitiativeColumnKey, ColumnSpec<InitiativeColumnKey>>;
const columnOfField: Record<string, InitiativeColumnKey> = { decisionNumber: 'decisionNumber', decisionDate: 'decisionDate', recognitionLevel: 'level', authors: 'authors' };

interface RowInput {
  row: number;
  id: number | null;
  values: InitiativeValues;
  authors: { personId: number; share: number }[];
}

/** Checks every row (units, authors and existing initiatives in scope), then writes all or none. */
export async function importInitiatives(ctx: ServiceContext, buffer: Buffer): Promise<ImportOutcome<ImportResult>> {
  assertInitiativeWriter(ctx);
  const read = initiativeReadScope(ctx);
  const wb = await loadXlsx(buffer);
  const { ws, match } = findDataSheet(wb, initiativeSheet().sheetName, initiativeColumns);
  assertColumns(match, ws.name);
  const data = await readRows(ws, match);
  if (data.rows.length === 0) throw new AppError('validation', `Trang "${ws.name}" không có dòng dữ liệu nào (dữ liệu bắt đầu từ dòng 2).`);

  const texts = (k: InitiativeColumnKey) => data.rows.map((r) => r.cells.get(k)).filter((c): c is Scalar => c !== undefined && c !== null && !isCellError(c)).map(textOf);
  const units = new Map((await unitsByCodes(ctx.db, texts('unitCode'))).map((u) => [u.code, u]));
  const authorIds = texts('authors').flatMap((t) => {
    const parsed = parseAuthorCell(t);
    return parsed.ok ? parsed.value.map((a) => a.personId) : [];
  });
  const people = new Map((await peopleByIds(ctx.db, authorIds)).map((p) => [p.id, p]));
  const ids = texts('initiativeId').filter((t) => /^\d{1,9}$/.test(t)).map(Number);
  const existing = new Map(
    ids.length === 0
      ? []
      : (await ctx.db.selectFrom('initiatives as i').innerJoin('units as u', 'u.id', 'i.unit_id').selectAll('i').select('u.path').where('i.id', 'in', ids).execute()).map((r) => [r.id, r]),
  );

  const errors = new RowErrors();
  const inputs: RowInput[] = [];
  const seen = new Map<number, number>();
  for (const r of data.rows) {
    const reader = rowReader(r.row, r.cells, col, errors);
    const id = reader.read('initiativeId', parseId);
    const code = reader.read('unitCode', (v) => parseText(v, 50), true);
    const title = reader.read('title', (v) => parseText(v, 500), true);
    const summary = reader.read('summary', (v) => parseText(v, 4000));
    const year = reader.read('year', parseWholeYear, true);
    const level = reader.read('level', (v) => parseChoice(v, recognitionLevelLabels));
    const councilName = reader.read('councilName', (v) => parseText(v, 300));
    const decisionNumber = reader.read('decisionNumber', (v) => parseText(v, 100));
    const decisionDate = reader.read('decisionDate', parseDate);
    const authors = reader.read('authors', (v) => parseAuthorCell(textOf(v)), true);

    if (id !== undefined) {
      const before = existing.get(id);
      if (!before || !can(ctx.actor, 'initiatives.write', before.path)) errors.add(r.row, col.initiativeId, `không có sáng kiến mã ${id} trong phạm vi của bạn`);
      else if (seen.has(id)) errors.add(r.row, col.initiativeId, `trùng với dòng ${seen.get(id)}`);
      seen.set(id, r.row);
    }
    const unit = code === undefined ? undefined : units.get(code);
    if (code !== undefined && (!unit || !can(ctx.actor, 'initiatives.write', unit.path))) errors.add(r.row, col.unitCode, `không có đơn vị mã "${code}" trong phạm vi của bạn`);
    for (const a of authors ?? []) {
      const p = people.get(a.personId);
      if (!p || !within(read, p.unitPath)) errors.add(r.row, col.authors, `không có cá nhân mã ${a.personId} trong phạm vi của bạn`);
    }
    const fields = { recognitionLevel: level ?? null, decisionNumber: decisionNumber ?? null, decisionDate: decisionDate ?? null, authors: authors ?? [] };
    // Cross-field checks only when each cell read well, so one mistake gives one message.
    if (reader.valid) for (const p of initiativeProblems(fields)) errors.add(r.row, col[columnOfField[p.field] ?? 'authors'], p.message.charAt(0).toLowerCase() + p.message.slice(1));
    if (!reader.valid || !unit || title === undefined || year === undefined || !authors) continue;
    inputs.push({
      row: r.row,
      id: id ?? null,
      authors,
      values: {
        unit_id: unit.id,
        title,
        summary: summary || null,
        year,
        recognition_level: fields.recognitionLevel,
        council_name: councilName || null,
        decision_number: fields.decisionNumber || null,
        decision_date: fields.decisionDate,
      },
    });
  }
  if (errors.size > 0) return { status: 'rejected', total: data.rows.length, errors: errors.sorted() };

  return ctx.db.transaction().execute(async (trx) => {
    const oldAuthors = await authorsOf(trx, inputs.flatMap((i) => (i.id === null ? [] : [i.id])));
    let created = 0;
    let updated = 0;
    const audit: AuditRow[] = [];
    for (const i of inputs) {
      const before = i.id === null ? undefined : existing.get(i.id);
      const beforeAuthors = i.id === null ? [] : (oldAuthors.get(i.id) ?? []).map((a) => ({ personId: a.person_id, share: a.share }));
      if (before) {
        const same = (Object.keys(i.values) as (keyof InitiativeValues)[]).every((k) => before[k] === i.values[k]) && JSON.stringify(beforeAuthors) === JSON.stringify([...i.authors].sort((a, b) => b.share - a.share));
        if (same) continue;
      }
      const row = before ? await updateInitiative(trx, before.id, i.values) : await insertInitiative(trx, i.values, ctx.actor.userId);
      await replaceAuthors(trx, row.id, i.authors);
      if (before) updated++;
      else created++;
      audit.push({
        userId: ctx.actor.userId,
        entity: 'initiative',
        requestId: ctx.requestId,
        action: before ? 'initiative.update' : 'initiative.create',
        entityId: row.id,
        unitId: row.unit_id,
        before: before ? initiativeAudit(before, beforeAuthors) : null,
        after: { ...initiativeAudit(row, i.authors), importedRow: i.row },
      });
    }
    await insertAuditRows(trx, audit);
    return { status: 'succeeded' as const, result: { total: inputs.length, created, updated, unchanged: inputs.length - created - updated } };
  });
}
