import type { Db } from '../../db/database';
import type { Actor, ServiceContext } from '../../http/context';
import { conflict, invalid, notFound } from '../../http/errors';
import { recordAudit } from '../audit/audit.queries';
import { assertCan, can, requireScope } from '../auth/scope';
import { movementVisibility, visibleMovement } from '../movements/movement-access';
import type { PlanContent } from '../movements/model/plan-content.schema';
import { findUnit } from '../units/units.queries';
import { formatDay, todayInVietnam } from '../units/unit-period';
import { buildEntries, deadlinesOf } from './deadline-entries';
import {
  candidateUnits,
  completionFor,
  completionsOf,
  deleteCompletion,
  findCompletion,
  insertCompletion,
  issuedChildPlans,
  issuedMovementsWithPlans,
  issuedVersionContent,
} from './deadlines.queries';
import type { CompletionBody, CompletionDto, DeadlineEntryDto, DeadlineListQuery, DeadlineListResponse, DeadlineSummaryResponse } from './deadlines.schema';
import { responsibleUnits } from './responsible';
import { DUE_SOON_DAYS, occurrences, periodDays } from './schedule';

/** The calendar as the actor may see it: issued plans they read, statuses of units in their scope only. */
async function entriesFor(db: Db, actor: Actor, query: DeadlineListQuery, today: string): Promise<DeadlineEntryDto[]> {
  const visibility = movementVisibility(actor);
  if (query.movementId !== undefined) await visibleMovement(db, actor, query.movementId);
  let unitPath: string | undefined;
  if (query.unitId !== undefined) {
    const unit = await findUnit(db, query.unitId);
    if (!unit || !can(actor, 'movements.read', unit.path)) throw notFound('đơn vị');
    unitPath = unit.path;
  }
  const movements = await issuedMovementsWithPlans(db, visibility, query.movementId);
  const deadlines = movements.flatMap(deadlinesOf);
  const ids = movements.map((m) => m.id);
  const [units, completions, childPlans] = await Promise.all([
    candidateUnits(db, visibility.subtrees, {
      ids: [...new Set(deadlines.flatMap((d) => d.responsible.unitIds)), ...movements.map((m) => m.owner_id)],
      kinds: [...new Set(deadlines.flatMap((d) => d.responsible.unitKinds))],
    }),
    completionsOf(db, ids),
    issuedChildPlans(db, ids),
  ]);
  return buildEntries({
    today,
    movements,
    units,
    completions,
    childPlans,
    ownsMovement: (ownerPath) => can(actor, 'movements.read', ownerPath),
    unitPath,
    from: query.from,
    to: query.to,
  });
}

export async function listDeadlines(ctx: ServiceContext, query: DeadlineListQuery): Promise<DeadlineListResponse> {
  const today = todayInVietnam();
  return { today, dueSoonDays: DUE_SOON_DAYS, items: await entriesFor(ctx.db, ctx.actor, query, today) };
}

/** For the home dashboard: counts per responsible unit and occurrence, and the next few open deadlines. */
export async function deadlineSummary(ctx: ServiceContext): Promise<DeadlineSummaryResponse> {
  const today = todayInVietnam();
  // A closed movement's deadlines are history: the deadlines page still lists them, the dashboard does not.
  const entries = (await entriesFor(ctx.db, ctx.actor, {}, today)).filter((e) => e.movement.status !== 'closed');
  const statuses = entries.flatMap((e) => e.units);
  const month = today.slice(0, 7);
  return {
    today,
    dueSoonDays: DUE_SOON_DAYS,
    overdue: statuses.filter((s) => s.status === 'overdue').length,
    dueSoon: statuses.filter((s) => s.status === 'due_soon').length,
    doneThisMonth: statuses.filter((s) => s.doneOn !== null && s.doneOn.startsWith(month)).length,
    next: entries.filter((e) => e.dueOn !== null && e.dueOn >= today && e.units.some((u) => u.doneOn === null)).slice(0, 5),
  };
}

const presentCompletion = (c: { id: number; movement_id: number; deadline_key: string; due_on: string; unit_id: number; done_on: string; note: string | null }): CompletionDto => ({
  id: c.id,
  movementId: c.movement_id,
  deadlineKey: c.deadline_key,
  dueOn: c.due_on,
  unitId: c.unit_id,
  doneOn: c.done_on,
  note: c.note,
});

