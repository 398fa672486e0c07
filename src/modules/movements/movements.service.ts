import type { ServiceContext } from '../../http/context';
import { notFound } from '../../http/errors';
import { recordAudit } from '../audit/audit.queries';
import { can } from '../auth/scope';
import { writableUnit } from '../units/unit-access';
import { findUnit } from '../units/units.queries';
import { insertMovement } from './movement-insert';
import { movementDetail } from './movement-detail';
import { movementVisibility, seesDrafts, visibleMovement } from './movement-access';
import type { PlanContent } from './model/plan-content.schema';
import { listMovements as listMovementRows, versionByNo } from './movements.queries';
import { movementSnapshot, presentSummary, presentVersionWithContent } from './movements.presenter';
import type { CreateMovementBody, MovementDetailDto, MovementListQuery, MovementListResponse, PlanChangeDto } from './movements.schema';
import { normalizePlan } from './normalize';
import { linkAndCheckParent } from './plan-links';
import { diffPlans } from './plan-diff';

export async function listMovements(ctx: ServiceContext, query: MovementListQuery): Promise<MovementListResponse> {
  const visibility = movementVisibility(ctx.actor);
  let unitPath: string | undefined;
  if (query.unitId !== undefined) {
    // The unit filter may name the actor's own units or a unit above them (whose issued plans they follow).
    const unit = await findUnit(ctx.db, query.unitId);
    const reachable = unit && (can(ctx.actor, 'movements.read', unit.path) || visibility.ancestors.includes(unit.path));
    if (!unit || !reachable) throw notFound('đơn vị');
    unitPath = unit.path;
  }
  const { rows, total } = await listMovementRows(
    ctx.db,
    visibility,
    { q: query.q, level: query.level, year: query.year, status: query.status, unitPath },
    { limit: query.limit, offset: query.offset },
  );
  return {
    total,
    items: rows.map((r) => {
      // Only the owner's subtree knows whether an amendment is being drafted.
      const drafts = seesDrafts(ctx.actor, r);
      return presentSummary(r, { hasDraft: drafts && r.has_draft, versionCount: r.issued_count });
    }),
  };
}

export async function getMovement(ctx: ServiceContext, id: number): Promise<MovementDetailDto> {
  return movementDetail(ctx.db, ctx.actor, await visibleMovement(ctx.db, ctx.actor, id));
}

/** A version the actor may read: issued ones for every reader of the movement, drafts only inside the owner's subtree. */
async function readableVersion(ctx: ServiceContext, id: number, versionNo: number) {
  const m = await visibleMovement(ctx.db, ctx.actor, id);
  const v = await versionByNo(ctx.db, id, versionNo);
  if (!v || (v.state !== 'issued' && !seesDrafts(ctx.actor, m))) throw notFound(`phiên bản ${versionNo} của kế hoạch`);
  return v;
}

export async function getVersion(ctx: ServiceContext, id: number, versionNo: number) {
  return presentVersionWithContent(await readableVersion(ctx, id, versionNo));
}

export async function diffVersions(ctx: ServiceContext, id: number, from: number, to: number): Promise<{ from: number; to: number; changes: PlanChangeDto[] }> {
  const a = await readableVersion(ctx, id, from);
  const b = await readableVersion(ctx, id, to);
  return { from, to, changes: diffPlans(a.content as PlanContent, b.content as PlanContent) };
}

export async function createMovement(ctx: ServiceContext, body: CreateMovementBody): Promise<MovementDetailDto> {
  const content = normalizePlan(body.content);
  const id = await ctx.db.transaction().execute(async (trx) => {
    await writableUnit(trx, ctx.actor, body.ownerUnitId, 'movements.read', 'movements.write', 'đơn vị ban hành');
    const { movement, version } = await insertMovement(trx, { ownerUnitId: body.ownerUnitId, parentMovementId: null, content, status: 'draft', createdBy: ctx.actor.userId });
    const parentId = await linkAndCheckParent(trx, movement, content, { link: true });
    await recordAudit(trx, {
      userId: ctx.actor.userId,
      action: 'movement.create',
      entity: 'movement',
      entityId: movement.id,
      unitId: movement.owner_unit_id,
      after: { ...movementSnapshot(movement), parentMovementId: parentId, versionNo: version.version_no },
      requestId: ctx.requestId,
    });
    return movement.id;
  });
  const m = await visibleMovement(ctx.db, ctx.actor, id);
  return movementDetail(ctx.db, ctx.actor, m);
}
