import type { Db } from '../../db/database';
import type { ServiceContext } from '../../http/context';
import { conflict, invalid, notFound } from '../../http/errors';
import { recordAudit } from '../audit/audit.queries';
import { can, scopePaths } from '../auth/scope';
import { contentInForce } from '../movements/cascade/cascade.queries';
import type { PlanContent } from '../movements/model/plan-content.schema';
import { visibleMovement } from '../movements/movement-access';
import { criterionOf, periodProblem, subjectProblem } from '../results/result-rules';
import { indexValuesFor } from '../indices/index-values';
import { findUnit } from '../units/units.queries';
import { assertMaySelfScore, assertParticipant, assertRunning, assertTransition, visibleAssessment } from './appraisal-access';
import { pointsProblem } from './appraisal-rules';
import { possibleOf, presentAssessment, presentAssessmentList } from './appraisals.presenter';
import {
  assessmentsOf,
  insertAssessment,
  isPeriodLocked,
  keepHistory,
  lockAssessmentOf,
  lockUnitAssessments,
  resultValuesFor,
  updateAssessment,
} from './appraisals.queries';
import type { AssessmentDto, AssessmentListResponse, AssessmentsQuery, SelfScoreBody, SubmitAssessmentsBody } from './appraisals.schema';

/**
 * The values that judge met / not met: the units' results of the period and, for a yearly period,
 * the values criteria on an index take from the recorded index scores where the unit entered none —
 * the same values the results list and the dashboard use, so the appraiser sees what they see.
 */
async function valuesFor(db: Db, movementId: number, period: string, unitIds: number[]) {
  const rows = await resultValuesFor(db, movementId, period, unitIds);
  if (!/^\d{4}$/.test(period) || unitIds.length === 0) return rows;
  const entered = new Set(rows.filter((r) => r.person_id === null).map((r) => `${r.unit_id}:${r.criterion_key}`));
  const derived = (await indexValuesFor(db, movementId, Number(period), { unitIds }))
    .filter((d) => !entered.has(`${d.unitId}:${d.criterionKey}`))
    .map((d) => ({ unit_id: d.unitId, person_id: null, criterion_key: d.criterionKey, value: d.value as unknown as (typeof rows)[number]['value'] }));
  return [...rows, ...derived];
}

export async function assessmentDetail(db: Db, ctx: ServiceContext, id: number): Promise<AssessmentDto> {
  const { a, m } = await visibleAssessment(db, ctx.actor, id);
  const content = (await contentInForce(db, m.id)) as PlanContent;
  const [value] = (await valuesFor(db, m.id, a.period, [a.unit_id])).filter((v) => v.person_id === a.person_id && v.criterion_key === a.criterion_key);
  return presentAssessment(a, content.criteria.find((c) => c.key === a.criterion_key), value?.value as never);
}

/**
 * Per unit: self points, appraised points and state per criterion, met / not met from the unit's
 * result. Before the lock a reader sees only the units of their own subtrees; once the period is
 * locked the appraised results are published to everyone who reads the movement.
 */
export async function listAssessments(ctx: ServiceContext, movementId: number, q: AssessmentsQuery): Promise<AssessmentListResponse> {
  const m = await visibleMovement(ctx.db, ctx.actor, movementId);
  const locked = await isPeriodLocked(ctx.db, m.id, q.period);
  const rows = await assessmentsOf(ctx.db, m.id, q.period, locked ? null : scopePaths(ctx.actor, 'movements.read'), q.unitId);
  const values = await valuesFor(ctx.db, m.id, q.period, [...new Set(rows.map((r) => r.unit_id))]);
  const content = (await contentInForce(ctx.db, m.id)) as PlanContent;
  return presentAssessmentList(m.id, q.period, locked, rows, values, content);
}

