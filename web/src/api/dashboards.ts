import { useQuery } from '@tanstack/react-query';
import type { DashboardResponse } from '../../../src/modules/dashboards/dashboards.schema';
import { api } from './client';
import { downloadFile } from './download';

export type { DashboardResponse };
export type RankingGroup = DashboardResponse['ranking'][number];
export type RankingRow = RankingGroup['rows'][number];

const query = (year: number | null) => (year === null ? '' : `?period=${year}`);

export const dashboardKeys = { movement: (movementId: number, year: number | null) => ['dashboards', movementId, year] as const };

export const fetchDashboard = (movementId: number, year: number | null) => api<DashboardResponse>(`/movements/${movementId}/dashboard${query(year)}`);

export const downloadDashboard = (movementId: number, year: number | null) =>
  downloadFile(`/movements/${movementId}/dashboard/export.xlsx${query(year)}`, `ket-qua-xep-hang-${movementId}.xlsx`);

export function useDashboard(movementId: number, year: number | null, enabled: boolean) {
  return useQuery({ queryKey: dashboardKeys.movement(movementId, year), queryFn: () => fetchDashboard(movementId, year), enabled });
}
