import type { Db } from '../../db/database';
import type { ServiceContext } from '../../http/context';
import { conflict, invalid, notFound } from '../../http/errors';
import { labelFor } from '../../http/field-labels';
import { can, scopePaths } from '../auth/scope';
import { contentInForce } from '../movements/cascade/cascade.queries';
import type { PlanContent } from '../movements/model/plan-content.schema';
import { claimProjection, projectedCell } from '../dashboards/dashboard-projection';
import { isVisible, visibleMovement } from '../movements/movement-access';
import { versionContent } from '../movements/issued-content';
import { resultValueProblem, type ResultValue } from '../scoring';
import { indexValuesFor } from '../indices/index-values';
import { todayInVietnam } from '../units/unit-period';
import { assertMaySubmit, assertOpenForResults, criterionOf, periodProblem, subjectProblem, visibleResult } from './result-rules';
import { presentIndexValue, presentResult } from './results.presenter';
import { changeResult, createResult, entryContext, type EntryContext } from './result-entry.queries';
import { evidenceOf, resultsOfMovement, unitRefsOf } from './results.queries';
import type { ResultDto, ResultListResponse, ResultsQuery, SaveResultBody } from './results.schema';

type Criterion = PlanContent['criteria'][number];

export async function resultDetail(db: Db, ctx: ServiceContext, id: number): Promise<ResultDto> {
  const { r, m } = await visibleResult(db, ctx.actor, id);
  const content = (await contentInForce(db, m.id)) as PlanContent;
  return presentResult(r, await evidenceOf(db, [r.id]), content.criteria.find((c) => c.key === r.criterion_key));
}

/** Results of a movement in the reader's subtrees, each judged against the plan in force. */
export async function listResults(ctx: ServiceContext, movementId: number, q: ResultsQuery): Promise<ResultListResponse> {
  const m = await visibleMovement(ctx.db, ctx.actor, movementId);
  const rows = await resultsOfMovement(ctx.db, m.id, scopePaths(ctx.actor, 'movements.read'), q);
  const content = (await contentInForce(ctx.db, m.id)) as PlanContent;
  const criteria = new Map(content.criteria.map((c) => [c.key, c]));
  const evidence = await evidenceOf(ctx.db, rows.map((r) => r.id));
  return {
    movementId: m.id,
    items: rows.map((r) => presentResult(r, evidence, criteria.get(r.criterion_key))),
    indexValues: await readableIndexValues(ctx, m, criteria, q),
  };
}

/** The years a movement runs, up to the current one: index results come out after the year. */
function movementYears(m: { year_from: number | null; year_to: number | null }): number[] {
  const current = Number(todayInVietnam().slice(0, 4));
  const from = m.year_from ?? m.year_to ?? current;
  const to = Math.min(m.year_to ?? current, current);
  const out: number[] = [];
  for (let y = from; y <= to && out.length < 20; y++) out.push(y);
  return out;
}

/** Values criteria take from index results (where no result was entered), for units the reader reads. */
async function readableIndexValues(ctx: ServiceContext, m: { id: number; year_from: number | null; year_to: number | null }, criteria: Map<string, Criterion>, q: ResultsQuery) {
  if (q.period !== undefined && !/^\d{4}$/.test(q.period)) return [];
  const years = q.period !== undefined ? [Number(q.period)] : movementYears(m);
  const values = (await Promise.all(years.map((y) => indexValuesFor(ctx.db, m.id, y, q.unitId === undefined ? {} : { unitIds: [q.unitId] })))).flat();
  const units = new Map((await unitRefsOf(ctx.db, [...new Set(values.map((v) => v.unitId))])).map((u) => [u.id, u]));
  return values.flatMap((v) => {
    const unit = units.get(v.unitId);
    const criterion = criteria.get(v.criterionKey);
    return unit && criterion && can(ctx.actor, 'movements.read', unit.path) ? [presentIndexValue(v, unit, criterion)] : [];
  });
}

/**
 * The value checked against the criterion's target; a Vietnamese message naming `value` when it does
 * not fit. The request schema has already checked the value's shape (anyResultValueSchema), so only
 * the target's rule is left — the same rule resultValueSchema(target) applies, without building a
 * schema on every request.
 */
