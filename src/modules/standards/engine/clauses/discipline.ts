import { disciplineLabels } from '../../labels';
import type { DisciplineForm, Rule } from '../../rule.schema';
import { forSubject, missing, type EvalContext, type LeafResult } from '../context';
import type { DisciplineFact, IsoDate, PendingFact, SubjectFacts } from '../facts';
import { addMonthsIso, formatDateVi, yearOf } from '../format';
import type { EngineSettings } from '../settings';

type NoDisciplineRule = Extract<Rule, { kind: 'no_discipline' }>;

const order = Object.keys(disciplineLabels) as DisciplineForm[];
const severity = (f: DisciplineForm) => order.indexOf(f);

/** The period a discipline has effect: from its start to its end, or to the settings' default length. */
export function disciplineEffect(d: DisciplineFact, settings: EngineSettings): { from: IsoDate; to: IsoDate } {
  const from = d.effectiveFrom ?? d.decidedOn;
  return { from, to: d.effectiveTo ?? addMonthsIso(from, settings.disciplineEffectMonths[d.form]) };
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
    const y = yearOf(e.to);
    if (last === null || y > last) last = y;
  }
  return last;
}

const openAt = (p: PendingFact, day: IsoDate) => p.since <= day && (p.resolvedOn === null || p.resolvedOn > day);
const pendingWords: Record<PendingFact['kind'], string> = {
  discipline: 'đang bị xem xét kỷ luật',
  inspection: 'đang bị thanh tra, kiểm tra',
  complaint: 'đang có khiếu nại, tố cáo chưa giải quyết xong',
};

/** "Không bị kỷ luật từ hình thức … trở lên": every record of that form or worse in effect during the year fails it. */
export function noDisciplineClause(ctx: EvalContext, rule: NoDisciplineRule): LeafResult {
  const start = `${ctx.year}-01-01`;
  const end = `${ctx.year}-12-31`;
  const hold = rule.holdWhilePending ?? ctx.settings.holdWhilePending;
  const asOf = ctx.settings.asOf ?? end;
  return forSubject(ctx, rule.subject, 'every', (s, name) => {
    if (s.discipline === undefined) return missing(`${name}: chưa có dữ liệu về kỷ luật`);
    const hits = s.discipline
      .filter((d) => severity(d.form) >= severity(rule.from))
      .map((d) => ({ d, e: disciplineEffect(d, ctx.settings) }))
      .filter(({ e }) => e.from <= end && e.to >= start)
      .sort((a, b) => severity(b.d.form) - severity(a.d.form) || a.d.decidedOn.localeCompare(b.d.decidedOn));
    const hit = hits[0];
    if (hit) {
      const { d, e } = hit;
      return {
        status: 'fail',
        sentence: `${name} bị kỷ luật ${disciplineLabels[d.form]} ngày ${formatDateVi(d.decidedOn)} — không đạt`,
        value: `${disciplineLabels[d.form]}, hiệu lực ${formatDateVi(e.from)}–${formatDateVi(e.to)}`,
        source: d.source ?? (d.decisionNumber ? `Quyết định số ${d.decisionNumber}` : null),
      };
    }
    // Absent pending data is not held against anyone: most units record only concluded decisions.
    const open = hold ? (s.pending ?? []).find((p) => openAt(p, asOf)) : undefined;
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
  });
}
