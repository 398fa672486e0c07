import type { Db } from '../../db/database';
import type { UnitRow } from '../../db/types';
import type { Actor } from '../../http/context';
import { conflict, forbidden, invalid, notFound } from '../../http/errors';
import { can } from '../auth/scope';
import { contentInForce, unitsBelow } from '../movements/cascade/cascade.queries';
import type { PlanContent } from '../movements/model/plan-content.schema';
import { isVisible } from '../movements/movement-access';
import { movementStatusLabels } from '../movements/movement-labels';
import { findMovement, type MovementWithOwner } from '../movements/movements.queries';
import { todayInVietnam } from '../units/unit-period';
import { findRegistration, type RegistrationWithUnit } from './registrations.queries';

/**
 * A registration is read by whoever reads both its movement and its unit: the unit itself and the
 * levels above it. Anyone else gets 404, so xã A never learns that xã B's registration exists.
 */
export async function visibleRegistration(db: Db, actor: Actor, id: number): Promise<{ r: RegistrationWithUnit; m: MovementWithOwner }> {
  const r = await findRegistration(db, id);
  const m = r ? await findMovement(db, r.movement_id) : undefined;
  if (!r || !m || !isVisible(actor, m) || !can(actor, 'movements.read', r.unit_path)) throw notFound('bản đăng ký thi đua');
  return { r, m };
}

/** Units register while the movement is issued or running; not on a draft, nor once it reaches its reviews. */
export function assertOpenForRegistration(m: Pick<MovementWithOwner, 'status' | 'title'>): void {
  if (m.status === 'issued' || m.status === 'in_progress') return;
  const stage = movementStatusLabels[m.status as keyof typeof movementStatusLabels] ?? m.status;
  throw conflict(`Phong trào «${m.title}» đang ở giai đoạn «${stage}»: chỉ đăng ký thi đua khi phong trào đã ban hành hoặc đang triển khai.`, {
    movementId: 'Phong trào không còn nhận đăng ký',
  });
}

/** The upper level decides: registrations.approve on the unit that owns the movement. */
export function assertMayDecide(actor: Actor, m: Pick<MovementWithOwner, 'owner_path' | 'owner_name'>): void {
  if (!can(actor, 'registrations.approve', m.owner_path))
    throw forbidden(`Chỉ Thường trực Hội đồng TĐKT của «${m.owner_name}» (đơn vị phát động phong trào) mới duyệt hoặc trả lại bản đăng ký.`);
}

export function assertMaySubmit(actor: Actor, unit: { path: string; name: string }): void {
  if (!can(actor, 'registrations.submit', unit.path)) throw forbidden(`Bạn không có quyền đăng ký thi đua cho «${unit.name}».`);
}

/** The unit kinds the plan names as its collective subjects; empty when it names none. */
export function subjectKinds(content: PlanContent): string[] {
  return content.subjects.collective?.unitKinds ?? [];
}

/** A unit may register for a movement when it lies below the owner, still operates, and is of a subject kind. */
export function assertMayRegister(m: MovementWithOwner, unit: UnitRow, content: PlanContent): void {
  if (unit.id === m.owner_unit_id || !unit.path.startsWith(m.owner_path))
    throw invalid(`«${unit.name}» không trực thuộc «${m.owner_name}» nên không đăng ký phong trào này.`, { unitId: `Phải là đơn vị trực thuộc «${m.owner_name}»` });
  const today = todayInVietnam();
  if (unit.merged_into_id !== null || (unit.valid_to !== null && unit.valid_to <= today))
    throw invalid(`«${unit.name}» đã ngừng hoạt động hoặc đã sáp nhập.`, { unitId: 'Đơn vị đã ngừng hoạt động' });
  const kinds = subjectKinds(content);
  if (kinds.length > 0 && !kinds.includes(unit.kind))
    throw invalid(`«${unit.name}» không thuộc đối tượng thi đua tập thể của phong trào.`, { unitId: 'Loại đơn vị không thuộc đối tượng thi đua của phong trào' });
}

/**
 * Units expected to register that the reader may see: those of the plan's subject kinds below the
 * owner, else the owner's direct children.
 */
export async function expectedRegistrants(db: Db, m: MovementWithOwner, readable: string[]) {
  const content = (await contentInForce(db, m.id)) as PlanContent;
  const units = (await unitsBelow(db, m.owner_path, readable, todayInVietnam())).filter((u) => u.id !== m.owner_unit_id);
  const kinds = subjectKinds(content);
  return kinds.length > 0 ? units.filter((u) => kinds.includes(u.kind)) : units.filter((u) => u.parent_id === m.owner_unit_id);
}
