import type { PlanContent } from '../movements/model/plan-content.schema';
import { pointsRule, scoreCriterion, type ResultValue } from '../scoring';
import { statusLabels } from './appraisal-rules';
import type { AssessmentRow } from './appraisals.queries';
import type { AssessmentDto, AssessmentListResponse } from './appraisals.schema';

type Criterion = PlanContent['criteria'][number];
const round2 = (n: number) => Math.round(n * 100) / 100;

/** The most a criterion gives, by scoring's own rule; 0 when a later plan version dropped it. */
export const possibleOf = (c: Criterion | undefined) => (c ? pointsRule(c).possible : 0);

export function presentAssessment(a: AssessmentRow, criterion: Criterion | undefined, value: ResultValue | undefined): AssessmentDto {
  const scored = criterion && value !== undefined ? scoreCriterion(criterion, value) : null;
  return {
    id: a.id,
    movementId: a.movement_id,
    unit: { id: a.unit_id, code: a.unit_code, name: a.unit_name, kind: a.unit_kind },
    person: a.person_id === null ? null : { id: a.person_id, fullName: a.person_name ?? '' },
    criterionKey: a.criterion_key,
    criterion: criterion ? { label: criterion.label, indicator: criterion.indicator } : null,
    period: a.period,
    possible: possibleOf(criterion),
    selfPoints: a.self_points,
    selfNote: a.self_note,
    status: a.status,
    statusLabel: statusLabels[a.status],
    explainBy: a.explain_by,
    explainRequest: a.explain_request,
    explanation: a.explanation,
    appraisedPoints: a.appraised_points,
    appraisalReason: a.appraisal_reason,
    appraisedBy: a.appraised_by === null ? null : { id: a.appraised_by, fullName: a.appraised_by_name ?? '' },
    appraisedAt: a.appraised_at === null ? null : new Date(a.appraised_at).toISOString(),
    locked: a.locked,
    revision: a.revision,
    // A value that no longer fits an amended target is "missing" for scoring: not judged here either.
    check: scored === null || scored.missing ? null : { met: scored.met, reason: scored.reason, points: scored.points },
  };
}

export interface ResultValueRow {
  unit_id: number;
  person_id: number | null;
  criterion_key: string;
  value: unknown;
}
const valueKey = (unitId: number, personId: number | null, criterionKey: string) => `${unitId}|${personId ?? 0}|${criterionKey}`;

/** Groups by unit in the query's order, with self and appraised totals per unit. */
export function presentAssessmentList(
  movementId: number,
  period: string,
  locked: boolean,
  rows: AssessmentRow[],
  values: ResultValueRow[],
  content: PlanContent,
): AssessmentListResponse {
  const criteria = new Map(content.criteria.map((c) => [c.key, c]));
  const byKey = new Map(values.map((v) => [valueKey(v.unit_id, v.person_id, v.criterion_key), v.value as ResultValue]));
  const units = new Map<number, AssessmentListResponse['units'][number]>();
  for (const a of rows) {
    let u = units.get(a.unit_id);
    if (!u) {
      u = { unit: { id: a.unit_id, code: a.unit_code, name: a.unit_name, kind: a.unit_kind }, items: [], selfTotal: 0, appraisedTotal: null, maxTotal: 0 };
      units.set(a.unit_id, u);
    }
    const criterion = criteria.get(a.criterion_key);
    u.items.push(presentAssessment(a, criterion, byKey.get(valueKey(a.unit_id, a.person_id, a.criterion_key))));
    u.selfTotal = round2(u.selfTotal + a.self_points);
    u.maxTotal = round2(u.maxTotal + possibleOf(criterion));
    if (a.status === 'da_tham_dinh' && a.appraised_points !== null) u.appraisedTotal = round2((u.appraisedTotal ?? 0) + a.appraised_points);
  }
  return { movementId, period, locked, units: [...units.values()] };
}
