import { ratingLabels } from '../../labels';
import type { RatingCode, Rule } from '../../rule.schema';
import { forSubject, quiet, type EvalContext, type LeafResult } from '../context';
import type { SubjectFacts } from '../facts';
import { twoDigits } from '../format';
import { lastBlockedYear } from './discipline';

type RatingRule = Extract<Rule, { kind: 'rating' }>;

const scale = Object.keys(ratingLabels) as RatingCode[];
/** Ratings are ordered best first: "hoàn thành tốt trở lên" accepts htxsnv and httnv. */
export const ratingAtLeast = (r: RatingCode, atLeast: RatingCode) => scale.indexOf(r) <= scale.indexOf(atLeast);
const lower = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);

/** Yearly ratings over the last `years` years up to the judged one (consecutive by nature). */
export const ratingClause = (ctx: EvalContext, rule: RatingRule): LeafResult => forSubject(ctx, rule, 'every', ratingCheck);

const lowerLabels = Object.fromEntries(scale.map((r) => [r, lower(ratingLabels[r])])) as Record<RatingCode, string>;
const requiredText = new WeakMap<RatingRule, string>();
function required(rule: RatingRule): string {
  let text = requiredText.get(rule);
  if (text === undefined) {
    const want = rule.atLeast === 'htxsnv' ? lowerLabels.htxsnv : `${lowerLabels[rule.atLeast]} trở lên`;
    text = rule.years > 1 ? `${twoDigits(rule.years)} năm liên tục ${want}` : want;
    requiredText.set(rule, text);
  }
  return text;
}

function ratingCheck(ctx: EvalContext, rule: RatingRule, s: SubjectFacts, name: string): LeafResult {
  const years = rule.years === 1 ? [ctx.year] : Array.from({ length: rule.years }, (_, i) => ctx.year - rule.years + 1 + i);
  const explain = ctx.explain;
  const who = rule.subject === 'self' ? '' : `${name}: `;
  const span = rule.years > 1 ? `${years[0]}–${ctx.year}` : `năm ${ctx.year}`;
  if (s.ratings === undefined) return explain ? { status: 'missing', sentence: `${who}Xếp loại ${span}: chưa có dữ liệu`, value: null, source: null } : quiet('missing');
  const blocked = rule.years > 1 ? lastBlockedYear(s, ctx.year, ctx.settings) : null;
  let status: LeafResult['status'] = 'pass';
  const parts: string[] = [];
  const sources: string[] = [];
  for (const y of years) {
    const r = s.ratings.find((x) => x.year === y);
    const prefix = rule.years > 1 ? `${y} ` : '';
    if (!r) {
      if (explain) parts.push(`${prefix}chưa có dữ liệu`);
      if (status === 'pass') status = 'missing';
      continue;
    }
    const ok = ratingAtLeast(r.rating, rule.atLeast);
    const counted = ok && !(blocked !== null && y <= blocked);
    if (!counted) status = 'fail';
    if (!explain) continue;
    if (r.source) sources.push(r.source);
    parts.push(`${prefix}${lowerLabels[r.rating]}${ok && !counted ? ' (trong thời hạn kỷ luật, không được tính)' : ''}`);
  }
  if (!explain) return quiet(status);
  const verdict = status === 'pass' ? 'đạt' : status === 'fail' ? 'không đạt' : 'chưa có dữ liệu';
  return {
    status,
    sentence: `${who}Xếp loại ${span}: ${parts.join(', ')}; yêu cầu ${required(rule)} — ${verdict}`,
    value: parts.join(', '),
    source: sources.length > 0 ? sources.join('; ') : null,
  };
}
