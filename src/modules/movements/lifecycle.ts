import { invalid } from '../../http/errors';
import { movementStatusLabels, type MovementStatus } from './movements.schema';

/**
 * Where a movement may go next. Issuing (draft → issued) is its own action with a number and a date,
 * so it is not a status change; a closed movement goes nowhere.
 */
const transitions: Record<MovementStatus, readonly MovementStatus[]> = {
  draft: [],
  issued: ['in_progress'],
  in_progress: ['midterm_review', 'final_review'],
  midterm_review: ['in_progress', 'final_review'],
  final_review: ['closed'],
  closed: [],
};

export function nextStatuses(from: MovementStatus): MovementStatus[] {
  return [...transitions[from]];
}

export function canTransition(from: MovementStatus, to: MovementStatus): boolean {
  return transitions[from].includes(to);
}

/** Refuses a transition the lifecycle does not allow, naming both states in Vietnamese. */
export function assertTransition(from: MovementStatus, to: MovementStatus): void {
  if (canTransition(from, to)) return;
  const name = (s: MovementStatus) => `«${movementStatusLabels[s]}»`;
  const allowed = transitions[from];
  const hint =
    from === 'draft'
      ? ' Dự thảo phải được ban hành (có số, ngày ban hành) trước khi triển khai.'
      : allowed.length === 0
        ? ` Phong trào ở trạng thái ${name(from)} không chuyển sang trạng thái nào khác.`
        : ` Từ ${name(from)} chỉ có thể chuyển sang ${allowed.map(name).join(' hoặc ')}.`;
  throw invalid(`Không thể chuyển phong trào từ trạng thái ${name(from)} sang ${name(to)}.${hint}`, {
    status: `Không thể chuyển từ ${name(from)} sang ${name(to)}`,
  });
}
