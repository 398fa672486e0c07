import { sql, type ExpressionBuilder, type Kysely, type Transaction } from 'kysely';
import type { Db } from '../../db/database';
import type { Database } from '../../db/types';
import { escapeLike } from '../../lib/text';
import type { AuditQuery } from './audit.schema';

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

type AuditEb = ExpressionBuilder<Database & { a: Database['audit_log'] }, 'a'>;

const underAny = (column: string, prefixes: string[]) =>
  sql<boolean>`(${sql.join(prefixes.map((p) => sql`${sql.ref(column)} like ${`${escapeLike(p)}%`}`), sql` or `)})`;

/**
 * A row is visible when its unit lies in one of the reader's subtrees; rows without a unit (sign-ins,
 * password changes) when the user they concern holds a role inside those subtrees.
 */
function visibleTo(eb: AuditEb, prefixes: string[]) {
  return eb.or([
    eb.exists(
      eb.selectFrom('units as su').select('su.id').whereRef('su.id', '=', 'a.unit_id').where(underAny('su.path', prefixes)),
    ),
    eb.and([
      eb('a.unit_id', 'is', null),
      eb.exists(
        eb
          .selectFrom('user_roles as r')
          .innerJoin('units as ru', 'ru.id', 'r.unit_id')
          .select('r.id')
          .whereRef('r.user_id', '=', 'a.user_id')
          .where(underAny('ru.path', prefixes)),
      ),
    ]),
  ]);
}

// Day boundaries are those of Vietnam, whatever the server's time zone.
const dayStart = (isoDate: string) => sql<Date>`(${isoDate}::date)::timestamp at time zone 'Asia/Ho_Chi_Minh'`;

export function auditListQuery(db: Db, prefixes: string[], q: AuditQuery, unitPath: string | null) {
  let query = db
    .selectFrom('audit_log as a')
    .leftJoin('users as u', 'u.id', 'a.user_id')
    .leftJoin('units as un', 'un.id', 'a.unit_id')
    .where((eb) => visibleTo(eb, prefixes));
  if (q.from) query = query.where('a.at', '>=', dayStart(q.from));
  if (q.to) query = query.where('a.at', '<', sql<Date>`${dayStart(q.to)} + interval '1 day'`);
  if (q.userId) query = query.where('a.user_id', '=', q.userId);
  if (q.entity) query = query.where('a.entity', '=', q.entity);
  if (q.entityId) query = query.where('a.entity_id', '=', q.entityId);
  if (q.action) query = query.where('a.action', '=', q.action);
  if (unitPath) query = query.where('un.path', 'like', `${escapeLike(unitPath)}%`);
  return query;
}

export async function listAudit(db: Db, prefixes: string[], q: AuditQuery, unitPath: string | null) {
  const base = auditListQuery(db, prefixes, q, unitPath);
  const [rows, count] = await Promise.all([
    base
      .select([
        'a.id',
        'a.at',
        'a.user_id',
        'u.full_name as user_name',
        'a.action',
        'a.entity',
        'a.entity_id',
        'a.unit_id',
        'un.name as unit_name',
        'a.before',
        'a.after',
        'a.request_id',
      ])
      .orderBy('a.at', 'desc')
      .orderBy('a.id', 'desc')
      .limit(q.limit)
      .offset(q.offset)
      .execute(),
    base.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(count.n) };
}

export async function auditFacets(db: Db, prefixes: string[]) {
  const base = db.selectFrom('audit_log as a').where((eb) => visibleTo(eb, prefixes));
  const [entities, actions, users] = await Promise.all([
    base.select('a.entity').distinct().orderBy('a.entity').execute(),
    base.select('a.action').distinct().orderBy('a.action').execute(),
    base
      .innerJoin('users as u', 'u.id', 'a.user_id')
      .select(['u.id', 'u.full_name'])
      .distinct()
      .orderBy('u.full_name')
      .execute(),
  ]);
  return { entities: entities.map((e) => e.entity), actions: actions.map((a) => a.action), users };
}
