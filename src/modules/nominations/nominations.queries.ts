import { sql, type Insertable, type Updateable } from 'kysely';
import type { Db } from '../../db/database';
import type { NominationBatchesTable, NominationsTable } from '../../db/types-commendation';
import { escapeLike } from '../../lib/text';

const unitCols = (alias: 'pu' | 'au') =>
  [`${alias}.code as ${alias}_code`, `${alias}.name as ${alias}_name`, `${alias}.kind as ${alias}_kind`, `${alias}.path as ${alias}_path`] as const;

function batchQuery(db: Db) {
  return db
    .selectFrom('nomination_batches as b')
    .innerJoin('units as pu', 'pu.id', 'b.proposing_unit_id')
    .innerJoin('units as au', 'au.id', 'b.addressed_unit_id')
    .innerJoin('movements as m', 'm.id', 'b.movement_id')
    .selectAll('b')
    .select([...unitCols('pu'), ...unitCols('au'), 'm.title as movement_title'])
    .select((eb) =>
      eb
        .selectFrom('nominations as n')
        .select((e) => e.fn.countAll<number>().as('c'))
        .whereRef('n.batch_id', '=', 'b.id')
        .where('n.status', '<>', 'rut')
        .as('nomination_count'),
    );
}
export type BatchRow = NonNullable<Awaited<ReturnType<typeof findBatch>>>;

export function findBatch(db: Db, id: number) {
  return batchQuery(db).where('b.id', '=', id).executeTakeFirst();
}

/** Locks the batch row until the transaction ends: submits, reviews and edits of one batch queue up. */
export async function lockBatch(trx: Db, id: number): Promise<boolean> {
  return (await trx.selectFrom('nomination_batches').select('id').where('id', '=', id).forUpdate().executeTakeFirst()) !== undefined;
}

/** Batches whose proposing or addressed unit lies in one of the subtrees. */
export function visibleBatches(db: Db, prefixes: string[], f: { movementId?: number; year?: number; status?: string }) {
  if (prefixes.length === 0) return Promise.resolve([]);
  let q = batchQuery(db).where((eb) =>
    eb.or(prefixes.flatMap((p) => [eb('pu.path', 'like', `${escapeLike(p)}%`), eb('au.path', 'like', `${escapeLike(p)}%`)])),
  );
  if (f.movementId !== undefined) q = q.where('b.movement_id', '=', f.movementId);
  if (f.year !== undefined) q = q.where('b.year', '=', f.year);
  if (f.status !== undefined) q = q.where('b.status', '=', f.status);
  return q.orderBy('b.year', 'desc').orderBy('b.created_at').orderBy('b.id').execute();
}

export function insertBatch(trx: Db, row: Insertable<NominationBatchesTable>) {
  return trx.insertInto('nomination_batches').values(row).returningAll().executeTakeFirstOrThrow();
}

export function updateBatch(trx: Db, id: number, change: Updateable<NominationBatchesTable>) {
  return trx
    .updateTable('nomination_batches')
    .set({ ...change, updated_at: sql<Date>`now()`, version: sql<number>`version + 1` })
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirstOrThrow();
}

function nominationQuery(db: Db) {
  return db
    .selectFrom('nominations as n')
    .innerJoin('units as u', 'u.id', 'n.unit_id')
    .leftJoin('people as p', 'p.id', 'n.person_id')
    .selectAll('n')
    .select(['u.name as unit_name', 'u.path as unit_path', 'u.kind as unit_kind', 'p.full_name as person_name', 'p.position as person_position', 'p.gender as person_gender', 'p.birth_year as person_birth_year']);
}
export type NominationRowFull = Awaited<ReturnType<typeof nominationsOf>>[number];

export function nominationsOf(db: Db, batchIds: number[]) {
  if (batchIds.length === 0) return Promise.resolve([]);
  return nominationQuery(db).where('n.batch_id', 'in', batchIds).orderBy('n.subject_kind').orderBy('n.created_at').orderBy('n.id').execute();
}

export function findNomination(db: Db, id: number) {
  return nominationQuery(db).where('n.id', '=', id).executeTakeFirst();
}

export function insertNomination(trx: Db, row: Insertable<NominationsTable>) {
  return trx.insertInto('nominations').values(row).returning('id').executeTakeFirstOrThrow();
}

export function updateNomination(trx: Db, id: number, change: Updateable<NominationsTable>) {
  return trx
    .updateTable('nominations')
    .set({ ...change, updated_at: sql<Date>`now()`, version: sql<number>`version + 1` })
    .where('id', '=', id)
    .execute();
}

