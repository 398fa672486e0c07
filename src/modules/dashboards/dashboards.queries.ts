import { sql } from 'kysely';
import type { Db } from '../../db/database';
import { escapeLike } from '../../lib/text';

/** Every registration of a movement with the unit's kind, parent and the parent's name (for peer groups). */
export function registeredUnits(db: Db, movementId: number) {
  return db
    .selectFrom('registrations as r')
    .innerJoin('units as u', 'u.id', 'r.unit_id')
    .leftJoin('units as p', 'p.id', 'u.parent_id')
    .select(['u.id', 'u.code', 'u.name', 'u.kind', 'u.path', 'u.parent_id', 'p.name as parent_name', 'r.status'])
    .where('r.movement_id', '=', movementId)
    .execute();
}

export function parentNames(db: Db, ids: number[]) {
  if (ids.length === 0) return Promise.resolve([]);
  return db.selectFrom('units').select(['id', 'name']).where('id', 'in', ids).execute();
}

/**
 * The units' own (collective) results of a movement in one year, every period of it, as
 * [unitId, criterionKey, period, value] tuples. Aggregated into ONE json text in SQL: PGlite spends
 * most of its time per returned row, so 130k rows come back ~4× faster as one value (bench/dashboards.ts).
 */
export async function yearResults(db: Db, movementId: number, year: number): Promise<[number, string, string, unknown][]> {
  const { rows } = await sql<{ j: string }>`
    select coalesce(json_agg(json_build_array(unit_id, criterion_key, period, value)), '[]')::text as j
    from results
    where movement_id = ${movementId} and person_id is null and period like ${`${escapeLike(String(year))}%`}`.execute(db);
  return JSON.parse(rows[0]?.j ?? '[]') as [number, string, string, unknown][];
}

/** The latest year with results, for the default period. */
export async function latestResultYear(db: Db, movementId: number): Promise<number | null> {
  const row = await db.selectFrom('results').select((eb) => eb.fn.max('period').as('p')).where('movement_id', '=', movementId).executeTakeFirst();
  return row?.p ? Number(String(row.p).slice(0, 4)) : null;
}
