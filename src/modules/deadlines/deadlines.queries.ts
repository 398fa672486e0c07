import type { Db } from '../../db/database';
import type { Insertable } from 'kysely';
import type { DeadlineCompletionsTable } from '../../db/types';
import type { MovementVisibility } from '../movements/movements.queries';

/**
 * Issued movements the actor may read, with the plan version in force: their own subtrees' and
 * those of the units above them. Drafts carry no deadlines anyone has to meet yet.
 */
export function issuedMovementsWithPlans(db: Db, v: MovementVisibility, movementId?: number) {
  let q = db
    .selectFrom('movements as m')
    .innerJoin('units as u', 'u.id', 'm.owner_unit_id')
    .innerJoin('movement_versions as mv', (j) => j.onRef('mv.id', '=', 'm.current_version_id').on('mv.state', '=', 'issued'))
    .select(['m.id', 'm.title', 'm.number', 'm.issued_on', 'm.status', 'mv.content'])
    .select(['u.id as owner_id', 'u.code as owner_code', 'u.name as owner_name', 'u.kind as owner_kind', 'u.path as owner_path'])
    .where('m.status', '<>', 'draft')
    .where((eb) => eb.or([...v.subtrees.map((p) => eb('u.path', 'like', `${p}%`)), ...(v.ancestors.length ? [eb('u.path', 'in', v.ancestors)] : [])]));
  if (movementId !== undefined) q = q.where('m.id', '=', movementId);
  return q.orderBy('m.id').execute();
}
export type MovementWithPlan = Awaited<ReturnType<typeof issuedMovementsWithPlans>>[number];

/** Units inside the given subtrees that a deadline may name: by id or by kind. */
export function candidateUnits(db: Db, scope: string[], by: { ids: number[]; kinds: string[] }) {
  if (scope.length === 0 || (by.ids.length === 0 && by.kinds.length === 0)) return Promise.resolve([]);
  return db
    .selectFrom('units')
    .select(['id', 'code', 'name', 'kind', 'path', 'valid_from', 'valid_to'])
    .where((eb) => eb.or(scope.map((p) => eb('path', 'like', `${p}%`))))
    .where((eb) => eb.or([...(by.ids.length ? [eb('id', 'in', by.ids)] : []), ...(by.kinds.length ? [eb('kind', 'in', by.kinds)] : [])]))
    .execute();
}
export type CandidateUnitRow = Awaited<ReturnType<typeof candidateUnits>>[number];

export function completionsOf(db: Db, movementIds: number[]) {
  if (movementIds.length === 0) return Promise.resolve([]);
  return db.selectFrom('deadline_completions').selectAll().where('movement_id', 'in', movementIds).execute();
}

/** Issued plans of lower units that follow one of these movements: they meet "gửi kế hoạch" deadlines. */
export function issuedChildPlans(db: Db, movementIds: number[]) {
  if (movementIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('movements')
    .select(['id', 'parent_movement_id', 'owner_unit_id', 'issued_on'])
    .where('parent_movement_id', 'in', movementIds)
    .where('status', '<>', 'draft')
    .where('issued_on', 'is not', null)
    .execute();
}

export function findCompletion(db: Db, id: number) {
  return db
    .selectFrom('deadline_completions as c')
    .innerJoin('units as u', 'u.id', 'c.unit_id')
    .selectAll('c')
    .select(['u.path as unit_path', 'u.name as unit_name'])
    .where('c.id', '=', id)
    .executeTakeFirst();
}

export function completionFor(db: Db, k: { movementId: number; deadlineKey: string; dueOn: string; unitId: number }) {
  return db
    .selectFrom('deadline_completions')
    .select('id')
    .where('movement_id', '=', k.movementId)
    .where('deadline_key', '=', k.deadlineKey)
    .where('due_on', '=', k.dueOn)
    .where('unit_id', '=', k.unitId)
    .executeTakeFirst();
}

export function insertCompletion(trx: Db, row: Insertable<DeadlineCompletionsTable>) {
  return trx.insertInto('deadline_completions').values(row).returningAll().executeTakeFirstOrThrow();
}

export function deleteCompletion(trx: Db, id: number) {
  return trx.deleteFrom('deadline_completions').where('id', '=', id).executeTakeFirst();
}

export function issuedVersionContent(db: Db, versionId: number) {
  return db.selectFrom('movement_versions').select('content').where('id', '=', versionId).where('state', '=', 'issued').executeTakeFirst();
}