function assertValue(target: PlanContent['criteria'][number]['target'], value: ResultValue): void {
  const problem = resultValueProblem(target, value);
  if (!problem) return;
  const field = ['value', ...problem.path].join('.');
  throw invalid(`Giá trị (value) không hợp lệ với tiêu chí — ${labelFor(field.split('.'))}: ${problem.message}`, { [field]: problem.message });
}

/**
 * Only participants take part: the unit needs an APPROVED registration (đã duyệt) for the movement,
 * and a person must be one of that registration's individual entries.
 */
function assertParticipant(c: EntryContext, unit: { id: number; name: string }, personId: number | null): void {
  if (c.g_status !== 'da_duyet')
    throw conflict(`«${unit.name}» chưa có bản đăng ký thi đua được duyệt cho phong trào này: chỉ đơn vị đã được duyệt đăng ký mới nhập kết quả.`, {
      unitId: 'Đơn vị chưa được duyệt đăng ký thi đua',
    });
  if (personId === null) return;
  if (c.p_unit_id !== unit.id) throw invalid(`Cá nhân đã chọn không thuộc «${unit.name}».`, { personId: `Không phải cá nhân của «${unit.name}»` });
  if (!c.p_registered) throw conflict(`${c.p_full_name} không có trong bản đăng ký thi đua đã duyệt của «${unit.name}».`, { personId: 'Cá nhân chưa đăng ký thi đua' });
}

/**
 * Creates or changes one result; a change keeps the old value in result_history. One transaction, one
 * audit row, the dashboard projection written with it. Two statements (result-entry.queries.ts): the
 * checks' facts with the locks, then the write returning the row as the response shows it.
 */
export async function saveResult(ctx: ServiceContext, body: SaveResultBody): Promise<ResultDto> {
  return ctx.db.transaction().execute(async (trx) => {
    const key = { movementId: body.movementId, unitId: body.unitId, personId: body.personId, criterionKey: body.criterionKey, period: body.period };
    const c = await entryContext(trx, key);
    if (!c || !isVisible(ctx.actor, c)) throw notFound('phong trào');
    if (c.u_id === null || !can(ctx.actor, 'movements.read', c.u_path!)) throw notFound('đơn vị');
    const unit = { id: c.u_id, name: c.u_name!, path: c.u_path! };
    assertMaySubmit(ctx.actor, unit);
    const content = (c.current_version_id === null ? await contentInForce(trx, c.id) : await versionContent(trx, c.current_version_id)) as PlanContent;
    assertOpenForResults(c, content);
    const criterion = criterionOf(content, body.criterionKey);
    const problem = periodProblem(criterion, body.period, { from: c.year_from, to: c.year_to });
    if (problem) throw invalid(problem, { period: problem });
    const subject = subjectProblem(criterion, body.personId);
    if (subject) throw invalid(subject, { personId: subject });
    assertValue(criterion.target, body.value);
    assertParticipant(c, unit, body.personId);

    // The movement's first unit result: no projection row to claim yet (claimProjection makes it).
    if (body.personId === null && c.claimed === null) await claimProjection(trx, c.id);
    const write = {
      value: body.value,
      note: body.note,
      userId: ctx.actor.userId,
      requestId: ctx.requestId,
      cell: projectedCell(content, { ...key, value: body.value }),
    };
    const after = { ...key, value: body.value, note: body.note };
    if (!c.existing) {
      const row = await createResult(trx, key, { ...write, after });
      if (!row) throw conflict('Kết quả này vừa được người khác nhập. Tải lại rồi sửa tiếp.', { revision: 'Kết quả đã thay đổi, cần tải lại' });
      return presentResult(row, [], criterion);
    }
    const existing = c.existing;
    if (body.revision !== existing.revision)
      throw conflict(`Kết quả này đã được lưu bởi người khác (lần lưu ${existing.revision}). Tải lại rồi sửa tiếp.`, { revision: 'Kết quả đã thay đổi, cần tải lại' });
    const changed = await changeResult(trx, existing.id, { ...write, after: { ...after, revision: existing.revision + 1 } });
    return presentResult(changed.row, changed.evidence, criterion);
  });
}
