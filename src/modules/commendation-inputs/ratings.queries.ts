import type { Db } from '../../db/database';
import type { AnnualRatingRow } from '../../db/types';
import { likePatterns, type ListFilter, type Subject } from './subjects';

export type RatingWithSubject = AnnualRatingRow & { unit_code: string; unit_name: string; unit_path: string; person_name: string | null };

const withSubject = (db: Db) =>
  db
    .selectFrom('annual_ratings as r')
    .innerJoin('units as u', 'u.id', 'r.unit_id')
    .leftJoin('people as p', 'p.id', 'r.person_id')
    .selectAll('r')
    .select(['u.code as unit_code', 'u.name as unit_name', 'u.path as unit_path', 'p.full_name as person_name']);

export function listRatings(db: Db, read: readonly string[], f: ListFilter): Promise<RatingWithSubject[]> {
  let q = withSubject(db).where((eb) => eb.or(likePatterns(read).map((p) => eb('u.path', 'like', p))));
  if (f.underPath) q = q.where('u.path', 'like', likePatterns([f.underPath])[0]!);
  if (f.year !== undefined) q = q.where('r.year', '=', f.year);
  if (f.personId !== undefined) q = q.where('r.person_id', '=', f.personId);
  return q.orderBy('r.year', 'desc').orderBy('u.path').orderBy('r.subject_kind', 'desc').orderBy('p.full_name').orderBy('r.id').execute();
}

export const findRating = (db: Db, id: number) => withSubject(db).where('r.id', '=', id).executeTakeFirst();

/** The rating of (subject, year), locked so a concurrent save waits for this one. */
export function lockRatingOf(trx: Db, s: Subject, year: number): Promise<AnnualRatingRow | undefined> {
  let q = trx.selectFrom('annual_ratings').selectAll().where('year', '=', year);
  q = s.person ? q.where('person_id', '=', s.person.id) : q.where('person_id', 'is', null).where('unit_id', '=', s.unit.id);
  return q.forUpdate().executeTakeFirst();
}

export interface RatingValues {
  rating: string;
  source: string | null;
}

export function insertRating(trx: Db, s: Subject, year: number, v: RatingValues, by: number) {
  return trx
    .insertInto('annual_ratings')
    .values({ subject_kind: s.kind, person_id: s.person?.id ?? null, unit_id: s.unit.id, year, ...v, recorded_by: by })
    .returningAll()
    .executeTakeFirstOrThrow();
}

export function updateRating(trx: Db, id: number, v: RatingValues, by: number) {
  return trx.updateTable('annual_ratings').set({ ...v, recorded_by: by, recorded_at: new Date() }).where('id', '=', id).returningAll().executeTakeFirstOrThrow();
}

export async function deleteRating(trx: Db, id: number): Promise<void> {
  await trx.deleteFrom('annual_ratings').where('id', '=', id).execute();
}