const isUniqueViolation = (err: unknown) => typeof err === 'object' && err !== null && (err as { code?: unknown }).code === '23505';

/** A responsible unit met one occurrence of a deadline. */
export async function markDone(ctx: ServiceContext, body: CompletionBody): Promise<CompletionDto> {
  requireScope(ctx.actor, 'deadlines.mark');
  const today = todayInVietnam();
  try {
    return await ctx.db.transaction().execute(async (trx) => {
      const m = await visibleMovement(trx, ctx.actor, body.movementId);
      const version = m.status === 'draft' || m.current_version_id === null ? undefined : await issuedVersionContent(trx, m.current_version_id);
      if (!version) throw invalid('Kế hoạch chưa ban hành nên chưa có thời hạn phải thực hiện.', { movementId: 'Kế hoạch chưa ban hành' });
      const content = version.content as PlanContent;
      const deadline = content.deadlines.find((d) => d.key === body.deadlineKey);
      if (!deadline) throw notFound('thời hạn trong kế hoạch');
      const unit = await findUnit(trx, body.unitId);
      if (!unit || !can(ctx.actor, 'movements.read', unit.path)) throw notFound('đơn vị');
      assertCan(ctx.actor, 'deadlines.mark', unit.path);

      const days = occurrences(deadline.due, deadline.strict, periodDays(content.period, m.issued_on), today);
      if (!days.includes(body.dueOn)) {
        const message = days.includes(null) ? 'Thời hạn này chưa ấn định ngày.' : `Ngày ${formatDay(body.dueOn)} không phải là một hạn của «${deadline.title}».`;
        throw invalid(message, { dueOn: message });
      }
      const owner = { id: m.owner_unit_id, path: m.owner_path };
      const candidate = { id: unit.id, kind: unit.kind, path: unit.path, validFrom: unit.valid_from, validTo: unit.valid_to };
      if (responsibleUnits(deadline.responsible, owner, [candidate], body.dueOn).length === 0) {
        throw invalid(`«${unit.name}» không phải đơn vị thực hiện «${deadline.title}».`, { unitId: 'Đơn vị không thực hiện thời hạn này' });
      }
      if (body.doneOn > today) throw invalid('Ngày hoàn thành không được sau ngày hôm nay.', { doneOn: 'Ngày hoàn thành không được sau ngày hôm nay' });
      const key = { movementId: m.id, deadlineKey: deadline.key, dueOn: body.dueOn, unitId: unit.id };
      if (await completionFor(trx, key)) throw duplicate(unit.name, body.dueOn);

      const row = await insertCompletion(trx, {
        movement_id: m.id,
        deadline_key: deadline.key,
        due_on: body.dueOn,
        unit_id: unit.id,
        done_on: body.doneOn,
        note: body.note,
        recorded_by: ctx.actor.userId,
      });
      const dto = presentCompletion(row);
      await recordAudit(trx, { userId: ctx.actor.userId, action: 'deadline.complete', entity: 'deadline_completion', entityId: row.id, unitId: unit.id, after: dto, requestId: ctx.requestId });
      return dto;
    });
  } catch (err) {
    // Two people marking the same unit at once: the unique constraint decides.
    if (isUniqueViolation(err)) throw duplicate(null, body.dueOn);
    throw err;
  }
}

const duplicate = (unitName: string | null, dueOn: string) =>
  conflict(`${unitName ? `«${unitName}»` : 'Đơn vị'} đã được ghi nhận hoàn thành hạn ${formatDay(dueOn)}.`);

/** Undo a completion recorded by mistake. */
export async function undoDone(ctx: ServiceContext, id: number): Promise<{ deleted: true }> {
  requireScope(ctx.actor, 'deadlines.mark');
  return ctx.db.transaction().execute(async (trx) => {
    const c = await findCompletion(trx, id);
    if (!c || !can(ctx.actor, 'movements.read', c.unit_path)) throw notFound('lần ghi nhận hoàn thành');
    assertCan(ctx.actor, 'deadlines.mark', c.unit_path);
    await deleteCompletion(trx, c.id);
    await recordAudit(trx, { userId: ctx.actor.userId, action: 'deadline.undo', entity: 'deadline_completion', entityId: c.id, unitId: c.unit_id, before: presentCompletion(c), requestId: ctx.requestId });
    return { deleted: true as const };
  });
}
