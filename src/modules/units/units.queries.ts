import { sql, type ExpressionBuilder } from 'kysely';
import type { Db } from '../../db/database';
import type { Database, UnitRow } from '../../db/types';

export { insertUnit, pathIds, HISTORY_ORIGIN, type NewUnitInput, type ParentPlace } from './unit-insert';

type UnitsEb = ExpressionBuilder<Database, 'units'>;

/** Inside any of the subtrees (paths hold only digits and '/', so nothing needs escaping in LIKE). */
export const withinPaths = (prefixes: string[]) => (eb: UnitsEb) =>
  eb.or(prefixes.map((p) => eb('units.path', 'like', `${p}%`)));

/** Active on day d: validFrom <= d < validTo, open ends allowed (see unit-period.ts). */
export const activeOn = (day: string) => (eb: UnitsEb) =>
  eb.and([
    eb.or([eb('units.valid_from', 'is', null), eb('units.valid_from', '<=', day)]),
    eb.or([eb('units.valid_to', 'is', null), eb('units.valid_to', '>', day)]),
  ]);

const peopleCount = (eb: UnitsEb) =>
  eb
    .selectFrom('people')
    .select((p) => p.fn.countAll<number>().as('n'))
    .whereRef('people.unit_id', '=', 'units.id')
    .where('people.active', '=', true)
    .as('people_count');

export type UnitWithCount = UnitRow & { people_count: number };

export function findUnit(db: Db, id: number): Promise<UnitRow | undefined> {
  return db.selectFrom('units').selectAll().where('id', '=', id).executeTakeFirst();
}

/** Rows locked until the transaction ends: structural changes (move, merge) must not interleave. */
export function lockUnits(trx: Db, ids: number[]): Promise<UnitRow[]> {
  if (ids.length === 0) return Promise.resolve([]);
  return trx.selectFrom('units').selectAll().where('id', 'in', ids).orderBy('id').forUpdate().execute();
}

export async function listUnits(db: Db, opts: { scope: string[]; activeDay: string | null }): Promise<UnitWithCount[]> {
  let q = db.selectFrom('units').selectAll('units').select(peopleCount).where(withinPaths(opts.scope));
  if (opts.activeDay) q = q.where(activeOn(opts.activeDay));
  const rows = await q.orderBy(sql`units.path collate "C"`).execute();
  return rows.map((r) => ({ ...r, people_count: Number(r.people_count ?? 0) }));
}

/** Units of the scope active on the day, each with the parent it had that day (falls back to today's parent without history). */
export async function listUnitsActiveOn(db: Db, opts: { scope: string[]; day: string }) {
  const rows = await db
    .selectFrom('units')
    .leftJoinLateral(
      (eb) =>
        eb
          .selectFrom('unit_parent_history as h')
          .select(['h.id', 'h.parent_id'])
          .whereRef('h.unit_id', '=', 'units.id')
          .where('h.valid_from', '<=', opts.day)
          .where((w) => w.or([w('h.valid_to', 'is', null), w('h.valid_to', '>', opts.day)]))
          .orderBy('h.valid_from', 'desc')
          .orderBy('h.id', 'desc')
          .limit(1)
          .as('hist'),
      (join) => join.onTrue(),
    )
    .selectAll('units')
    .select(['hist.id as history_id', 'hist.parent_id as parent_that_day'])
    .select(peopleCount)
    .where(withinPaths(opts.scope))
    .where(activeOn(opts.day))
    .execute();
  return rows.map(({ history_id, parent_that_day, ...r }) => ({
    ...r,
    people_count: Number(r.people_count ?? 0),
    parent_id: history_id === null ? r.parent_id : parent_that_day,
  }));
}

export function unitRefs(db: Db, ids: number[]) {
  if (ids.length === 0) return Promise.resolve([]);
  return db.selectFrom('units').select(['id', 'code', 'name', 'path']).where('id', 'in', ids).execute();
}

export async function codeTaken(db: Db, code: string, exceptId?: number): Promise<boolean> {
  let q = db.selectFrom('units').select('id').where('code', '=', code);
  if (exceptId !== undefined) q = q.where('id', '!=', exceptId);
  return (await q.executeTakeFirst()) !== undefined;
}

