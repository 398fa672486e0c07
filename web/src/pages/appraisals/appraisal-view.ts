import type { AssessmentDto, AssessmentStatus } from '../../api/appraisals';
import type { ResultDto } from '../../api/results';
import type { Criterion } from '../results/periods';

/** One row of a unit's self-assessment table: a criterion of the plan, its result and its self-score (if any yet). */
export interface SelfRow {
  criterion: Criterion;
  result: ResultDto | null;
  assessment: AssessmentDto | null;
}

const round2 = (n: number) => Math.round(n * 100) / 100;

/**
 * The rows of one subject — the unit itself (personId null) or one of its registered people — in the
 * plan's order: the criteria that apply to that subject, joined to what the server holds for the period.
 */
export function selfRows(criteria: readonly Criterion[], results: readonly ResultDto[], assessments: readonly AssessmentDto[], personId: number | null = null): SelfRow[] {
  const of = <T extends { criterionKey: string; person: { id: number } | null }>(list: readonly T[], key: string) =>
    list.find((x) => x.criterionKey === key && (x.person?.id ?? null) === personId) ?? null;
  return criteria
    .filter((c) => (personId === null ? c.appliesTo !== 'individual' : c.appliesTo !== 'collective'))
    .map((criterion) => ({ criterion, result: of(results, criterion.key), assessment: of(assessments, criterion.key) }));
}

/** One subject's totals, as its table shows them: appraised over the decided rows, null before any. */
export function subjectTotals(rows: readonly SelfRow[]): { self: number; appraised: number | null; max: number } {
  let self = 0;
  let appraised: number | null = null;
  let max = 0;
  for (const r of rows) {
    max += r.assessment?.possible ?? possibleOf(r.criterion);
    if (!r.assessment) continue;
    self += r.assessment.selfPoints;
    if (r.assessment.status === 'da_tham_dinh' && r.assessment.appraisedPoints !== null) appraised = (appraised ?? 0) + r.assessment.appraisedPoints;
  }
  return { self: round2(self), appraised: appraised === null ? null : round2(appraised), max: round2(max) };
}

/**
 * Self − appraised points: positive when the unit scored itself higher than the appraiser did (the
 * "self-scores run high" signal); null until there is an appraised score to compare with.
 */
export function gapOf(selfPoints: number, appraisedPoints: number | null): number | null {
  return appraisedPoints === null ? null : round2(selfPoints - appraisedPoints);
}

/** The unit's gap over its appraised criteria only, so a half-appraised unit is not compared with its whole self total. */
export function unitGap(items: readonly Pick<AssessmentDto, 'selfPoints' | 'appraisedPoints' | 'status'>[]): number | null {
  const done = items.filter((a) => a.status === 'da_tham_dinh' && a.appraisedPoints !== null);
  if (done.length === 0) return null;
  return round2(done.reduce((sum, a) => sum + a.selfPoints - a.appraisedPoints!, 0));
}

export const assessmentStatuses: readonly AssessmentStatus[] = ['tu_cham', 'cho_tham_dinh', 'giai_trinh', 'da_tham_dinh'];

export function statusCounts(items: readonly Pick<AssessmentDto, 'status'>[]): Record<AssessmentStatus, number> {
  const counts: Record<AssessmentStatus, number> = { tu_cham: 0, cho_tham_dinh: 0, giai_trinh: 0, da_tham_dinh: 0 };
  for (const a of items) counts[a.status] += 1;
  return counts;
}

/** The unit may (re)score a criterion it has not sent yet, or one returned to it for explanation. */
export function selfEditable(a: Pick<AssessmentDto, 'status' | 'locked'> | null, locked: boolean): boolean {
  if (locked) return false;
  return a === null || (!a.locked && (a.status === 'tu_cham' || a.status === 'giai_trinh'));
}

/**
 * What the appraiser may still do with a row (the server's state machine, mirrored to show the right
 * buttons): a returned score only once its explanation deadline (`today`, YYYY-MM-DD) has passed.
 */
export function appraiserActions(a: Pick<AssessmentDto, 'status' | 'locked' | 'explainBy'>, locked: boolean, today: string): ('accept' | 'change' | 'return')[] {
  if (locked || a.locked) return [];
  if (a.status === 'cho_tham_dinh') return ['accept', 'change', 'return'];
  if (a.status === 'da_tham_dinh') return ['change', 'return'];
  if (a.status === 'giai_trinh' && (a.explainBy === null || a.explainBy < today)) return ['accept', 'change'];
  return [];
}

/** "8,5" for the Vietnamese reader; "—" for nothing. */
export function formatPoints(n: number | null | undefined): string {
  return n === null || n === undefined ? '—' : n.toLocaleString('vi-VN', { maximumFractionDigits: 2 });
}

/** A gap shown with its sign: "+2", "−1,5", "0". */
export function formatGap(gap: number | null): string {
  if (gap === null) return '—';
  if (gap === 0) return '0';
  return `${gap > 0 ? '+' : '−'}${formatPoints(Math.abs(gap))}`;
}

/**
 * The most a criterion gives before anything is scored (the server's pointsRule: maxPoints, else
 * weight, else 1); kept here because the scoring module pulls zod into the bundle.
 */
export function possibleOf(c: Pick<Criterion, 'maxPoints' | 'weight'>): number {
  return c.maxPoints ?? c.weight ?? 1;
}

/** The server lists by criterion key; people read a plan in its own order, the unit's rows before its people's. */
export function inPlanOrder<T extends Pick<AssessmentDto, 'criterionKey' | 'person'>>(items: readonly T[], keys: readonly string[]): T[] {
  const at = (k: string) => {
    const i = keys.indexOf(k);
    return i === -1 ? keys.length : i;
  };
  return [...items].sort((a, b) => (a.person === null ? 0 : 1) - (b.person === null ? 0 : 1) || at(a.criterionKey) - at(b.criterionKey));
}
