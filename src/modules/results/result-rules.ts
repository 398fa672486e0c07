import type { Db } from '../../db/database';
import type { Actor } from '../../http/context';
import { AppError, conflict, forbidden, invalid, notFound } from '../../http/errors';
import { can } from '../auth/scope';
import type { PlanContent } from '../movements/model/plan-content.schema';
import { isVisible } from '../movements/movement-access';
import { movementStatusLabels } from '../movements/movement-labels';
import { findMovement, type MovementWithOwner } from '../movements/movements.queries';
import { formatDay, todayInVietnam } from '../units/unit-period';
import { findResult, type ResultWithUnit } from './results.queries';

type Criterion = PlanContent['criteria'][number];

/** A result is read by whoever reads both its movement and its unit; anyone else gets 404. */
export async function visibleResult(db: Db, actor: Actor, id: number): Promise<{ r: ResultWithUnit; m: MovementWithOwner }> {
  const r = await findResult(db, id);
  const m = r ? await findMovement(db, r.movement_id) : undefined;
  if (!r || !m || !isVisible(actor, m) || !can(actor, 'movements.read', r.unit_path)) throw notFound('kết quả');
  return { r, m };
}

export function assertMaySubmit(actor: Actor, unit: { path: string; name: string }): void {
  if (!can(actor, 'results.submit', unit.path)) throw forbidden(`Bạn không có quyền nhập kết quả thi đua cho «${unit.name}».`);
}

/**
 * Results and their evidence are entered while the movement is issued or running, up to the end of
 * its period (the last day included); after it they are refused with deadline_passed.
 */
export function assertOpenForResults(m: Pick<MovementWithOwner, 'status' | 'title'>, content: PlanContent, today = todayInVietnam()): void {
  if (m.status !== 'issued' && m.status !== 'in_progress') {
    const stage = movementStatusLabels[m.status as keyof typeof movementStatusLabels] ?? m.status;
    throw conflict(`Phong trào «${m.title}» đang ở giai đoạn «${stage}»: chỉ nhập kết quả khi phong trào đã ban hành hoặc đang triển khai.`, {
      movementId: 'Phong trào không nhận kết quả',
    });
  }
  const end = content.period.end;
  if (end !== null && today > end)
    throw new AppError('deadline_passed', `Đã quá thời hạn nhập kết quả: phong trào «${m.title}» kết thúc ngày ${formatDay(end)}.`, {
      period: `Đã hết hạn từ sau ngày ${formatDay(end)}`,
    });
}

export function criterionOf(content: PlanContent, key: string): Criterion {
  const c = content.criteria.find((x) => x.key === key);
  if (!c) throw invalid(`Kế hoạch đang có hiệu lực không có tiêu chí «${key}».`, { criterionKey: 'Tiêu chí không có trong kế hoạch' });
  return c;
}

const periodShapes: Record<Criterion['period'], { re: RegExp; text: string }> = {
  year: { re: /^\d{4}$/, text: 'theo năm, dạng «2024»' },
  half_year: { re: /^\d{4}-H[12]$/, text: 'theo 6 tháng, dạng «2024-H1» hoặc «2024-H2»' },
  quarter: { re: /^\d{4}-Q[1-4]$/, text: 'theo quý, dạng «2024-Q1» … «2024-Q4»' },
  movement: { re: /^\d{4}$/, text: 'một lần cho cả phong trào, ghi năm dạng «2024»' },
};

/** The period must have the criterion's granularity and lie in the movement's years. */
export function periodProblem(c: Pick<Criterion, 'period' | 'label' | 'indicator'>, period: string, years: { from: number | null; to: number | null }): string | null {
  const shape = periodShapes[c.period];
  if (!shape.re.test(period)) return `Tiêu chí «${c.label ?? c.indicator}» đánh giá ${shape.text}`;
  const year = Number(period.slice(0, 4));
  if ((years.from !== null && year < years.from) || (years.to !== null && year > years.to)) {
    const span = years.from === years.to || years.to === null ? `năm ${years.from}` : years.from === null ? `đến năm ${years.to}` : `từ năm ${years.from} đến năm ${years.to}`;
    return `Kỳ ${period} nằm ngoài thời gian của phong trào (${span})`;
  }
  return null;
}

/** A unit's own result needs a criterion for collectives; a person's, one for individuals. */
export function subjectProblem(c: Pick<Criterion, 'appliesTo' | 'label' | 'indicator'>, personId: number | null): string | null {
  if (personId === null && c.appliesTo === 'individual') return `Tiêu chí «${c.label ?? c.indicator}» chỉ áp dụng cho cá nhân: cần chọn cá nhân`;
  if (personId !== null && c.appliesTo === 'collective') return `Tiêu chí «${c.label ?? c.indicator}» chỉ áp dụng cho tập thể: không chọn cá nhân`;
  return null;
}
