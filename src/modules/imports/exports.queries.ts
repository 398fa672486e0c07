import { sql } from 'kysely';
import type { Db } from '../../db/database';

// Paths hold only digits and '/', so they go into LIKE patterns unescaped.
const under = (column: 'u.path', prefixes: string[]) => sql<boolean>`(${sql.join(prefixes.map((p) => sql`${sql.ref(column)} like ${`${p}%`}`), sql` or `)})`;

/**
 * Current units (not merged, not closed) inside the scope, parents before children (path order),
 * each with its parent's code: the columns of the import template.
 */
export function unitsForExport(db: Db, scope: string[], rootPath?: string) {
  let q = db
    .selectFrom('units as u')
    .leftJoin('units as parent', 'parent.id', 'u.parent_id')
    .select(['u.code', 'u.name', 'u.short_name', 'u.kind', 'u.valid_from', 'parent.code as parent_code'])
    .where(under('u.path', scope))
    .where('u.merged_into_id', 'is', null)
    .where((eb) => eb.or([eb('u.valid_to', 'is', null), eb('u.valid_to', '>', sql<string>`current_date`)]));
  if (rootPath) q = q.where('u.path', 'like', `${rootPath}%`);
  return q.orderBy(sql`u.path collate "C"`).execute();
}

/** Active people inside the scope: of one unit, or of a unit and its subunits; by unit, then id. */
export function peopleForExport(db: Db, scope: string[], filter: { unitId?: number; subtreePath?: string }) {
  let q = db
    .selectFrom('people as p')
    .innerJoin('units as u', 'u.id', 'p.unit_id')
    .select(['p.id', 'p.full_name', 'p.gender', 'p.birth_year', 'u.code as unit_code', 'p.position', 'p.category', 'p.is_unit_head'])
    .where(under('u.path', scope))
    .where('p.active', '=', true);
  if (filter.subtreePath) q = q.where('u.path', 'like', `${filter.subtreePath}%`);
  else if (filter.unitId !== undefined) q = q.where('p.unit_id', '=', filter.unitId);
  return q.orderBy(sql`u.path collate "C"`).orderBy('p.id').execute();
}
