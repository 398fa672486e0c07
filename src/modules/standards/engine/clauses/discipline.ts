import { disciplineLabels } from '../../labels';
import type { Rule } from '../../rule.schema';
import { forSubject, missing, quiet, type EvalContext, type LeafResult } from '../context';
import type { DisciplineFact, FactDisciplineForm, IsoDate, PendingFact, SubjectFacts } from '../facts';
import { addMonthsIso, formatDateVi, yearOf } from '../format';
import type { EngineSettings } from '../settings';

type NoDisciplineRule = Extract<Rule, { kind: 'no_discipline' }>;

/** One ladder for people and collectives (NĐ 112/2020, 71/2023; Party forms for collectives). */
export const disciplineSeverity: Record<FactDisciplineForm, number> = {
  khien_trach: 1,
  canh_cao: 2,
  ha_bac_luong: 3,
  giang_chuc: 4,
  cach_chuc: 5,
  bai_nhiem: 5,
  buoc_thoi_viec: 6,
  giai_tan: 6,
};
export const factDisciplineLabels: Record<FactDisciplineForm, string> = { ...disciplineLabels, bai_nhiem: 'bãi nhiệm', giai_tan: 'giải tán' };
const severity = (f: FactDisciplineForm) => disciplineSeverity[f] ?? 0;
/** Far enough to mean "no end" in ISO comparisons. */
const NO_END = '9999-12-31';

/** The period a discipline has effect: from its start to its end (9999-12-31 = no end), or to the settings' default length. */
export function disciplineEffect(d: DisciplineFact, settings: EngineSettings): { from: IsoDate; to: IsoDate } {
  const from = d.effectiveFrom ?? d.decidedOn;
  if (d.effectiveTo !== undefined) return { from, to: d.effectiveTo ?? NO_END };
  const months = settings.disciplineEffectMonths[d.form];
  return { from, to: months === null || months === undefined ? NO_END : addMonthsIso(from, months) };
}

/**
 * NĐ 152/2025: achievements count from the end of the discipline term, so every year up to the one
 * in which the last effect ended does not count. Null when nothing blocks (or the setting is off).
 */
export function lastBlockedYear(s: SubjectFacts, upToYear: number, settings: EngineSettings): number | null {
  if (!settings.yearsCountAfterDiscipline || !s.discipline) return null;
  let last: number | null = null;
  for (const d of s.discipline) {
    const e = disciplineEffect(d, settings);
    if (yearOf(e.from) > upToYear) continue;
    if (e.to === NO_END) return Number.POSITIVE_INFINITY;
    const y = yearOf(e.to);
    if (last === null || y > last) last = y;
  }
  return last;
}

const openAt = (p: PendingFact, day: IsoDate) => p.since <= day && (p.resolvedOn === null || p.resolvedOn > day);
const pendingWords: Record<PendingFact['kind'], string> = {
  discipline_review: 'đang bị xem xét kỷ luật',
  inspection: 'đang bị thanh tra, kiểm tra',
  complaint: 'đang có khiếu nại, tố cáo chưa giải quyết xong',
};

/** "Không bị kỷ luật từ hình thức … trở lên": every record of that form or worse in effect during the year fails it. */
export const noDisciplineClause = (ctx: EvalContext, rule: NoDisciplineRule): LeafResult => forSubject(ctx, rule, 'every', noDisciplineCheck);

function noDisciplineCheck(ctx: EvalContext, rule: NoDisciplineRule, s: SubjectFacts, name: string): LeafResult {
  const start = `${ctx.year}-01-01`;
  const end = `${ctx.year}-12-31`;
  if (s.discipline === undefined) return ctx.explain ? missing(`${name}: chưa có dữ liệu về kỷ luật`) : quiet('missing');
  const hits = s.discipline
    .filter((d) => severity(d.form) >= severity(rule.from))
    .map((d) => ({ d, e: disciplineEffect(d, ctx.settings) }))
    .filter(({ e }) => e.from <= end && e.to >= start)
    .sort((a, b) => severity(b.d.form) - severity(a.d.form) || a.d.decidedOn.localeCompare(b.d.decidedOn));
  const hit = hits[0];
  if (hit && !ctx.explain) return quiet('fail');
  if (hit) {
    const { d, e } = hit;
    return {
      status: 'fail',
      sentence: `${name} bị kỷ luật ${factDisciplineLabels[d.form]} ngày ${formatDateVi(d.decidedOn)} — không đạt`,
      value: `${factDisciplineLabels[d.form]}, hiệu lực ${formatDateVi(e.from)}${e.to === NO_END ? ', không thời hạn' : `–${formatDateVi(e.to)}`}`,
      source: d.source ?? (d.decisionNumber ? `Quyết định số ${d.decisionNumber}` : null),
    };
  }
  // Absent pending data is not held against anyone: most units record only concluded decisions.
  const hold = rule.holdWhilePending ?? ctx.settings.holdWhilePending;
  const asOf = ctx.settings.asOf ?? end;
  const open = hold && s.pending ? s.pending.find((p) => openAt(p, asOf)) : undefined;
  if (!ctx.explain) return quiet(open ? 'fail' : 'pass');
  if (open)
    return {
      status: 'fail',
      sentence: `${name} ${pendingWords[open.kind]} từ ngày ${formatDateVi(open.since)} — tạm dừng xét khen thưởng — không đạt`,
      value: pendingWords[open.kind],
      source: open.source,
    };
  return {
    status: 'pass',
    sentence: `${name} không bị kỷ luật từ hình thức ${disciplineLabels[rule.from]} trở lên trong năm ${ctx.year} — đạt`,
    value: 'không',
    source: null,
  };
}
