/**
 * Active periods are half-open: active on day d when (validFrom is null or validFrom <= d) and
 * (validTo is null or d < validTo). validTo is the first day the unit no longer operates, so a merge
 * effective on day E closes the sources with validTo = E and the target starts on E with no overlap.
 * Days are 'YYYY-MM-DD' strings, which compare correctly as text.
 */
export function isActiveOn(period: { validFrom: string | null; validTo: string | null }, day: string): boolean {
  return (period.validFrom === null || period.validFrom <= day) && (period.validTo === null || day < period.validTo);
}

/** Today's calendar day in Vietnam (UTC+7, no daylight saving), whatever the server's time zone. */
export function todayInVietnam(now: Date = new Date()): string {
  return new Date(now.getTime() + 7 * 3_600_000).toISOString().slice(0, 10);
}

/** dd/mm/yyyy, the way dates are written in messages to users. */
export function formatDay(day: string): string {
  const [y, m, d] = day.split('-');
  return `${d}/${m}/${y}`;
}
