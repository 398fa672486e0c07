import { disciplineEffectMonths, disciplineEffectSource, disciplineFormLabels, type DisciplineForm } from './vocab';

/** ISO day + n calendar months, clamped to the month's last day (31/01 + 1 month = 28 or 29/02). */
export function addMonths(iso: string, months: number): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  const first = new Date(Date.UTC(y, m - 1 + months, 1));
  const last = new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + 1, 0)).getUTCDate();
  first.setUTCDate(Math.min(d, last));
  return first.toISOString().slice(0, 10);
}

export function addDays(iso: string, days: number): string {
  const t = new Date(`${iso}T00:00:00Z`);
  t.setUTCDate(t.getUTCDate() + days);
  return t.toISOString().slice(0, 10);
}

/**
 * The last day a decision of this form is in effect when it takes effect on `from` (null = no end):
 * the rule's months counted from that day, the day before the same date N months later.
 */
export function ruleEffectTo(form: DisciplineForm, from: string): string | null {
  const months = disciplineEffectMonths[form];
  return months === null ? null : addDays(addMonths(from, months), -1);
}

export const dmy = (iso: string) => iso.split('-').reverse().join('/');

export interface PeriodInput {
  form: DisciplineForm;
  effectiveFrom: string;
  /** undefined: take the rule's end; a value (or null = no end) different from the rule needs a reason. */
  effectiveTo?: string | null;
  overrideReason?: string | null;
}

export type PeriodOutcome =
  | { ok: true; effectiveTo: string | null; overrideReason: string | null }
  | { ok: false; field: 'effectiveTo' | 'overrideReason'; message: string };

/** What the rule says, for messages and for the form's help text. */
export function ruleText(form: DisciplineForm): string {
  const months = disciplineEffectMonths[form];
  const label = disciplineFormLabels[form];
  return months === null ? `${label}: không có thời hạn kết thúc` : `${label}: ${months} tháng kể từ ngày có hiệu lực`;
}

/**
 * The stored period of a decision: computed from its form, or the one typed when it differs and a
 * reason says why (a court ruling, a decision that states its own term…). A reason without a
 * different period is dropped, so the record never claims an override it does not have.
 */
export function resolvePeriod(p: PeriodInput): PeriodOutcome {
  const rule = ruleEffectTo(p.form, p.effectiveFrom);
  const typed = p.effectiveTo === undefined ? rule : p.effectiveTo;
  if (typed !== null && typed < p.effectiveFrom) {
    return { ok: false, field: 'effectiveTo', message: `Ngày hết hiệu lực (${dmy(typed)}) không được trước ngày có hiệu lực (${dmy(p.effectiveFrom)})` };
  }
  if (typed === rule) return { ok: true, effectiveTo: rule, overrideReason: null };
  const reason = p.overrideReason?.trim() ?? '';
  if (!reason) {
    const expected = rule === null ? 'không có ngày kết thúc' : `đến hết ngày ${dmy(rule)}`;
    return {
      ok: false,
      field: 'overrideReason',
      message: `Thời hạn khác với quy định (${ruleText(p.form)}, tức ${expected}; ${disciplineEffectSource}): phải ghi lý do`,
    };
  }
  return { ok: true, effectiveTo: typed, overrideReason: reason };
}

/** True when [from, to] (to null = open) overlaps the calendar year. */
export function overlapsYear(from: string, to: string | null, year: number): boolean {
  return from <= `${year}-12-31` && (to === null || to >= `${year}-01-01`);
}
