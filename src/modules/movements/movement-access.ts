import type { Db } from '../../db/database';
import type { Actor } from '../../http/context';
import { forbidden, notFound } from '../../http/errors';
import type { Permission } from '../auth/roles';
import { can, requireScope, scopePaths } from '../auth/scope';
import { pathIds } from '../units/unit-insert';
import { findMovement, lockMovement, type MovementVisibility, type MovementWithOwner } from './movements.queries';

/** Paths of the units strictly above a subtree root: '/1/5/9/' → '/1/', '/1/5/'. */
export function ancestorPaths(path: string): string[] {
  const ids = pathIds(path);
  return ids.slice(0, -1).map((_, i) => `/${ids.slice(0, i + 1).join('/')}/`);
}

/**
 * A user reads every movement of their subtrees, whatever its status, and the ISSUED movements of the
 * units above them (a xã follows the huyện's plan). Never a sibling's: xã B's plans stay hidden from xã A.
 */
export function movementVisibility(actor: Actor): MovementVisibility {
  const subtrees = requireScope(actor, 'movements.read');
  const ancestors = [...new Set(subtrees.flatMap(ancestorPaths))].filter((a) => !subtrees.some((p) => a.startsWith(p)));
  return { subtrees, ancestors };
}

/** Drafts (and the draft version of an amendment) are internal to the owner's subtree. */
export const seesDrafts = (actor: Actor, m: Pick<MovementWithOwner, 'owner_path'>) => can(actor, 'movements.read', m.owner_path);

export function isVisible(actor: Actor, m: Pick<MovementWithOwner, 'owner_path' | 'status'>): boolean {
  if (seesDrafts(actor, m)) return true;
  return m.status !== 'draft' && scopePaths(actor, 'movements.read').some((p) => p !== m.owner_path && p.startsWith(m.owner_path));
}

/** The movement, or 404 when it does not exist or the actor may not see it (its existence is not disclosed). */
export async function visibleMovement(db: Db, actor: Actor, id: number): Promise<MovementWithOwner> {
  const m = await findMovement(db, id);
  if (!m || !isVisible(actor, m)) throw notFound('phong trào');
  return m;
}

export function assertMovementCan(actor: Actor, permission: Permission, m: Pick<MovementWithOwner, 'owner_path' | 'owner_name'>): void {
  if (can(actor, permission, m.owner_path)) return;
  const what = permission === 'movements.issue' ? 'ban hành hoặc chuyển trạng thái kế hoạch' : 'soạn thảo, sửa kế hoạch';
  throw forbidden(`Bạn không có quyền ${what} của «${m.owner_name}».`);
}

/**
 * Inside a transaction: the movement locked against concurrent changes, visible (else 404) and
 * allowed to the actor (else 403). Read again after the lock so the checks see the latest row.
 */
export async function lockedMovement(trx: Db, actor: Actor, id: number, permission: Permission): Promise<MovementWithOwner> {
  const before = await visibleMovement(trx, actor, id);
  assertMovementCan(actor, permission, before);
  if (!(await lockMovement(trx, id))) throw notFound('phong trào');
  return visibleMovement(trx, actor, id);
}
