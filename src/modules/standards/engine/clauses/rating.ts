import { ratingLabels } from '../../labels';
import type { RatingCode, Rule } from '../../rule.schema';
import { forSubject, type EvalContext, type LeafResult } from '../context';
import { twoDigits } from '../format';
import { lastBlockedYear } from './discipline';

type RatingRule = Extract<Rule, { kind: 'rating' }>;

const scale = Object.keys(ratingLabels) as RatingCode[];
/** Ratings are ordered best first: "hoàn thành tốt trở lên" accepts htxsnv and httnv. */
export const ratingAtLeast = (r: RatingCode, atLeast: RatingCode) => scale.indexOf(r) <= scale.indexOf(atLeast);
const lower = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);

/** Yearly ratings over the last `years` years up to the judged one (consecutive by nature). */
export function ratingClause(ctx: EvalContext, rule: RatingRule): LeafResult {
  const years = Array.from({ length: rule.years }, (_, i) => ctx.year - rule.years + 1 + i);
  const want = rule.atLeast === 'htxsnv' ? lower(ratingLabels.htxsnv) : `${lower(ratingLabels[rule.atLeast])} trở lên`;
  const required = rule.years > 1 ? `${twoDigits(rule.years)} năm liên tục ${want}` : want;
  return forSubject(ctx, rule.subject, 'every', (s, name) => {
    const who = rule.subject === 'self' ? '' : `${name}: `;
    const span = rule.years > 1 ? `${years[0]}–${ctx.year}` : `năm ${ctx.year}`;
    if (s.ratings === undefined) return { status: 'missing', sentence: `${who}Xếp loại ${span}: chưa có dữ liệu`, value: null, source: null };
    const blocked = rule.years > 1 ? lastBlockedYear(s, ctx.year, ctx.settings) : null;
    let status: LeafResult['status'] = 'pass';
    const parts: string[] = [];
    const sources: string[] = [];
    for (const y of years) {
      const r = s.ratings.find((x) => x.year === y);
      const prefix = rule.years > 1 ? `${y} ` : '';
      if (!r) {
        parts.push(`${prefix}chưa có dữ liệu`);
        if (status === 'pass') status = 'missing';
        continue;
      }
      if (r.source) sources.push(r.source);
      let part = `${prefix}${lower(ratingLabels[r.rating])}`;
      let ok = ratingAtLeast(r.rating, rule.atLeast);
      if (ok && blocked !== null && y <= blocked) {
        ok = false;
        part += ' (trong thời hạn kỷ luật, không được tính)';
      }
      parts.push(part);
      if (!ok) status = 'fail';
    }
    const verdict = status === 'pass' ? 'đạt' : status === 'fail' ? 'không đạt' : 'chưa có dữ liệu';
    return {
      status,
      sentence: `${who}Xếp loại ${span}: ${parts.join(', ')}; yêu cầu ${required} — ${verdict}`,
      value: parts.join(', '),
      source: sources.length > 0 ? sources.join('; ') : null,
    };
  });
}
