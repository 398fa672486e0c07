import type { Target } from '../movements/model/target';
import { evaluateTarget, formatNumberVi, meetsTarget, ResultValueError, type ResultValue } from './criterion-check';

/**
 * Points per criterion (the rule published with every ranking, see scoringFormulaText):
 * - maxPoints set (điểm tối đa, the common CCHC-index shape): met → maxPoints, not met → 0.
 *   Setting `proportionalPercent`: for a percent target "≥ x%" / "> x%" not met, the points are
 *   maxPoints × value ÷ x (partial credit, as several provincial indices score "tỷ lệ" sub-criteria).
 * - else weight set (trọng số): points = weight × (met ? 1 : 0).
 * - else neither: 1 point when met, so the total is the number of criteria met.
 * maxPoints wins over weight when a plan sets both: it is the plan's own statement of the points.
 * The appraiser may replace the computed points with a reason (thẩm định: "thay đổi điểm có lý do").
 * Points are rounded to 2 decimals so the published numbers add up to the published total.
 */
export interface ScoringCriterion {
  key: string;
  label: string | null;
  indicator?: string;
  target: Target;
  weight: number | null;
  maxPoints: number | null;
}

export interface ScoringSettings {
  proportionalPercent: boolean;
  /** false: leave `reason` empty — the dashboards score ~130k cells and never show the sentences. */
  explain?: boolean;
  /** Where the rule comes from: the plan or the decision adopting the index method. */
  source: string;
}
export const defaultScoringSettings: ScoringSettings = {
  proportionalPercent: false,
  source: 'Điểm tối đa, trọng số của từng tiêu chí theo kế hoạch phong trào thi đua đã ban hành',
};

export type PointsRule = 'max_points' | 'weight' | 'tally';

export interface PointsOverride {
  points: number;
  reason: string;
}

export interface CriterionScore {
  key: string;
  met: boolean;
  reason: string;
  points: number;
  /** The most this criterion can give: maxPoints, weight or 1. */
  possible: number;
  rule: PointsRule;
  /** True when no value was submitted or the value cannot be judged (then met = false, points = 0). */
  missing: boolean;
  overridden: boolean;
}

export interface ParticipantScore {
  criteria: CriterionScore[];
  metCount: number;
  total: number;
  maxTotal: number;
  /** total ÷ maxTotal × 100: the 100-point scale rating bands use; equal to total when maxTotal is 100. */
  score100: number;
}

const round2 = (n: number) => Math.round(n * 100) / 100;

export function pointsRule(c: ScoringCriterion): { rule: PointsRule; possible: number } {
  if (c.maxPoints !== null) return { rule: 'max_points', possible: c.maxPoints };
  if (c.weight !== null) return { rule: 'weight', possible: c.weight };
  return { rule: 'tally', possible: 1 };
}

function partialPoints(c: ScoringCriterion, value: ResultValue, possible: number): number {
  const t = c.target;
  if (t.measure !== 'percent' || (t.comparator !== 'gte' && t.comparator !== 'gt') || value.measure !== 'percent' || t.value === 0) return 0;
  return Math.min(possible, (possible * value.value) / t.value);
}

export function scoreCriterion(
  c: ScoringCriterion,
  value: ResultValue | null | undefined,
  settings: ScoringSettings = defaultScoringSettings,
  override: PointsOverride | null = null,
): CriterionScore {
  // Hot path (3,300 units × 40 criteria): no closures or spreads here, tsx wraps every inner function.
  const { rule, possible } = pointsRule(c);
  let met = false;
  let reason: string;
  let points = 0;
  let missing = true;
  if (value === null || value === undefined) reason = 'Chưa có số liệu — không đạt';
  else {
    const check = settings.explain === false ? meetsTarget(c.target, value) : evaluateTarget(c.target, value);
    if (check instanceof ResultValueError) reason = `${check.message} — không chấm được`;
    else {
      met = typeof check === 'boolean' ? check : check.met;
      reason = typeof check === 'boolean' ? '' : check.reason;
      missing = false;
      points = met ? possible : rule === 'max_points' && settings.proportionalPercent ? partialPoints(c, value, possible) : 0;
    }
  }
  if (override !== null) points = Math.min(possible, Math.max(0, override.points));
  return { key: c.key, met, reason, points: round2(points), possible, rule, missing, overridden: override !== null };
}

