import { occurrences } from '../deadlines/schedule';
import type { PlanContent } from '../movements/model/plan-content.schema';

type Deadline = PlanContent['deadlines'][number];

export interface ResolvedDue {
  dueOn: string | null;
  deadlineKey: string | null;
  /** "Gửi đề nghị khen thưởng về xã" */
  deadlineTitle: string | null;
}

/** The day a deadline falls on in one year: "hằng năm 15/12" → 15/12 of that year; a fixed date as is. */
export function deadlineDayIn(d: Deadline, year: number): string | null {
  const days = occurrences(d.due, d.strict, { start: `${year}-01-01`, end: `${year}-12-31` }, `${year}-01-01`);
  return days.find((day) => day === null || day.startsWith(`${year}-`)) ?? days[0] ?? null;
}

const concerns = (d: Deadline, unit: { id: number; kind: string }) => d.responsible.unitIds.includes(unit.id) || d.responsible.unitKinds.includes(unit.kind as never);

/**
 * When a unit's proposals for an award (or any award of the plan) are due in a year: the award
 * offers' deadlines (deadlineKeys), else the plan's "submit_proposal" deadlines. Where several apply
 * (seed 003: ấp → xã by 25/11, xã → huyện by 10/12) the ones naming the proposing unit or its kind
 * win; among those the earliest day.
 */
export function resolveDueOn(content: Pick<PlanContent, 'awards' | 'deadlines'>, awardKey: string | null, unit: { id: number; kind: string }, year: number): ResolvedDue {
  const offers = awardKey === null ? content.awards : content.awards.filter((a) => a.key === awardKey);
  const keys = new Set(offers.flatMap((o) => o.deadlineKeys));
  let deadlines = content.deadlines.filter((d) => keys.has(d.key));
  if (deadlines.length === 0) deadlines = content.deadlines.filter((d) => d.kind === 'submit_proposal');
  const mine = deadlines.filter((d) => concerns(d, unit));
  const pool = (mine.length > 0 ? mine : deadlines).map((d) => ({ d, day: deadlineDayIn(d, year) })).filter((x): x is { d: Deadline; day: string } => x.day !== null);
  pool.sort((x, y) => x.day.localeCompare(y.day));
  const first = pool[0];
  return first ? { dueOn: first.day, deadlineKey: first.d.key, deadlineTitle: first.d.title } : { dueOn: null, deadlineKey: null, deadlineTitle: null };
}

/** The last day of a period of `n` working days (Monday–Friday) starting on `from` (a weekend start counts from Monday). */
export function workingDaysEnd(from: string, n: number): string {
  const d = new Date(`${from}T00:00:00Z`);
  let counted = 0;
  for (;;) {
    const wd = d.getUTCDay();
    if (wd !== 0 && wd !== 6) counted++;
    if (counted >= n) return d.toISOString().slice(0, 10);
    d.setUTCDate(d.getUTCDate() + 1);
  }
}
