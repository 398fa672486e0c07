import { sql } from 'kysely';
import type { Db } from '../../db/database';
import type { Role } from './roles';

export function findUserByUsername(db: Db, username: string) {
  return db.selectFrom('users').selectAll().where('username', '=', username).executeTakeFirst();
}

/**
 * A live session with its user and role grants in ONE round trip: every signed-in request starts
 * here, so a second query per request is worth saving (bench/results-entry.ts).
 */
export async function findLiveSessionWithRoles(db: Db, sessionId: string) {
  const row = await db
    .selectFrom('sessions as s')
    .innerJoin('users as u', 'u.id', 's.user_id')
    .select(['s.id', 's.user_id', 'u.username', 'u.full_name', 'u.person_id', 'u.disabled'])
    .select(
      sql<{ role: string; unit_id: number; path: string; name: string }[]>`(
        select coalesce(json_agg(json_build_object('role', r.role, 'unit_id', r.unit_id, 'path', un.path, 'name', un.name) order by r.id), '[]')
        from user_roles r join units un on un.id = r.unit_id where r.user_id = s.user_id)`.as('grants'),
    )
    .where('s.id', '=', sessionId)
    .where('s.expires_at', '>', new Date())
    .executeTakeFirst();
  if (!row) return undefined;
  const roles = row.grants.map((r) => ({ role: r.role as Role, unitId: r.unit_id, unitPath: r.path, unitName: r.name }));
  return { ...row, roles };
}
