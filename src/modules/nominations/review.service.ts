import type { ServiceContext } from '../../http/context';
import { AppError, invalid } from '../../http/errors';
import { recordAudit } from '../audit/audit.queries';
import { todayInVietnam } from '../units/unit-period';
import { assertReviewer, assertStatus, assertVersion, lockedBatch, noticeOpen, noticePeriodText, visibleBatch } from './batch-access';
import { presentBatchDetail } from './batches.service';
import { workingDaysEnd } from './due-date';
import { commentsOf, findBatch, keepHistory, nominationsOf, updateBatch } from './nominations.queries';
import type { BatchDetailDto, CommentBody, CommentDto, NoticeBody, ReturnBody } from './nominations.schema';
import { presentComment } from './presenter';
import { nominationSettings } from './settings';

/** The considering unit returns a sent batch with its reason (trả lại): the proposer edits and sends it again. */
export async function returnBatch(ctx: ServiceContext, id: number, body: ReturnBody): Promise<BatchDetailDto> {
  await ctx.db.transaction().execute(async (trx) => {
    const b = await lockedBatch(trx, ctx.actor, id);
    assertReviewer(ctx.actor, b);
    assertStatus(b, ['da_gui', 'cong_khai'], 'trả lại đợt đề nghị');
    assertVersion(b.version, body.version);
    for (const n of (await nominationsOf(trx, [b.id])).filter((x) => x.status === 'de_nghi'))
      await keepHistory(trx, { nominationId: n.id, batchId: b.id, action: 'return', oldStatus: n.status, newStatus: n.status, reason: body.reason, userId: ctx.actor.userId });
    await updateBatch(trx, b.id, { status: 'tra_lai', return_reason: body.reason, notice_from: null, notice_to: null });
    await recordAudit(trx, {
      userId: ctx.actor.userId,
      action: 'nomination_batch.return',
      entity: 'nomination_batch',
      entityId: b.id,
      unitId: b.addressed_unit_id,
      requestId: ctx.requestId,
      before: { status: b.status },
      after: { status: 'tra_lai', reason: body.reason },
    });
  });
  return presentBatchDetail(ctx.db, ctx, (await findBatch(ctx.db, id))!);
}

/**
 * Starts public notice (công khai) of a sent batch: from today by default, for the setting's number
 * of working days; comments are taken only within the period.
 */
export async function startNotice(ctx: ServiceContext, id: number, body: NoticeBody): Promise<BatchDetailDto> {
  await ctx.db.transaction().execute(async (trx) => {
    const b = await lockedBatch(trx, ctx.actor, id);
    assertReviewer(ctx.actor, b);
    assertStatus(b, ['da_gui'], 'công khai đợt đề nghị');
    assertVersion(b.version, body.version);
    const from = body.from ?? todayInVietnam();
    const to = body.to ?? workingDaysEnd(from, nominationSettings.noticeWorkingDays);
    if (to < from) throw invalid('Ngày kết thúc công khai không được trước ngày bắt đầu.', { to: 'Trước ngày bắt đầu' });
    await updateBatch(trx, b.id, { status: 'cong_khai', notice_from: from, notice_to: to });
    await recordAudit(trx, {
      userId: ctx.actor.userId,
      action: 'nomination_batch.notice',
      entity: 'nomination_batch',
      entityId: b.id,
      unitId: b.addressed_unit_id,
      requestId: ctx.requestId,
      before: { status: b.status },
      after: { status: 'cong_khai', noticeFrom: from, noticeTo: to },
    });
  });
  return presentBatchDetail(ctx.db, ctx, (await findBatch(ctx.db, id))!);
}

export async function listComments(ctx: ServiceContext, id: number): Promise<{ items: CommentDto[]; noticeFrom: string | null; noticeTo: string | null; open: boolean }> {
  const b = await visibleBatch(ctx.db, ctx.actor, id);
  return { items: (await commentsOf(ctx.db, b.id)).map(presentComment), noticeFrom: b.notice_from, noticeTo: b.notice_to, open: noticeOpen(b, todayInVietnam()) };
}

/** A comment on the publicly noticed list (or one nominee), from anyone who sees the batch, within the period only. */
export async function addComment(ctx: ServiceContext, id: number, body: CommentBody): Promise<CommentDto> {
  return ctx.db.transaction().execute(async (trx) => {
    const b = await visibleBatch(trx, ctx.actor, id);
    if (!noticeOpen(b, todayInVietnam()))
      throw new AppError('deadline_passed', `Chỉ nhận ý kiến trong thời gian công khai (${noticePeriodText(b)}).`, { body: 'Ngoài thời gian công khai' });
    if (body.nominationId !== null && !(await nominationsOf(trx, [b.id])).some((n) => n.id === body.nominationId))
      throw invalid('Người được đề nghị không có trong đợt này.', { nominationId: 'Không có trong đợt đề nghị' });
    const row = await trx
      .insertInto('nomination_comments')
      .values({ batch_id: b.id, nomination_id: body.nominationId, author_user_id: ctx.actor.userId, author_name: ctx.actor.fullName, body: body.body })
      .returningAll()
      .executeTakeFirstOrThrow();
    await recordAudit(trx, { userId: ctx.actor.userId, action: 'nomination_comment.create', entity: 'nomination_comment', entityId: row.id, unitId: b.addressed_unit_id, requestId: ctx.requestId, after: { batchId: b.id, nominationId: body.nominationId, body: body.body } });
    return presentComment(row);
  });
}
