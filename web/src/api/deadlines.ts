import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  CompletionBody,
  CompletionDto,
  DeadlineEntryDto,
  DeadlineListResponse,
  DeadlineStatusCode,
  DeadlineSummaryResponse,
  UnitDeadlineStatusDto,
} from '../../../src/modules/deadlines/deadlines.schema';
import { api } from './client';

export type { CompletionBody, DeadlineEntryDto, DeadlineListResponse, DeadlineStatusCode, DeadlineSummaryResponse, UnitDeadlineStatusDto };

export interface DeadlineListParams {
  from?: string;
  to?: string;
  movementId?: number;
  unitId?: number;
}

export const deadlineKeys = {
  all: ['deadlines'] as const,
  list: (p: DeadlineListParams) => ['deadlines', 'list', p] as const,
  summary: ['deadlines', 'summary'] as const,
};

export function useDeadlines(p: DeadlineListParams = {}) {
  return useQuery({ queryKey: deadlineKeys.list(p), queryFn: () => api<DeadlineListResponse>('/deadlines', { query: { ...p } }) });
}

export function useDeadlineSummary(enabled = true) {
  return useQuery({ queryKey: deadlineKeys.summary, queryFn: () => api<DeadlineSummaryResponse>('/deadlines/summary'), enabled });
}

/** Marking or undoing changes the calendar and the home card alike: both are refetched. */
export function useMarkDone() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: CompletionBody) => api<CompletionDto>('/deadlines/completions', { method: 'POST', body }),
    onSuccess: () => qc.invalidateQueries({ queryKey: deadlineKeys.all }),
  });
}

export function useUndoDone() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (id: number) => api<{ deleted: true }>(`/deadlines/completions/${id}`, { method: 'DELETE' }),
    onSuccess: () => qc.invalidateQueries({ queryKey: deadlineKeys.all }),
  });
}
