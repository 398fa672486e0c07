import { sql } from 'kysely';
import type { Db } from '../../db/database';
import { escapeLike } from '../../lib/text';
import { defaultGapSettings, selfScoreGaps, type GapRow, type GapSettings } from '../scoring';
import { peerGroupKey, type AppraisedTotals, type DashboardUnit, type UnitRef } from './dashboard-builder';

/**
 * The appraisal side of a movement's dashboard for one year: which period (if any) is locked and
 * published, each unit's self and appraised totals, and the self-score gaps.
 *
 * - Appraised points of an assessment = appraised_points; "accept" copies the self points there
 *   (appraisal-decisions.service.ts), and a decided assessment without them falls back to its self points.
 * - The gap compares like with like: only the criteria the standing agency has decided (đã thẩm định).
 * - Of several periods in a year the whole year ("2024") wins, else the latest ("2024-Q4" over "2024-Q1").
 */
export interface UnitAssessmentTotals {
  unitId: number;
  /** Self points of every self-scored criterion of the period. */
  selfAll: number;
  /** Self and appraised points over the decided criteria only. */
  self: number;
  appraised: number;
  decided: number;
}

export function preferredPeriod(periods: readonly string[], year: number): string | null {
  const mine = periods.filter((p) => p.startsWith(String(year)));
  if (mine.includes(String(year))) return String(year);
  return mine.length === 0 ? null : [...mine].sort().at(-1)!;
}

export async function lockedPeriods(db: Db, movementId: number, year: number): Promise<string[]> {
  const rows = await db
    .selectFrom('appraisal_locks')
    .select('period')
    .where('movement_id', '=', movementId)
    .where('period', 'like', `${escapeLike(String(year))}%`)
    .execute();
  return rows.map((r) => r.period);
}

/** Periods of the year in which at least one unit criterion was decided. */
export async function decidedPeriods(db: Db, movementId: number, year: number): Promise<string[]> {
  const rows = await db
    .selectFrom('assessments')
    .select('period')
    .distinct()
    .where('movement_id', '=', movementId)
    .where('person_id', 'is', null)
    .where('status', '=', 'da_tham_dinh')
    .where('period', 'like', `${escapeLike(String(year))}%`)
    .execute();
  return rows.map((r) => r.period);
}

export async function assessmentTotals(db: Db, movementId: number, period: string): Promise<UnitAssessmentTotals[]> {
  const { rows } = await sql<{ unit_id: number; self_all: number; self: number | null; appraised: number | null; decided: number }>`
    select unit_id,
           sum(self_points)::float8 as self_all,
           sum(case when status = 'da_tham_dinh' then self_points end)::float8 as self,
           sum(case when status = 'da_tham_dinh' then coalesce(appraised_points, self_points) end)::float8 as appraised,
           count(*) filter (where status = 'da_tham_dinh')::int as decided
    from assessments
    where movement_id = ${movementId} and period = ${period} and person_id is null
    group by unit_id`.execute(db);
  const round2 = (n: number | null) => Math.round((n ?? 0) * 100) / 100;
  return rows.map((r) => ({ unitId: r.unit_id, selfAll: round2(r.self_all), self: round2(r.self), appraised: round2(r.appraised), decided: Number(r.decided) }));
}

export const basisNotes = {
  appraised: (period: string) =>
    `Xếp hạng theo điểm thẩm định kỳ ${period} (kết quả thẩm định đã khóa và công bố); bảng tiêu chí theo đơn vị vẫn theo số liệu kết quả đã báo cáo.`,
  results: 'Xếp hạng tạm tính theo số liệu kết quả đã báo cáo, chưa có kỳ thẩm định nào của năm được khóa và công bố.',
};

export interface GapRowDto {
  unit: UnitRef;
  group: string;
  self: number;
  appraised: number;
  gap: number;
  runsHigh: boolean;
  why: string[];
}

export interface GapsDto {
  period: string | null;
  settings: GapSettings;
  rows: GapRowDto[];
}

/** Self vs appraised totals per unit, the gap rule applied within each peer group (scoring's selfScoreGaps). */
export function gapsByGroup(units: readonly DashboardUnit[], totals: readonly UnitAssessmentTotals[], settings: GapSettings = defaultGapSettings): GapRowDto[] {
  const byId = new Map(units.map((u) => [u.id, u]));
  const groups = new Map<string, { id: number; name: string; self: number; appraised: number }[]>();
  for (const t of totals) {
    const u = byId.get(t.unitId);
    if (!u || t.decided === 0) continue;
    const key = peerGroupKey(u);
    const list = groups.get(key) ?? [];
    list.push({ id: u.id, name: u.name, self: t.self, appraised: t.appraised });
    groups.set(key, list);
  }
  const out: GapRowDto[] = [];
  for (const [key, pairs] of groups) {
    const report = selfScoreGaps(pairs, settings);
    const group = byId.get(pairs[0]!.id)!.parentName ?? '';
    for (const r of report.rows as (GapRow & { id: number })[]) {
      const u = byId.get(r.id)!;
      out.push({ unit: { id: u.id, code: u.code, name: u.name, kind: u.kind }, group: group || key, self: r.self, appraised: r.appraised, gap: r.gap, runsHigh: r.runsHigh, why: r.why });
    }
  }
  return out.sort((a, b) => Number(b.runsHigh) - Number(a.runsHigh) || b.gap - a.gap);
}

/** What the dashboard needs from appraisal for the year: the ranking basis and the gaps. */
export async function appraisalSide(
  db: Db,
  movementId: number,
  year: number,
  units: readonly DashboardUnit[],
  settings: GapSettings,
): Promise<{ appraised: AppraisedTotals | null; gaps: GapsDto }> {
  const locked = preferredPeriod(await lockedPeriods(db, movementId, year), year);
  const gapPeriod = locked ?? preferredPeriod(await decidedPeriods(db, movementId, year), year);
  const totals = gapPeriod === null ? [] : await assessmentTotals(db, movementId, gapPeriod);
  const appraised = locked === null ? null : { period: locked, totals: new Map(totals.map((t) => [t.unitId, t.appraised])) };
  return { appraised, gaps: { period: gapPeriod, settings, rows: gapsByGroup(units, totals, settings) } };
}
