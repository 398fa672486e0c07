import type { Transaction } from 'kysely';
import type { Database, MovementRow, MovementVersionRow } from '../../db/types';
import { searchKey } from '../../lib/text';
import type { PlanContent } from './model/plan-content.schema';
import type { MovementStatus } from './movements.schema';

/** Columns of `movements` that mirror the plan in force, for lists, filters and reference matching. */
export function projectMovement(content: PlanContent) {
  // A plan attached to a decision (seed 001) is known by the decision's number and date.
  const number = content.header.number ?? content.decision?.header.number ?? null;
  const issuedOn = content.header.issuedOn ?? content.decision?.header.issuedOn ?? null;
  const start = content.period.start.kind === 'date' ? content.period.start.date : issuedOn;
  const yearFrom = start ? Number(start.slice(0, 4)) : null;
  const yearTo = content.period.end ? Number(content.period.end.slice(0, 4)) : null;
  return {
    title: content.title,
    kind: content.kind,
    number,
    issued_on: issuedOn,
    year_from: yearFrom,
    year_to: yearTo !== null && yearFrom !== null && yearTo < yearFrom ? yearFrom : yearTo,
    search_key: searchKey(`${content.title} ${number ?? ''} ${content.header.issuerName}`),
  };
}

/**
 * Inserts a movement with its first version. Used by the service, the demo seed and test factories,
 * so all three write the same rows. `content` must already be validated by planContentSchema.
 */
export async function insertMovement(
  trx: Transaction<Database>,
  input: { ownerUnitId: number; parentMovementId: number | null; content: PlanContent; status: MovementStatus; createdBy: number | null; issuedBy?: number | null },
): Promise<{ movement: MovementRow; version: MovementVersionRow }> {
  const issued = input.status !== 'draft';
  const movement = await trx
    .insertInto('movements')
    .values({
      owner_unit_id: input.ownerUnitId,
      parent_movement_id: input.parentMovementId,
      status: input.status,
      created_by: input.createdBy,
      ...projectMovement(input.content),
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  const version = await trx
    .insertInto('movement_versions')
    .values({
      movement_id: movement.id,
      version_no: 1,
      state: issued ? 'issued' : 'draft',
      content: JSON.stringify(input.content),
      based_on_version_id: null,
      change_note: null,
      created_by: input.createdBy,
      issued_by: issued ? (input.issuedBy ?? input.createdBy) : null,
      issued_at: issued ? new Date() : null,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  const updated = await trx
    .updateTable('movements')
    .set({ current_version_id: version.id })
    .where('id', '=', movement.id)
    .returningAll()
    .executeTakeFirstOrThrow();
  return { movement: updated, version };
}
