import type { Db } from '../../db/database';
import type { UnitRow } from '../../db/types';
import type { Actor } from '../../http/context';
import { AppError, forbidden, notFound } from '../../http/errors';
import type { Permission } from '../auth/roles';
import { can, scopePaths } from '../auth/scope';
import { pathIds } from './unit-insert';
import { findUnit } from './units.queries';

/**
 * The unit, if the actor may see it: 404 when it does not exist OR lies outside the actor's read
 * scope, so a user of xã A cannot even learn that a unit id of xã B exists.
 */
export async function visibleUnit(db: Db, actor: Actor, id: number, read: Permission = 'units.read', what = 'đơn vị'): Promise<UnitRow> {
  const unit = await findUnit(db, id);
  if (!unit || !can(actor, read, unit.path)) throw notFound(what);
  return unit;
}

/** 403 on a unit the actor can see but not change. */
export function assertWritable(actor: Actor, write: Permission, unit: Pick<UnitRow, 'path' | 'name'>): void {
  if (!can(actor, write, unit.path)) {
    throw forbidden(`Bạn không có quyền thay đổi dữ liệu của «${unit.name}».`);
  }
}

/** Same as visibleUnit + assertWritable, in one call. */
export async function writableUnit(db: Db, actor: Actor, id: number, read: Permission, write: Permission, what = 'đơn vị') {
  const unit = await visibleUnit(db, actor, id, read, what);
  assertWritable(actor, write, unit);
  return unit;
}

/**
 * A root unit (no parent) belongs to nobody's subtree but its own, so only an administrator
 * granted on a root unit — the top of an organisation — may create one.
 */
export function assertMayCreateRoot(actor: Actor): void {
  if (!scopePaths(actor, 'units.write').some((p) => pathIds(p).length === 1)) {
    throw new AppError('forbidden', 'Chỉ quản trị hệ thống ở cấp cao nhất mới được tạo đơn vị không có đơn vị cấp trên.');
  }
}
