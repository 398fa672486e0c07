import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type {
  CreateUnitBody,
  MergeUnitsBody,
  MergeUnitsResponse,
  MoveUnitBody,
  UnitDetailResponse,
  UnitDto,
  UnitEventDto,
  UnitListResponse,
  UpdateUnitBody,
} from '../../../src/modules/units/units.schema';
import { api } from './client';

export type { CreateUnitBody, MergeUnitsBody, MoveUnitBody, UnitDetailResponse, UnitDto, UnitEventDto, UpdateUnitBody };

export interface UnitListParams {
  asOf?: string;
  includeInactive?: boolean;
}

export const unitKeys = {
  all: ['units'] as const,
  list: (p: UnitListParams) => ['units', 'list', p] as const,
  detail: (id: number) => ['units', 'detail', id] as const,
};

export const fetchUnits = (p: UnitListParams) => api<UnitListResponse>('/units', { query: { ...p } });
export const fetchUnit = (id: number) => api<UnitDetailResponse>(`/units/${id}`);
export const createUnit = (body: CreateUnitBody) => api<UnitDto>('/units', { method: 'POST', body });
export const updateUnit = (id: number, body: UpdateUnitBody) => api<UnitDto>(`/units/${id}`, { method: 'PATCH', body });
export const moveUnit = (id: number, body: MoveUnitBody) => api<UnitDto>(`/units/${id}/move`, { method: 'POST', body });
export const mergeUnits = (body: MergeUnitsBody) => api<MergeUnitsResponse>('/units/merge', { method: 'POST', body });

export function useUnits(p: UnitListParams = {}, enabled = true) {
  return useQuery({
    queryKey: unitKeys.list(p),
    queryFn: () => fetchUnits(p),
    placeholderData: keepPreviousData,
    staleTime: 30_000,
    enabled,
  });
}

export function useUnit(id: number | null) {
  return useQuery({ queryKey: unitKeys.detail(id ?? 0), queryFn: () => fetchUnit(id!), enabled: id !== null });
}
