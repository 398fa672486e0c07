import type { Db } from '../../db/database';
import type { UnitRow } from '../../db/types';
import type { Actor, ServiceContext } from '../../http/context';
import { conflict, invalid, notFound } from '../../http/errors';
import { cleanText, searchKey } from '../../lib/text';
import { recordAudit } from '../audit/audit.queries';
import { can, requireScope } from '../auth/scope';
import { treeAsOf } from './tree-as-of';
import { assertMayCreateRoot, visibleUnit, writableUnit } from './unit-access';
import { formatDay, isActiveOn, todayInVietnam } from './unit-period';
import { checkPeriod } from './unit-rules';
import {
  codeTaken,
  countActiveContents,
  eventsTouching,
  insertUnit,
  listUnits as listUnitRows,
  listUnitsActiveOn,
  lockUnits,
  parentHistory,
  pathIds,
  unitRefs,
} from './units.queries';
import { presentEvent, presentRef, presentUnit, unitSnapshot } from './units.presenter';
import type { CreateUnitBody, UnitDetailResponse, UnitListQuery, UnitListResponse, UpdateUnitBody } from './units.schema';

export async function listUnits(ctx: ServiceContext, query: UnitListQuery): Promise<UnitListResponse> {
  const scope = requireScope(ctx.actor, 'units.read');
  if (query.asOf) {
    const day = query.asOf;
    const rows = await listUnitsActiveOn(ctx.db, { scope, day });
    const placed = treeAsOf(
      rows.map((r) => ({ ...r, parentId: r.parent_id })),
      scope.map((p) => pathIds(p).at(-1)!),
    );
    return { asOf: day, items: placed.map((r) => presentUnit(r, { day, peopleCount: r.people_count })) };
  }
  const day = todayInVietnam();
  const rows = await listUnitRows(ctx.db, { scope, activeDay: query.includeInactive ? null : day });
  return { asOf: day, items: rows.map((r) => presentUnit(r, { day, peopleCount: r.people_count })) };
}

export async function getUnit(ctx: ServiceContext, id: number): Promise<UnitDetailResponse> {
  const unit = await visibleUnit(ctx.db, ctx.actor, id);
  return unitDetail(ctx.db, ctx.actor, unit);
}

/** The detail of a unit already known to be visible to the actor. */
export async function unitDetail(db: Db, actor: Actor, unit: UnitRow): Promise<UnitDetailResponse> {
  const day = todayInVietnam();
  const [history, events, contents] = await Promise.all([
    parentHistory(db, unit.id),
    eventsTouching(db, unit.id),
    countActiveContents(db, unit.id, day),
  ]);
  const ancestorIds = pathIds(unit.path).slice(0, -1);
  const refIds = new Set<number>([...ancestorIds, ...(unit.merged_into_id ? [unit.merged_into_id] : [])]);
  for (const e of events) {
    e.source_unit_ids.forEach((i) => refIds.add(i));
    if (e.target_unit_id !== null) refIds.add(e.target_unit_id);
  }
  const refs = new Map((await unitRefs(db, [...refIds])).map((r) => [r.id, r]));
  const refDtos = new Map([...refs].map(([k, r]) => [k, presentRef(r)]));
  const merged = unit.merged_into_id === null ? undefined : refs.get(unit.merged_into_id);
  return {
    ...presentUnit(unit, { day, peopleCount: contents.people }),
    path: unit.path,
    breadcrumb: ancestorIds
      .map((i) => refs.get(i))
      .filter((r) => r !== undefined)
      .map((r) => ({ ...presentRef(r), readable: can(actor, 'units.read', r.path) })),
    parentHistory: history.map((h) => ({ parentId: h.parent_id, parentName: h.parent_name, validFrom: h.valid_from, validTo: h.valid_to })),
    events: events.map((e) => presentEvent(e, refDtos)),
    mergedInto: merged ? presentRef(merged) : null,
    childCount: contents.children,
    canWrite: can(actor, 'units.write', unit.path),
    canWritePeople: can(actor, 'people.write', unit.path),
  };
}

export const duplicateCode = (code: string, field = 'code') =>
  conflict(`Mã đơn vị «${code}» đã tồn tại. Vui lòng chọn mã khác.`, { [field]: 'Mã đơn vị đã tồn tại' });

/** A racing insert of the same code surfaces as a unique violation: answer it like the pre-check. */
export function isUniqueViolation(err: unknown): boolean {
  return typeof err === 'object' && err !== null && (err as { code?: unknown }).code === '23505';
}

