import type { ServiceContext } from '../../http/context';
import { conflict, invalid, notFound } from '../../http/errors';
import { recordAudit } from '../audit/audit.queries';
import type { Permission } from '../auth/roles';
import { assertCan, can } from '../auth/scope';
import { todayInVietnam } from '../units/unit-period';
import { authorityAt, noPowerMessage, planGrantorUnits, requireSameMovement, unitChain } from './decision-authority';
import { requireReadPaths, visibleDecision } from './decision-access';
import { prizeOf } from './decision-rules';
import type { DecisionDto, DraftBody, UpdateDraftBody } from './decisions.schema';
import { agreedNominations, decisionItems, decisionsIn, nominationsWithBatch, unitById } from './decisions.queries';
import { toDecisionBase, toDecisionDto } from './decisions.presenter';
import { awardNameOf } from './award-names';
import { grantorTitleAt } from './grantor-title';

/** The unit a use case acts at: 404 when the actor cannot even see it, 403 when seen but not theirs to act on. */
export async function unitFor(ctx: ServiceContext, id: number, permission: Permission) {
  const unit = await unitById(ctx.db, id);
  if (!unit || !(can(ctx.actor, 'units.read', unit.path) || can(ctx.actor, permission, unit.path))) throw notFound('đơn vị');
  assertCan(ctx.actor, permission, unit.path);
  return unit;
}

export async function getDecision(ctx: ServiceContext, id: number): Promise<DecisionDto> {
  const d = await visibleDecision(ctx.db, ctx.actor, id);
  return toDecisionDto(d, await decisionItems(ctx.db, d.id), ctx.actor);
}

export async function listDecisions(ctx: ServiceContext, f: { unitId?: number; status?: string }) {
  const rows = await decisionsIn(ctx.db, requireReadPaths(ctx.actor), f);
  return { items: rows.map((r) => ({ ...toDecisionBase(r, ctx.actor), awardeeCount: Number(r.awardee_count ?? 0) })) };
}

/** Agreed nominations addressed to a unit, each with whether the unit may grant it or where it must go. */
export async function decisionCandidates(ctx: ServiceContext, unitId: number) {
  const unit = await unitFor(ctx, unitId, 'decisions.draft');
  const chain = await unitChain(ctx.db, unit);
  const date = todayInVietnam();
  const rows = await agreedNominations(ctx.db, unit.id);
  const planUnit = await planGrantorUnits(ctx.db, rows);
  return {
    unit: { id: unit.id, name: unit.name },
    date,
    items: rows.map((n) => {
      const a = authorityAt(chain, n.catalogue_code, date, planUnit(n));
      const up = !a?.here && a?.holder ? a.holder : null;
      return {
        nominationId: n.id,
        batchId: n.batch_id,
        batchTitle: n.batch_title,
        movementId: n.movement_id,
        nomineeName: n.nominee_name,
        subjectKind: n.subject_kind,
        unit: { id: n.unit_id, name: n.unit_name },
        catalogueCode: n.catalogue_code,
        awardName: awardNameOf(n.catalogue_code, date),
        canGrant: Boolean(a?.here),
        grantorTitle: a?.holder ? grantorTitleAt(a.holder.grantor, a.holder.unit.name) : null,
        forwardTo: up ? { id: up.unit.id, name: up.unit.name, grantorTitle: grantorTitleAt(up.grantor, up.unit.name) } : null,
        prizeAmount: prizeOf(n.catalogue_code, date).amount,
      };
    }),
  };
}

/**
 * Dự thảo quyết định at the grantor unit from agreed nominations addressed to it that its head may
 * grant (judged at the tờ trình date; checked again on signing). Amounts are previewed at that date.
 */
