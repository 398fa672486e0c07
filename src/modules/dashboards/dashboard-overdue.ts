import type { Db } from '../../db/database';
import { escapeLike } from '../../lib/text';
import { occurrences, periodDays } from '../deadlines/schedule';
import type { PlanContent } from '../movements/model/plan-content.schema';
import { registrationStatusLabels } from '../registrations/registration-labels';
import { formatDay } from '../units/unit-period';
import type { DashboardUnit, ScoredUnit, UnitRef } from './dashboard-builder';
import type { OverdueKind } from './dashboard-labels';

/**
 * Overdue items of a movement in one year, per unit, against the plan's own deadlines (the deadlines
 * module's calendar rules: occurrences of each due rule within the movement's period):
 * - registration: the plan's "đăng ký" deadline of the year has passed and the unit's registration
 *   was not sent (chưa gửi) or was returned and not sent again (trả lại);
 * - results: the plan's latest passed "báo cáo" deadline of the year and an approved unit still
 *   missing values for some criteria;
 * - explanation: a self-score returned for explanation (giải trình) whose explain_by has passed.
 */

export interface OverdueItem {
  unit: UnitRef;
  kind: OverdueKind;
  dueOn: string;
  detail: string;
}

export interface OverdueInput {
  today: string;
  year: number;
  content: Pick<PlanContent, 'deadlines' | 'period'>;
  issuedOn: string | null;
  units: readonly DashboardUnit[];
  scores: ReadonlyMap<number, Pick<ScoredUnit, 'submitted'>>;
  criteriaCount: number;
  explanations: readonly { unitId: number; criterionLabel: string; period: string; explainBy: string }[];
}

const ref = (u: DashboardUnit): UnitRef => ({ id: u.id, code: u.code, name: u.name, kind: u.kind });

/** The last due day of the year already passed among the plan's deadlines of one kind, with its title. */
function lastPassed(input: OverdueInput, kind: 'registration' | 'submit_report'): { dueOn: string; title: string } | null {
  const period = periodDays(input.content.period, input.issuedOn);
  let best: { dueOn: string; title: string } | null = null;
  for (const d of input.content.deadlines ?? []) {
    if (d.kind !== kind) continue;
    for (const day of occurrences(d.due, d.strict, period, input.today)) {
      if (day === null || !day.startsWith(String(input.year)) || day >= input.today) continue;
      if (!best || day > best.dueOn) best = { dueOn: day, title: d.title };
    }
  }
  return best;
}

export function overdueItems(input: OverdueInput): OverdueItem[] {
  const out: OverdueItem[] = [];
  const registration = lastPassed(input, 'registration');
  if (registration) {
    for (const u of input.units) {
      if (u.status !== 'chua_gui' && u.status !== 'tra_lai') continue;
      out.push({ unit: ref(u), kind: 'registration', dueOn: registration.dueOn, detail: `Đăng ký thi đua «${registrationStatusLabels[u.status]}» — ${registration.title}` });
    }
  }
  const report = lastPassed(input, 'submit_report');
  if (report && input.criteriaCount > 0) {
    for (const u of input.units) {
      if (u.status !== 'da_duyet') continue;
      const missing = input.criteriaCount - (input.scores.get(u.id)?.submitted ?? 0);
      if (missing > 0) out.push({ unit: ref(u), kind: 'results', dueOn: report.dueOn, detail: `Còn thiếu số liệu ${missing}/${input.criteriaCount} tiêu chí — ${report.title}` });
    }
  }
  const byId = new Map(input.units.map((u) => [u.id, u]));
  for (const e of input.explanations) {
    const u = byId.get(e.unitId);
    if (!u || e.explainBy >= input.today) continue;
    out.push({ unit: ref(u), kind: 'explanation', dueOn: e.explainBy, detail: `Chưa giải trình tiêu chí ${e.criterionLabel} kỳ ${e.period}, hạn ${formatDay(e.explainBy)}` });
  }
  return out.sort((a, b) => (a.dueOn < b.dueOn ? -1 : a.dueOn > b.dueOn ? 1 : a.unit.name.localeCompare(b.unit.name, 'vi')));
}

/** Self-scores of the year's periods returned for explanation and still waiting for it. */
export function pendingExplanations(db: Db, movementId: number, year: number) {
  return db
    .selectFrom('assessments')
    .select(['unit_id', 'criterion_key', 'period', 'explain_by'])
    .where('movement_id', '=', movementId)
    .where('status', '=', 'giai_trinh')
    .where('explain_by', 'is not', null)
    .where('period', 'like', `${escapeLike(String(year))}%`)
    .execute();
}
