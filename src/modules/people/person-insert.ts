import type { Db } from '../../db/database';
import type { PersonRow } from '../../db/types';
import { cleanText, searchKey } from '../../lib/text';

export interface NewPersonInput {
  fullName: string;
  gender?: string | null;
  birthYear?: number | null;
  unitId: number;
  position?: string | null;
  category: string;
  isUnitHead?: boolean;
}

/** Stored form of a person's editable fields: NFC text, empty text as null, search key from the name. */
export function personColumns(input: Omit<NewPersonInput, 'unitId'>) {
  const fullName = cleanText(input.fullName);
  const position = input.position ? cleanText(input.position) : null;
  return {
    full_name: fullName,
    gender: input.gender ?? null,
    birth_year: input.birthYear ?? null,
    position: position || null,
    category: input.category,
    is_unit_head: input.isUnitHead ?? false,
    search_key: searchKey(fullName),
  };
}

/**
 * Inserts one person. No permission or rule checks: callers (people service, Excel import) do those.
 * Call inside the caller's transaction.
 */
export async function insertPerson(trx: Db, input: NewPersonInput): Promise<PersonRow> {
  return trx
    .insertInto('people')
    .values({ ...personColumns(input), unit_id: input.unitId })
    .returningAll()
    .executeTakeFirstOrThrow();
}

// 8 columns per row; PostgreSQL allows 65,535 parameters in one statement.
const BATCH = 2_000;

/** Many people in few statements (Excel import of 20,000 rows): same stored form as insertPerson; ids in input order. */
export async function insertPeople(trx: Db, inputs: NewPersonInput[]): Promise<number[]> {
  const ids: number[] = [];
  for (let i = 0; i < inputs.length; i += BATCH) {
    const rows = await trx
      .insertInto('people')
      .values(inputs.slice(i, i + BATCH).map((input) => ({ ...personColumns(input), unit_id: input.unitId })))
      .returning('id')
      .execute();
    ids.push(...rows.map((r) => r.id));
  }
  return ids;
}
