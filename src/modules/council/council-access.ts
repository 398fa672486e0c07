import type { Db } from '../../db/database';
import type { Actor } from '../../http/context';
import { conflict, forbidden, notFound } from '../../http/errors';
import { can } from '../auth/scope';
import { findSession, type SessionRow } from './council.queries';

export const mayManage = (actor: Actor, s: Pick<SessionRow, 'unit_path'>) => can(actor, 'council.manage', s.unit_path);

/**
 * A session is seen by the standing office of its unit (council.manage on the unit's subtree) and by
 * its own members; to anyone else it does not exist (404).
 */
export async function visibleSession(db: Db, actor: Actor, id: number, lock = false): Promise<SessionRow> {
  const s = await findSession(db, id, lock);
  if (!s) throw notFound('phiên họp Hội đồng');
  if (mayManage(actor, s)) return s;
  const member = await db.selectFrom('council_members').select('id').where('session_id', '=', id).where('user_id', '=', actor.userId).executeTakeFirst();
  if (!member) throw notFound('phiên họp Hội đồng');
  return s;
}

export function assertManage(actor: Actor, s: Pick<SessionRow, 'unit_path' | 'unit_name'>): void {
  if (!can(actor, 'council.manage', s.unit_path))
    throw forbidden(`Chỉ Thường trực Hội đồng Thi đua – Khen thưởng của «${s.unit_name}» mới được chuẩn bị, mở và kết thúc phiên họp này.`);
}

/** Members, nominees, attendance and recusals are fixed once voting opens. */
export function assertPreparing(s: Pick<SessionRow, 'status' | 'title'>): void {
  if (s.status === 'dang_bo_phieu') throw conflict(`Phiên họp «${s.title}» đang bỏ phiếu: không thể thay đổi thành viên, điểm danh hoặc danh sách đề nghị.`, { status: 'Đang bỏ phiếu' });
  if (s.status === 'da_dong') throw conflict(`Phiên họp «${s.title}» đã kết thúc: không thể thay đổi nữa.`, { status: 'Phiên họp đã kết thúc' });
}