/** Creates or corrects one self-score (tự chấm); a correction keeps the old points in history. */
export async function selfScore(ctx: ServiceContext, body: SelfScoreBody): Promise<AssessmentDto> {
  const id = await ctx.db.transaction().execute(async (trx) => {
    const m = await visibleMovement(trx, ctx.actor, body.movementId);
    const unit = await findUnit(trx, body.unitId);
    if (!unit || !can(ctx.actor, 'movements.read', unit.path)) throw notFound('đơn vị');
    assertMaySelfScore(ctx.actor, unit);
    assertRunning(m);
    const content = (await contentInForce(trx, m.id)) as PlanContent;
    const criterion = criterionOf(content, body.criterionKey);
    const period = periodProblem(criterion, body.period, { from: m.year_from, to: m.year_to });
    if (period) throw invalid(period, { period });
    const subject = subjectProblem(criterion, body.personId);
    if (subject) throw invalid(subject, { personId: subject });
    const points = pointsProblem(body.selfPoints, possibleOf(criterion));
    if (points) throw invalid(`Điểm tự chấm (selfPoints) không hợp lệ: ${points}.`, { selfPoints: points });
    if (await isPeriodLocked(trx, m.id, body.period)) throw conflict(`Kết quả thẩm định kỳ ${body.period} đã khóa và công bố: không thể tự chấm nữa.`, { period: 'Kỳ đã khóa' });
    await assertParticipant(trx, m.id, unit, body.personId);

    const key = { movementId: m.id, unitId: unit.id, personId: body.personId, criterionKey: criterion.key, period: body.period };
    const audit = { userId: ctx.actor.userId, entity: 'assessment', unitId: unit.id, requestId: ctx.requestId };
    const existing = await lockAssessmentOf(trx, key);
    if (!existing) {
      const newId = await insertAssessment(trx, key, { selfPoints: body.selfPoints, note: body.note, userId: ctx.actor.userId });
      if (newId === undefined) throw conflict('Điểm tự chấm này vừa được người khác nhập. Tải lại rồi sửa tiếp.', { revision: 'Đã thay đổi, cần tải lại' });
      await recordAudit(trx, { ...audit, action: 'assessment.create', entityId: newId, after: { ...key, selfPoints: body.selfPoints, note: body.note } });
      return newId;
    }
    assertTransition(existing, 'self_score');
    if (body.revision !== existing.revision)
      throw conflict(`Điểm tự chấm này đã được lưu bởi người khác (lần lưu ${existing.revision}). Tải lại rồi sửa tiếp.`, { revision: 'Đã thay đổi, cần tải lại' });
    await keepHistory(trx, existing, 'self_score', ctx.actor.userId, body.note);
    await updateAssessment(trx, existing.id, { self_points: body.selfPoints, self_note: body.note }, ctx.actor.userId);
    await recordAudit(trx, {
      ...audit,
      action: 'assessment.update',
      entityId: existing.id,
      before: { selfPoints: existing.self_points, note: existing.self_note, revision: existing.revision },
      after: { selfPoints: body.selfPoints, note: body.note, revision: existing.revision + 1 },
    });
    return existing.id;
  });
  return assessmentDetail(ctx.db, ctx, id);
}

/** Sends every self-score of the unit (its own and its people's) for the period to appraisal. */
export async function submitAssessments(ctx: ServiceContext, movementId: number, body: SubmitAssessmentsBody): Promise<{ submitted: number }> {
  return ctx.db.transaction().execute(async (trx) => {
    const m = await visibleMovement(trx, ctx.actor, movementId);
    const unit = await findUnit(trx, body.unitId);
    if (!unit || !can(ctx.actor, 'movements.read', unit.path)) throw notFound('đơn vị');
    assertMaySelfScore(ctx.actor, unit);
    assertRunning(m);
    if (await isPeriodLocked(trx, m.id, body.period)) throw conflict(`Kết quả thẩm định kỳ ${body.period} đã khóa và công bố: không thể gửi nữa.`, { period: 'Kỳ đã khóa' });
    const drafts = (await lockUnitAssessments(trx, m.id, unit.id, body.period)).filter((a) => a.status === 'tu_cham');
    if (drafts.length === 0)
      throw conflict(`«${unit.name}» không có điểm tự chấm nào đang chờ gửi trong kỳ ${body.period}.`, { period: 'Không có điểm tự chấm để gửi' });
    for (const a of drafts) {
      await keepHistory(trx, a, 'submit', ctx.actor.userId, null);
      await updateAssessment(trx, a.id, { status: 'cho_tham_dinh' }, ctx.actor.userId);
    }
    await recordAudit(trx, {
      userId: ctx.actor.userId,
      action: 'assessment.submit',
      entity: 'assessment',
      entityId: null,
      unitId: unit.id,
      requestId: ctx.requestId,
      after: { movementId: m.id, unitId: unit.id, period: body.period, assessmentIds: drafts.map((a) => a.id) },
    });
    return { submitted: drafts.length };
  });
}
