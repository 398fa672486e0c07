import type { Db } from '../../db/database';
import type { ServiceContext } from '../../http/context';
import { conflict, invalid, notFound } from '../../http/errors';
import { labelFor } from '../../http/field-labels';
import { recordAudit } from '../audit/audit.queries';
import { can, scopePaths } from '../auth/scope';
import { contentInForce } from '../movements/cascade/cascade.queries';
import type { PlanContent } from '../movements/model/plan-content.schema';
import { claimProjection, projectResult } from '../dashboards/dashboard-projection';
import { visibleMovement } from '../movements/movement-access';
import { versionContent } from '../movements/issued-content';
import { entriesOf, peopleByIds, registrationOf } from '../registrations/registrations.queries';
import { resultValueSchema } from '../scoring';
import { indexValuesFor } from '../indices/index-values';
import { findUnit } from '../units/units.queries';
import { todayInVietnam } from '../units/unit-period';
import { assertMaySubmit, assertOpenForResults, criterionOf, periodProblem, subjectProblem, visibleResult } from './result-rules';
import { presentIndexValue, presentResult } from './results.presenter';
import { evidenceOf, findResult, insertResult, lockResultOf, resultsOfMovement, unitRefsOf, updateResult } from './results.queries';
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

/** The value checked against the criterion's target; a Vietnamese message naming `value` when it does not fit. */
function assertValue(target: PlanContent['criteria'][number]['target'], value: unknown): void {
  const parsed = resultValueSchema(target).safeParse(value);
  if (parsed.success) return;
  const fields: Record<string, string> = {};
  for (const issue of parsed.error.issues) fields[['value', ...issue.path.map(String)].join('.')] ??= issue.message;
  const summary = Object.entries(fields)
    .map(([k, msg]) => `${labelFor(k.split('.'))}: ${msg}`)
    .join('; ');
  throw invalid(`Giá trị (value) không hợp lệ với tiêu chí — ${summary}`, fields);
}

/**
 * Only participants take part: the unit needs an APPROVED registration (đã duyệt) for the movement,
 * and a person must be one of that registration's individual entries.
 */
async function assertParticipant(trx: Db, movementId: number, unit: { id: number; name: string }, personId: number | null): Promise<void> {
  const reg = await registrationOf(trx, movementId, unit.id);
  if (!reg || reg.status !== 'da_duyet')
    throw conflict(`«${unit.name}» chưa có bản đăng ký thi đua được duyệt cho phong trào này: chỉ đơn vị đã được duyệt đăng ký mới nhập kết quả.`, {
      unitId: 'Đơn vị chưa được duyệt đăng ký thi đua',
    });
  if (personId === null) return;
  const [person] = await peopleByIds(trx, [personId]);
  if (!person || person.unit_id !== unit.id) throw invalid(`Cá nhân đã chọn không thuộc «${unit.name}».`, { personId: `Không phải cá nhân của «${unit.name}»` });
  const entries = await entriesOf(trx, [reg.id]);
  if (!entries.some((e) => e.person_id === personId))
    throw conflict(`${person.full_name} không có trong bản đăng ký thi đua đã duyệt của «${unit.name}».`, { personId: 'Cá nhân chưa đăng ký thi đua' });
}

/** Creates or changes one result; a change keeps the old value in result_history. One transaction, one audit row. */
export async function saveResult(ctx: ServiceContext, body: SaveResultBody): Promise<ResultDto> {
  const saved = await ctx.db.transaction().execute(async (trx) => {
    const m = await visibleMovement(trx, ctx.actor, body.movementId);
    const unit = await findUnit(trx, body.unitId);
    if (!unit || !can(ctx.actor, 'movements.read', unit.path)) throw notFound('đơn vị');
    assertMaySubmit(ctx.actor, unit);
    const content = (m.current_version_id === null ? await contentInForce(trx, m.id) : await versionContent(trx, m.current_version_id)) as PlanContent;
    assertOpenForResults(m, content);
    const criterion = criterionOf(content, body.criterionKey);
    const problem = periodProblem(criterion, body.period, { from: m.year_from, to: m.year_to });
    if (problem) throw invalid(problem, { period: problem });
    const subject = subjectProblem(criterion, body.personId);
    if (subject) throw invalid(subject, { personId: subject });
    assertValue(criterion.target, body.value);
    await assertParticipant(trx, m.id, unit, body.personId);

    const key = { movementId: m.id, unitId: unit.id, personId: body.personId, criterionKey: criterion.key, period: body.period };
    const existing = await lockResultOf(trx, key);
    if (body.personId === null) await claimProjection(trx, m.id);
    const audit = { userId: ctx.actor.userId, entity: 'result', unitId: unit.id, requestId: ctx.requestId };
    const after = { ...key, value: body.value, note: body.note };
    if (!existing) {
      const newId = await insertResult(trx, { ...key, value: body.value, note: body.note, userId: ctx.actor.userId });
      if (newId === undefined) throw conflict('Kết quả này vừa được người khác nhập. Tải lại rồi sửa tiếp.', { revision: 'Kết quả đã thay đổi, cần tải lại' });
      await projectResult(trx, content, { ...key, value: body.value });
      await recordAudit(trx, { ...audit, action: 'result.create', entityId: newId, after });
      return { id: newId, criterion, created: true };
    }
    if (body.revision !== existing.revision)
      throw conflict(`Kết quả này đã được lưu bởi người khác (lần lưu ${existing.revision}). Tải lại rồi sửa tiếp.`, { revision: 'Kết quả đã thay đổi, cần tải lại' });
    await updateResult(trx, existing, { value: body.value, note: body.note, userId: ctx.actor.userId, reason: null });
    await projectResult(trx, content, { ...key, value: body.value });
    await recordAudit(trx, {
      ...audit,
      action: 'result.update',
      entityId: existing.id,
      before: { value: existing.value, note: existing.note, revision: existing.revision },
      after: { ...after, revision: existing.revision + 1 },
    });
    return { id: existing.id, criterion, created: false };
  });
  // Access was checked in the transaction: read back only the row (and its files, if it had time to get any).
  const r = await findResult(ctx.db, saved.id);
  if (!r) throw notFound('kết quả');
  return presentResult(r, saved.created ? [] : await evidenceOf(ctx.db, [saved.id]), saved.criterion);
}
