import { sql } from 'kysely';
import type { Db } from '../../db/database';
import { HISTORY_ORIGIN, insertUnitEvent, moveSubtree, recordParentChange } from '../units/units.queries';
import { chunks } from './imports.queries';
import type { UnitCreate, UnitMove, UnitUpdate } from './unit-plan';

/**
 * New units with ids reserved beforehand (see reserveIds), so each row carries its final path and
 * one statement writes up to 1,000 of them. Callers pass parents before children.
 */
export async function insertUnits(trx: Db, creates: readonly UnitCreate[]): Promise<void> {
  for (const part of chunks(creates)) {
    const values = part.map(
      (c) => sql`(${c.id}::integer, ${c.code}::text, ${c.name}::text, ${c.shortName}::text, ${c.kind}::text,
        ${c.parentId}::integer, ${c.path}::text, ${c.depth}::integer, ${c.validFrom}::date, ${c.searchKey}::text)`,
    );
    await sql`
      insert into units (id, code, name, short_name, kind, parent_id, path, depth, valid_from, search_key)
      overriding system value
      values ${sql.join(values)}
    `.execute(trx);
    await trx
      .insertInto('unit_parent_history')
      .values(part.map((c) => ({ unit_id: c.id, parent_id: c.parentId, valid_from: c.validFrom ?? HISTORY_ORIGIN, valid_to: null })))
      .execute();
  }
}

/** Name, short name, kind and start date of existing units, 1,000 rows per statement. */
export async function updateUnitFields(trx: Db, updates: readonly UnitUpdate[]): Promise<void> {
  for (const part of chunks(updates)) {
    const values = part.map(
      (u) => sql`(${u.id}::integer, ${u.name}::text, ${u.shortName}::text, ${u.kind}::text, ${u.validFrom}::date, ${u.searchKey}::text)`,
    );
    await sql`
      update units as u
      set name = v.name, short_name = v.short_name, kind = v.kind, valid_from = v.valid_from,
          search_key = v.search_key, updated_at = now()
      from (values ${sql.join(values)}) as v(id, name, short_name, kind, valid_from, search_key)
      where u.id = v.id
    `.execute(trx);
  }
}

/**
 * Re-hangs one existing unit under its new parent as the units module does (subtree path rewrite,
 * parent history, a 'moved' event). Positions are re-read: an earlier move in the same file may have
 * shifted them.
 */
export async function moveUnit(trx: Db, move: UnitMove, day: string, userId: number): Promise<void> {
  const ids = [move.id, move.parentId!];
  const rows = await trx.selectFrom('units').select(['id', 'path', 'depth']).where('id', 'in', ids).execute();
  const unit = rows.find((r) => r.id === move.id);
  const parent = rows.find((r) => r.id === move.parentId);
  if (!unit || !parent) throw new Error(`unit ${move.id} or its new parent ${move.parentId} vanished during the import`);
  await moveSubtree(trx, unit, parent);
  await recordParentChange(trx, move.id, parent.id, day);
  await insertUnitEvent(trx, {
    kind: 'moved',
    effectiveDate: day,
    sourceIds: [move.id],
    targetId: parent.id,
    note: 'Nhập từ tệp Excel',
    userId,
  });
}
