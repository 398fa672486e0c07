import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  BatchDetailDto,
  BatchSummaryDto,
  ClauseDto,
  CommentDto,
  EligibilityDto,
  NominationDto,
} from '../../../../src/modules/nominations/nominations.schema';
import type { Report } from '../../../../src/modules/nominations/report.schema';
import { api } from '../../api/client';
import { downloadFile } from '../../api/download';

export type { BatchDetailDto, BatchSummaryDto, ClauseDto, CommentDto, EligibilityDto, NominationDto, Report };

export const nominationKeys = {
  all: ['nominations'] as const,
  batches: (movementId: number, year: number) => ['nominations', 'batches', movementId, year] as const,
  batch: (id: number) => ['nominations', 'batch', id] as const,
  comments: (id: number) => ['nominations', 'comments', id] as const,
  eligibility: (id: number) => ['nominations', 'eligibility', id] as const,
};

export function useBatches(movementId: number, year: number, enabled: boolean) {
  return useQuery({
    queryKey: nominationKeys.batches(movementId, year),
    queryFn: () => api<{ items: BatchSummaryDto[] }>('/nomination-batches', { query: { movementId, year } }),
    enabled,
  });
}

export function useBatch(id: number | null) {
  return useQuery({ queryKey: nominationKeys.batch(id ?? 0), queryFn: () => api<BatchDetailDto>(`/nomination-batches/${id}`), enabled: id !== null });
}

export function useComments(id: number, enabled: boolean) {
  return useQuery({
    queryKey: nominationKeys.comments(id),
    queryFn: () => api<{ items: CommentDto[]; noticeFrom: string | null; noticeTo: string | null; open: boolean }>(`/nomination-batches/${id}/comments`),
    enabled,
  });
}

export function useEligibility(id: number, enabled: boolean) {
  return useQuery({ queryKey: nominationKeys.eligibility(id), queryFn: () => api<EligibilityDto>(`/nominations/${id}/eligibility`), enabled, staleTime: 0 });
}

/** A mutation that refreshes every nominations query when it succeeds. */
export function useNominationMutation<V, R>(fn: (v: V) => Promise<R>) {
  const qc = useQueryClient();
  return useMutation({ mutationFn: fn, onSuccess: () => qc.invalidateQueries({ queryKey: nominationKeys.all }) });
}

export const createBatch = (body: { movementId: number; year: number; proposingUnitId: number; awardKey?: string; title?: string }) =>
  api<BatchDetailDto>('/nomination-batches', { method: 'POST', body });
export const addNomination = (batchId: number, body: { subjectKind: 'collective' | 'individual'; unitId?: number; personId?: number; awardKey?: string }) =>
  api<NominationDto>(`/nomination-batches/${batchId}/nominations`, { method: 'POST', body });
export const updateNomination = (id: number, body: { version: number; report?: Report; overrideReason?: string | null }) =>
  api<NominationDto>(`/nominations/${id}`, { method: 'PATCH', body });
export const withdrawNomination = (id: number, version: number) => api<NominationDto>(`/nominations/${id}/withdraw`, { method: 'POST', body: { version } });
export const submitBatch = (id: number, version: number, submissionNumber: string | null) =>
  api<BatchDetailDto>(`/nomination-batches/${id}/submit`, { method: 'POST', body: { version, submissionNumber } });
export const returnBatch = (id: number, version: number, reason: string) => api<BatchDetailDto>(`/nomination-batches/${id}/return`, { method: 'POST', body: { version, reason } });
export const startNotice = (id: number, version: number, from?: string, to?: string) =>
  api<BatchDetailDto>(`/nomination-batches/${id}/notice`, { method: 'POST', body: { version, ...(from ? { from } : {}), ...(to ? { to } : {}) } });
export const addComment = (id: number, body: string, nominationId: number | null) =>
  api<CommentDto>(`/nomination-batches/${id}/comments`, { method: 'POST', body: { body, nominationId } });

export const downloadList = (id: number) => downloadFile(`/nomination-batches/${id}/list.docx`, `danh-sach-de-nghi-${id}.docx`);
export const downloadReport = (id: number, version: 'detailed' | 'summary') =>
  downloadFile(`/nominations/${id}/report.docx?version=${version}`, `bao-cao-thanh-tich-${id}.docx`);
