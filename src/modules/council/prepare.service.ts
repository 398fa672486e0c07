import type { Transaction } from 'kysely';
import type { Database } from '../../db/types';
import type { ServiceContext } from '../../http/context';
import { conflict, invalid, notFound } from '../../http/errors';
import { recordAudit } from '../audit/audit.queries';
import { todayInVietnam } from '../units/unit-period';
import { assertManage, assertPreparing, visibleSession } from './council-access';
import { nominationsByIds, readyNominations, type SessionRow } from './council.queries';
import type { AddItemsBody, AddMemberBody, AttendanceBody, RecusalBody, SessionDto, UpdateSessionBody } from './council.schema';
import { getSession, whyNotReady } from './sessions.service';

type Trx = Transaction<Database>;

/** A change to a session being prepared: standing office only, before voting opens, one transaction with its audit row. */
async function prepare(ctx: ServiceContext, id: number, action: string, change: (trx: Trx, s: SessionRow) => Promise<unknown>): Promise<SessionDto> {
  await ctx.db.transaction().execute(async (trx) => {
    const s = await visibleSession(trx, ctx.actor, id, true);
    assertManage(ctx.actor, s);
    assertPreparing(s);
    const after = await change(trx, s);
    await trx.updateTable('council_sessions').set((eb) => ({ version: eb('version', '+', 1), updated_at: new Date() })).where('id', '=', s.id).execute();
    await recordAudit(trx, { userId: ctx.actor.userId, action, entity: 'council_session', entityId: s.id, unitId: s.unit_id, requestId: ctx.requestId, after });
  });
  return getSession(ctx, id);
}

/** Title, day, place and the two percentages, while the session is being prepared. */
export function updateSession(ctx: ServiceContext, id: number, body: UpdateSessionBody) {
  return prepare(ctx, id, 'council.update', async (trx, s) => {
    await trx
      .updateTable('council_sessions')
      .set({
        ...(body.title !== undefined ? { title: body.title } : {}),
        ...(body.meetingOn !== undefined ? { meeting_on: body.meetingOn } : {}),
        ...(body.location !== undefined ? { location: body.location } : {}),
        ...(body.thresholdPercent !== undefined ? { threshold_percent: body.thresholdPercent } : {}),
        ...(body.quorumPercent !== undefined ? { quorum_percent: body.quorumPercent } : {}),
      })
      .where('id', '=', s.id)
      .execute();
    return { before: { title: s.title, meetingOn: s.meeting_on, location: s.location, thresholdPercent: Number(s.threshold_percent), quorumPercent: Number(s.quorum_percent) }, changes: body };
  });
}

/** Only nominations addressed to this council, still proposed, with the notice over (readyNominations). */
export function addItems(ctx: ServiceContext, id: number, body: AddItemsBody) {
  return prepare(ctx, id, 'council.add_items', async (trx, s) => {
    const today = todayInVietnam();
    const wanted = [...new Set(body.nominationIds)];
    const ready = new Set((await readyNominations(trx, s.unit_id, s.movement_id, today)).map((r) => r.id));
    const refused = wanted.filter((n) => !ready.has(n));
    if (refused.length > 0) {
      const found = new Map((await nominationsByIds(trx, refused)).map((n) => [n.id, n]));
      const reasons = refused.map((n) => `đề nghị số ${n}: ${whyNotReady(found.get(n), s, today)}`);
      throw conflict(`Không thể đưa vào phiên họp của Hội đồng «${s.unit_name}»: ${reasons.join('; ')}.`, { nominationIds: 'Có đề nghị không thuộc Hội đồng này hoặc chưa sẵn sàng' });
    }
    const last = await trx.selectFrom('council_session_items').select((eb) => eb.fn.max('position').as('p')).where('session_id', '=', s.id).executeTakeFirst();
    let position = Number(last?.p ?? 0);
    for (const nominationId of wanted) await trx.insertInto('council_session_items').values({ session_id: s.id, nomination_id: nominationId, position: ++position }).execute();
    return { nominationIds: wanted };
  });
}

export function removeItem(ctx: ServiceContext, id: number, nominationId: number) {
  return prepare(ctx, id, 'council.remove_item', async (trx, s) => {
    await trx.deleteFrom('council_recusals').where('session_id', '=', s.id).where('nomination_id', '=', nominationId).execute();
    const gone = await trx.deleteFrom('council_session_items').where('session_id', '=', s.id).where('nomination_id', '=', nominationId).executeTakeFirst();
    if (Number(gone.numDeletedRows) === 0) throw notFound('đề nghị này trong phiên họp');
    return { nominationId };
  });
}

