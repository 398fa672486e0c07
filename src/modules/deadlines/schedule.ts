import type { DueRule } from '../movements/model/elements.schema';

/**
 * Pure calendar rules of deadlines (thời hạn): when a plan's deadline falls within the movement's
 * period and where one responsible unit stands. Days are ISO 'YYYY-MM-DD' strings (they compare as text).
 */

/** A deadline is "sắp đến hạn" this many days ahead. A constant rather than a setting: no user has asked to change it. */
export const DUE_SOON_DAYS = 7;

export type Strictness = 'before' | 'by';
export type DeadlineStatus = 'done' | 'done_late' | 'overdue' | 'due_soon' | 'upcoming' | 'unscheduled';

/** The movement's period as dates: start null when it starts on issue and no issue date is known. */
export interface PeriodDays {
  start: string | null;
  end: string | null;
}

const pad = (n: number) => String(n).padStart(2, '0');
const iso = (y: number, m: number, d: number) => `${y}-${pad(m)}-${pad(d)}`;

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export function addDays(day: string, n: number): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + n)).toISOString().slice(0, 10);
}

/** Day `day` of a month, or the month's last day when it has fewer (29/02 in a common year → 28/02). */
function dayOfMonth(year: number, month: number, day: number): string {
  return iso(year, month, Math.min(day, daysInMonth(year, month)));
}

/**
 * The last day a unit may meet the rule in one year (or the one date). "trước ngày 15/12" means by the
 * 14th; "trước Quý II" means before the quarter starts, "trong Quý I" by its last day.
 */
function lastAllowedDay(rule: Exclude<DueRule, { kind: 'announced_later' | 'yearly' }>, strict: Strictness): string {
  if (rule.kind === 'date') return strict === 'before' ? addDays(rule.date, -1) : rule.date;
  const firstMonth = (rule.quarter - 1) * 3 + 1;
  if (strict === 'before') return addDays(iso(rule.year, firstMonth, 1), -1);
  return dayOfMonth(rule.year, firstMonth + 2, 31);
}

/**
 * Due days of a deadline within the movement's period, ascending; [null] when the plan says the date
 * will be announced later ("có văn bản thông báo sau"). A yearly rule recurs from the start year to the
 * end year — to next year when the period is open-ended — and skips days before the period starts.
 */
export function occurrences(due: DueRule, strict: Strictness, period: PeriodDays, today: string): (string | null)[] {
  if (due.kind === 'announced_later') return [null];
  if (due.kind !== 'yearly') return [lastAllowedDay(due, strict)];
  const currentYear = Number(today.slice(0, 4));
  const endYear = period.end ? Number(period.end.slice(0, 4)) : currentYear + 1;
  // With no known start (a plan without an issue date) only the end year is certain.
  const startYear = period.start ? Number(period.start.slice(0, 4)) : endYear;
  const days: string[] = [];
  for (let y = startYear; y <= endYear; y++) {
    const nominal = dayOfMonth(y, due.month, due.day);
    const day = strict === 'before' ? addDays(nominal, -1) : nominal;
    if (period.start && day < period.start) continue;
    days.push(day);
  }
  return days;
}

/** Where one responsible unit stands on one occurrence. */
export function unitStatus(dueOn: string | null, doneOn: string | null, today: string, soonDays = DUE_SOON_DAYS): DeadlineStatus {
  if (dueOn === null) return 'unscheduled';
  if (doneOn !== null) return doneOn > dueOn ? 'done_late' : 'done';
  if (today > dueOn) return 'overdue';
  return dueOn <= addDays(today, soonDays) ? 'due_soon' : 'upcoming';
}

/**
 * For a "submit your plan" deadline, the day a unit's own plan (a child movement) was issued counts as
 * meeting it. Occurrence i is met by the first plan issued after occurrence i−1's due day, so a unit
 * that issues a plan each year meets each year's deadline with that year's plan. Returns, per
 * occurrence, the issue day that meets it (possibly late) or null.
 */
export function planSubmissions(dueDays: (string | null)[], issuedOn: string[]): (string | null)[] {
  const issued = [...issuedOn].sort();
  return dueDays.map((due, i) => {
    if (due === null) return null;
    const previous = i > 0 ? dueDays[i - 1] : null;
    return issued.find((d) => previous === null || previous === undefined || d > previous) ?? null;
  });
}

/** The period in days: a plan that starts "on issue" starts on the movement's issue day. */
export function periodDays(period: { start: { kind: 'on_issue' } | { kind: 'date'; date: string }; end: string | null }, issuedOn: string | null): PeriodDays {
  return { start: period.start.kind === 'date' ? period.start.date : issuedOn, end: period.end };
}
