import { vi } from '../../../i18n/vi';
import type { PlanContent } from '../../api/movements';

export type Criterion = PlanContent['criteria'][number];
/** The part of a period code after the year: '' (năm), 'H1', 'Q3'… */
export type PeriodPart = '' | 'H1' | 'H2' | 'Q1' | 'Q2' | 'Q3' | 'Q4';

const t = vi.results;
const parts: PeriodPart[] = ['', 'H1', 'H2', 'Q1', 'Q2', 'Q3', 'Q4'];

export const periodCode = (year: number, part: PeriodPart) => (part ? `${year}-${part}` : String(year));

export function periodPartLabel(year: number, part: PeriodPart): string {
  if (part === '') return t.periodYear(year);
  const n = Number(part.slice(1));
  return part.startsWith('H') ? t.periodHalf(year, n) : t.periodQuarter(year, n);
}

/** The movement's years; an open-ended plan runs to the current year. */
export function movementYears(from: number | null, to: number | null, thisYear = new Date().getFullYear()): number[] {
  const first = from ?? to ?? thisYear;
  const last = Math.max(first, to ?? Math.max(first, thisYear));
  return Array.from({ length: Math.min(last - first + 1, 30) }, (_, i) => first + i);
}

/** The period parts some criterion of the plan is assessed in, in calendar order. */
export function partsInPlan(criteria: readonly Criterion[]): PeriodPart[] {
  const kinds = new Set(criteria.map((c) => c.period));
  return parts.filter((p) => (p === '' ? kinds.has('year') || kinds.has('movement') : kinds.has(p.startsWith('H') ? 'half_year' : 'quarter')));
}

/** Whether a criterion is assessed in periods of this kind (a criterion for the whole movement is entered once, by year). */
export function assessedIn(c: Criterion, part: PeriodPart): boolean {
  if (part === '') return c.period === 'year' || c.period === 'movement';
  return c.period === (part.startsWith('H') ? 'half_year' : 'quarter');
}

/** '2024-Q3' → 'Quý III/2024'. */
export function periodCodeLabel(code: string): string {
  const m = /^(\d{4})(?:-(H[12]|Q[1-4]))?$/.exec(code);
  return m ? periodPartLabel(Number(m[1]), (m[2] ?? '') as PeriodPart) : code;
}
