import type { Db } from '../../db/database';
import type { IndexScoreRow } from '../../db/types';
import type { IndexCode } from './index-rules';

export type IndexScoreWithUnit = IndexScoreRow & { unit_code: string; unit_name: string; unit_kind: string; unit_path: string };

/** Which units' scores a reader sees: those of their subtrees, and those of named units above them. */
export interface IndexVisibility {
  subtrees: string[];
  ancestorIds: number[];
}

const withUnit = (db: Db) =>
  db
    .selectFrom('index_scores as s')
    .innerJoin('units as u', 'u.id', 's.unit_id')
    .selectAll('s')
    .select(['u.code as unit_code', 'u.name as unit_name', 'u.kind as unit_kind', 'u.path as unit_path']);

export async function listScores(
  db: Db,
  visibility: IndexVisibility,
  filter: { underPath?: string; year?: number; index?: IndexCode },
): Promise<IndexScoreWithUnit[]> {
  let q = withUnit(db).where((eb) =>
    eb.or([
      ...visibility.subtrees.map((p) => eb('u.path', 'like', `${p}%`)),
      ...(visibility.ancestorIds.length > 0 ? [eb('u.id', 'in', visibility.ancestorIds)] : []),
    ]),
  );
  if (filter.underPath) q = q.where('u.path', 'like', `${filter.underPath}%`);
  if (filter.year !== undefined) q = q.where('s.year', '=', filter.year);
  if (filter.index !== undefined) q = q.where('s.index_code', '=', filter.index);
  return q.orderBy('s.year', 'desc').orderBy('s.index_code').orderBy('u.path').orderBy('s.id').execute();
}

export function findScore(db: Db, id: number): Promise<IndexScoreWithUnit | undefined> {
  return withUnit(db).where('s.id', '=', id).executeTakeFirst();
}

/** The row of (unit, year, index), locked so a concurrent save waits for this one. */
export function lockScoreOf(trx: Db, key: { unitId: number; year: number; index: IndexCode }): Promise<IndexScoreRow | undefined> {
  return trx
    .selectFrom('index_scores')
    .selectAll()
    .where('unit_id', '=', key.unitId)
    .where('year', '=', key.year)
    .where('index_code', '=', key.index)
    .forUpdate()
    .executeTakeFirst();
}

export type ScoreValues = Pick<IndexScoreRow, 'score' | 'rank' | 'rank_of' | 'band' | 'source'>;

export function insertScore(trx: Db, row: ScoreValues & { unit_id: number; year: number; index_code: string; recorded_by: number }) {
  return trx.insertInto('index_scores').values(row).returningAll().executeTakeFirstOrThrow();
}

export function updateScore(trx: Db, id: number, values: ScoreValues & { recorded_by: number }) {
  return trx
    .updateTable('index_scores')
    .set({ ...values, recorded_at: new Date() })
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirstOrThrow();
}

export async function deleteScore(trx: Db, id: number): Promise<void> {
  await trx.deleteFrom('index_scores').where('id', '=', id).execute();
}

/** Existing rows for the (unit, year) pairs of an import, keyed "unitId:year:index". */
export async function scoresOfUnits(trx: Db, unitIds: number[]): Promise<Map<string, IndexScoreRow>> {
  const out = new Map<string, IndexScoreRow>();
  for (let i = 0; i < unitIds.length; i += 5_000) {
    const rows = await trx.selectFrom('index_scores').selectAll().where('unit_id', 'in', unitIds.slice(i, i + 5_000)).execute();
    for (const r of rows) out.set(scoreKey(r.unit_id, r.year, r.index_code), r);
  }
  return out;
}

export const scoreKey = (unitId: number, year: number, index: string) => `${unitId}:${year}:${index}`;
