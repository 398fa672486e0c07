import { sql } from 'kysely';
import type { Db } from '../../db/database';
import { escapeLike } from '../../lib/text';

/** Kysely queries of the decision step; no rules here. `db` may be a transaction. */

export const underAny = (column: string, prefixes: string[]) =>
  prefixes.length === 0 ? sql<boolean>`false` : sql<boolean>`(${sql.join(prefixes.map((p) => sql`${sql.ref(column)} like ${`${escapeLike(p)}%`}`), sql` or `)})`;

export function unitById(db: Db, id: number) {
  return db.selectFrom('units').select(['id', 'name', 'kind', 'path', 'parent_id']).where('id', '=', id).executeTakeFirst();
}
export type UnitLite = NonNullable<Awaited<ReturnType<typeof unitById>>>;

export function unitsByIds(db: Db, ids: number[]) {
  if (ids.length === 0) return Promise.resolve([] as UnitLite[]);
  return db.selectFrom('units').select(['id', 'name', 'kind', 'path', 'parent_id']).where('id', 'in', ids).execute();
}

/** Nominations with their batch (for drafting and forwarding), locked when `forUpdate`. */
export function nominationsWithBatch(db: Db, ids: number[], forUpdate = false) {
  let q = db
    .selectFrom('nominations as n')
    .innerJoin('nomination_batches as b', 'b.id', 'n.batch_id')
    .innerJoin('units as nu', 'nu.id', 'n.unit_id')
    .select([
      'n.id', 'n.batch_id', 'n.movement_id', 'n.award_key', 'n.catalogue_code', 'n.subject_kind', 'n.person_id', 'n.unit_id', 'n.nominee_name', 'n.report', 'n.status', 'n.version',
      'b.addressed_unit_id', 'b.proposing_unit_id', 'b.year', 'b.title as batch_title', 'b.status as batch_status', 'nu.name as unit_name',
    ])
    .select((eb) => eb.exists(eb.selectFrom('award_decision_items as i').select('i.nomination_id').whereRef('i.nomination_id', '=', 'n.id')).as('in_decision'))
    .where('n.id', 'in', ids)
    .orderBy('n.id');
  if (forUpdate) q = q.forUpdate('n');
  return q.execute();
}
export type NominationWithBatch = Awaited<ReturnType<typeof nominationsWithBatch>>[number];

/** Agreed nominations of batches addressed to a unit, not yet in a decision. */
export function agreedNominations(db: Db, unitId: number) {
  return db
    .selectFrom('nominations as n')
    .innerJoin('nomination_batches as b', 'b.id', 'n.batch_id')
    .innerJoin('units as nu', 'nu.id', 'n.unit_id')
    .select(['n.id', 'n.batch_id', 'n.movement_id', 'n.award_key', 'n.catalogue_code', 'n.subject_kind', 'n.unit_id', 'n.nominee_name', 'b.title as batch_title', 'nu.name as unit_name'])
    .where('b.addressed_unit_id', '=', unitId)
    .where('n.status', '=', 'dong_y')
    .where((eb) => eb.not(eb.exists(eb.selectFrom('award_decision_items as i').select('i.nomination_id').whereRef('i.nomination_id', '=', 'n.id'))))
    .orderBy('n.batch_id')
    .orderBy('n.id')
    .execute();
}

const decisionColumns = [
  'd.id', 'd.unit_id', 'd.movement_id', 'd.batch_id', 'd.grantor_code', 'd.status', 'd.number', 'd.signed_on', 'd.signer_name', 'd.signer_title',
  'd.submission_number', 'd.submission_date', 'd.base_salary', 'd.total_amount', 'd.money_source', 'd.title', 'd.version', 'd.created_at',
  'u.name as unit_name', 'u.kind as unit_kind', 'u.path as unit_path', 'u.parent_id as unit_parent_id',
] as const;

export function decisionById(db: Db, id: number, forUpdate = false) {
  let q = db.selectFrom('award_decisions as d').innerJoin('units as u', 'u.id', 'd.unit_id').select(decisionColumns).where('d.id', '=', id);
  if (forUpdate) q = q.forUpdate('d');
  return q.executeTakeFirst();
}
export type DecisionRow = NonNullable<Awaited<ReturnType<typeof decisionById>>>;

