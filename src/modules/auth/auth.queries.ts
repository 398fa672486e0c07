import { CompiledQuery } from 'kysely';
import type { Db } from '../../db/database';
import { preparedStatement } from '../../db/prepared';
import type { Role } from './roles';

export function findUserByUsername(db: Db, username: string) {
  return db.selectFrom('users').selectAll().where('username', '=', username).executeTakeFirst();
}

/**
 * A live session with its user and role grants in ONE round trip: every signed-in request starts
 * here, so a second query per request is worth saving (bench/results-entry.ts). A fixed text run as a
 * prepared statement (src/db/prepared.ts): planned once per connection, not on every request.
 */
const LIVE_SESSION = preparedStatement(
  'auth.live_session',
  `
select s.id, s.user_id, u.username, u.full_name, u.person_id, u.disabled,
  (select coalesce(json_agg(json_build_object('role', r.role, 'unit_id', r.unit_id, 'path', un.path, 'name', un.name) order by r.id), '[]')
    from user_roles r join units un on un.id = r.unit_id where r.user_id = s.user_id) as grants
from sessions s
join users u on u.id = s.user_id
where s.id = $1::text and s.expires_at > $2::timestamptz`,
);

interface LiveSessionRow {
  id: string;
  user_id: number;
  username: string;
  full_name: string;
  person_id: number | null;
  disabled: boolean;
  grants: { role: string; unit_id: number; path: string; name: string }[];
}

export async function findLiveSessionWithRoles(db: Db, sessionId: string) {
  const [row] = (await db.executeQuery<LiveSessionRow>(CompiledQuery.raw(LIVE_SESSION, [sessionId, new Date()]))).rows;
  if (!row) return undefined;
  const roles = row.grants.map((r) => ({ role: r.role as Role, unitId: r.unit_id, unitPath: r.path, unitName: r.name }));
  return { ...row, roles };
}
