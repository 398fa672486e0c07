import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../../db/types';

export interface AuditEntry {
  userId: number | null;
  action: string;
  entity: string;
  entityId: string | number | null;
  /** The unit the change belongs to: audit readers see only rows of their subtree. */
  unitId: number | null;
  before?: unknown;
  after?: unknown;
  requestId?: string | null;
}

const json = (v: unknown) => (v === undefined || v === null ? null : JSON.stringify(v));

/** Writes an audit row; call it with the transaction that makes the change, so both commit together. */
export async function recordAudit(trx: Transaction<Database> | Kysely<Database>, e: AuditEntry): Promise<void> {
  await trx
    .insertInto('audit_log')
    .values({
      user_id: e.userId,
      action: e.action,
      entity: e.entity,
      entity_id: e.entityId === null ? null : String(e.entityId),
      unit_id: e.unitId,
      before: json(e.before),
      after: json(e.after),
      request_id: e.requestId ?? null,
    })
    .execute();
}
