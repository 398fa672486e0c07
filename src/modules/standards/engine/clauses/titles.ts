import { evaluateTarget, meetsTarget } from '../../../scoring/criterion-check';
import { ResultValueError, type ResultValue } from '../../../scoring/result-value';
import { ratingLabels } from '../../labels';
import type { Rule } from '../../rule.schema';
import { missing, quiet, subjectName, type EvalContext, type LeafResult } from '../context';
import { titleName } from '../describe';
import type { SubjectFacts, TitleFact } from '../facts';
import { formatNumberVi, twoDigits } from '../format';
import { ratingAtLeast } from './rating';
import { lastBlockedYear } from './discipline';

type TitleRule = Extract<Rule, { kind: 'title' }>;
type ShareRule = Extract<Rule, { kind: 'member_share' }>;

/** A title counts for a year if granted, or proposed in this same round for the judged year (setting). */
function heldIn(ctx: EvalContext, titles: TitleFact[], code: string, year: number): TitleFact | undefined {
  return titles.find(
    (t) => t.year === year && t.title === code && (t.status === 'granted' || (t.year === ctx.year && ctx.settings.concurrentTitlesCount)),
  );
}

/**
 * "02 năm liên tục đạt danh hiệu …": the window ends with the judged year (or the year before, by
 * setting); under NĐ 152/2025 years up to the end of a discipline's effect do not count.
 */
export function titleClause(ctx: EvalContext, rule: TitleRule): LeafResult {
  const s = ctx.facts.self;
  const name = subjectName(ctx, 'self', s);
  // The setting moves multi-year chains only: "đạt LĐTT" of a CSTĐCS is always the judged year's.
  const end = rule.years > 1 && ctx.settings.titleWindowEndsAt === 'previous_year' ? ctx.year - 1 : ctx.year;
  const what = titleName(rule.title);
  const required = rule.years > 1 ? `${twoDigits(rule.years)} năm${rule.consecutive ? ' liên tục' : ''} đạt danh hiệu ${what}` : `đạt danh hiệu ${what} năm ${end}`;
  if (s.titles === undefined) return ctx.explain ? missing(`${name}: chưa có dữ liệu về danh hiệu thi đua đã đạt`) : quiet('missing');
  const titles = s.titles;
  const blocked = lastBlockedYear(s, ctx.year, ctx.settings);
  const years = rule.consecutive
    ? Array.from({ length: rule.years }, (_, i) => end - rule.years + 1 + i)
    : [...new Set(titles.filter((t) => t.title === rule.title && t.year <= end).map((t) => t.year))].sort((a, b) => a - b);
  const held = years.filter((y) => (blocked === null || y > blocked) && heldIn(ctx, titles, rule.title, y));
  const pass = rule.consecutive ? held.length === years.length : held.length >= rule.years;
  if (!ctx.explain) return quiet(pass ? 'pass' : 'fail');
  const parts = years.map((y) => {
    const t = heldIn(ctx, titles, rule.title, y);
    if (!t) return `${y} chưa đạt`;
    if (blocked !== null && y <= blocked) return `${y} đạt nhưng trong thời hạn kỷ luật, không được tính`;
    return `${y} đạt${t.status === 'proposed' ? ' (đề nghị cùng đợt)' : ''}`;
  });
  const sources = years.map((y) => heldIn(ctx, titles, rule.title, y)?.source).filter((x): x is string => !!x);
  return {
    status: pass ? 'pass' : 'fail',
    sentence: `${name} — danh hiệu ${what}: ${parts.length > 0 ? parts.join(', ') : 'chưa đạt năm nào'}; yêu cầu ${required} — ${pass ? 'đạt' : 'không đạt'}`,
    value: `${held.length} năm`,
    source: sources.length > 0 ? sources.join('; ') : null,
  };
}

/** Whether one member meets the share's condition: true, false, or null when its data is missing. */
function memberMeets(ctx: EvalContext, rule: ShareRule, m: SubjectFacts): boolean | null {
  let known = true;
  if (rule.title) {
    if (m.titles === undefined) known = false;
    else if (!heldIn(ctx, m.titles, rule.title, ctx.year)) return false;
  }
  if (rule.rating) {
    const r = m.ratings?.find((x) => x.year === ctx.year);
    if (!r) known = false;
    else if (!ratingAtLeast(r.rating, rule.rating)) return false;
  }
  return known ? true : null;
}

const shareValue = (rule: ShareRule, k: number, n: number): ResultValue =>
  rule.target.measure === 'count' ? { measure: 'count', value: k } : { measure: 'percent', value: (k * 100) / n };
const judgeShare = (rule: ShareRule, k: number, n: number) => evaluateTarget(rule.target, shareValue(rule, k, n));

/**
 * "≥ 70 % cá nhân đạt Lao động tiên tiến". Members whose data is missing are counted both ways: if the
 * verdict is the same either way it stands, otherwise the clause is "chưa có dữ liệu".
 */
export function memberShareClause(ctx: EvalContext, rule: ShareRule): LeafResult {
  const members = ctx.facts.members;
  if (!members || members.length === 0) return missing('Chưa có danh sách thành viên của tập thể — chưa có dữ liệu');
  if (!rule.title && !rule.rating) return missing('Điều kiện tỷ lệ thành viên chưa nêu danh hiệu hay mức xếp loại — chưa có dữ liệu');
  const n = members.length;
  let yes = 0;
  let unknown = 0;
  for (const m of members) {
    const r = memberMeets(ctx, rule, m);
    if (r === true) yes++;
    else if (r === null) unknown++;
  }
  const what = [rule.title ? `đạt danh hiệu ${titleName(rule.title)}` : null, rule.rating ? `được xếp loại ${ratingLabels[rule.rating].toLowerCase()} trở lên` : null]
    .filter(Boolean)
    .join(' và ');
  if (!ctx.explain) {
    const lo = meetsTarget(rule.target, shareValue(rule, yes, n));
    const hi = unknown === 0 ? lo : meetsTarget(rule.target, shareValue(rule, yes + unknown, n));
    if (typeof lo !== 'boolean' || typeof hi !== 'boolean') return quiet('missing');
    return quiet(lo === hi ? (lo ? 'pass' : 'fail') : 'missing');
  }
  const low = judgeShare(rule, yes, n);
  const high = unknown === 0 ? low : judgeShare(rule, yes + unknown, n);
  if (low instanceof ResultValueError || high instanceof ResultValueError)
    return missing('Chỉ tiêu tỷ lệ thành viên không dùng được (cần tỷ lệ % hoặc số lượng) — chưa có dữ liệu');
  const value = `${yes}/${n} (${formatNumberVi((yes * 100) / n)}%)`;
  const head = `${yes}/${n} thành viên ${what} năm ${ctx.year}`;
  if (low.met === high.met) return { status: low.met ? 'pass' : 'fail', sentence: `${head}: ${low.reason}`, value, source: null };
  return { status: 'missing', sentence: `${head}, ${unknown} thành viên chưa có dữ liệu — chưa có dữ liệu`, value, source: null };
}
