import type { Actor } from '../../http/context';
import { AppError } from '../../http/errors';
import { roleAllows, type Permission } from './roles';

/** Path prefixes of the subtrees where the actor holds the permission (deduplicated, outermost only). */
export function scopePaths(actor: Actor, permission: Permission): string[] {
  const paths = [...new Set(actor.roles.filter((g) => roleAllows(g.role, permission)).map((g) => g.unitPath))];
  return paths.filter((p) => !paths.some((other) => other !== p && p.startsWith(other)));
}

export function can(actor: Actor, permission: Permission, unitPath: string): boolean {
  return scopePaths(actor, permission).some((prefix) => unitPath.startsWith(prefix));
}

/** Throws forbidden unless the actor holds the permission on the unit at unitPath. */
export function assertCan(actor: Actor, permission: Permission, unitPath: string): void {
  if (!can(actor, permission, unitPath)) {
    throw new AppError('forbidden', 'Bạn không có quyền với đơn vị này hoặc thao tác này.');
  }
}

/** The actor's subtrees for a permission; forbidden when there are none. */
export function requireScope(actor: Actor, permission: Permission): string[] {
  const paths = scopePaths(actor, permission);
  if (paths.length === 0) throw new AppError('forbidden');
  return paths;
}
