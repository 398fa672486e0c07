/** Dates are shown dd/mm/yyyy (what Vietnamese offices write) and travel as ISO YYYY-MM-DD. */
export const DATE_FORMAT = 'DD/MM/YYYY';
export const TIME_ZONE = 'Asia/Ho_Chi_Minh';
const EMPTY = '—';

/** "2025-07-01" → "01/07/2025"; a calendar day has no time zone, so no Date object is involved. */
export function formatDate(iso: string | null | undefined): string {
  if (!iso) return EMPTY;
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  return m ? `${m[3]}/${m[2]}/${m[1]}` : iso;
}

const dateTimeFormat = new Intl.DateTimeFormat('en-GB', {
  timeZone: TIME_ZONE,
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/** A timestamp shown as Vietnam local time, "dd/mm/yyyy HH:mm", whatever the browser's zone. */
export function formatDateTime(iso: string | null | undefined): string {
  if (!iso) return EMPTY;
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const part = (type: Intl.DateTimeFormatPartTypes) =>
    dateTimeFormat.formatToParts(date).find((p) => p.type === type)?.value ?? '';
  return `${part('day')}/${part('month')}/${part('year')} ${part('hour')}:${part('minute')}`;
}

/** The calendar day before an ISO day: "2025-07-01" → "2025-06-30". */
export function dayBefore(iso: string): string {
  const d = new Date(`${iso.slice(0, 10)}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - 1);
  return d.toISOString().slice(0, 10);
}

/**
 * An active period for people to read. The API's periods are half-open (validTo is the first day a
 * unit no longer operates), but people expect the last day it did: [2020-01-01, 2025-07-01) reads
 * "01/01/2020 – 30/06/2025".
 */
export function formatPeriod(from: string | null | undefined, toExclusive: string | null | undefined, openEnd: string): string {
  return `${from ? formatDate(from) : '…'} – ${toExclusive ? formatDate(dayBefore(toExclusive)) : openEnd}`;
}
