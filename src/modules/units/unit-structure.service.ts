import type { Db } from '../../db/database';
import type { UnitRow } from '../../db/types';
import type { Actor, ServiceContext } from '../../http/context';
import { notFound } from '../../http/errors';
import { cleanText } from '../../lib/text';
import { recordAudit } from '../audit/audit.queries';
import { can } from '../auth/scope';
import { transferPeopleOfUnits } from '../people/people.queries';
import { assertMayCreateRoot, assertWritable } from './unit-access';
import { todayInVietnam } from './unit-period';
import { checkHistoryDate, checkMerge, checkMove, type MergeTargetFacts, type UnitFacts } from './unit-rules';
import {
  activeChildren,
  codeTaken,
  currentParentSince,
  insertUnit,
  insertUnitEvent,
  lockUnits,
  moveSubtree,
  recordParentChange,
} from './units.queries';
import { presentUnit, unitSnapshot } from './units.presenter';
import { duplicateCode, isUniqueViolation, unitDetail } from './units.service';
import type { MergeUnitsBody, MergeUnitsResponse, MoveUnitBody, UnitDetailResponse } from './units.schema';

export const MERGE_TRANSFER_REASON = 'Sáp nhập đơn vị';

const facts = (u: UnitRow): UnitFacts => ({
  id: u.id,
  name: u.name,
  path: u.path,
  parentId: u.parent_id,
  validFrom: u.valid_from,
  validTo: u.valid_to,
  mergedIntoId: u.merged_into_id,
});

/** Locks the units and checks each is visible (else 404) and writable (else 403), in id order. */
async function lockWritable(trx: Db, actor: Actor, ids: number[]): Promise<Map<number, UnitRow>> {
  const rows = new Map((await lockUnits(trx, ids)).map((u) => [u.id, u]));
  for (const id of ids) {
    const u = rows.get(id);
    if (!u || !can(actor, 'units.read', u.path)) throw notFound(`đơn vị (mã số ${id})`);
  }
  for (const id of ids) assertWritable(actor, 'units.write', rows.get(id)!);
  return rows;
}

type Placed = Pick<UnitRow, 'id' | 'path' | 'depth'>;

/** Re-hangs one unit (and its subtree) under `parent` from `day`: path rewrite, history rows, audit. */
async function rehang(ctx: ServiceContext, trx: Db, unit: UnitRow, parent: Placed, day: string): Promise<void> {
  const newPath = await moveSubtree(trx, unit, parent);
  await recordParentChange(trx, unit.id, parent.id, day);
  await recordAudit(trx, {
    userId: ctx.actor.userId,
    action: 'unit.move',
    entity: 'unit',
    entityId: unit.id,
    unitId: unit.id,
    before: { parentId: unit.parent_id, path: unit.path },
    after: { parentId: parent.id, path: newPath, effectiveDate: day },
    requestId: ctx.requestId,
  });
}

export async function moveUnit(ctx: ServiceContext, id: number, body: MoveUnitBody): Promise<UnitDetailResponse> {
  const moved = await ctx.db.transaction().execute(async (trx) => {
    const locked = await lockWritable(trx, ctx.actor, [...new Set([id, body.parentId])]);
    const unit = locked.get(id)!;
    const parent = locked.get(body.parentId)!;
    const since = (await currentParentSince(trx, [id])).get(id) ?? null;
    checkMove({ unit: facts(unit), newParent: facts(parent), currentParentSince: since, effectiveDate: body.effectiveDate, today: todayInVietnam() });
    await rehang(ctx, trx, unit, parent, body.effectiveDate);
    await insertUnitEvent(trx, {
      kind: 'moved',
      effectiveDate: body.effectiveDate,
      sourceIds: [id],
      targetId: parent.id,
      note: body.note ? cleanText(body.note) : null,
      userId: ctx.actor.userId,
    });
    return trx.selectFrom('units').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
  });
  return unitDetail(ctx.db, ctx.actor, moved);
}

/**
 * Sáp nhập: the sources end on the effective day and point at the target; their live child units
 * are re-hung under the target and their active people transferred to it, each with history rows;
 * one 'merged' event records it. Everything happens in one transaction or not at all.
 */
