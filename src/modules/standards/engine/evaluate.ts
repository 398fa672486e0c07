import type { Rule } from '../rule.schema';
import { criterionClause, metricClause } from './clauses/values';
import { noDisciplineClause } from './clauses/discipline';
import { initiativeClause } from './clauses/initiative';
import { ratingClause } from './clauses/rating';
import { memberShareClause, titleClause } from './clauses/titles';
import { type EvalContext, type LeafResult } from './context';
import { describeRule } from './describe';
import type { Nominee, StandardsFacts } from './facts';
import { formatDateVi, statusLabels } from './format';
import type { EngineSettings } from './settings';
import type { Clause, ClauseStatus, Evaluation } from './trace';

/** A standard as plans and the catalogue hold it: a key, its words, its rule, its source. */
export interface RuleItem {
  key: string;
  rule: Rule;
  text?: string | null;
  source?: string | null;
}

/**
 * all: fails if a child fails; otherwise open (missing before pending) if a child is open; else passes.
 * any: passes if a child passes; otherwise open (pending before missing); else fails.
 * Both are monotone: a child moving towards pass never moves the parent away from it.
 */
export function combine(kind: 'all' | 'any', statuses: readonly ClauseStatus[]): ClauseStatus {
  const has = (s: ClauseStatus) => statuses.includes(s);
  if (kind === 'all') return has('fail') ? 'fail' : has('missing') ? 'missing' : has('pending') ? 'pending' : 'pass';
  return has('pass') ? 'pass' : has('pending') ? 'pending' : has('missing') ? 'missing' : 'fail';
}

function qualitative(ctx: EvalContext, id: string): LeafResult {
  const j = ctx.facts.judgements?.[id];
  if (!j) return { status: 'pending', sentence: 'Chưa có đánh giá của Hội đồng — cần xem xét', value: null, source: null };
  const verdict = j.verdict === 'pass' ? 'đạt' : 'không đạt';
  return {
    status: j.verdict,
    sentence: `${j.by} đánh giá ngày ${formatDateVi(j.on)}: ${verdict}${j.note ? ` (${j.note})` : ''}`,
    value: verdict,
    source: `${j.by}, ${formatDateVi(j.on)}`,
  };
}

function leaf(ctx: EvalContext, rule: Rule, id: string): LeafResult | null {
  switch (rule.kind) {
    case 'criterion':
      return criterionClause(ctx, rule);
    case 'metric':
      return metricClause(ctx, rule);
    case 'rating':
      return ratingClause(ctx, rule);
    case 'initiative':
      return initiativeClause(ctx, rule);
    case 'no_discipline':
      return noDisciplineClause(ctx, rule);
    case 'title':
      return titleClause(ctx, rule);
    case 'member_share':
      return memberShareClause(ctx, rule);
    case 'qualitative':
      return qualitative(ctx, id);
    default:
      return null;
  }
}

function node(ctx: EvalContext, rule: Rule, id: string, text: string | null, ruleSource: string | null): Clause {
  const source = rule.source ?? ruleSource;
  const shown = rule.text ?? text ?? describeRuleSafe(rule);
  if (rule.kind === 'all' || rule.kind === 'any') {
    const children = rule.of.map((r, i) => node(ctx, r, `${id}.${i + 1}`, null, source));
    const status = combine(rule.kind, children.map((c) => c.status));
    const passed = children.filter((c) => c.status === 'pass').length;
    const sentence =
      rule.kind === 'all'
        ? `Đạt ${passed}/${children.length} điều kiện (cần tất cả) — ${statusLabels[status]}`
        : `Đạt ${passed}/${children.length} điều kiện (cần ít nhất 01) — ${statusLabels[status]}`;
    return { id, kind: rule.kind, status, text: shown, sentence, value: `${passed}/${children.length}`, source: null, ruleSource: source, children };
  }
  const r = leaf(ctx, rule, id);
  if (!r) {
    const kind = (rule as { kind: unknown }).kind;
    return { id, kind: 'unknown', status: 'missing', text: shown, sentence: `Loại điều kiện «${String(kind)}» chưa được hỗ trợ — chưa có dữ liệu`, value: null, source: null, ruleSource: source, children: [] };
  }
  return { id, kind: rule.kind, status: r.status, text: shown, sentence: r.sentence, value: r.value, source: r.source, ruleSource: source, children: [] };
}

function describeRuleSafe(rule: Rule): string {
  try {
    return describeRule(rule);
  } catch {
    return 'Điều kiện không đọc được';
  }
}

/**
 * Evaluates a rule (or a list of standards, all required) for one nominee and one year. Pure: reads
 * only its arguments. `pass` is true only when every clause passes; the trace says why, clause by clause.
 */
export function evaluate(
  rules: Rule | readonly RuleItem[],
  nominee: Nominee,
  year: number,
  facts: StandardsFacts,
  settings: EngineSettings,
): Evaluation {
  const ctx: EvalContext = { nominee, year, facts, settings };
  const items: readonly RuleItem[] = Array.isArray(rules) ? (rules as readonly RuleItem[]) : [{ key: 'r', rule: rules as Rule }];
  const trace = items.map((it) => node(ctx, it.rule, it.key, it.text ?? null, it.source ?? null));
  const status = combine('all', trace.map((c) => c.status));
  return { pass: status === 'pass', status, trace };
}

/** Every clause of a trace, depth first (for lists, counts and tests). */
export function flattenTrace(trace: readonly Clause[]): Clause[] {
  return trace.flatMap((c) => [c, ...flattenTrace(c.children)]);
}