export async function draftDecision(ctx: ServiceContext, body: DraftBody): Promise<DecisionDto> {
  const unit = await unitFor(ctx, body.unitId, 'decisions.draft');
  const chain = await unitChain(ctx.db, unit);
  const id = await ctx.db.transaction().execute(async (trx) => {
    const rows = await nominationsWithBatch(trx, body.nominationIds, true);
    // A nomination addressed elsewhere is not named: it may belong to a unit the reader cannot see.
    if (rows.length !== body.nominationIds.length || rows.some((n) => n.addressed_unit_id !== unit.id)) {
      throw invalid(`Có đề nghị không tồn tại hoặc không thuộc hồ sơ gửi ${unit.name}.`, { nominationIds: `Có đề nghị không thuộc hồ sơ gửi ${unit.name}` });
    }
    const planUnit = await planGrantorUnits(trx, rows);
    const problems: string[] = [];
    const grantorCodes = new Set<string>();
    for (const n of rows) {
      if (n.status !== 'dong_y') problems.push(`${n.nominee_name}: chưa được Hội đồng đồng ý`);
      else if (n.in_decision) problems.push(`${n.nominee_name}: đã có trong một quyết định khác`);
      else {
        const a = authorityAt(chain, n.catalogue_code, body.submissionDate, planUnit(n));
        if (!a?.here) problems.push(`${n.nominee_name} — ${noPowerMessage(chain, n.catalogue_code, body.submissionDate, a)} (chuyển cấp trên)`);
        else grantorCodes.add(a.here.code);
      }
    }
    if (problems.length > 0) throw invalid(`Không thể lập dự thảo quyết định: ${problems.join('; ')}.`, { nominationIds: problems.join('; ') });
    if (grantorCodes.size !== 1) throw invalid('Các đề nghị trong một quyết định phải cùng một người có thẩm quyền ký.', { nominationIds: 'Khác thẩm quyền' });
    const movementId = requireSameMovement(rows);
    const batchIds = new Set(rows.map((r) => r.batch_id));
    const ordered = body.nominationIds.map((nid) => rows.find((r) => r.id === nid)!);
    const prizes = ordered.map((n) => prizeOf(n.catalogue_code, body.submissionDate));
    const decision = await trx
      .insertInto('award_decisions')
      .values({
        unit_id: unit.id,
        movement_id: movementId,
        batch_id: batchIds.size === 1 ? [...batchIds][0]! : null,
        grantor_code: [...grantorCodes][0]!,
        submission_number: body.submissionNumber,
        submission_date: body.submissionDate,
        title: body.title ?? null,
        money_source: body.moneySource ?? null,
        base_salary: prizes[0]?.baseSalary ?? null,
        total_amount: prizes.reduce((s, p) => s + p.amount, 0),
        created_by: ctx.actor.userId,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await trx
      .insertInto('award_decision_items')
      .values(ordered.map((n, i) => ({ decision_id: decision.id, nomination_id: n.id, position: i + 1, coefficient: prizes[i]!.coefficient, prize_amount: prizes[i]!.amount })))
      .execute();
    await recordAudit(trx, {
      userId: ctx.actor.userId,
      action: 'decision.draft',
      entity: 'award_decision',
      entityId: decision.id,
      unitId: unit.id,
      after: { submissionNumber: body.submissionNumber, submissionDate: body.submissionDate, nominationIds: body.nominationIds },
      requestId: ctx.requestId,
    });
    return decision.id;
  });
  return getDecision(ctx, id);
}

async function editableDraft(ctx: ServiceContext, id: number, version: number | null) {
  const d = await visibleDecision(ctx.db, ctx.actor, id, true);
  assertCan(ctx.actor, 'decisions.draft', d.unit_path);
  if (d.status !== 'du_thao') throw conflict(`Quyết định số ${d.number} đã ban hành, không thể sửa hoặc xóa.`);
  if (version !== null && version !== d.version) throw conflict('Dự thảo đã được người khác sửa; hãy tải lại.', { version: 'Phiên bản đã cũ' });
  return d;
}

export async function updateDraft(ctx: ServiceContext, id: number, body: UpdateDraftBody): Promise<DecisionDto> {
  await ctx.db.transaction().execute(async (trx) => {
    const d = await editableDraft({ ...ctx, db: trx }, id, body.version);
    const changes = {
      ...(body.submissionNumber !== undefined ? { submission_number: body.submissionNumber } : {}),
      ...(body.submissionDate !== undefined ? { submission_date: body.submissionDate } : {}),
      ...(body.title !== undefined ? { title: body.title } : {}),
      ...(body.moneySource !== undefined ? { money_source: body.moneySource } : {}),
    };
    await trx.updateTable('award_decisions').set({ ...changes, version: d.version + 1, updated_at: new Date() }).where('id', '=', d.id).execute();
    await recordAudit(trx, { userId: ctx.actor.userId, action: 'decision.update', entity: 'award_decision', entityId: d.id, unitId: d.unit_id, before: { submissionNumber: d.submission_number, submissionDate: d.submission_date, title: d.title, moneySource: d.money_source }, after: body, requestId: ctx.requestId });
  });
  return getDecision(ctx, id);
}

/** A draft may be discarded (its nominations become free again); an issued decision never. */
export async function deleteDraft(ctx: ServiceContext, id: number): Promise<void> {
  await ctx.db.transaction().execute(async (trx) => {
    const d = await editableDraft({ ...ctx, db: trx }, id, null);
    const items = await trx.selectFrom('award_decision_items').select('nomination_id').where('decision_id', '=', d.id).execute();
    await trx.deleteFrom('award_decision_items').where('decision_id', '=', d.id).execute();
    await trx.deleteFrom('award_decisions').where('id', '=', d.id).execute();
    await recordAudit(trx, { userId: ctx.actor.userId, action: 'decision.delete', entity: 'award_decision', entityId: d.id, unitId: d.unit_id, before: { submissionNumber: d.submission_number, nominationIds: items.map((i) => i.nomination_id) }, requestId: ctx.requestId });
  });
}