export async function createUnit(ctx: ServiceContext, body: CreateUnitBody): Promise<UnitDetailResponse> {
  const code = cleanText(body.code);
  const created = await ctx.db
    .transaction()
    .execute(async (trx) => {
      let parent: UnitRow | null = null;
      if (body.parentId === null) assertMayCreateRoot(ctx.actor);
      else {
        parent = await writableUnit(trx, ctx.actor, body.parentId, 'units.read', 'units.write', 'đơn vị cấp trên');
        if (!isActiveOn({ validFrom: parent.valid_from, validTo: parent.valid_to }, todayInVietnam())) {
          throw invalid(`Đơn vị cấp trên «${parent.name}» đã ngừng hoạt động.`, { parentId: 'Đơn vị cấp trên đã ngừng hoạt động' });
        }
      }
      if (await codeTaken(trx, code)) throw duplicateCode(code);
      const unit = await insertUnit(trx, { ...body, code, parentId: body.parentId }, parent);
      await recordAudit(trx, {
        userId: ctx.actor.userId,
        action: 'unit.create',
        entity: 'unit',
        entityId: unit.id,
        unitId: unit.id,
        after: unitSnapshot(unit),
        requestId: ctx.requestId,
      });
      return unit;
    })
    .catch((err: unknown) => {
      throw isUniqueViolation(err) ? duplicateCode(code) : err;
    });
  return unitDetail(ctx.db, ctx.actor, created);
}

export async function updateUnit(ctx: ServiceContext, id: number, body: UpdateUnitBody): Promise<UnitDetailResponse> {
  const code = body.code === undefined ? undefined : cleanText(body.code);
  const updated = await ctx.db
    .transaction()
    .execute(async (trx) => {
      await writableUnit(trx, ctx.actor, id, 'units.read', 'units.write');
      const [unit] = await lockUnits(trx, [id]);
      if (!unit) throw notFound('đơn vị');
      if (code !== undefined && code !== unit.code && (await codeTaken(trx, code, id))) throw duplicateCode(code);
      const validFrom = body.validFrom === undefined ? unit.valid_from : body.validFrom;
      const validTo = body.validTo === undefined ? unit.valid_to : body.validTo;
      checkPeriod(validFrom, validTo);
      if (validTo !== unit.valid_to) await checkClosing(trx, unit, validTo);
      const name = body.name === undefined ? unit.name : cleanText(body.name);
      const after = await trx
        .updateTable('units')
        .set({
          code: code ?? unit.code,
          name,
          search_key: searchKey(name),
          short_name: body.shortName === undefined ? unit.short_name : body.shortName ? cleanText(body.shortName) : null,
          kind: body.kind ?? unit.kind,
          valid_from: validFrom,
          valid_to: validTo,
          updated_at: new Date(),
        })
        .where('id', '=', id)
        .returningAll()
        .executeTakeFirstOrThrow();
      await recordAudit(trx, {
        userId: ctx.actor.userId,
        action: 'unit.update',
        entity: 'unit',
        entityId: id,
        unitId: id,
        before: unitSnapshot(unit),
        after: unitSnapshot(after),
        requestId: ctx.requestId,
      });
      return after;
    })
    .catch((err: unknown) => {
      throw isUniqueViolation(err) && code ? duplicateCode(code) : err;
    });
  return unitDetail(ctx.db, ctx.actor, updated);
}

/** Ending a unit's period is refused while it still has live children or people, or after a merge. */
async function checkClosing(trx: Db, unit: UnitRow, validTo: string | null): Promise<void> {
  if (unit.merged_into_id !== null) {
    throw invalid(`«${unit.name}» đã sáp nhập; không thể sửa ngày kết thúc hoạt động.`, { validTo: 'Đơn vị đã sáp nhập' });
  }
  if (validTo === null || validTo > todayInVietnam()) return;
  const contents = await countActiveContents(trx, unit.id, todayInVietnam());
  if (contents.children > 0 || contents.people > 0) {
    throw invalid(
      `«${unit.name}» còn ${contents.children} đơn vị trực thuộc và ${contents.people} cá nhân đang hoạt động; hãy chuyển hoặc sáp nhập trước khi kết thúc hoạt động từ ngày ${formatDay(validTo)}.`,
      { validTo: 'Đơn vị còn đơn vị trực thuộc hoặc cá nhân đang hoạt động' },
    );
  }
}