export async function mergeUnits(ctx: ServiceContext, body: MergeUnitsBody): Promise<MergeUnitsResponse> {
  const day = body.effectiveDate;
  const today = todayInVietnam();
  const newCode = 'unitId' in body.target ? undefined : cleanText(body.target.code);
  return ctx.db
    .transaction()
    .execute(async (trx) => {
      const t = body.target;
      const lockIds = [...body.sourceIds, ...('unitId' in t ? [t.unitId] : t.parentId !== null ? [t.parentId] : [])];
      const locked = await lockWritable(trx, ctx.actor, [...new Set(lockIds)]);
      const sources = body.sourceIds.map((i) => locked.get(i)!);
      let targetFacts: MergeTargetFacts;
      if ('unitId' in t) targetFacts = { existing: facts(locked.get(t.unitId)!) };
      else {
        if (t.parentId === null) assertMayCreateRoot(ctx.actor);
        targetFacts = { newUnderParent: t.parentId === null ? null : facts(locked.get(t.parentId)!) };
      }
      checkMerge({ sources: sources.map(facts), target: targetFacts, effectiveDate: day, today });

      const children = await activeChildren(trx, body.sourceIds, today);
      const since = await currentParentSince(trx, children.map((c) => c.id));
      // Children lie inside the sources, so the write check on the sources covers them.
      for (const c of children) checkHistoryDate(facts(c), since.get(c.id) ?? null, day);

      let target: UnitRow;
      if ('unitId' in t) target = locked.get(t.unitId)!;
      else {
        if (await codeTaken(trx, newCode!)) throw duplicateCode(newCode!, 'target.code');
        const parent = t.parentId === null ? null : locked.get(t.parentId)!;
        target = await insertUnit(trx, { ...t, code: newCode!, validFrom: day }, parent);
        await recordAudit(trx, {
          userId: ctx.actor.userId,
          action: 'unit.create',
          entity: 'unit',
          entityId: target.id,
          unitId: target.id,
          after: unitSnapshot(target),
          requestId: ctx.requestId,
        });
      }

      for (const c of children) await rehang(ctx, trx, c, target, day);
      const movedPeopleCount = await transferPeopleOfUnits(trx, {
        fromUnitIds: body.sourceIds,
        toUnitId: target.id,
        effectiveDate: day,
        reason: MERGE_TRANSFER_REASON,
        userId: ctx.actor.userId,
        requestId: ctx.requestId,
      });
      for (const s of sources) {
        const after = await trx
          .updateTable('units')
          .set({ valid_to: day, merged_into_id: target.id, updated_at: new Date() })
          .where('id', '=', s.id)
          .returningAll()
          .executeTakeFirstOrThrow();
        // The merged unit keeps its place in the tree for history; its parent row simply ends.
        await recordParentChange(trx, s.id, null, day, false);
        await recordAudit(trx, {
          userId: ctx.actor.userId,
          action: 'unit.merge',
          entity: 'unit',
          entityId: s.id,
          unitId: s.id,
          before: unitSnapshot(s),
          after: unitSnapshot(after),
          requestId: ctx.requestId,
        });
      }
      const eventId = await insertUnitEvent(trx, {
        kind: 'merged',
        effectiveDate: day,
        sourceIds: body.sourceIds,
        targetId: target.id,
        note: body.note ? cleanText(body.note) : null,
        userId: ctx.actor.userId,
      });
      const summary = { eventId, sourceIds: body.sourceIds, movedUnitCount: children.length, movedPeopleCount, effectiveDate: day };
      await recordAudit(trx, {
        userId: ctx.actor.userId,
        action: 'unit.merged',
        entity: 'unit',
        entityId: target.id,
        unitId: target.id,
        after: summary,
        requestId: ctx.requestId,
      });
      const peopleCount = await trx
        .selectFrom('people')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .where('unit_id', '=', target.id)
        .where('active', '=', true)
        .executeTakeFirstOrThrow();
      return {
        eventId,
        target: presentUnit(target, { day: today, peopleCount: Number(peopleCount.n) }),
        mergedUnitIds: body.sourceIds,
        movedUnitCount: children.length,
        movedPeopleCount,
      };
    })
    .catch((err: unknown) => {
      throw isUniqueViolation(err) && newCode ? duplicateCode(newCode, 'target.code') : err;
    });
}
