import { sql, type Transaction } from 'kysely';
import type { Db } from '../../../db/database';
import type { Database } from '../../../db/types';
import { escapeLike } from '../../../lib/text';

type Conn = Db | Transaction<Database>;

export async function ownerPath(trx: Conn, unitId: number): Promise<string> {
  const row = await trx.selectFrom('units').select('path').where('id', '=', unitId).executeTakeFirstOrThrow();
  return row.path;
}

/** Issued plans dated (or whose issuing decision is dated) on one of these days, with what a citation is compared against. */
export function issuedPlansByDates(trx: Conn, days: string[]) {
  if (days.length === 0) return Promise.resolve([]);
  return trx
    .selectFrom('movements as m')
    .innerJoin('units as u', 'u.id', 'm.owner_unit_id')
    .innerJoin('movement_versions as v', 'v.id', 'm.current_version_id')
    .select(['m.id', 'm.number', 'm.issued_on', 'm.title', 'u.path as owner_path', 'u.name as owner_name'])
    .select(sql<string | null>`v.content -> 'header' ->> 'issuerName'`.as('issuer_name'))
    .select(sql<string | null>`v.content -> 'decision' -> 'header' ->> 'number'`.as('decision_number'))
    .select(sql<string | null>`v.content -> 'decision' -> 'header' ->> 'issuedOn'`.as('decision_issued_on'))
    .where('m.status', '<>', 'draft')
    .where((eb) => eb.or([eb('m.issued_on', 'in', days), eb(sql<string>`v.content -> 'decision' -> 'header' ->> 'issuedOn'`, 'in', days)]))
    .orderBy('m.id')
    .execute();
}
export type CitedPlan = Awaited<ReturnType<typeof issuedPlansByDates>>[number];

/** The movement and every movement above it on parent links. `union` stops on a cycle already in the data. */
export async function movementAncestry(trx: Conn, id: number): Promise<number[]> {
  const { rows } = await sql<{ id: number }>`
    with recursive up(id, parent_id) as (
      select id, parent_movement_id from movements where id = ${id}
      union
      select m.id, m.parent_movement_id from movements m join up on m.id = up.parent_id
    )
    select id from up`.execute(trx);
  return rows.map((r) => Number(r.id));
}

export async function setParent(trx: Conn, id: number, parentId: number): Promise<void> {
  await trx.updateTable('movements').set({ parent_movement_id: parentId, updated_at: new Date() }).where('id', '=', id).execute();
}

/** A unit with the name of the unit above it (printed above the issuer in a plan's header). */
export function unitWithParent(db: Conn, id: number) {
  return db
    .selectFrom('units as u')
    .leftJoin('units as p', 'p.id', 'u.parent_id')
    .select(['u.id', 'u.name', 'u.path', 'u.valid_to', 'u.merged_into_id', 'p.name as parent_name'])
    .where('u.id', '=', id)
    .executeTakeFirst();
}

/** The child plan a unit already made from this parent, if any. */
export function childPlanOf(trx: Conn, parentId: number, ownerUnitId: number) {
  return trx
    .selectFrom('movements')
    .select(['id', 'title', 'status'])
    .where('parent_movement_id', '=', parentId)
    .where('owner_unit_id', '=', ownerUnitId)
    .orderBy('id')
    .executeTakeFirst();
}

const ownerColumns = ['u.code as owner_code', 'u.name as owner_name', 'u.kind as owner_kind', 'u.path as owner_path', 'u.depth as owner_depth'] as const;

/** Every movement below this one on parent links, with its owner; `union` stops on a cycle. */
export async function descendantMovements(db: Conn, rootId: number) {
  const { rows } = await sql<{ id: number }>`
    with recursive down(id) as (
      select id from movements where parent_movement_id = ${rootId}
      union
      select m.id from movements m join down on m.parent_movement_id = down.id
    )
    select id from down`.execute(db);
  const ids = rows.map((r) => Number(r.id)).filter((id) => id !== rootId);
  if (ids.length === 0) return [];
  return db
    .selectFrom('movements as m')
    .innerJoin('units as u', 'u.id', 'm.owner_unit_id')
    .select(['m.id', 'm.parent_movement_id', 'm.owner_unit_id', 'm.title', 'm.status', 'm.number', 'm.issued_on'])
    .select(ownerColumns)
    .where('m.id', 'in', ids)
    .orderBy('u.path')
    .orderBy('m.id')
    .execute();
}
export type DescendantRow = Awaited<ReturnType<typeof descendantMovements>>[number];

/** Units operating today below `path` (the owner included) and inside one of the reader's subtrees. */
export function unitsBelow(db: Conn, path: string, readable: string[], today: string) {
  if (readable.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('units as u')
    .select(['u.id', 'u.parent_id', 'u.code', 'u.name', 'u.kind', 'u.path', 'u.depth'])
    .where('u.path', 'like', `${escapeLike(path)}%`)
    .where((eb) => eb.or(readable.map((p) => eb('u.path', 'like', `${escapeLike(p)}%`))))
    .where('u.merged_into_id', 'is', null)
    .where((eb) => eb.or([eb('u.valid_from', 'is', null), eb('u.valid_from', '<=', today)]))
    .where((eb) => eb.or([eb('u.valid_to', 'is', null), eb('u.valid_to', '>', today)]))
    .orderBy('u.path')
    .execute();
}

/** Plans made directly from this movement, by owner unit. */
export function childPlans(db: Conn, parentId: number) {
  return db
    .selectFrom('movements')
    .select(['id', 'owner_unit_id', 'status', 'issued_on'])
    .where('parent_movement_id', '=', parentId)
    .orderBy('id')
    .execute();
}

/** The content of the version in force (the issued one, while an amendment is drafted). */
export async function contentInForce(db: Conn, movementId: number): Promise<unknown> {
  const row = await db
    .selectFrom('movements as m')
    .innerJoin('movement_versions as v', 'v.id', 'm.current_version_id')
    .select('v.content')
    .where('m.id', '=', movementId)
    .executeTakeFirstOrThrow();
  return row.content;
}
