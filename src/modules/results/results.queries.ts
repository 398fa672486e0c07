import { sql } from 'kysely';
import type { Db } from '../../db/database';

const resultColumns = [
  'r.id',
  'r.movement_id',
  'r.unit_id',
  'r.person_id',
  'r.criterion_key',
  'r.period',
  'r.value',
  'r.note',
  'r.revision',
  'r.updated_by',
  'r.updated_at',
  'u.code as unit_code',
  'u.name as unit_name',
  'u.kind as unit_kind',
  'u.path as unit_path',
  'p.full_name as person_name',
  'ub.full_name as updated_by_name',
] as const;

function resultsBase(db: Db) {
  return db
    .selectFrom('results as r')
    .innerJoin('units as u', 'u.id', 'r.unit_id')
    .leftJoin('people as p', 'p.id', 'r.person_id')
    .leftJoin('users as ub', 'ub.id', 'r.updated_by')
    .select(resultColumns);
}

export function findResult(db: Db, id: number) {
  return resultsBase(db).where('r.id', '=', id).executeTakeFirst();
}
export type ResultWithUnit = NonNullable<Awaited<ReturnType<typeof findResult>>>;

/** Results of a movement in the reader's subtrees, in tree order then criterion and period. */
export function resultsOfMovement(db: Db, movementId: number, readable: string[], f: { unitId?: number; period?: string }) {
  if (readable.length === 0) return Promise.resolve([]);
  let q = resultsBase(db)
    .where('r.movement_id', '=', movementId)
    .where((eb) => eb.or(readable.map((p) => eb('u.path', 'like', `${p}%`))));
  if (f.unitId !== undefined) q = q.where('r.unit_id', '=', f.unitId);
  if (f.period !== undefined) q = q.where('r.period', '=', f.period);
  return q.orderBy('u.path').orderBy('r.person_id', (o) => o.nullsFirst()).orderBy('r.criterion_key').orderBy('r.period').orderBy('r.id').execute();
}

