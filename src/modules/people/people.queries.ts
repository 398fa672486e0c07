import { sql } from 'kysely';
import type { Db } from '../../db/database';
import { escapeLike, searchKey } from '../../lib/text';

export { insertPerson, insertPeople, personColumns, type NewPersonInput } from './person-insert';

export interface PeopleFilter {
  /** Subtrees the caller may read (units.path prefixes). */
  scope: string[];
  q?: string;
  /** Exactly this unit, or (subtreePath) this unit and its subunits. */
  unitId?: number;
  subtreePath?: string;
  category?: string;
  includeInactive: boolean;
}

function filtered(db: Db, f: PeopleFilter) {
  let q = db
    .selectFrom('people')
    .innerJoin('units', 'units.id', 'people.unit_id')
    .where((eb) => eb.or(f.scope.map((p) => eb('units.path', 'like', `${p}%`))));
  if (f.subtreePath) q = q.where('units.path', 'like', `${f.subtreePath}%`);
  else if (f.unitId !== undefined) q = q.where('people.unit_id', '=', f.unitId);
  if (f.category) q = q.where('people.category', '=', f.category);
  if (!f.includeInactive) q = q.where('people.active', '=', true);
  const key = f.q ? searchKey(f.q) : '';
  // search_key is folded like the query and trigram-indexed, so a substring match ignores diacritics and case.
  if (key) q = q.where('people.search_key', 'ilike', `%${escapeLike(key)}%`);
  return q;
}

/** One page, ordered by folded name in byte order ("C": same on PGlite and PostgreSQL), then id. */
export async function searchPeople(db: Db, f: PeopleFilter, page: { limit: number; offset: number }) {
  const [items, total] = await Promise.all([
    filtered(db, f)
      .selectAll('people')
      .select('units.name as unit_name')
      .orderBy(sql`people.search_key collate "C"`)
      .orderBy('people.id')
      .limit(page.limit)
      .offset(page.offset)
      .execute(),
    filtered(db, f)
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow(),
  ]);
  return { items, total: Number(total.n) };
}

export function findPerson(db: Db, id: number) {
  return db
    .selectFrom('people')
    .innerJoin('units', 'units.id', 'people.unit_id')
    .selectAll('people')
    .select(['units.name as unit_name', 'units.code as unit_code', 'units.path as unit_path'])
    .where('people.id', '=', id)
    .executeTakeFirst();
}

export type PersonWithUnit = NonNullable<Awaited<ReturnType<typeof findPerson>>>;

export function lockPerson(trx: Db, id: number) {
  return trx.selectFrom('people').selectAll().where('id', '=', id).forUpdate().executeTakeFirst();
}

export function transfersOf(db: Db, personId: number) {
  return db
    .selectFrom('person_transfers as t')
    .leftJoin('units as f', 'f.id', 't.from_unit_id')
    .innerJoin('units as u', 'u.id', 't.to_unit_id')
    .select(['t.id', 't.from_unit_id', 'f.name as from_unit_name', 't.to_unit_id', 'u.name as to_unit_name', 't.effective_date', 't.reason', 't.created_at'])
    .where('t.person_id', '=', personId)
    .orderBy('t.effective_date')
    .orderBy('t.id')
    .execute();
}

export async function lastTransferDate(db: Db, personId: number): Promise<string | null> {
  const row = await db
    .selectFrom('person_transfers')
    .select((eb) => eb.fn.max('effective_date').as('d'))
    .where('person_id', '=', personId)
    .executeTakeFirst();
  return row?.d ? String(row.d) : null;
}

export async function insertTransfer(
  trx: Db,
  t: { personId: number; fromUnitId: number; toUnitId: number; effectiveDate: string; reason: string | null; userId: number },
) {
  await trx
    .insertInto('person_transfers')
    .values({
      person_id: t.personId,
      from_unit_id: t.fromUnitId,
      to_unit_id: t.toUnitId,
      effective_date: t.effectiveDate,
      reason: t.reason,
      created_by: t.userId,
    })
    .execute();
}

/**
 * Moves every active person of the given units to `toUnitId` (a merge), in three set-based
 * statements: a transfer row and an audit row per person, then the move itself. A head of a merged
 * unit is not the head of the receiving unit, so the flag is cleared. Returns how many moved.
 */
export async function transferPeopleOfUnits(
  trx: Db,
  m: { fromUnitIds: number[]; toUnitId: number; effectiveDate: string; reason: string; userId: number; requestId: string },
): Promise<number> {
  if (m.fromUnitIds.length === 0) return 0;
  const from = sql`${sql.val(m.fromUnitIds)}::integer[]`;
  await sql`
    insert into person_transfers (person_id, from_unit_id, to_unit_id, effective_date, reason, created_by)
    select id, unit_id, ${m.toUnitId}::integer, ${m.effectiveDate}::date, ${m.reason}::text, ${m.userId}::integer
    from people where unit_id = any(${from}) and active
  `.execute(trx);
  await sql`
    insert into audit_log (user_id, action, entity, entity_id, unit_id, before, after, request_id)
    select ${m.userId}::integer, 'person.transfer', 'person', id::text, ${m.toUnitId}::integer,
      jsonb_build_object('unitId', unit_id, 'isUnitHead', is_unit_head),
      jsonb_build_object('unitId', ${m.toUnitId}::integer, 'isUnitHead', false, 'effectiveDate', ${m.effectiveDate}::text, 'reason', ${m.reason}::text),
      ${m.requestId}::text
    from people where unit_id = any(${from}) and active
  `.execute(trx);
  const moved = await trx
    .updateTable('people')
    .set({ unit_id: m.toUnitId, is_unit_head: false, updated_at: new Date() })
    .where('unit_id', 'in', m.fromUnitIds)
    .where('active', '=', true)
    .executeTakeFirst();
  return Number(moved.numUpdatedRows);
}
