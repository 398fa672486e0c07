import type { Db } from '../../db/database';
import type { Role } from './roles';

export function findUserByUsername(db: Db, username: string) {
  return db.selectFrom('users').selectAll().where('username', '=', username).executeTakeFirst();
}

export async function loadRoleGrants(db: Db, userId: number) {
  const rows = await db
    .selectFrom('user_roles as r')
    .innerJoin('units as u', 'u.id', 'r.unit_id')
    .select(['r.role', 'r.unit_id', 'u.path', 'u.name'])
    .where('r.user_id', '=', userId)
    .orderBy('r.id')
    .execute();
  return rows.map((r) => ({ role: r.role as Role, unitId: r.unit_id, unitPath: r.path, unitName: r.name }));
}

export function findLiveSession(db: Db, sessionId: string) {
  return db
    .selectFrom('sessions as s')
    .innerJoin('users as u', 'u.id', 's.user_id')
    .select(['s.id', 's.user_id', 's.expires_at', 'u.username', 'u.full_name', 'u.person_id', 'u.disabled'])
    .where('s.id', '=', sessionId)
    .where('s.expires_at', '>', new Date())
    .executeTakeFirst();
}
