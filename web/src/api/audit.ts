import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { AuditEntryDto, AuditFiltersResponse, AuditListResponse } from '../../../src/modules/audit/audit.schema';
import { api } from './client';

export type { AuditEntryDto, AuditFiltersResponse };

export interface AuditParams {
  from?: string;
  to?: string;
  userId?: number;
  entity?: string;
  action?: string;
  unitId?: number;
  limit: number;
  offset: number;
}

export function useAudit(p: AuditParams) {
  return useQuery({
    queryKey: ['audit', 'list', p],
    queryFn: () => api<AuditListResponse>('/audit', { query: { ...p } }),
    placeholderData: keepPreviousData,
  });
}

export function useAuditFilters() {
  return useQuery({ queryKey: ['audit', 'filters'], queryFn: () => api<AuditFiltersResponse>('/audit/filters'), staleTime: 60_000 });
}
