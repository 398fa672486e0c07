import { initiativeLevelLabels } from '../../labels';
import type { Rule } from '../../rule.schema';
import { forSubject, quiet, type EvalContext, type LeafResult } from '../context';
import type { InitiativeFact, InitiativeLevel, SubjectFacts } from '../facts';
import { formatDateVi, twoDigits, yearOf } from '../format';

type InitiativeRule = Extract<Rule, { kind: 'initiative' }>;

const levels: InitiativeLevel[] = ['co_so', 'tinh', 'toan_quoc'];
const scopeName = (l: InitiativeLevel) => (l === 'co_so' ? 'cơ sở' : initiativeLevelLabels[l]);

function describe(i: InitiativeFact): string {
  const by = i.recognisedBy ? ` được ${i.recognisedBy} công nhận` : ' được công nhận';
  const decision = i.decisionNumber ? ` (Quyết định số ${i.decisionNumber} ngày ${formatDateVi(i.recognisedOn)})` : ` ngày ${formatDateVi(i.recognisedOn)}`;
  return `sáng kiến «${i.title}»${by}${decision}, phạm vi ${scopeName(i.level)}`;
}

/**
 * Recognised initiatives of at least the clause's scope, recognised within the window of years up to
 * the judged one. `recognisedBy` of the rule is shown, not matched: bodies are named too many ways.
 * For a collective with subject 'members', one member's initiatives are enough.
 */
export const initiativeClause = (ctx: EvalContext, rule: InitiativeRule): LeafResult => forSubject(ctx, rule, 'some', initiativeCheck);

function initiativeCheck(ctx: EvalContext, rule: InitiativeRule, s: SubjectFacts, name: string): LeafResult {
  const window = rule.withinYears ?? ctx.settings.initiativeWindowYears;
  const from = ctx.year - window + 1;
  const need = rule.count ?? 1;
  const minRank = levels.indexOf(rule.minLevel);
  const span = window > 1 ? `các năm ${from}–${ctx.year}` : `năm ${ctx.year}`;
  if (s.initiatives === undefined)
    return ctx.explain ? { status: 'missing', sentence: `${name}: chưa có dữ liệu về sáng kiến`, value: null, source: null } : quiet('missing');
  const inWindow = s.initiatives.filter((i) => yearOf(i.recognisedOn) >= from && yearOf(i.recognisedOn) <= ctx.year);
  const good = inWindow.filter((i) => levels.indexOf(i.level) >= minRank).sort((a, b) => a.recognisedOn.localeCompare(b.recognisedOn));
  if (!ctx.explain) return quiet(good.length >= need ? 'pass' : 'fail');
  const value = `${good.length} sáng kiến`;
  const source = good.map((i) => i.source ?? (i.decisionNumber ? `Quyết định số ${i.decisionNumber}` : null)).filter(Boolean).join('; ') || null;
  if (good.length >= need) {
    return { status: 'pass', sentence: `${name} có ${good.slice(0, need).map(describe).join('; ')} — đạt`, value, source };
  }
  const lowerOnes = inWindow.length - good.length;
  const note = lowerOnes > 0 ? ` (có ${twoDigits(lowerOnes)} sáng kiến phạm vi thấp hơn ${scopeName(rule.minLevel)})` : '';
  const needed = need > 1 ? `${twoDigits(need)} sáng kiến` : 'sáng kiến';
  const got = good.length > 0 ? `chỉ có ${twoDigits(good.length)}/${twoDigits(need)} sáng kiến` : `không có ${needed}`;
  return { status: 'fail', sentence: `${name} ${got} được công nhận phạm vi ${scopeName(rule.minLevel)} trở lên trong ${span}${note} — không đạt`, value, source };
}
