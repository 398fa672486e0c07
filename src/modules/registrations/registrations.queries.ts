import { sql } from 'kysely';
import type { Db } from '../../db/database';
import type { RegistrationStatus } from './registration-labels';

const columns = [
  'r.id',
  'r.movement_id',
  'r.unit_id',
  'r.status',
  'r.commitments',
  'r.return_reason',
  'r.revision',
  'r.created_at',
  'r.updated_at',
  'r.submitted_at',
  'r.submitted_by',
  'r.decided_at',
  'r.decided_by',
  'u.code as unit_code',
  'u.name as unit_name',
  'u.kind as unit_kind',
  'u.path as unit_path',
] as const;

/** One registration with its unit and the names of who sent and who decided it. */
export function findRegistration(db: Db, id: number) {
  return db
    .selectFrom('registrations as r')
    .innerJoin('units as u', 'u.id', 'r.unit_id')
    .leftJoin('users as su', 'su.id', 'r.submitted_by')
    .leftJoin('users as du', 'du.id', 'r.decided_by')
    .select(columns)
    .select(['su.full_name as submitted_by_name', 'du.full_name as decided_by_name'])
    .where('r.id', '=', id)
    .executeTakeFirst();
}
export type RegistrationWithUnit = NonNullable<Awaited<ReturnType<typeof findRegistration>>>;

export function registrationOf(db: Db, movementId: number, unitId: number) {
  return db.selectFrom('registrations').selectAll().where('movement_id', '=', movementId).where('unit_id', '=', unitId).executeTakeFirst();
}

/** Locks the row until the transaction ends: two decisions on one registration queue up. */
export async function lockRegistration(trx: Db, id: number): Promise<boolean> {
  return (await trx.selectFrom('registrations').select('id').where('id', '=', id).forUpdate().executeTakeFirst()) !== undefined;
}

/** Entries of registrations in their saved order, with the person's name and position. */
export function entriesOf(db: Db, registrationIds: number[]) {
  if (registrationIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('registration_entries as e')
    .leftJoin('people as p', 'p.id', 'e.person_id')
    .select(['e.id', 'e.registration_id', 'e.position', 'e.subject', 'e.person_id', 'e.target_title', 'e.commitment', 'p.full_name as person_name', 'p.position as person_position'])
    .where('e.registration_id', 'in', registrationIds)
    .orderBy('e.registration_id')
    .orderBy('e.position')
    .orderBy('e.id')
    .execute();
}
export type EntryWithPerson = Awaited<ReturnType<typeof entriesOf>>[number];

export interface NewEntry {
  subject: string;
  personId: number | null;
  targetTitle: string;
  commitment: string | null;
}

/** A save replaces the whole list: entries have no identity of their own outside their registration. */
export async function replaceEntries(trx: Db, registrationId: number, entries: NewEntry[]): Promise<void> {
  await trx.deleteFrom('registration_entries').where('registration_id', '=', registrationId).execute();
  if (entries.length === 0) return;
  await trx
    .insertInto('registration_entries')
    .values(entries.map((e, i) => ({ registration_id: registrationId, position: i, subject: e.subject, person_id: e.personId, target_title: e.targetTitle, commitment: e.commitment })))
    .execute();
}

export async function insertRegistration(trx: Db, r: { movementId: number; unitId: number; commitments: string; createdBy: number }): Promise<number> {
  const row = await trx
    .insertInto('registrations')
    .values({ movement_id: r.movementId, unit_id: r.unitId, commitments: r.commitments, created_by: r.createdBy })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function updateRegistration(
  trx: Db,
  id: number,
  set: {
    status?: RegistrationStatus;
    commitments?: string;
    returnReason?: string;
    submittedBy?: number;
    decidedBy?: number;
  },
): Promise<void> {
  const now = new Date();
  await trx
    .updateTable('registrations')
    .set({
      ...(set.status !== undefined ? { status: set.status } : {}),
      ...(set.commitments !== undefined ? { commitments: set.commitments } : {}),
      ...(set.returnReason !== undefined ? { return_reason: set.returnReason } : {}),
      ...(set.submittedBy !== undefined ? { submitted_by: set.submittedBy, submitted_at: now } : {}),
      ...(set.decidedBy !== undefined ? { decided_by: set.decidedBy, decided_at: now } : {}),
      revision: sql<number>`revision + 1`,
      updated_at: now,
    })
    .where('id', '=', id)
    .execute();
}

/** The registrations of a movement whose unit lies in one of the reader's subtrees, with a summary of their entries. */
export function registrationsOfMovement(db: Db, movementId: number, readable: string[]) {
  if (readable.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('registrations as r')
    .innerJoin('units as u', 'u.id', 'r.unit_id')
    .select(columns)
    .select((eb) => [
      eb
        .selectFrom('registration_entries as ce')
        .select('ce.target_title')
        .whereRef('ce.registration_id', '=', 'r.id')
        .where('ce.subject', '=', 'collective')
        .limit(1)
        .as('collective_title'),
      eb
        .selectFrom('registration_entries as ie')
        .select((s) => s.fn.countAll<string>().as('n'))
        .whereRef('ie.registration_id', '=', 'r.id')
        .where('ie.subject', '=', 'individual')
        .as('individual_count'),
    ])
    .where('r.movement_id', '=', movementId)
    .where((eb) => eb.or(readable.map((p) => eb('u.path', 'like', `${p}%`))))
    .orderBy('u.path')
    .orderBy('r.id')
    .execute();
}
export type RegistrationListRow = Awaited<ReturnType<typeof registrationsOfMovement>>[number];

export function peopleByIds(db: Db, ids: number[]) {
  if (ids.length === 0) return Promise.resolve([]);
  return db.selectFrom('people').select(['id', 'unit_id', 'active', 'category', 'full_name']).where('id', 'in', ids).execute();
}
