import type { Db } from '../../db/database';
import type { DisciplineRecordRow } from '../../db/types';
import { likePatterns, type ListFilter } from './subjects';

export type DisciplineWithSubject = DisciplineRecordRow & { unit_code: string; unit_name: string; unit_path: string; person_name: string | null };

/** Who reads which records: the subtrees where the actor holds discipline.read, and their own. */
export interface DisciplineVisibility {
  subtrees: string[];
  ownPersonId: number | null;
}

const withSubject = (db: Db) =>
  db
    .selectFrom('discipline_records as d')
    .innerJoin('units as u', 'u.id', 'd.unit_id')
    .leftJoin('people as p', 'p.id', 'd.person_id')
    .selectAll('d')
    .select(['u.code as unit_code', 'u.name as unit_name', 'u.path as unit_path', 'p.full_name as person_name']);

export function listDiscipline(db: Db, v: DisciplineVisibility, f: ListFilter): Promise<DisciplineWithSubject[]> {
  let q = withSubject(db).where((eb) =>
    eb.or([...likePatterns(v.subtrees).map((p) => eb('u.path', 'like', p)), ...(v.ownPersonId === null ? [] : [eb('d.person_id', '=', v.ownPersonId)])]),
  );
  if (f.underPath) q = q.where('u.path', 'like', likePatterns([f.underPath])[0]!);
  if (f.year !== undefined) {
    const y = f.year;
    q = q.where('d.effective_from', '<=', `${y}-12-31`).where((eb) => eb.or([eb('d.effective_to', 'is', null), eb('d.effective_to', '>=', `${y}-01-01`)]));
  }
  if (f.personId !== undefined) q = q.where('d.person_id', '=', f.personId);
  return q.orderBy('d.effective_from', 'desc').orderBy('d.id', 'desc').execute();
}

export const findDiscipline = (db: Db, id: number) => withSubject(db).where('d.id', '=', id).executeTakeFirst();

export type DisciplineValues = Omit<DisciplineRecordRow, 'id' | 'created_by' | 'created_at' | 'updated_at'>;

export function insertDiscipline(trx: Db, v: DisciplineValues, by: number) {
  return trx.insertInto('discipline_records').values({ ...v, created_by: by }).returningAll().executeTakeFirstOrThrow();
}

export function updateDiscipline(trx: Db, id: number, v: DisciplineValues) {
  return trx.updateTable('discipline_records').set({ ...v, updated_at: new Date() }).where('id', '=', id).returningAll().executeTakeFirstOrThrow();
}

export async function deleteDiscipline(trx: Db, id: number): Promise<void> {
  await trx.deleteFrom('discipline_records').where('id', '=', id).execute();
}
