import { sql } from 'kysely';
import type { Db } from '../../db/database';
import { chunks } from './imports.queries';
import type { PersonUpdate } from './person-rows';

/** Changed people, 1,000 rows per statement. */
export async function updatePeople(trx: Db, updates: readonly PersonUpdate[]): Promise<void> {
  for (const part of chunks(updates)) {
    const values = part.map(
      (p) => sql`(${p.id}::integer, ${p.fullName}::text, ${p.gender}::text, ${p.birthYear}::integer, ${p.unitId}::integer,
        ${p.position}::text, ${p.category}::text, ${p.isUnitHead}::boolean, ${p.searchKey}::text)`,
    );
    await sql`
      update people as p
      set full_name = v.full_name, gender = v.gender, birth_year = v.birth_year, unit_id = v.unit_id,
          position = v.position, category = v.category, is_unit_head = v.is_unit_head,
          search_key = v.search_key, updated_at = now()
      from (values ${sql.join(values)})
        as v(id, full_name, gender, birth_year, unit_id, position, category, is_unit_head, search_key)
      where p.id = v.id
    `.execute(trx);
  }
}

/** A transfer row for every person whose unit the file changed (điều chuyển), dated the import day. */
export async function insertTransfers(
  trx: Db,
  moves: readonly { personId: number; fromUnitId: number; toUnitId: number }[],
  day: string,
  userId: number,
): Promise<void> {
  for (const part of chunks(moves)) {
    await trx
      .insertInto('person_transfers')
      .values(
        part.map((m) => ({
          person_id: m.personId,
          from_unit_id: m.fromUnitId,
          to_unit_id: m.toUnitId,
          effective_date: day,
          reason: 'Nhập từ tệp Excel',
          created_by: userId,
        })),
      )
      .execute();
  }
}