/** Units under the given paths whose registration for the movement is approved, in tree order. */
export function approvedUnits(db: Db, movementId: number, paths: string[]) {
  if (paths.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('registrations as g')
    .innerJoin('units as u', 'u.id', 'g.unit_id')
    .select(['u.id', 'u.code', 'u.name', 'u.path'])
    .where('g.movement_id', '=', movementId)
    .where('g.status', '=', 'da_duyet')
    .where((eb) => eb.or(paths.map((p) => eb('u.path', 'like', `${p}%`))))
    .orderBy('u.path')
    .execute();
}

export function unitRefsOf(db: Db, ids: number[]) {
  if (ids.length === 0) return Promise.resolve([]);
  return db.selectFrom('units').select(['id', 'code', 'name', 'kind', 'path']).where('id', 'in', ids).execute();
}

/** Inserts a new result; undefined when another request inserted the same one first. */
export async function insertResult(
  trx: Db,
  v: { movementId: number; unitId: number; personId: number | null; criterionKey: string; period: string; value: unknown; note: string | null; userId: number },
): Promise<number | undefined> {
  const row = await trx
    .insertInto('results')
    .values({
      movement_id: v.movementId,
      unit_id: v.unitId,
      person_id: v.personId,
      criterion_key: v.criterionKey,
      period: v.period,
      value: JSON.stringify(v.value),
      note: v.note,
      created_by: v.userId,
      updated_by: v.userId,
    })
    .onConflict((oc) => oc.expression(sql`movement_id, unit_id, (coalesce(person_id, 0)), criterion_key, period`).doNothing())
    .returning('id')
    .executeTakeFirst();
  return row?.id;
}

/** Keeps the old value in result_history, then writes the new one and bumps the revision. */
export async function updateResult(
  trx: Db,
  old: { id: number; revision: number; value: unknown; note: string | null },
  v: { value: unknown; note: string | null; userId: number; reason: string | null },
): Promise<void> {
  await trx
    .insertInto('result_history')
    .values({ result_id: old.id, revision: old.revision, old_value: JSON.stringify(old.value), old_note: old.note, changed_by: v.userId, reason: v.reason })
    .execute();
  await trx
    .updateTable('results')
    .set({ value: JSON.stringify(v.value), note: v.note, updated_by: v.userId, updated_at: sql<Date>`now()`, revision: sql<number>`revision + 1` })
    .where('id', '=', old.id)
    .execute();
}

export function lockResult(trx: Db, id: number) {
  return trx.selectFrom('results').select('id').where('id', '=', id).forUpdate().executeTakeFirst();
}

/** Evidence attached to results, oldest first. */
export function evidenceOf(db: Db, resultIds: number[]) {
  if (resultIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('result_evidence as re')
    .innerJoin('evidence_files as f', 'f.id', 're.file_id')
    .leftJoin('users as us', 'us.id', 're.uploaded_by')
    .select(['re.result_id', 're.file_id', 're.file_name', 're.uploaded_at', 're.uploaded_by', 'us.full_name as uploaded_by_name', 'f.size', 'f.mime', 'f.sha256'])
    .where('re.result_id', 'in', resultIds)
    .orderBy('re.result_id')
    .orderBy('re.uploaded_at')
    .orderBy('re.id')
    .execute();
}
export type EvidenceRow = Awaited<ReturnType<typeof evidenceOf>>[number];

/** The stored file for a hash: the existing row, or a new one. */
export async function fileIdFor(trx: Db, f: { sha256: string; size: number; mime: string; originalName: string }): Promise<number> {
  await trx
    .insertInto('evidence_files')
    .values({ sha256: f.sha256, size: f.size, mime: f.mime, original_name: f.originalName })
    .onConflict((oc) => oc.column('sha256').doNothing())
    .execute();
  return (await trx.selectFrom('evidence_files').select('id').where('sha256', '=', f.sha256).executeTakeFirstOrThrow()).id;
}

export async function fileStored(db: Db, sha256: string): Promise<boolean> {
  return (await db.selectFrom('evidence_files').select('id').where('sha256', '=', sha256).executeTakeFirst()) !== undefined;
}

export function attachment(db: Db, resultId: number, fileId: number) {
  return db.selectFrom('result_evidence').selectAll().where('result_id', '=', resultId).where('file_id', '=', fileId).executeTakeFirst();
}

/** Every result a file is attached to, with what decides who may read it: the unit and the movement. */
export function attachmentsOfFile(db: Db, fileId: number) {
  return db
    .selectFrom('result_evidence as re')
    .innerJoin('evidence_files as f', 'f.id', 're.file_id')
    .innerJoin('results as r', 'r.id', 're.result_id')
    .innerJoin('units as u', 'u.id', 'r.unit_id')
    .innerJoin('movements as m', 'm.id', 'r.movement_id')
    .innerJoin('units as o', 'o.id', 'm.owner_unit_id')
    .select(['re.file_name', 'f.sha256', 'f.mime', 'f.size', 'u.path as unit_path', 'm.status', 'o.path as owner_path'])
    .where('re.file_id', '=', fileId)
    .orderBy('re.id')
    .execute();
}

/** Attachments of files that two or more different units attached to results of one movement. */
export function sharedEvidence(db: Db, movementId: number) {
  const shared = db
    .selectFrom('result_evidence as re2')
    .innerJoin('results as r2', 'r2.id', 're2.result_id')
    .select('re2.file_id')
    .where('r2.movement_id', '=', movementId)
    .groupBy('re2.file_id')
    .having(sql<number>`count(distinct re2.unit_id)`, '>', 1);
  return db
    .selectFrom('result_evidence as re')
    .innerJoin('results as r', 'r.id', 're.result_id')
    .innerJoin('evidence_files as f', 'f.id', 're.file_id')
    .innerJoin('units as u', 'u.id', 're.unit_id')
    .select(['re.file_id', 're.file_name', 're.result_id', 'r.criterion_key', 'r.period', 'f.sha256', 'f.size', 'f.mime', 'u.id as unit_id', 'u.code as unit_code', 'u.name as unit_name', 'u.kind as unit_kind'])
    .where('r.movement_id', '=', movementId)
    .where('re.file_id', 'in', shared)
    .orderBy('re.file_id')
    .orderBy('u.path')
    .orderBy('re.id')
    .execute();
}
export type SharedEvidenceRow = Awaited<ReturnType<typeof sharedEvidence>>[number];
