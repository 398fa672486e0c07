import type { ServiceContext } from '../../http/context';
import { conflict, forbidden, invalid } from '../../http/errors';
import { recordAudit } from '../audit/audit.queries';
import { can } from '../auth/scope';
import { formatDay } from '../units/unit-period';
import { assertManage, visibleSession } from './council-access';
import { councilSettingsAt, percentOf } from './council-settings';
import { effectiveRecusals } from './council.presenter';
import type { BallotBody, SessionDto } from './council.schema';
import { countSession, loadParts } from './session-parts';
import { getSession } from './sessions.service';
import { quorumOf } from './tally';

/**
 * Opens the secret ballot: only with a quorum, every member's attendance recorded, and at least one
 * nominee. The automatic recusals are written now, so members and recusals are fixed for the count.
 */
export async function openVoting(ctx: ServiceContext, id: number): Promise<SessionDto> {
  await ctx.db.transaction().execute(async (trx) => {
    const s = await visibleSession(trx, ctx.actor, id, true);
    assertManage(ctx.actor, s);
    if (s.status !== 'chuan_bi') throw conflict(`Phiên họp «${s.title}» đã mở bỏ phiếu hoặc đã kết thúc.`, { status: s.status === 'da_dong' ? 'Phiên họp đã kết thúc' : 'Đang bỏ phiếu' });
    const parts = await loadParts(trx, s);
    if (parts.items.length === 0) throw conflict('Phiên họp chưa có người được đề nghị nào để bỏ phiếu.', { nominationIds: 'Chưa có đề nghị' });
    if (parts.members.length === 0) throw conflict('Phiên họp chưa có thành viên Hội đồng.', { members: 'Chưa có thành viên' });
    const unmarked = parts.members.filter((m) => m.present === null).map((m) => m.full_name);
    if (unmarked.length > 0) throw conflict(`Chưa điểm danh: ${unmarked.join(', ')}.`, { attendance: 'Chưa điểm danh đủ thành viên' });
    const q = quorumOf(parts.members, Number(s.quorum_percent));
    if (!q.met)
      throw conflict(
        `Phiên họp không đủ số thành viên dự họp: có mặt ${q.present}/${q.members} thành viên (${q.percent.toLocaleString('vi-VN')}%), cần ít nhất ${Number(s.quorum_percent).toLocaleString('vi-VN')}%.`,
        { attendance: 'Không đủ số thành viên dự họp' },
      );
    const stored = new Set(parts.stored.map((r) => `${r.member_id}:${r.nomination_id}`));
    const automatic = effectiveRecusals(parts).filter((r) => r.automatic && !stored.has(`${r.memberId}:${r.nominationId}`));
    for (const r of automatic) await trx.insertInto('council_recusals').values({ session_id: s.id, member_id: r.memberId, nomination_id: r.nominationId, reason: r.reason }).execute();
    await trx.updateTable('council_sessions').set((eb) => ({ status: 'dang_bo_phieu', opened_at: new Date(), version: eb('version', '+', 1), updated_at: new Date() })).where('id', '=', s.id).execute();
    await recordAudit(trx, {
      userId: ctx.actor.userId,
      action: 'council.open',
      entity: 'council_session',
      entityId: s.id,
      unitId: s.unit_id,
      requestId: ctx.requestId,
      after: { present: q.present, members: q.members, quorumPercent: Number(s.quorum_percent), recusals: automatic.length + parts.stored.length },
    });
  });
  return getSession(ctx, id);
}