export function decisionsIn(db: Db, prefixes: string[], f: { unitId?: number; status?: string }) {
  let q = db
    .selectFrom('award_decisions as d')
    .innerJoin('units as u', 'u.id', 'd.unit_id')
    .select(decisionColumns)
    .select((eb) => eb.selectFrom('award_decision_items as i').select(eb.fn.countAll<number>().as('n')).whereRef('i.decision_id', '=', 'd.id').as('awardee_count'))
    .where(underAny('u.path', prefixes))
    .orderBy('d.id', 'desc')
    .limit(500);
  if (f.unitId !== undefined) q = q.where('d.unit_id', '=', f.unitId);
  if (f.status !== undefined) q = q.where('d.status', '=', f.status);
  return q.execute();
}

export function decisionItems(db: Db, decisionId: number) {
  return db
    .selectFrom('award_decision_items as i')
    .innerJoin('nominations as n', 'n.id', 'i.nomination_id')
    .innerJoin('units as nu', 'nu.id', 'n.unit_id')
    .leftJoin('awards as a', (j) => j.onRef('a.nomination_id', '=', 'n.id').onRef('a.decision_id', '=', 'i.decision_id'))
    .select([
      'i.nomination_id', 'i.position', 'i.coefficient', 'i.prize_amount', 'n.nominee_name', 'n.subject_kind', 'n.person_id', 'n.unit_id', 'n.catalogue_code',
      'n.report', 'n.batch_id', 'n.status', 'nu.name as unit_name', 'a.id as award_id', 'a.award_name', 'a.achievement',
    ])
    .where('i.decision_id', '=', decisionId)
    .orderBy('i.position')
    .execute();
}
export type DecisionItemRow = Awaited<ReturnType<typeof decisionItems>>[number];

/** Batches addressed to units in the reader's subtrees, with their addressed and proposing units. */
export function inboxBatches(db: Db, prefixes: string[], statuses: string[]) {
  return db
    .selectFrom('nomination_batches as b')
    .innerJoin('units as au', 'au.id', 'b.addressed_unit_id')
    .innerJoin('units as pu', 'pu.id', 'b.proposing_unit_id')
    .select([
      'b.id', 'b.title', 'b.movement_id', 'b.year', 'b.status', 'b.forwarded_from_batch_id', 'b.submission_number', 'b.submitted_at', 'b.due_on',
      'au.id as au_id', 'au.name as au_name', 'pu.id as pu_id', 'pu.name as pu_name',
    ])
    .select((eb) => eb.selectFrom('nominations as n').select(eb.fn.countAll<number>().as('c')).whereRef('n.batch_id', '=', 'b.id').where('n.status', '<>', 'rut').as('nomination_count'))
    .where(underAny('au.path', prefixes))
    .where('b.status', 'in', statuses)
    .orderBy('b.due_on', 'asc')
    .orderBy('b.id')
    .limit(500)
    .execute();
}

/** Counts that settle a batch's status after a decision or a forward. */
export async function batchCounts(db: Db, batchId: number) {
  const row = await db
    .selectFrom('nominations as n')
    .select((eb) => [
      eb.fn.countAll<number>().filterWhere('n.status', 'in', ['de_nghi', 'dong_y']).as('pending'),
      eb.fn.countAll<number>().filterWhere('n.status', '=', 'khen_thuong').as('decided'),
    ])
    .where('n.batch_id', '=', batchId)
    .executeTakeFirstOrThrow();
  const fwd = await db.selectFrom('nomination_batches').select('id').where('forwarded_from_batch_id', '=', batchId).executeTakeFirst();
  return { pending: Number(row.pending), decided: Number(row.decided), forwarded: fwd !== undefined };
}

export function awardsOf(db: Db, by: { personId?: number; unitId?: number }) {
  let q = db
    .selectFrom('awards as a')
    .innerJoin('units as u', 'u.id', 'a.unit_id')
    .selectAll('a')
    .select(['u.name as unit_name'])
    .orderBy('a.decided_on', 'desc')
    .orderBy('a.id', 'desc')
    .limit(1000);
  if (by.personId !== undefined) q = q.where('a.person_id', '=', by.personId);
  if (by.unitId !== undefined) q = q.where('a.unit_id', '=', by.unitId);
  return q.execute();
}
export type AwardWithUnit = Awaited<ReturnType<typeof awardsOf>>[number];
