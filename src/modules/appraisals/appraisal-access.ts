import type { Db } from '../../db/database';
import type { Actor } from '../../http/context';
import { AppError, conflict, forbidden, invalid, notFound } from '../../http/errors';
import { can } from '../auth/scope';
import { isVisible } from '../movements/movement-access';
import { movementStatusLabels } from '../movements/movement-labels';
import { findMovement, type MovementWithOwner } from '../movements/movements.queries';
import { entriesOf, peopleByIds, registrationOf } from '../registrations/registrations.queries';
import { formatDay } from '../units/unit-period';
import { nextStatus, type AssessmentEvent } from './appraisal-rules';
import { findAssessment, type AssessmentRow } from './appraisals.queries';

/** An assessment is read by whoever reads both its movement and its unit; anyone else gets 404. */
export async function visibleAssessment(db: Db, actor: Actor, id: number): Promise<{ a: AssessmentRow; m: MovementWithOwner }> {
  const a = await findAssessment(db, id);
  const m = a ? await findMovement(db, a.movement_id) : undefined;
  if (!a || !m || !isVisible(actor, m) || !can(actor, 'movements.read', a.unit_path)) throw notFound('điểm tự chấm');
  return { a, m };
}

export function assertMaySelfScore(actor: Actor, unit: { path: string; name: string }): void {
  if (!can(actor, 'results.submit', unit.path)) throw forbidden(`Bạn không có quyền tự chấm điểm cho «${unit.name}».`);
}

/**
 * Appraisal belongs to the standing agency of the unit that owns the movement (appraisals.decide on
 * the owner), and nobody appraises the unit they themselves belong to.
 */
export function assertMayAppraise(actor: Actor, m: Pick<MovementWithOwner, 'owner_path' | 'owner_name'>, unit?: { path: string; name: string }): void {
  if (!can(actor, 'appraisals.decide', m.owner_path))
    throw forbidden(`Chỉ Thường trực Hội đồng Thi đua – Khen thưởng của «${m.owner_name}» (đơn vị ban hành phong trào) mới được thẩm định.`);
  if (unit && actor.roles.some((g) => g.unitPath === unit.path))
    throw forbidden(`Bạn không được thẩm định điểm tự chấm của chính đơn vị mình («${unit.name}»).`);
}

export function assertRunning(m: Pick<MovementWithOwner, 'status' | 'title'>): void {
  if (m.status === 'issued' || m.status === 'in_progress') return;
  const stage = movementStatusLabels[m.status as keyof typeof movementStatusLabels] ?? m.status;
  throw conflict(`Phong trào «${m.title}» đang ở giai đoạn «${stage}»: chỉ tự chấm và thẩm định khi phong trào đã ban hành hoặc đang triển khai.`, {
    movementId: 'Phong trào không nhận tự chấm, thẩm định',
  });
}

export function assertTransition(a: Pick<AssessmentRow, 'status' | 'locked'>, event: AssessmentEvent) {
  const next = nextStatus(a, event);
  if (!next.ok) throw conflict(next.message, { status: next.message });
  return next.status;
}

export function assertExplainInTime(a: Pick<AssessmentRow, 'explain_by'>, today: string): void {
  if (a.explain_by !== null && today > a.explain_by)
    throw new AppError('deadline_passed', `Đã quá hạn giải trình: hạn cuối là ngày ${formatDay(a.explain_by)}.`, { explanation: `Hết hạn từ sau ngày ${formatDay(a.explain_by)}` });
}

/** Only participants self-assess: an APPROVED registration, and a person among its individual entries. */
export async function assertParticipant(trx: Db, movementId: number, unit: { id: number; name: string }, personId: number | null): Promise<void> {
  const reg = await registrationOf(trx, movementId, unit.id);
  if (!reg || reg.status !== 'da_duyet')
    throw conflict(`«${unit.name}» chưa có bản đăng ký thi đua được duyệt cho phong trào này: chỉ đơn vị đã được duyệt đăng ký mới tự chấm điểm.`, {
      unitId: 'Đơn vị chưa được duyệt đăng ký thi đua',
    });
  if (personId === null) return;
  const [person] = await peopleByIds(trx, [personId]);
  if (!person || person.unit_id !== unit.id) throw invalid(`Cá nhân đã chọn không thuộc «${unit.name}».`, { personId: `Không phải cá nhân của «${unit.name}»` });
  if (!(await entriesOf(trx, [reg.id])).some((e) => e.person_id === personId))
    throw conflict(`${person.full_name} không có trong bản đăng ký thi đua đã duyệt của «${unit.name}».`, { personId: 'Cá nhân chưa đăng ký thi đua' });
}

/** Appraisal goes on through the review stages; a closed movement changes no more. */
export function assertNotClosed(m: Pick<MovementWithOwner, 'status' | 'title'>): void {
  if (m.status === 'closed') throw conflict(`Phong trào «${m.title}» đã kết thúc: không thể thẩm định hoặc giải trình nữa.`, { movementId: 'Phong trào đã kết thúc' });
}
