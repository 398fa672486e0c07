import type { ServiceContext } from '../../http/context';
import { conflict, invalid, notFound } from '../../http/errors';
import { labelFor } from '../../http/field-labels';
import { recordAudit } from '../audit/audit.queries';
import { contentInForce } from '../movements/cascade/cascade.queries';
import type { PlanContent } from '../movements/model/plan-content.schema';
import { visibleMovement } from '../movements/movement-access';
import { formatDay, todayInVietnam } from '../units/unit-period';
import { assertExplainInTime, assertMayAppraise, assertMaySelfScore, assertNotClosed, assertTransition, visibleAssessment } from './appraisal-access';
import { decisionProblems, explanationPending } from './appraisal-rules';
import { possibleOf } from './appraisals.presenter';
import { isPeriodLocked, keepHistory, lockAssessment, lockMovementAssessments, updateAssessment } from './appraisals.queries';
import type { AppraiseBody, AssessmentDto, ExplainBody, LockBody } from './appraisals.schema';
import { assessmentDetail } from './appraisals.service';

/** Accept the self-score, change it with a reason, or return it for explanation by a deadline. */
export async function appraise(ctx: ServiceContext, id: number, body: AppraiseBody): Promise<AssessmentDto> {
  await ctx.db.transaction().execute(async (trx) => {
    const { m } = await visibleAssessment(trx, ctx.actor, id);
    const a = await lockAssessment(trx, id);
    if (!a) throw notFound('điểm tự chấm');
    assertMayAppraise(ctx.actor, m, { path: a.unit_path, name: a.unit_name });
    assertNotClosed(m);
    const status = assertTransition(a, body.action);
    const pending = explanationPending(a, todayInVietnam());
    if (pending) throw conflict(pending, { status: 'Đang trong hạn giải trình' });
    const content = (await contentInForce(trx, m.id)) as PlanContent;
    const fields = decisionProblems(body, possibleOf(content.criteria.find((c) => c.key === a.criterion_key)), todayInVietnam());
    if (Object.keys(fields).length > 0)
      throw invalid(`Quyết định thẩm định chưa đủ: ${Object.entries(fields).map(([k, msg]) => `${labelFor([k])}: ${msg}`).join('; ')}.`, fields);

    const reason = body.reason?.trim() || null;
    const appraised = { appraised_by: ctx.actor.userId, appraised_at: new Date() };
    const change =
      body.action === 'accept'
        ? { status, appraised_points: a.self_points, appraisal_reason: reason, explain_by: null, explain_request: null, ...appraised }
        : body.action === 'change'
          ? { status, appraised_points: body.points!, appraisal_reason: reason, explain_by: null, explain_request: null, ...appraised }
          : { status, appraised_points: null, appraisal_reason: null, explain_by: body.explainBy!, explain_request: reason, explanation: null, ...appraised };
    await keepHistory(trx, a, body.action, ctx.actor.userId, reason);
    await updateAssessment(trx, a.id, change, ctx.actor.userId);
    await recordAudit(trx, {
      userId: ctx.actor.userId,
      action: `assessment.${body.action}`,
      entity: 'assessment',
      entityId: a.id,
      unitId: a.unit_id,
      requestId: ctx.requestId,
      before: { status: a.status, selfPoints: a.self_points, appraisedPoints: a.appraised_points, revision: a.revision },
      after: { status, appraisedPoints: change.appraised_points, reason, explainBy: change.explain_by, revision: a.revision + 1 },
    });
  });
  return assessmentDetail(ctx.db, ctx, id);
}

/** The unit's explanation (giải trình), by the deadline the appraiser set; back to appraisal. */
export async function explain(ctx: ServiceContext, id: number, body: ExplainBody): Promise<AssessmentDto> {
  await ctx.db.transaction().execute(async (trx) => {
    const { m } = await visibleAssessment(trx, ctx.actor, id);
    const a = await lockAssessment(trx, id);
    if (!a) throw notFound('điểm tự chấm');
    assertMaySelfScore(ctx.actor, { path: a.unit_path, name: a.unit_name });
    assertNotClosed(m);
    const status = assertTransition(a, 'explain');
    assertExplainInTime(a, todayInVietnam());
    await keepHistory(trx, a, 'explain', ctx.actor.userId, body.explanation);
    await updateAssessment(trx, a.id, { status, explanation: body.explanation }, ctx.actor.userId);
    await recordAudit(trx, {
      userId: ctx.actor.userId,
      action: 'assessment.explain',
      entity: 'assessment',
      entityId: a.id,
      unitId: a.unit_id,
      requestId: ctx.requestId,
      before: { status: a.status, revision: a.revision },
      after: { status, explanation: body.explanation, revision: a.revision + 1 },
    });
  });
  return assessmentDetail(ctx.db, ctx, id);
}

/**
 * Locks the period's appraisal for the whole movement: from then on nothing changes and the appraised
 * points are published. Refused while any self-score still waits for a decision.
 */
export async function lockAppraisal(ctx: ServiceContext, movementId: number, body: LockBody): Promise<{ movementId: number; period: string; locked: number }> {
  return ctx.db.transaction().execute(async (trx) => {
    const m = await visibleMovement(trx, ctx.actor, movementId);
    assertMayAppraise(ctx.actor, m);
    assertNotClosed(m);
    if (await isPeriodLocked(trx, m.id, body.period)) throw conflict(`Kết quả thẩm định kỳ ${body.period} đã được khóa trước đó.`, { period: 'Kỳ đã khóa' });
    const rows = await lockMovementAssessments(trx, m.id, body.period);
    if (rows.length === 0) throw conflict(`Chưa có điểm tự chấm nào trong kỳ ${body.period} để khóa.`, { period: 'Không có điểm tự chấm' });
    const waiting = [...new Set(rows.filter((a) => a.status === 'cho_tham_dinh').map((a) => a.unit_name))];
    if (waiting.length > 0)
      throw conflict(`Còn điểm tự chấm chờ thẩm định của: ${waiting.join(', ')}. Thẩm định xong mới khóa được kỳ ${body.period}.`, { period: 'Còn điểm chờ thẩm định' });
    const today = todayInVietnam();
    const explaining = [...new Set(rows.filter((a) => explanationPending(a, today) !== null).map((a) => `${a.unit_name} (hạn ${formatDay(a.explain_by!)})`))];
    if (explaining.length > 0)
      throw conflict(`Còn điểm đang trong hạn giải trình của: ${explaining.join(', ')}. Hết hạn hoặc có giải trình mới khóa được kỳ ${body.period}.`, { period: 'Còn điểm đang giải trình' });
    await trx.insertInto('appraisal_locks').values({ movement_id: m.id, period: body.period, locked_by: ctx.actor.userId }).execute();
    for (const a of rows) {
      await keepHistory(trx, a, 'lock', ctx.actor.userId, null);
      await updateAssessment(trx, a.id, { locked: true }, ctx.actor.userId);
    }
    await recordAudit(trx, {
      userId: ctx.actor.userId,
      action: 'movement.appraisal_lock',
      entity: 'movement',
      entityId: m.id,
      unitId: m.owner_unit_id,
      requestId: ctx.requestId,
      after: { period: body.period, assessmentIds: rows.map((a) => a.id) },
    });
    return { movementId: m.id, period: body.period, locked: rows.length };
  });
}
