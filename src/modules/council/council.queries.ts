import { sql } from 'kysely';
import type { Db } from '../../db/database';
import { escapeLike } from '../../lib/text';

export async function findSession(db: Db, id: number, lock = false) {
  let q = db
    .selectFrom('council_sessions as s')
    .innerJoin('units as u', 'u.id', 's.unit_id')
    .innerJoin('movements as m', 'm.id', 's.movement_id')
    .selectAll('s')
    .select(['u.path as unit_path', 'u.name as unit_name', 'm.title as movement_title'])
    .where('s.id', '=', id);
  if (lock) q = q.forUpdate('s');
  return q.executeTakeFirst();
}
export type SessionRow = NonNullable<Awaited<ReturnType<typeof findSession>>>;

/** Sessions of units under any of the prefixes, or where the user sits on the council. */
export async function listSessions(db: Db, prefixes: string[], userId: number, filter: { unitId?: number; movementId?: number }) {
  let q = db
    .selectFrom('council_sessions as s')
    .innerJoin('units as u', 'u.id', 's.unit_id')
    .innerJoin('movements as m', 'm.id', 's.movement_id')
    .selectAll('s')
    .select(['u.path as unit_path', 'u.name as unit_name', 'm.title as movement_title'])
    .select((eb) => [
      eb.selectFrom('council_members as cm').select(eb.fn.countAll<number>().as('n')).whereRef('cm.session_id', '=', 's.id').as('member_count'),
      eb.selectFrom('council_session_items as ci').select(eb.fn.countAll<number>().as('n')).whereRef('ci.session_id', '=', 's.id').as('item_count'),
    ])
    .where((eb) =>
      eb.or([
        ...prefixes.map((p) => eb('u.path', 'like', `${escapeLike(p)}%`)),
        eb.exists(eb.selectFrom('council_members as me').select('me.id').whereRef('me.session_id', '=', 's.id').where('me.user_id', '=', userId)),
      ]),
    );
  if (filter.unitId !== undefined) q = q.where('s.unit_id', '=', filter.unitId);
  if (filter.movementId !== undefined) q = q.where('s.movement_id', '=', filter.movementId);
  return q.orderBy('s.meeting_on', 'desc').orderBy('s.id', 'desc').limit(500).execute();
}

export function membersOf(db: Db, sessionId: number) {
  return db
    .selectFrom('council_members as cm')
    .leftJoin('units as u', 'u.id', 'cm.unit_id')
    .selectAll('cm')
    .select('u.name as unit_name')
    .where('cm.session_id', '=', sessionId)
    .orderBy(sql`array_position(array['chu_tich','pho_chu_tich','thuong_truc','uy_vien','thu_ky']::text[], cm.role)`)
    .orderBy('cm.id')
    .execute();
}
export type MemberRow = Awaited<ReturnType<typeof membersOf>>[number];

export function itemsOf(db: Db, sessionId: number) {
  return db
    .selectFrom('council_session_items as ci')
    .innerJoin('nominations as n', 'n.id', 'ci.nomination_id')
    .innerJoin('units as u', 'u.id', 'n.unit_id')
    .select(['ci.nomination_id', 'ci.position', 'n.nominee_name', 'n.subject_kind', 'n.catalogue_code', 'n.person_id', 'n.unit_id', 'n.batch_id', 'n.status', 'n.version', 'u.name as unit_name'])
    .where('ci.session_id', '=', sessionId)
    .orderBy('ci.position')
    .execute();
}
export type ItemRow = Awaited<ReturnType<typeof itemsOf>>[number];

export function recusalsOf(db: Db, sessionId: number) {
  return db.selectFrom('council_recusals').selectAll().where('session_id', '=', sessionId).execute();
}

export function receiptsOf(db: Db, sessionId: number) {
  return db.selectFrom('ballot_receipts').select(['member_id', 'nomination_id']).where('session_id', '=', sessionId).execute();
}

/** The choices only; a ballot row has no member and no time, and is read only to count. */
export function ballotChoicesOf(db: Db, sessionId: number) {
  return db.selectFrom('ballots').select(['nomination_id', 'choice']).where('session_id', '=', sessionId).execute();
}

/**
 * Nominations the council of unitId may consider for the movement: still proposed (de_nghi), in a batch
 * addressed to that unit which was sent (da_gui) or whose public notice is over (cong_khai, notice_to
 * before today), and not already on a session that is not closed.
 */
export function readyNominations(db: Db, unitId: number, movementId: number, today: string) {
  return db
    .selectFrom('nominations as n')
    .innerJoin('nomination_batches as b', 'b.id', 'n.batch_id')
    .innerJoin('units as u', 'u.id', 'n.unit_id')
    .innerJoin('units as pu', 'pu.id', 'b.proposing_unit_id')
    .select(['n.id', 'n.nominee_name', 'n.subject_kind', 'n.catalogue_code', 'n.unit_id', 'u.name as unit_name', 'b.id as batch_id', 'b.title as batch_title', 'b.status as batch_status', 'b.proposing_unit_id', 'pu.name as proposing_unit_name'])
    .where('n.movement_id', '=', movementId)
    .where('n.status', '=', 'de_nghi')
    .where('b.addressed_unit_id', '=', unitId)
    .where((eb) => eb.or([eb('b.status', '=', 'da_gui'), eb.and([eb('b.status', '=', 'cong_khai'), eb('b.notice_to', 'is not', null), eb('b.notice_to', '<', today)])]))
    .where((eb) =>
      eb.not(
        eb.exists(
          eb
            .selectFrom('council_session_items as ci')
            .innerJoin('council_sessions as s', 's.id', 'ci.session_id')
            .select('ci.session_id')
            .whereRef('ci.nomination_id', '=', 'n.id')
            .where('s.status', '<>', 'da_dong'),
        ),
      ),
    )
    .orderBy('b.id')
    .orderBy('n.id')
    .execute();
}

/** The nominations as they are, to say why one cannot be added. */
export function nominationsByIds(db: Db, ids: number[]) {
  if (ids.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('nominations as n')
    .innerJoin('nomination_batches as b', 'b.id', 'n.batch_id')
    .select(['n.id', 'n.nominee_name', 'n.status', 'n.movement_id', 'b.addressed_unit_id', 'b.status as batch_status', 'b.notice_to'])
    .where('n.id', 'in', ids)
    .execute();
}
