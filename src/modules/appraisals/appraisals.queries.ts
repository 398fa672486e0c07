import { sql } from 'kysely';
import type { Db } from '../../db/database';
import type { AssessmentStatus } from '../../db/types';

const columns = [
  'a.id',
  'a.movement_id',
  'a.unit_id',
  'a.person_id',
  'a.criterion_key',
  'a.period',
  'a.self_points',
  'a.self_note',
  'a.status',
  'a.explain_by',
  'a.explain_request',
  'a.explanation',
  'a.appraised_points',
  'a.appraisal_reason',
  'a.appraised_by',
  'a.appraised_at',
  'a.locked',
  'a.revision',
  'u.code as unit_code',
  'u.name as unit_name',
  'u.kind as unit_kind',
  'u.path as unit_path',
  'p.full_name as person_name',
  'ab.full_name as appraised_by_name',
] as const;

function base(db: Db) {
  return db
    .selectFrom('assessments as a')
    .innerJoin('units as u', 'u.id', 'a.unit_id')
    .leftJoin('people as p', 'p.id', 'a.person_id')
    .leftJoin('users as ab', 'ab.id', 'a.appraised_by')
    .select(columns);
}

export function findAssessment(db: Db, id: number) {
  return base(db).where('a.id', '=', id).executeTakeFirst();
}
export type AssessmentRow = NonNullable<Awaited<ReturnType<typeof findAssessment>>>;

export async function lockAssessment(trx: Db, id: number): Promise<AssessmentRow | undefined> {
  await trx.selectFrom('assessments').select('id').where('id', '=', id).forUpdate().executeTakeFirst();
  return findAssessment(trx, id);
}

export interface AssessmentKey {
  movementId: number;
  unitId: number;
  personId: number | null;
  criterionKey: string;
  period: string;
}

export async function lockAssessmentOf(trx: Db, k: AssessmentKey): Promise<AssessmentRow | undefined> {
  const row = await trx
    .selectFrom('assessments')
    .select('id')
    .where('movement_id', '=', k.movementId)
    .where('unit_id', '=', k.unitId)
    .where(sql<number>`coalesce(person_id, 0)`, '=', k.personId ?? 0)
    .where('criterion_key', '=', k.criterionKey)
    .where('period', '=', k.period)
    .forUpdate()
    .executeTakeFirst();
  return row ? findAssessment(trx, row.id) : undefined;
}

/** Assessments of a movement and period; `readable` limits units (null: every unit, once published). */
export function assessmentsOf(db: Db, movementId: number, period: string, readable: string[] | null, unitId?: number) {
  if (readable !== null && readable.length === 0) return Promise.resolve([]);
  let q = base(db).where('a.movement_id', '=', movementId).where('a.period', '=', period);
  if (readable !== null) q = q.where((eb) => eb.or(readable.map((p) => eb('u.path', 'like', `${p}%`))));
  if (unitId !== undefined) q = q.where('a.unit_id', '=', unitId);
  return q.orderBy('u.path').orderBy('a.person_id', (o) => o.nullsFirst()).orderBy('a.criterion_key').orderBy('a.id').execute();
}

/** Results (values) for the same participants, criteria and period: the source of met / not met. */
export function resultValuesFor(db: Db, movementId: number, period: string, unitIds: number[]) {
  if (unitIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('results')
    .select(['unit_id', 'person_id', 'criterion_key', 'value'])
    .where('movement_id', '=', movementId)
    .where('period', '=', period)
    .where('unit_id', 'in', unitIds)
    .execute();
}

export async function isPeriodLocked(db: Db, movementId: number, period: string): Promise<boolean> {
  return (await db.selectFrom('appraisal_locks').select('id').where('movement_id', '=', movementId).where('period', '=', period).executeTakeFirst()) !== undefined;
}

/** One history row holding the state before a change: old points, status, who, why. */
export async function keepHistory(trx: Db, old: AssessmentRow, action: string, userId: number, reason: string | null): Promise<void> {
  await trx
    .insertInto('assessment_history')
    .values({
      assessment_id: old.id,
      revision: old.revision,
      action,
      old_status: old.status,
      old_self_points: old.self_points,
      old_self_note: old.self_note,
      old_appraised_points: old.appraised_points,
      changed_by: userId,
      reason,
    })
    .execute();
}

export interface AssessmentChange {
  status?: AssessmentStatus;
  self_points?: number;
  self_note?: string | null;
  explain_by?: string | null;
  explain_request?: string | null;
  explanation?: string | null;
  appraised_points?: number | null;
  appraisal_reason?: string | null;
  appraised_by?: number | null;
  appraised_at?: Date | null;
  locked?: boolean;
}

export async function updateAssessment(trx: Db, id: number, change: AssessmentChange, userId: number): Promise<void> {
  await trx
    .updateTable('assessments')
    .set({ ...change, updated_by: userId, updated_at: sql<Date>`now()`, revision: sql<number>`revision + 1` })
    .where('id', '=', id)
    .execute();
}

export async function insertAssessment(trx: Db, k: AssessmentKey, v: { selfPoints: number; note: string | null; userId: number }): Promise<number | undefined> {
  const row = await trx
    .insertInto('assessments')
    .values({
      movement_id: k.movementId,
      unit_id: k.unitId,
      person_id: k.personId,
      criterion_key: k.criterionKey,
      period: k.period,
      self_points: v.selfPoints,
      self_note: v.note,
      created_by: v.userId,
      updated_by: v.userId,
    })
    .onConflict((oc) => oc.expression(sql`movement_id, unit_id, (coalesce(person_id, 0)), criterion_key, period`).doNothing())
    .returning('id')
    .executeTakeFirst();
  return row?.id;
}

/** Every assessment of a unit (its own and its people's) for a movement and period, locked for the transaction. */
export async function lockUnitAssessments(trx: Db, movementId: number, unitId: number, period: string): Promise<AssessmentRow[]> {
  await trx.selectFrom('assessments').select('id').where('movement_id', '=', movementId).where('unit_id', '=', unitId).where('period', '=', period).forUpdate().execute();
  return assessmentsOf(trx, movementId, period, null, unitId);
}

export async function lockMovementAssessments(trx: Db, movementId: number, period: string): Promise<AssessmentRow[]> {
  await trx.selectFrom('assessments').select('id').where('movement_id', '=', movementId).where('period', '=', period).forUpdate().execute();
  return assessmentsOf(trx, movementId, period, null);
}
