import type { Rule } from '../rule.schema';
import { criterionClause, metricClause } from './clauses/values';
import { noDisciplineClause } from './clauses/discipline';
import { initiativeClause } from './clauses/initiative';
import { ratingClause } from './clauses/rating';
import { memberShareClause, titleClause } from './clauses/titles';
import { quiet, type EvalContext, type LeafResult } from './context';
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
  // A loop, not includes() four times with a named helper: this runs for every node of every nominee.
  let pass = false;
  let fail = false;
  let missing = false;
  let pending = false;
  for (const s of statuses) {
    if (s === 'pass') pass = true;
    else if (s === 'fail') fail = true;
    else if (s === 'missing') missing = true;
    else pending = true;
  }
  if (kind === 'all') return fail ? 'fail' : missing ? 'missing' : pending ? 'pending' : 'pass';
  return pass ? 'pass' : pending ? 'pending' : missing ? 'missing' : 'fail';
}

function qualitative(ctx: EvalContext, id: string): LeafResult {
  const j = ctx.facts.judgements?.[id];
  if (!ctx.explain) return quiet(j ? j.verdict : 'pending');
  if (!j) return { status: 'pending', sentence: 'Chưa có đánh giá của Hội đồng — cần xem xét', value: null, source: null };
  const verdict = j.verdict === 'pass' ? 'đạt' : 'không đạt';
  const on = formatDateVi(j.on);
  return { status: j.verdict, sentence: `${j.by} đánh giá ngày ${on}: ${verdict}${j.note ? ` (${j.note})` : ''}`, value: verdict, source: `${j.by}, ${on}` };
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
    const children: Clause[] = [];
    const statuses: ClauseStatus[] = [];
    let passed = 0;
    for (let i = 0; i < rule.of.length; i++) {
      const c = node(ctx, rule.of[i]!, `${id}.${i + 1}`, null, source);
      children.push(c);
      statuses.push(c.status);
      if (c.status === 'pass') passed++;
    }
    const status = combine(rule.kind, statuses);
    const sentence = !ctx.explain
      ? ''
      : rule.kind === 'all'
        ? `Đạt ${passed}/${children.length} điều kiện (cần tất cả) — ${statusLabels[status]}`
        : `Đạt ${passed}/${children.length} điều kiện (cần ít nhất 01) — ${statusLabels[status]}`;
    return { id, kind: rule.kind, status, text: shown, sentence, value: `${passed}/${children.length}`, source: null, ruleSource: source, children };
  }
  const r = leaf(ctx, rule, id);
  if (!r) {
    const kind = (rule as { kind: unknown }).kind;
    const sentence = ctx.explain ? `Loại điều kiện «${String(kind)}» chưa được hỗ trợ — chưa có dữ liệu` : '';
    return { id, kind: 'unknown', status: 'missing', text: shown, sentence, value: null, source: null, ruleSource: source, children: [] };
  }
  if (!ctx.explain) return { id, kind: rule.kind, status: r.status, text: shown, sentence: '', value: null, source: null, ruleSource: source, children: [] };
  return { id, kind: rule.kind, status: r.status, text: shown, sentence: r.sentence, value: r.value, source: r.source, ruleSource: source, children: [] };
}

// Rules are shared by every nominee judged against them: their rendering is computed once per rule object.
const described = new WeakMap<Rule, string>();
function describeRuleSafe(rule: Rule): string {
  let text = described.get(rule);
  if (text === undefined) {
    try {
      text = describeRule(rule);
    } catch {
      text = 'Điều kiện không đọc được';
    }
    described.set(rule, text);
  }
  return text;
}

/**
 * Evaluates a rule (or a list of standards, all required) for one nominee and one year. Pure: reads
 * only its arguments. `pass` is true only when every clause passes; the trace says why, clause by clause.
 * An empty list passes (nothing is required): callers decide whether a nominee without standards may go on.
 * `explain: false` keeps the statuses and drops the words (sentence '', value and source null): for
 * screening many people at once; the verdicts are the same (a property test holds it to that).
 */
export function evaluate(
  rules: Rule | readonly RuleItem[],
  nominee: Nominee,
  year: number,
  facts: StandardsFacts,
  settings: EngineSettings,
  options: { explain?: boolean } = {},
): Evaluation {
  const ctx: EvalContext = { nominee, year, facts, settings, explain: options.explain ?? true };
  const items: readonly RuleItem[] = Array.isArray(rules) ? (rules as readonly RuleItem[]) : [{ key: 'r', rule: rules as Rule }];
  const trace: Clause[] = [];
  const statuses: ClauseStatus[] = [];
  for (const it of items) {
    const c = node(ctx, it.rule, it.key, it.text ?? null, it.source ?? null);
    trace.push(c);
    statuses.push(c.status);
  }
  const status = combine('all', statuses);
  return { pass: status === 'pass', status, trace };
}

/** Every clause of a trace, depth first (for lists, counts and tests). */
export function flattenTrace(trace: readonly Clause[]): Clause[] {
  return trace.flatMap((c) => [c, ...flattenTrace(c.children)]);
}
