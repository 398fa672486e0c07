import { sql } from 'kysely';
import type { Db } from '../../db/database';
import { escapeLike } from '../../lib/text';

export interface RegisteredUnit {
  id: number;
  code: string | null;
  name: string;
  kind: string;
  path: string;
  parent_id: number | null;
  parent_name: string | null;
  status: string;
}

/**
 * Every registration of a movement with the unit's kind, parent and the parent's name (for peer
 * groups), as ONE json value: PGlite pays per returned row (3,300 rows cost ~100 ms, one value ~15 ms).
 */
export async function registeredUnits(db: Db, movementId: number): Promise<RegisteredUnit[]> {
  const { rows } = await sql<{ j: string }>`
    select coalesce(json_agg(json_build_object('id', u.id, 'code', u.code, 'name', u.name, 'kind', u.kind, 'path', u.path,
                                               'parent_id', u.parent_id, 'parent_name', p.name, 'status', r.status)), '[]')::text as j
    from registrations r join units u on u.id = r.unit_id left join units p on p.id = u.parent_id
    where r.movement_id = ${movementId}`.execute(db);
  return JSON.parse(rows[0]?.j ?? '[]') as RegisteredUnit[];
}

/**
 * Units expected to register that have not: the same rule as registrations' expectedRegistrants (the
 * plan's subject kinds below the owner, else the owner's direct children; operating units only), with
 * the registered ones left out in SQL so thousands of registered xã are not fetched a second time.
 */
export function unregisteredExpected(db: Db, m: { id: number; owner_unit_id: number; owner_path: string }, kinds: string[], today: string) {
  let q = db
    .selectFrom('units as u')
    .leftJoin('units as p', 'p.id', 'u.parent_id')
    .select(['u.id', 'u.code', 'u.name', 'u.kind', 'u.path', 'u.parent_id', 'p.name as parent_name'])
    .where('u.path', 'like', `${escapeLike(m.owner_path)}%`)
    .where('u.id', '<>', m.owner_unit_id)
    .where('u.merged_into_id', 'is', null)
    .where((eb) => eb.or([eb('u.valid_from', 'is', null), eb('u.valid_from', '<=', today)]))
    .where((eb) => eb.or([eb('u.valid_to', 'is', null), eb('u.valid_to', '>', today)]))
    .where(({ not, exists, selectFrom }) => not(exists(selectFrom('registrations as r').select('r.id').where('r.movement_id', '=', m.id).whereRef('r.unit_id', '=', 'u.id'))));
  q = kinds.length > 0 ? q.where('u.kind', 'in', kinds) : q.where('u.parent_id', '=', m.owner_unit_id);
  return q.execute();
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
