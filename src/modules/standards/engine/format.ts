import { formatNumberVi } from '../../scoring/criterion-check';
import type { IsoDate } from './facts';
import type { ClauseStatus } from './trace';

export { formatNumberVi };

/** "2024-05-03" → "03/05/2024". Anything not an ISO date is shown as given. */
export function formatDateVi(iso: IsoDate): string {
  if (iso.length >= 10 && iso[4] === '-' && iso[7] === '-') return `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;
  return iso;
}

/** Counts as written in official documents: "02 năm", "03 sáng kiến" (two digits below 10). */
export const twoDigits = (n: number): string => (n >= 0 && n < 10 ? `0${n}` : String(n));

export const statusLabels: Record<ClauseStatus, string> = {
  pass: 'đạt',
  fail: 'không đạt',
  missing: 'chưa có dữ liệu',
  pending: 'cần xem xét',
};

/** Adds a day count in months to an ISO date, minus one day: the last day of an effect period. */
export function addMonthsIso(iso: IsoDate, months: number): IsoDate {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y, m - 1 + months, d) - 86_400_000);
  return date.toISOString().slice(0, 10);
}

export const yearOf = (iso: IsoDate): number => Number(iso.slice(0, 4));