function shuffled<T>(items: readonly T[]): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(Math.random() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

/**
 * A member's secret ballot, one choice per nominee, once. The receipt (who voted on what) and the
 * ballot (the choice: random id, no member, no time) are written in one transaction; the audit row
 * says only that the member voted on those nominees. Nothing returned or logged joins the two.
 */
export async function castBallots(ctx: ServiceContext, id: number, body: BallotBody) {
  return ctx.db.transaction().execute(async (trx) => {
    const s = await visibleSession(trx, ctx.actor, id, true);
    if (s.status === 'chuan_bi') throw conflict(`Phiên họp «${s.title}» chưa mở bỏ phiếu.`, { status: 'Chưa mở bỏ phiếu' });
    if (s.status === 'da_dong') throw conflict(`Phiên họp «${s.title}» đã kết thúc: không nhận thêm phiếu.`, { status: 'Phiên họp đã kết thúc' });
    const member = await trx.selectFrom('council_members').select(['id', 'present']).where('session_id', '=', s.id).where('user_id', '=', ctx.actor.userId).executeTakeFirst();
    if (!member) throw forbidden('Bạn không phải thành viên Hội đồng của phiên họp này nên không được bỏ phiếu.');
    if (!can(ctx.actor, 'council.vote', s.unit_path)) throw forbidden(`Tài khoản của bạn chưa được cấp quyền bỏ phiếu trong Hội đồng «${s.unit_name}».`);
    if (member.present !== true && !councilSettingsAt(s.meeting_on).settings.absentMayVote) throw forbidden('Thành viên vắng mặt không được bỏ phiếu theo quy chế đang áp dụng.');
    const ids = body.votes.map((v) => v.nominationId);
    if (new Set(ids).size !== ids.length) throw invalid('Mỗi người được đề nghị chỉ có một phiếu.', { votes: 'Trùng người được đề nghị' });
    const items = new Map((await trx.selectFrom('council_session_items as ci').innerJoin('nominations as n', 'n.id', 'ci.nomination_id').select(['n.id', 'n.nominee_name']).where('ci.session_id', '=', s.id).execute()).map((i) => [i.id, i.nominee_name]));
    const stranger = ids.filter((n) => !items.has(n));
    if (stranger.length > 0) throw invalid(`Đề nghị số ${stranger.join(', ')} không có trong phiên họp này.`, { votes: 'Có người không thuộc danh sách bỏ phiếu' });
    const recused = await trx.selectFrom('council_recusals').select('nomination_id').where('session_id', '=', s.id).where('member_id', '=', member.id).where('nomination_id', 'in', ids).execute();
    if (recused.length > 0)
      throw forbidden(`Bạn không tham gia biểu quyết đối với: ${recused.map((r) => `«${items.get(r.nomination_id)}»`).join(', ')}.`);
    const done = await trx.selectFrom('ballot_receipts').select('nomination_id').where('session_id', '=', s.id).where('member_id', '=', member.id).execute();
    const again = done.filter((r) => ids.includes(r.nomination_id));
    if (again.length > 0)
      throw conflict(`Bạn đã bỏ phiếu cho ${again.map((r) => `«${items.get(r.nomination_id)}»`).join(', ')}; phiếu đã bỏ không thể bỏ lại hoặc thay đổi.`, { votes: 'Đã bỏ phiếu' });
    await trx.insertInto('ballot_receipts').values(ids.map((nominationId) => ({ session_id: s.id, member_id: member.id, nomination_id: nominationId }))).execute();
    // Choices go in in an order unrelated to the receipts'.
    await trx.insertInto('ballots').values(shuffled(body.votes).map((v) => ({ session_id: s.id, nomination_id: v.nominationId, choice: v.choice }))).execute();
    const sorted = [...ids].sort((a, b) => a - b);
    await recordAudit(trx, { userId: ctx.actor.userId, action: 'council.vote', entity: 'council_session', entityId: s.id, unitId: s.unit_id, requestId: null, after: { nominationIds: sorted, note: 'đã bỏ phiếu' } });
    const voted = [...done.map((r) => r.nomination_id), ...ids].sort((a, b) => a - b);
    return { sessionId: s.id, votedNominationIds: voted, message: 'Đã bỏ phiếu' };
  });
}

/**
 * Closes the session for good: counts every nominee against the threshold, marks each nomination
 * đồng ý / không đồng ý with a history row, and marks a batch considered (da_xet) once none of its
 * nominations waits for a decision any more.
 */
export async function closeSession(ctx: ServiceContext, id: number): Promise<SessionDto> {
  await ctx.db.transaction().execute(async (trx) => {
    const s = await visibleSession(trx, ctx.actor, id, true);
    assertManage(ctx.actor, s);
    if (s.status === 'chuan_bi') throw conflict(`Phiên họp «${s.title}» chưa mở bỏ phiếu nên chưa thể kết thúc.`, { status: 'Chưa mở bỏ phiếu' });
    if (s.status === 'da_dong') throw conflict(`Phiên họp «${s.title}» đã kết thúc; kết quả không thể thay đổi.`, { status: 'Phiên họp đã kết thúc' });
    const parts = await loadParts(trx, s);
    const tally = await countSession(trx, s, parts);
    const byId = new Map(parts.items.map((i) => [i.nomination_id, i]));
    const batches = new Set<number>();
    for (const n of tally.nominees) {
      const item = byId.get(n.nominationId)!;
      if (item.status !== 'de_nghi') continue;
      const status = n.passed ? 'dong_y' : 'khong_dong_y';
      await trx.updateTable('nominations').set((eb) => ({ status, version: eb('version', '+', 1), updated_at: new Date() })).where('id', '=', item.nomination_id).execute();
      await trx
        .insertInto('nomination_history')
        .values({
          nomination_id: item.nomination_id,
          batch_id: item.batch_id,
          action: 'hoi_dong',
          old_status: item.status,
          new_status: status,
          reason: `Hội đồng Thi đua – Khen thưởng «${s.unit_name}» họp ngày ${formatDay(s.meeting_on)}: ${n.agree}/${n.eligible} thành viên đồng ý (${percentOf(n.agree, n.eligible).toLocaleString('vi-VN')}%, cần ${Number(s.threshold_percent).toLocaleString('vi-VN')}%) — ${n.passed ? 'đạt' : 'không đạt'}`,
          by_user: ctx.actor.userId,
        })
        .execute();
      batches.add(item.batch_id);
    }
    for (const batchId of batches) {
      const waiting = await trx.selectFrom('nominations').select('id').where('batch_id', '=', batchId).where('status', '=', 'de_nghi').executeTakeFirst();
      if (!waiting)
        await trx
          .updateTable('nomination_batches')
          .set((eb) => ({ status: 'da_xet', version: eb('version', '+', 1), updated_at: new Date() }))
          .where('id', '=', batchId)
          .where('status', 'in', ['da_gui', 'cong_khai'])
          .execute();
    }
    await trx.updateTable('council_sessions').set((eb) => ({ status: 'da_dong', closed_at: new Date(), version: eb('version', '+', 1), updated_at: new Date() })).where('id', '=', s.id).execute();
    await recordAudit(trx, {
      userId: ctx.actor.userId,
      action: 'council.close',
      entity: 'council_session',
      entityId: s.id,
      unitId: s.unit_id,
      requestId: ctx.requestId,
      after: { issued: tally.issued, returned: tally.returned, results: tally.nominees.map((n) => ({ nominationId: n.nominationId, agree: n.agree, disagree: n.disagree, eligible: n.eligible, passed: n.passed })) },
    });
  });
  return getSession(ctx, id);
}
