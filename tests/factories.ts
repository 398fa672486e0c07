import crypto from 'node:crypto';
import type { Db } from '../src/db/database';
import { searchKey } from '../src/lib/text';
import { hashPassword } from '../src/modules/auth/password';
import type { Role } from '../src/modules/auth/roles';

// Factories build exactly the rows a test needs (STYLE.md): no shared fixtures, no truncation.
const uid = () => crypto.randomBytes(4).toString('hex');

export async function buildUnit(
  db: Db,
  attrs: { name?: string; kind?: string; parentId?: number | null; code?: string; validFrom?: string | null } = {},
) {
  const parent = attrs.parentId
    ? await db.selectFrom('units').select(['path', 'depth']).where('id', '=', attrs.parentId).executeTakeFirstOrThrow()
    : null;
  const name = attrs.name ?? `Đơn vị ${uid()}`;
  return db.transaction().execute(async (trx) => {
    const row = await trx
      .insertInto('units')
      .values({
        code: attrs.code ?? `T-${uid()}`,
        name,
        kind: attrs.kind ?? 'xa',
        parent_id: attrs.parentId ?? null,
        path: 'pending',
        depth: parent ? parent.depth + 1 : 0,
        valid_from: attrs.validFrom ?? null,
        search_key: searchKey(name),
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    const path = `${parent?.path ?? '/'}${row.id}/`;
    await trx.updateTable('units').set({ path }).where('id', '=', row.id).execute();
    await trx
      .insertInto('unit_parent_history')
      .values({ unit_id: row.id, parent_id: row.parent_id, valid_from: attrs.validFrom ?? '1900-01-01' })
      .execute();
    return { ...row, path };
  });
}

export async function buildPerson(
  db: Db,
  attrs: { unitId: number; fullName?: string; category?: string; isUnitHead?: boolean; position?: string },
) {
  const fullName = attrs.fullName ?? `Nguyễn Văn ${uid()}`;
  return db
    .insertInto('people')
    .values({
      full_name: fullName,
      unit_id: attrs.unitId,
      category: attrs.category ?? 'cong_chuc',
      is_unit_head: attrs.isUnitHead ?? false,
      position: attrs.position ?? null,
      gender: 'nam',
      birth_year: 1985,
      search_key: searchKey(fullName),
    })
    .returningAll()
    .executeTakeFirstOrThrow();
}

let cachedHash: Promise<string> | undefined;
export const TEST_PASSWORD = 'mat-khau-thu-nghiem-1';

/** A user holding one role on one unit; the password is TEST_PASSWORD. */
export async function buildUser(db: Db, attrs: { role: Role; unitId: number; username?: string; fullName?: string }) {
  cachedHash ??= hashPassword(TEST_PASSWORD);
  const user = await db
    .insertInto('users')
    .values({
      username: attrs.username ?? `u_${uid()}`,
      password_hash: await cachedHash,
      full_name: attrs.fullName ?? 'Người dùng thử',
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  await db.insertInto('user_roles').values({ user_id: user.id, role: attrs.role, unit_id: attrs.unitId }).execute();
  return user;
}
