import type { ServiceContext } from '../../../http/context';
import { conflict, invalid, notFound } from '../../../http/errors';
import { recordAudit } from '../../audit/audit.queries';
import { scopePaths } from '../../auth/scope';
import { assertWritable } from '../../units/unit-access';
import { todayInVietnam } from '../../units/unit-period';
import type { PlanContent } from '../model/plan-content.schema';
import { isVisible, visibleMovement } from '../movement-access';
import { insertMovement } from '../movement-insert';
import { movementDetail } from '../movement-detail';
import { presentOwner } from '../movements.presenter';
import { lockMovement } from '../movements.queries';
import type { MovementDetailDto, MovementStatus } from '../movements.schema';
import { normalizePlan } from '../normalize';
import { cascadeDueDate, cascadeStatus, treeOrder } from './cascade-status';
import { childPlanOf, childPlans, contentInForce, descendantMovements, unitsBelow, unitWithParent } from './cascade.queries';
import type { CascadeResponse, CreateChildBody } from './cascade.schema';
import { prefillChildPlan } from './prefill';

/**
 * A lower unit starts its own plan from an issued movement: a draft prefilled from the parent's plan
 * in force, linked to it. One plan per unit and parent; the unit must lie strictly below the parent's
 * owner and the actor must be allowed to draft plans for it.
 */
export async function createChildPlan(ctx: ServiceContext, parentId: number, body: CreateChildBody): Promise<MovementDetailDto> {
  const id = await ctx.db.transaction().execute(async (trx) => {
    // Locking the parent queues two requests for the same unit, so the one-plan check below holds.
    // A xã follows the huyện's plan it may read but not edit: visibility is all the parent needs.
    await visibleMovement(trx, ctx.actor, parentId);
    await lockMovement(trx, parentId);
    const parent = await visibleMovement(trx, ctx.actor, parentId);
    if (parent.status === 'draft') throw conflict(`Kế hoạch «${parent.title}» chưa ban hành: chỉ xây dựng kế hoạch cấp dưới từ kế hoạch đã ban hành.`);
    if (parent.status === 'closed') throw conflict(`Phong trào «${parent.title}» đã kết thúc: không xây dựng thêm kế hoạch cấp dưới.`);

    const unit = await unitWithParent(trx, body.ownerUnitId);
    if (!unit || !scopePaths(ctx.actor, 'movements.read').some((p) => unit.path.startsWith(p))) throw notFound('đơn vị');
    if (unit.id === parent.owner_unit_id || !unit.path.startsWith(parent.owner_path))
      throw invalid(`Đơn vị xây dựng kế hoạch phải trực thuộc «${parent.owner_name}».`, { ownerUnitId: `Phải là đơn vị trực thuộc «${parent.owner_name}»` });
    if (unit.merged_into_id !== null || (unit.valid_to !== null && unit.valid_to <= todayInVietnam()))
      throw invalid(`«${unit.name}» đã ngừng hoạt động hoặc đã sáp nhập.`, { ownerUnitId: 'Đơn vị đã ngừng hoạt động' });
    assertWritable(ctx.actor, 'movements.write', unit);

    const existing = await childPlanOf(trx, parent.id, unit.id);
    if (existing)
      throw conflict(`«${unit.name}» đã có kế hoạch thực hiện kế hoạch này («${existing.title}»). Mỗi đơn vị chỉ xây dựng một kế hoạch cho mỗi kế hoạch cấp trên.`, {
        ownerUnitId: 'Đơn vị đã có kế hoạch thực hiện kế hoạch này',
      });

    const parentContent = (await contentInForce(trx, parent.id)) as PlanContent;
    const content = normalizePlan(
      prefillChildPlan({ movementId: parent.id, content: parentContent, ownerName: parent.owner_name }, { name: unit.name, parentName: unit.parent_name }),
    );
    const { movement } = await insertMovement(trx, { ownerUnitId: unit.id, parentMovementId: parent.id, content, status: 'draft', createdBy: ctx.actor.userId });
    await recordAudit(trx, {
      userId: ctx.actor.userId,
      action: 'movement.create',
      entity: 'movement',
      entityId: movement.id,
      unitId: unit.id,
      after: { title: movement.title, ownerUnitId: unit.id, parentMovementId: parent.id, prefilledFrom: { movementId: parent.id, number: parent.number } },
      requestId: ctx.requestId,
    });
    return movement.id;
  });
  return movementDetail(ctx.db, ctx.actor, await visibleMovement(ctx.db, ctx.actor, id));
}

/**
 * The cascade of a movement: the movements below it that the reader may see, and for each unit
 * below the owner that is expected to issue its own plan (and that the reader may see), its plan's
 * state and whether it is late against the plan's cascade deadline.
 */
export async function getCascade(ctx: ServiceContext, id: number): Promise<CascadeResponse> {
  const m = await visibleMovement(ctx.db, ctx.actor, id);
  const today = todayInVietnam();
  const [content, descendants, units, children] = await Promise.all([
    contentInForce(ctx.db, id) as Promise<PlanContent>,
    descendantMovements(ctx.db, id),
    unitsBelow(ctx.db, m.owner_path, scopePaths(ctx.actor, 'movements.read'), today),
    childPlans(ctx.db, id),
  ]);

  const tree = treeOrder(id, descendants, (d) => isVisible(ctx.actor, d)).map((d) => ({
    id: d.id,
    parentMovementId: d.parent_movement_id!,
    depth: d.depth,
    title: d.title,
    status: d.status as MovementStatus,
    number: d.number,
    issuedOn: d.issued_on,
    owner: presentOwner(d),
  }));

  const statuses = cascadeStatus({
    content,
    ownerId: m.owner_unit_id,
    firstYear: m.year_from,
    units: units.map((u) => ({ ...u, parentId: u.parent_id })),
    children: children.map((c) => ({ id: c.id, ownerUnitId: c.owner_unit_id, status: c.status, issuedOn: c.issued_on })),
    today,
  });
  const deadline = content.cascade.deadlineKey === null ? undefined : content.deadlines.find((d) => d.key === content.cascade.deadlineKey);
  const count = (pred: (s: (typeof statuses)[number]) => boolean) => statuses.filter(pred).length;
  return {
    movementId: id,
    deadline: deadline ? { key: deadline.key, title: deadline.title, dueOn: cascadeDueDate(content, m.year_from) } : null,
    today,
    tree,
    units: statuses.map((s) => ({
      unit: { id: s.unit.id, code: s.unit.code, name: s.unit.name, kind: s.unit.kind, parentId: s.unit.parent_id },
      plan: s.plan,
      dueOn: s.dueOn,
      timeliness: s.timeliness,
      late: s.late,
    })),
    summary: {
      expected: statuses.length,
      issued: count((s) => s.plan.state === 'issued'),
      draft: count((s) => s.plan.state === 'draft'),
      none: count((s) => s.plan.state === 'none'),
      late: count((s) => s.late),
    },
  };
}
