import type { AssessmentStatus } from '../../db/types';
import { formatDay } from '../units/unit-period';

/**
 * The life of one self-assessment (tự chấm) through appraisal (thẩm định), as a pure state machine:
 *   tu_cham ──submit──▶ cho_tham_dinh ──accept/change──▶ da_tham_dinh
 *                          │  ▲                              │
 *                    return│  │explain            (re-decide before the lock)
 *                          ▼  │
 *                       giai_trinh (the unit explains by the deadline; it may also correct its score)
 * A returned score the unit let pass its deadline unexplained is decided as it stands (accept/change
 * from giai_trinh, only once the deadline is over: see explanationPending), so no unit is left unscored.
 * Once the period is locked nothing moves any more: the appraised points are published.
 */
export type AssessmentEvent = 'self_score' | 'submit' | 'accept' | 'change' | 'return' | 'explain';

export const statusLabels: Record<AssessmentStatus, string> = {
  tu_cham: 'Đang tự chấm',
  cho_tham_dinh: 'Chờ thẩm định',
  giai_trinh: 'Trả lại để giải trình',
  da_tham_dinh: 'Đã thẩm định',
};

const transitions: Record<AssessmentEvent, { from: readonly AssessmentStatus[]; to: AssessmentStatus | null; verb: string }> = {
  // null: the status stays as it is (a correction of the self-score while drafting or explaining).
  self_score: { from: ['tu_cham', 'giai_trinh'], to: null, verb: 'sửa điểm tự chấm' },
  submit: { from: ['tu_cham'], to: 'cho_tham_dinh', verb: 'gửi thẩm định' },
  accept: { from: ['cho_tham_dinh', 'da_tham_dinh', 'giai_trinh'], to: 'da_tham_dinh', verb: 'thẩm định' },
  change: { from: ['cho_tham_dinh', 'da_tham_dinh', 'giai_trinh'], to: 'da_tham_dinh', verb: 'thẩm định' },
  return: { from: ['cho_tham_dinh', 'da_tham_dinh'], to: 'giai_trinh', verb: 'trả lại để giải trình' },
  explain: { from: ['giai_trinh'], to: 'cho_tham_dinh', verb: 'gửi giải trình' },
};

/** The status after the event, or the Vietnamese reason it cannot happen now. */
export function nextStatus(current: { status: AssessmentStatus; locked: boolean }, event: AssessmentEvent): { ok: true; status: AssessmentStatus } | { ok: false; message: string } {
  const t = transitions[event];
  if (current.locked) return { ok: false, message: `Kết quả thẩm định kỳ này đã khóa và công bố: không thể ${t.verb} nữa.` };
  if (!t.from.includes(current.status))
    return { ok: false, message: `Điểm tự chấm đang ở trạng thái «${statusLabels[current.status]}»: không thể ${t.verb}.` };
  return { ok: true, status: t.to ?? current.status };
}

/** Points must be a number from 0 to the criterion's maximum (điểm tối đa, trọng số, or 1). */
export function pointsProblem(points: number, possible: number): string | null {
  if (!Number.isFinite(points)) return 'Điểm phải là số';
  if (points < 0) return 'Điểm không được âm';
  if (points > possible) return `Điểm không được vượt quá điểm tối đa của tiêu chí (${possible.toLocaleString('vi-VN')})`;
  return null;
}

export interface AppraisalDecision {
  action: 'accept' | 'change' | 'return';
  points?: number | undefined;
  reason?: string | null | undefined;
  explainBy?: string | undefined;
}

/** What each decision needs, by field: a changed score needs points and a reason; a return, a request and a deadline. */
export function decisionProblems(d: AppraisalDecision, possible: number, today: string): Record<string, string> {
  const fields: Record<string, string> = {};
  const reason = d.reason?.trim() ?? '';
  if (d.action === 'change') {
    if (d.points === undefined) fields.points = 'Thay đổi điểm cần nhập điểm thẩm định';
    else {
      const p = pointsProblem(d.points, possible);
      if (p) fields.points = p;
    }
    if (!reason) fields.reason = 'Thay đổi điểm phải ghi rõ lý do';
  }
  if (d.action === 'return') {
    if (!reason) fields.reason = 'Trả lại cần ghi nội dung yêu cầu giải trình';
    if (!d.explainBy) fields.explainBy = 'Trả lại cần hạn giải trình';
    else if (d.explainBy < today) fields.explainBy = 'Hạn giải trình không được trước ngày hôm nay';
  }
  if (d.action !== 'change' && d.points !== undefined) fields.points = 'Chỉ nhập điểm thẩm định khi thay đổi điểm';
  return fields;
}

/**
 * While a returned score is still within its explanation deadline the unit's right to explain stands:
 * nobody decides it or locks the period over it. The Vietnamese reason, or null once it may be decided.
 */
export function explanationPending(a: { status: AssessmentStatus; explain_by: string | null }, today: string): string | null {
  if (a.status !== 'giai_trinh' || a.explain_by === null || today > a.explain_by) return null;
  return `Đơn vị còn hạn giải trình đến hết ngày ${formatDay(a.explain_by)}: chờ đơn vị giải trình hoặc hết hạn rồi mới thẩm định.`;
}