export function keepHistory(trx: Db, h: { nominationId: number; batchId: number; action: string; oldStatus: string | null; newStatus: string | null; reason: string | null; userId: number }) {
  return trx
    .insertInto('nomination_history')
    .values({ nomination_id: h.nominationId, batch_id: h.batchId, action: h.action, old_status: h.oldStatus, new_status: h.newStatus, reason: h.reason, by_user: h.userId })
    .execute();
}

/** The nominee's live nomination in the movement and year (one award form per nominee per movement and year), with its batch. */
export function liveNominationOf(trx: Db, k: { movementId: number; year: number; subjectKind: string; unitId: number; personId: number | null }) {
  let q = trx
    .selectFrom('nominations as n')
    .innerJoin('nomination_batches as b', 'b.id', 'n.batch_id')
    .select(['n.id', 'n.nominee_name', 'b.title as batch_title', 'b.year'])
    .where('n.movement_id', '=', k.movementId)
    .where('n.year', '=', k.year)
    .where('n.subject_kind', '=', k.subjectKind)
    .where('n.unit_id', '=', k.unitId)
    .where('n.status', '<>', 'rut');
  q = k.personId === null ? q.where('n.person_id', 'is', null) : q.where('n.person_id', '=', k.personId);
  return q.executeTakeFirst();
}

/**
 * Nominations that use up the quota of the unit considering them: not withdrawn, in the movement and
 * year, in batches addressed to that unit that were sent (not drafts, not returned) — or in the batch
 * being sent now.
 */
export function quotaUsers(trx: Db, k: { movementId: number; year: number; addressedUnitId: number; batchId: number }) {
  return trx
    .selectFrom('nominations as n')
    .innerJoin('nomination_batches as b', 'b.id', 'n.batch_id')
    .select(['n.id', 'n.award_key', 'n.catalogue_code', 'n.subject_kind', 'n.person_id'])
    .where('b.movement_id', '=', k.movementId)
    .where('b.year', '=', k.year)
    .where('b.addressed_unit_id', '=', k.addressedUnitId)
    .where('n.status', '<>', 'rut')
    .where((eb) => eb.or([eb('b.id', '=', k.batchId), eb('b.status', 'not in', ['nhap', 'tra_lai'])]))
    .execute();
}

/** What a percentage quota is of, below the considering unit: its active people, or its units. */
export async function quotaBase(trx: Db, unitPath: string, subject: 'individual' | 'collective'): Promise<number> {
  const like = `${escapeLike(unitPath)}%`;
  if (subject === 'individual') {
    const r = await trx.selectFrom('people as p').innerJoin('units as u', 'u.id', 'p.unit_id').select((eb) => eb.fn.countAll<number>().as('c')).where('u.path', 'like', like).where('p.active', '=', true).executeTakeFirstOrThrow();
    return Number(r.c);
  }
  const r = await trx.selectFrom('units').select((eb) => eb.fn.countAll<number>().as('c')).where('path', 'like', like).where('path', '<>', unitPath).where('merged_into_id', 'is', null).executeTakeFirstOrThrow();
  return Number(r.c);
}

/** People below a unit holding a title in a year (awards) — the base of the law's CSTĐCS share. */
export async function titleHolders(trx: Db, unitPath: string, code: string, year: number): Promise<Set<number>> {
  const rows = await trx
    .selectFrom('awards as a')
    .innerJoin('units as u', 'u.id', 'a.unit_id')
    .select('a.person_id')
    .where('a.catalogue_code', '=', code)
    .where('a.year', '=', year)
    .where('a.person_id', 'is not', null)
    .where('u.path', 'like', `${escapeLike(unitPath)}%`)
    .execute();
  return new Set(rows.map((r) => r.person_id!));
}

export function commentsOf(db: Db, batchId: number) {
  return db.selectFrom('nomination_comments').selectAll().where('batch_id', '=', batchId).orderBy('created_at').orderBy('id').execute();
}

/** Non-withdrawn nominations of a movement and year in batches visible through the prefixes (for duplicates). */
export function reportsInMovementYear(db: Db, movementId: number, year: number, prefixes: string[]) {
  if (prefixes.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('nominations as n')
    .innerJoin('nomination_batches as b', 'b.id', 'n.batch_id')
    .innerJoin('units as pu', 'pu.id', 'b.proposing_unit_id')
    .innerJoin('units as au', 'au.id', 'b.addressed_unit_id')
    .select(['n.id', 'n.nominee_name', 'n.report', 'n.batch_id'])
    .where('b.movement_id', '=', movementId)
    .where('b.year', '=', year)
    .where('n.status', '<>', 'rut')
    .where((eb) => eb.or(prefixes.flatMap((p) => [eb('pu.path', 'like', `${escapeLike(p)}%`), eb('au.path', 'like', `${escapeLike(p)}%`)])))
    .orderBy('n.id')
    .execute();
}