/** A member is a person of the council's unit subtree, with their name, post and unit as at the meeting. */
export function addMember(ctx: ServiceContext, id: number, body: AddMemberBody) {
  return prepare(ctx, id, 'council.add_member', async (trx, s) => {
    const person = await trx
      .selectFrom('people as p')
      .innerJoin('units as u', 'u.id', 'p.unit_id')
      .select(['p.id', 'p.full_name', 'p.position', 'p.unit_id', 'u.path'])
      .where('p.id', '=', body.personId)
      .executeTakeFirst();
    if (!person || !person.path.startsWith(s.unit_path))
      throw invalid(`Thành viên Hội đồng phải là người thuộc «${s.unit_name}» hoặc đơn vị trực thuộc.`, { personId: 'Không tìm thấy người này trong đơn vị' });
    let userId = body.userId ?? null;
    if (body.userId === undefined) {
      const linked = await trx.selectFrom('users').select('id').where('person_id', '=', person.id).where('disabled', '=', false).orderBy('id').executeTakeFirst();
      userId = linked?.id ?? null;
    } else if (userId !== null) {
      const user = await trx.selectFrom('users').select(['id', 'person_id']).where('id', '=', userId).executeTakeFirst();
      if (!user) throw invalid('Tài khoản bỏ phiếu không tồn tại.', { userId: 'Không tìm thấy tài khoản' });
      if (user.person_id !== null && user.person_id !== person.id) throw invalid('Tài khoản bỏ phiếu thuộc về người khác.', { userId: 'Tài khoản không phải của thành viên này' });
    }
    const existing = await trx
      .selectFrom('council_members')
      .select('id')
      .where('session_id', '=', s.id)
      .where((eb) => eb.or([eb('person_id', '=', person.id), ...(userId === null ? [] : [eb('user_id', '=', userId)])]))
      .executeTakeFirst();
    if (existing) throw conflict(`${person.full_name} đã là thành viên của phiên họp này.`, { personId: 'Đã có trong danh sách thành viên' });
    if (body.role === 'chu_tich') {
      const chair = await trx.selectFrom('council_members').select('full_name').where('session_id', '=', s.id).where('role', '=', 'chu_tich').executeTakeFirst();
      if (chair) throw conflict(`Phiên họp đã có Chủ tịch Hội đồng (${chair.full_name}).`, { role: 'Đã có Chủ tịch Hội đồng' });
    }
    const row = await trx
      .insertInto('council_members')
      .values({ session_id: s.id, person_id: person.id, user_id: userId, full_name: person.full_name, position_title: body.positionTitle ?? person.position, unit_id: person.unit_id, role: body.role })
      .returning('id')
      .executeTakeFirstOrThrow();
    return { memberId: row.id, personId: person.id, userId, role: body.role };
  });
}

export function removeMember(ctx: ServiceContext, id: number, memberId: number) {
  return prepare(ctx, id, 'council.remove_member', async (trx, s) => {
    await trx.deleteFrom('council_recusals').where('session_id', '=', s.id).where('member_id', '=', memberId).execute();
    const gone = await trx.deleteFrom('council_members').where('session_id', '=', s.id).where('id', '=', memberId).returning('full_name').executeTakeFirst();
    if (!gone) throw notFound('thành viên này trong phiên họp');
    return { memberId, fullName: gone.full_name };
  });
}

export function setAttendance(ctx: ServiceContext, id: number, body: AttendanceBody) {
  return prepare(ctx, id, 'council.attendance', async (trx, s) => {
    const ids = new Set((await trx.selectFrom('council_members').select('id').where('session_id', '=', s.id).execute()).map((m) => m.id));
    const unknown = body.attendance.filter((a) => !ids.has(a.memberId)).map((a) => a.memberId);
    if (unknown.length > 0) throw invalid(`Thành viên số ${unknown.join(', ')} không thuộc phiên họp này.`, { attendance: 'Có thành viên không thuộc phiên họp' });
    for (const a of body.attendance) await trx.updateTable('council_members').set({ present: a.present }).where('id', '=', a.memberId).execute();
    return { attendance: body.attendance };
  });
}

/** A member stands aside on a nominee for a stated reason (conflicts the automatic rule does not see). */
export function addRecusal(ctx: ServiceContext, id: number, body: RecusalBody) {
  return prepare(ctx, id, 'council.recusal', async (trx, s) => {
    const member = await trx.selectFrom('council_members').select('id').where('session_id', '=', s.id).where('id', '=', body.memberId).executeTakeFirst();
    if (!member) throw invalid('Thành viên không thuộc phiên họp này.', { memberId: 'Không phải thành viên của phiên họp' });
    const item = await trx.selectFrom('council_session_items').select('nomination_id').where('session_id', '=', s.id).where('nomination_id', '=', body.nominationId).executeTakeFirst();
    if (!item) throw invalid('Đề nghị khen thưởng không có trong phiên họp này.', { nominationId: 'Không có trong danh sách xét' });
    const exists = await trx.selectFrom('council_recusals').select('reason').where('session_id', '=', s.id).where('member_id', '=', body.memberId).where('nomination_id', '=', body.nominationId).executeTakeFirst();
    if (exists) throw conflict('Thành viên đã được ghi không tham gia biểu quyết đối với người này.', { memberId: 'Đã ghi trước đó' });
    await trx.insertInto('council_recusals').values({ session_id: s.id, member_id: body.memberId, nomination_id: body.nominationId, reason: body.reason }).execute();
    return { memberId: body.memberId, nominationId: body.nominationId, reason: body.reason };
  });
}
