import { baseSalaryAt, defaultCatalogueSettings, entryFor, prizeAmount, type CatalogueSettings } from '../commendation/catalogue';
import type { PlanContent } from '../movements/model/plan-content.schema';
import { addDays } from '../deadlines/schedule';

/**
 * Settings of the decision step (domain.md marks them "(setting)"): the prize rounding and base
 * salaries come from the catalogue settings; a forwarded dossier with no plan deadline for its level
 * is due this many days after it is sent.
 */
type Deadline = PlanContent['deadlines'][number];

export interface DecisionSettings {
  catalogue: CatalogueSettings;
  forwardDueDays: number;
}
export const defaultDecisionSettings: DecisionSettings = { catalogue: defaultCatalogueSettings, forwardDueDays: 15 };

export interface AwardeePrize {
  coefficient: number | null;
  baseSalary: number | null;
  /** Whole đồng; 0 when the law sets no money for the entry. */
  amount: number;
}

/**
 * Prize money of one awardee: coefficient × lương cơ sở in force on the signing date (NĐ 98/2023
 * Điều 54), rounded up to the setting's step. The coefficient is the catalogue's for that date.
 */
export function prizeOf(code: string, signedOn: string, settings: CatalogueSettings = defaultCatalogueSettings): AwardeePrize {
  const entry = entryFor(code, signedOn, { settings });
  const base = baseSalaryAt(signedOn, settings.baseSalaries);
  if (!entry || entry.coefficient === null || !base) return { coefficient: entry?.coefficient ?? null, baseSalary: base?.amount ?? null, amount: 0 };
  return { coefficient: entry.coefficient, baseSalary: base.amount, amount: prizeAmount(entry.coefficient, base.amount, settings.prizeRoundingStep).amount };
}

/**
 * When a dossier forwarded up (khen cao) is due: the plan's "submit_proposal" deadline that the
 * forwarding unit answers for ("về huyện 10/12" for the xã), in the batch's year; else the setting.
 */
export function forwardDueOn(
  deadlines: readonly Deadline[],
  from: { id: number; kind: string },
  year: number,
  sentOn: string,
  settings: DecisionSettings = defaultDecisionSettings,
): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  for (const d of deadlines) {
    if (d.kind !== 'submit_proposal') continue;
    if (!d.responsible.unitKinds.includes(from.kind as never) && !d.responsible.unitIds.includes(from.id)) continue;
    let day: string | null = null;
    if (d.due.kind === 'yearly') day = `${year}-${pad(d.due.month)}-${pad(d.due.day)}`;
    else if (d.due.kind === 'date') day = d.due.date;
    if (day === null) continue;
    return d.strict === 'before' ? addDays(day, -1) : day;
  }
  return addDays(sentOn, settings.forwardDueDays);
}

export type BatchStatus = 'nhap' | 'da_gui' | 'tra_lai' | 'cong_khai' | 'da_xet' | 'da_chuyen' | 'da_quyet_dinh';

/**
 * A batch after a decision or a forward: still awaiting the decision while any agreed nomination in
 * it is undecided; then 'da_quyet_dinh' when something in it was decided here, else 'da_chuyen' when
 * its nominations went up.
 */
export function settledBatchStatus(current: string, n: { pending: number; decided: number; forwarded: boolean }): string {
  if (n.pending > 0) return n.forwarded ? 'da_chuyen' : current;
  if (n.decided > 0) return 'da_quyet_dinh';
  return n.forwarded ? 'da_chuyen' : current;
}

/** A due date is missed once the dossier arrived after it, or is still not there after it. */
export const isOverdue = (dueOn: string | null, arrivedOn: string | null, today: string) => dueOn !== null && (arrivedOn ?? today) > dueOn;
