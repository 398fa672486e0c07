import type { Db } from '../../db/database';
import type { Actor } from '../../http/context';
import { conflict, forbidden, notFound } from '../../http/errors';
import { can } from '../auth/scope';
import { formatDay } from '../units/unit-period';
import { batchStatusLabels, editableBatch, type BatchStatus } from './labels';
import { findBatch, findNomination, lockBatch, type BatchRow } from './nominations.queries';

/** A batch is read by whoever reads its proposing or its addressed unit; anyone else gets 404. */
export const seesBatch = (actor: Actor, b: Pick<BatchRow, 'pu_path' | 'au_path'>) => can(actor, 'movements.read', b.pu_path) || can(actor, 'movements.read', b.au_path);

export async function visibleBatch(db: Db, actor: Actor, id: number): Promise<BatchRow> {
  const b = await findBatch(db, id);
  if (!b || !seesBatch(actor, b)) throw notFound('đợt đề nghị khen thưởng');
  return b;
}

/** Inside a transaction: the batch locked, visible (else 404), read again after the lock. */
export async function lockedBatch(trx: Db, actor: Actor, id: number): Promise<BatchRow> {
  await visibleBatch(trx, actor, id);
  if (!(await lockBatch(trx, id))) throw notFound('đợt đề nghị khen thưởng');
  return visibleBatch(trx, actor, id);
}

export async function visibleNomination(db: Db, actor: Actor, id: number) {
  const n = await findNomination(db, id);
  const b = n ? await findBatch(db, n.batch_id) : undefined;
  if (!n || !b || !seesBatch(actor, b)) throw notFound('đề nghị khen thưởng');
  return { n, b };
}

export const mayPropose = (actor: Actor, b: Pick<BatchRow, 'pu_path'>) => can(actor, 'nominations.submit', b.pu_path);
export const mayReview = (actor: Actor, b: Pick<BatchRow, 'au_path'>) => can(actor, 'nominations.review', b.au_path);

export function assertProposer(actor: Actor, b: Pick<BatchRow, 'pu_path' | 'pu_name'>): void {
  if (!mayPropose(actor, b)) throw forbidden(`Bạn không có quyền lập, sửa hoặc gửi đề nghị khen thưởng của «${b.pu_name}».`);
}

export function assertReviewer(actor: Actor, b: Pick<BatchRow, 'au_path' | 'au_name'>): void {
  if (!mayReview(actor, b)) throw forbidden(`Chỉ Thường trực Hội đồng Thi đua – Khen thưởng của «${b.au_name}» (nơi nhận đề nghị) mới được trả lại hoặc công khai đợt đề nghị này.`);
}

const stage = (s: string) => batchStatusLabels[s as BatchStatus] ?? s;

export function assertEditable(b: Pick<BatchRow, 'status' | 'title'>): void {
  if (!editableBatch(b.status))
    throw conflict(`Đợt đề nghị «${b.title}» đang ở trạng thái «${stage(b.status)}»: chỉ sửa danh sách khi đang soạn hoặc bị trả lại.`, { status: 'Đợt đề nghị không còn sửa được' });
}

export function assertStatus(b: Pick<BatchRow, 'status' | 'title'>, allowed: readonly string[], action: string): void {
  if (!allowed.includes(b.status))
    throw conflict(`Không thể ${action}: đợt đề nghị «${b.title}» đang ở trạng thái «${stage(b.status)}».`, { status: `Trạng thái «${stage(b.status)}»` });
}

/** Optimistic concurrency: the version the client read must still be the row's. */
export function assertVersion(current: number, sent: number): void {
  if (current !== sent) throw conflict('Dữ liệu đã được người khác sửa, tải lại', { version: 'Đã thay đổi, cần tải lại' });
}

export const noticeOpen = (b: Pick<BatchRow, 'status' | 'notice_from' | 'notice_to'>, today: string) =>
  b.status === 'cong_khai' && b.notice_from !== null && b.notice_to !== null && b.notice_from <= today && today <= b.notice_to;

export const noticePeriodText = (b: Pick<BatchRow, 'notice_from' | 'notice_to'>) =>
  b.notice_from && b.notice_to ? `từ ngày ${formatDay(b.notice_from)} đến ngày ${formatDay(b.notice_to)}` : 'chưa công khai';
