import type { Db } from '../../db/database';
import type { InitiativeRow } from '../../db/types';
import { likePatterns, type ListFilter } from './subjects';

export type InitiativeWithUnit = InitiativeRow & { unit_code: string; unit_name: string; unit_path: string };
export interface AuthorRow {
  initiative_id: number;
  person_id: number;
  full_name: string;
  unit_name: string;
  share: number;
}

const withUnit = (db: Db) =>
  db.selectFrom('initiatives as i').innerJoin('units as u', 'u.id', 'i.unit_id').selectAll('i').select(['u.code as unit_code', 'u.name as unit_name', 'u.path as unit_path']);

export function listInitiatives(db: Db, read: readonly string[], f: ListFilter): Promise<InitiativeWithUnit[]> {
  let q = withUnit(db).where((eb) => eb.or(likePatterns(read).map((p) => eb('u.path', 'like', p))));
  if (f.underPath) q = q.where('u.path', 'like', likePatterns([f.underPath])[0]!);
  if (f.year !== undefined) q = q.where('i.year', '=', f.year);
  if (f.personId !== undefined) {
    const personId = f.personId;
    q = q.where((eb) => eb.exists(eb.selectFrom('initiative_authors as a').select('a.person_id').whereRef('a.initiative_id', '=', 'i.id').where('a.person_id', '=', personId)));
  }
  return q.orderBy('i.year', 'desc').orderBy('u.path').orderBy('i.title').orderBy('i.id').execute();
}

export const findInitiative = (db: Db, id: number) => withUnit(db).where('i.id', '=', id).executeTakeFirst();

export async function authorsOf(db: Db, ids: number[]): Promise<Map<number, AuthorRow[]>> {
  const out = new Map<number, AuthorRow[]>();
  for (let i = 0; i < ids.length; i += 5_000) {
    const rows = await db
      .selectFrom('initiative_authors as a')
      .innerJoin('people as p', 'p.id', 'a.person_id')
      .innerJoin('units as u', 'u.id', 'p.unit_id')
      .select(['a.initiative_id', 'a.person_id', 'p.full_name', 'u.name as unit_name', 'a.share'])
      .where('a.initiative_id', 'in', ids.slice(i, i + 5_000))
      .orderBy('a.share', 'desc')
      .orderBy('p.full_name')
      .execute();
    for (const r of rows) out.set(r.initiative_id, [...(out.get(r.initiative_id) ?? []), { ...r, share: Number(r.share) }]);
  }
  return out;
}

export type InitiativeValues = Pick<InitiativeRow, 'unit_id' | 'title' | 'summary' | 'year' | 'recognition_level' | 'council_name' | 'decision_number' | 'decision_date'>;

export function insertInitiative(trx: Db, v: InitiativeValues, by: number) {
  return trx.insertInto('initiatives').values({ ...v, created_by: by }).returningAll().executeTakeFirstOrThrow();
}

export function updateInitiative(trx: Db, id: number, v: InitiativeValues) {
  return trx.updateTable('initiatives').set({ ...v, updated_at: new Date() }).where('id', '=', id).returningAll().executeTakeFirstOrThrow();
}

export async function replaceAuthors(trx: Db, id: number, authors: { personId: number; share: number }[]): Promise<void> {
  await trx.deleteFrom('initiative_authors').where('initiative_id', '=', id).execute();
  if (authors.length) await trx.insertInto('initiative_authors').values(authors.map((a) => ({ initiative_id: id, person_id: a.personId, share: a.share }))).execute();
}

export async function deleteInitiative(trx: Db, id: number): Promise<void> {
  await trx.deleteFrom('initiatives').where('id', '=', id).execute();
}
