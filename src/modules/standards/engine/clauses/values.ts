import { searchKey } from '../../../../lib/text';
import { evaluateTarget, formatResultValue, meetsTarget } from '../../../scoring/criterion-check';
import { ResultValueError } from '../../../scoring/result-value';
import type { Rule } from '../../rule.schema';
import { forSubject, missing, quiet, type EvalContext, type LeafResult } from '../context';
import { indexShortNames } from '../describe';
import type { MetricFact, SubjectFacts } from '../facts';

type CriterionRule = Extract<Rule, { kind: 'criterion' }>;
type MetricRule = Extract<Rule, { kind: 'metric' }>;

/** A criterion of the movement's plan, as judged by the results/appraisal module. */
export const criterionClause = (ctx: EvalContext, rule: CriterionRule): LeafResult => forSubject(ctx, rule, 'every', criterionCheck);

function criterionCheck(ctx: EvalContext, rule: CriterionRule, s: SubjectFacts, name: string): LeafResult {
  const c = s.criteria?.[rule.criterionKey];
  if (!ctx.explain) return quiet(!c ? 'missing' : c.met === null ? 'pending' : c.met ? 'pass' : 'fail');
  const label = `${rule.subject === 'self' ? '' : `${name}: `}${c?.label ?? `Tiêu chí «${rule.criterionKey}»`} năm ${ctx.year}`;
  if (!c) return missing(`${label}: chưa có kết quả — chưa có dữ liệu`);
  if (c.met === null)
    return { status: 'pending', sentence: `${label}: ${c.value ?? 'đã nhập kết quả'}, chưa được thẩm định — cần xem xét`, value: c.value, source: c.source };
  const verdict = c.met ? 'đạt' : 'không đạt';
  const body = c.reason ?? (c.value ? `${c.value} — ${verdict}` : verdict);
  return { status: c.met ? 'pass' : 'fail', sentence: `${label}: ${body}`, value: c.value, source: c.source };
}

/**
 * One index is recorded as up to three values (band, score or percent, rank): take the one whose kind
 * matches the target ("xếp loại Tốt" reads the band, "≥ 90%" the percent), else the first.
 */
function findMetric(s: SubjectFacts, rule: MetricRule, year: number): MetricFact | undefined {
  const ofYear = (s.metrics ?? []).filter((m) => m.year === year);
  const byIndex = rule.index ? ofYear.filter((m) => m.index === rule.index) : [];
  const want = searchKey(rule.indicator);
  const candidates = byIndex.length > 0 ? byIndex : ofYear.filter((m) => m.indicator !== null && searchKey(m.indicator) === want);
  return candidates.find((m) => m.value.measure === rule.target.measure) ?? candidates[0];
}

/** An index or indicator value against its target: "SIPAS 2022 = 91,2% ≥ 90% — đạt". */
export const metricClause = (ctx: EvalContext, rule: MetricRule): LeafResult => forSubject(ctx, rule, 'every', metricCheck);

function metricCheck(ctx: EvalContext, rule: MetricRule, s: SubjectFacts, name: string): LeafResult {
  if (!ctx.explain) {
    const m = s.metrics === undefined ? undefined : findMetric(s, rule, ctx.year);
    const met = m ? meetsTarget(rule.target, m.value) : null;
    return quiet(met === true ? 'pass' : met === false ? 'fail' : 'missing');
  }
  const what = rule.index ? (indexShortNames[rule.index] ?? rule.indicator) : rule.indicator;
  const label = `${rule.subject === 'self' ? '' : `${name}: `}${what} ${ctx.year}`;
  if (s.metrics === undefined) return missing(`${label}: chưa có dữ liệu`);
  const m = findMetric(s, rule, ctx.year);
  if (!m) return missing(`${label}: chưa có số liệu — chưa có dữ liệu`);
  const check = evaluateTarget(rule.target, m.value);
  if (check instanceof ResultValueError)
    return { status: 'missing', sentence: `${label}: số liệu không dùng được (${check.message}) — chưa có dữ liệu`, value: null, source: m.source };
  const joiner = /^[\d-]/.test(check.reason) ? ' = ' : ': ';
  return { status: check.met ? 'pass' : 'fail', sentence: `${label}${joiner}${check.reason}`, value: formatResultValue(m.value, rule.target), source: m.source };
}