export async function countActiveContents(db: Db, unitId: number, day: string) {
  const children = await db
    .selectFrom('units')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('parent_id', '=', unitId)
    .where(activeOn(day))
    .executeTakeFirstOrThrow();
  const people = await db
    .selectFrom('people')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('unit_id', '=', unitId)
    .where('active', '=', true)
    .executeTakeFirstOrThrow();
  return { children: Number(children.n), people: Number(people.n) };
}

/** Active children on the day (merges move them under the target). */
export function activeChildren(trx: Db, parentIds: number[], day: string): Promise<UnitRow[]> {
  if (parentIds.length === 0) return Promise.resolve([]);
  return trx
    .selectFrom('units')
    .selectAll()
    .where('parent_id', 'in', parentIds)
    .where('merged_into_id', 'is', null)
    .where(activeOn(day))
    .orderBy('id')
    .forUpdate()
    .execute();
}

/** Start of each unit's open parent-history row (the parent it has now). */
export async function currentParentSince(db: Db, unitIds: number[]): Promise<Map<number, string>> {
  if (unitIds.length === 0) return new Map();
  const rows = await db
    .selectFrom('unit_parent_history')
    .select(['unit_id', (eb) => eb.fn.max('valid_from').as('since')])
    .where('unit_id', 'in', unitIds)
    .where('valid_to', 'is', null)
    .groupBy('unit_id')
    .execute();
  return new Map(rows.map((r) => [r.unit_id, String(r.since)]));
}

/**
 * Re-hangs a unit and its whole subtree under a new parent in ONE statement: the prefix of every
 * path is rewritten, depths shift by the same amount, and only the moved unit's parent_id changes.
 */
export async function moveSubtree(trx: Db, unit: Pick<UnitRow, 'id' | 'path' | 'depth'>, newParent: Pick<UnitRow, 'id' | 'path' | 'depth'>) {
  const newPath = `${newParent.path}${unit.id}/`;
  const delta = newParent.depth + 1 - unit.depth;
  await trx
    .updateTable('units')
    .set({
      path: sql<string>`${newPath}::text || substr(path, ${unit.path.length + 1}::integer)`,
      depth: sql<number>`depth + ${delta}::integer`,
      parent_id: sql<number>`case when id = ${unit.id}::integer then ${newParent.id}::integer else parent_id end`,
      updated_at: sql<Date>`case when id = ${unit.id}::integer then now() else updated_at end`,
    })
    .where('path', 'like', `${unit.path}%`)
    .execute();
  return newPath;
}

/** Closes the open parent-history row on `day` and, unless the unit ends there, opens the next one. */
export async function recordParentChange(trx: Db, unitId: number, newParentId: number | null, day: string, opensNew = true) {
  await trx.updateTable('unit_parent_history').set({ valid_to: day }).where('unit_id', '=', unitId).where('valid_to', 'is', null).execute();
  if (opensNew) {
    await trx.insertInto('unit_parent_history').values({ unit_id: unitId, parent_id: newParentId, valid_from: day }).execute();
  }
}

export async function insertUnitEvent(
  trx: Db,
  e: { kind: 'merged' | 'moved'; effectiveDate: string; sourceIds: number[]; targetId: number | null; note: string | null; userId: number },
): Promise<number> {
  const row = await trx
    .insertInto('unit_events')
    .values({
      kind: e.kind,
      effective_date: e.effectiveDate,
      source_unit_ids: sql<number[]>`${sql.val(e.sourceIds)}::integer[]`,
      target_unit_id: e.targetId,
      note: e.note,
      created_by: e.userId,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export function parentHistory(db: Db, unitId: number) {
  return db
    .selectFrom('unit_parent_history as h')
    .leftJoin('units as p', 'p.id', 'h.parent_id')
    .select(['h.parent_id', 'p.name as parent_name', 'h.valid_from', 'h.valid_to'])
    .where('h.unit_id', '=', unitId)
    .orderBy('h.valid_from')
    .orderBy('h.id')
    .execute();
}

/** Merges and moves where the unit is a source or the target, oldest first. */
export function eventsTouching(db: Db, unitId: number) {
  return db
    .selectFrom('unit_events')
    .selectAll()
    .where((eb) => eb.or([eb('target_unit_id', '=', unitId), eb(sql.val(unitId), '=', eb.fn.any('source_unit_ids'))]))
    .orderBy('effective_date')
    .orderBy('id')
    .execute();
}