/** Scores one participant: values (and the appraiser's overrides) keyed by criterion key. */
export function scoreParticipant(
  criteria: readonly ScoringCriterion[],
  values: ReadonlyMap<string, ResultValue | null>,
  settings: ScoringSettings = defaultScoringSettings,
  overrides: ReadonlyMap<string, PointsOverride> = new Map(),
): ParticipantScore {
  const scores: CriterionScore[] = [];
  let total = 0;
  let maxTotal = 0;
  let metCount = 0;
  for (const c of criteria) {
    const s = scoreCriterion(c, values.get(c.key), settings, overrides.get(c.key) ?? null);
    scores.push(s);
    total += s.points;
    maxTotal += s.possible;
    if (s.met) metCount += 1;
  }
  total = round2(total);
  maxTotal = round2(maxTotal);
  return { criteria: scores, metCount, total, maxTotal, score100: maxTotal === 0 ? 0 : round2((total / maxTotal) * 100) };
}

const ruleWords: Record<PointsRule, string> = {
  max_points: 'điểm tối đa',
  weight: 'trọng số',
  tally: '1 điểm khi đạt',
};

/** The weights as published beside a ranking: one row per criterion. */
export function weightsTable(criteria: readonly ScoringCriterion[]): { key: string; label: string; rule: string; possible: number }[] {
  return criteria.map((c) => {
    const { rule, possible } = pointsRule(c);
    return { key: c.key, label: [c.label, c.indicator].filter(Boolean).join(' ') || c.key, rule: ruleWords[rule], possible };
  });
}

/** The formula in words, published with every ranking so anyone can recompute it from the weights table. */
export function scoringFormulaText(criteria: readonly ScoringCriterion[], settings: ScoringSettings = defaultScoringSettings): string {
  const rules = new Set(criteria.map((c) => pointsRule(c).rule));
  const maxTotal = round2(criteria.reduce((sum, c) => sum + pointsRule(c).possible, 0));
  const lines = ['Tổng điểm = Σ điểm tiêu chí (làm tròn 2 chữ số thập phân).'];
  if (rules.has('max_points')) {
    lines.push(
      settings.proportionalPercent
        ? 'Tiêu chí có điểm tối đa: đạt được điểm tối đa; tiêu chí tỷ lệ "≥ x%" chưa đạt được điểm tối đa × tỷ lệ đạt được ÷ x; các tiêu chí khác không đạt được 0 điểm.'
        : 'Tiêu chí có điểm tối đa: đạt được điểm tối đa, không đạt được 0 điểm.',
    );
  }
  if (rules.has('weight')) lines.push('Tiêu chí có trọng số: điểm = trọng số × 1 nếu đạt, × 0 nếu không đạt.');
  if (rules.has('tally')) lines.push('Tiêu chí không có điểm tối đa và trọng số: đạt được 1 điểm, không đạt được 0 điểm.');
  lines.push('Tiêu chí chưa có số liệu hoặc số liệu không hợp lệ: 0 điểm.');
  lines.push('Điểm do cơ quan thẩm định điều chỉnh (có ghi lý do) thay cho điểm tính theo quy tắc trên.');
  lines.push(`Tổng điểm tối đa: ${formatNumberVi(maxTotal)}.`);
  if (maxTotal !== 100) lines.push('Điểm quy đổi thang 100 = Tổng điểm ÷ Tổng điểm tối đa × 100; xếp loại theo điểm quy đổi.');
  lines.push(`Căn cứ: ${settings.source}.`);
  return lines.join('\n');
}
