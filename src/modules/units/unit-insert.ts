import type { Db } from '../../db/database';
import type { UnitRow } from '../../db/types';
import { cleanText, searchKey } from '../../lib/text';

/** The day a parent-history row starts when the unit's own start is unknown: "since always". */
export const HISTORY_ORIGIN = '1900-01-01';

export interface NewUnitInput {
  code: string;
  name: string;
  shortName?: string | null;
  kind: string;
  parentId: number | null;
  validFrom?: string | null;
  validTo?: string | null;
}

export interface ParentPlace {
  path: string;
  depth: number;
}

/**
 * Inserts one unit with its path, depth and first parent-history row. No permission or rule checks:
 * callers (units service, Excel import) do those. Pass `parent` when already loaded (bulk import) to
 * save a query; otherwise it is read here. Call inside the caller's transaction.
 */
export async function insertUnit(trx: Db, input: NewUnitInput, parent?: ParentPlace | null): Promise<UnitRow> {
  let place: ParentPlace | null = parent ?? null;
  if (input.parentId !== null && !place) {
    place = await trx
      .selectFrom('units')
      .select(['path', 'depth'])
      .where('id', '=', input.parentId)
      .executeTakeFirstOrThrow();
  }
  const name = cleanText(input.name);
  const shortName = input.shortName ? cleanText(input.shortName) : null;
  // The path holds the row's own id, which only exists after the insert: insert, then set it.
  const row = await trx
    .insertInto('units')
    .values({
      code: cleanText(input.code),
      name,
      short_name: shortName || null,
      kind: input.kind,
      parent_id: input.parentId,
      path: 'pending',
      depth: place ? place.depth + 1 : 0,
      valid_from: input.validFrom ?? null,
      valid_to: input.validTo ?? null,
      search_key: searchKey(name),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const path = `${place?.path ?? '/'}${row.id}/`;
  const unit = await trx
    .updateTable('units')
    .set({ path })
    .where('id', '=', row.id)
    .returningAll()
    .executeTakeFirstOrThrow();
  await trx
    .insertInto('unit_parent_history')
    .values({ unit_id: unit.id, parent_id: unit.parent_id, valid_from: input.validFrom ?? HISTORY_ORIGIN, valid_to: null })
    .execute();
  return unit;
}

/** Unit ids along a materialised path, root first: '/1/5/9/' → [1, 5, 9]. */
export function pathIds(path: string): number[] {
  return path.split('/').filter(Boolean).map(Number);
}
