import { useQuery } from '@tanstack/react-query';
import type { DashboardResponse } from '../../../src/modules/dashboards/dashboards.schema';
import type { ScorecardResponse } from '../../../src/modules/dashboards/scorecard.schema';
import { api } from './client';
import { downloadFile } from './download';

export type { DashboardResponse, ScorecardResponse };
export type GapRow = DashboardResponse['gaps']['rows'][number];
export type OverdueRow = DashboardResponse['overdue'][number];
export type RankingGroup = DashboardResponse['ranking'][number];
export type RankingRow = RankingGroup['rows'][number];

/** The self-score gap threshold (điểm); null = the server's default setting. */
const query = (year: number | null, gapThreshold: number | null = null) => {
  const params = new URLSearchParams();
  if (year !== null) params.set('period', String(year));
  if (gapThreshold !== null) params.set('gapThreshold', String(gapThreshold));
  const s = params.toString();
  return s ? `?${s}` : '';
};

export const dashboardKeys = {
  movement: (movementId: number, year: number | null, gapThreshold: number | null = null) => ['dashboards', movementId, year, gapThreshold] as const,
  scorecard: (unitId: number) => ['dashboards', 'scorecard', unitId] as const,
};

export const fetchDashboard = (movementId: number, year: number | null, gapThreshold: number | null = null) =>
  api<DashboardResponse>(`/movements/${movementId}/dashboard${query(year, gapThreshold)}`);

export const downloadDashboard = (movementId: number, year: number | null, gapThreshold: number | null = null) =>
  downloadFile(`/movements/${movementId}/dashboard/export.xlsx${query(year, gapThreshold)}`, `ket-qua-xep-hang-${movementId}.xlsx`);

export function useDashboard(movementId: number, year: number | null, enabled: boolean, gapThreshold: number | null = null) {
  return useQuery({ queryKey: dashboardKeys.movement(movementId, year, gapThreshold), queryFn: () => fetchDashboard(movementId, year, gapThreshold), enabled });
}

export function useScorecard(unitId: number | null) {
  return useQuery({ queryKey: dashboardKeys.scorecard(unitId ?? 0), queryFn: () => api<ScorecardResponse>(`/units/${unitId}/scorecard`), enabled: unitId !== null });
}

export const downloadScorecard = (unitId: number) => downloadFile(`/units/${unitId}/scorecard/export.xlsx`, `diem-chi-so-don-vi-${unitId}.xlsx`);
