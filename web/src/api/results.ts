import { useQuery } from '@tanstack/react-query';
import type { ResultValue } from '../../../src/modules/scoring/result-value';
import type { DuplicatesResponse, EvidenceDto, ResultDto, ResultListResponse, SaveResultBody } from '../../../src/modules/results/results.schema';
import { api } from './client';

export type { DuplicatesResponse, EvidenceDto, ResultDto, ResultListResponse, ResultValue };
/** What the form sends: the server fills personId and note defaults. */
export type SaveResultInput = Omit<SaveResultBody, 'personId' | 'note'> & { personId?: number | null; note?: string | null };

export const resultKeys = {
  all: ['results'] as const,
  list: (movementId: number, unitId: number | null, period: string | null) => ['results', 'list', movementId, unitId, period] as const,
  duplicates: (movementId: number) => ['results', 'duplicates', movementId] as const,
};

export const fetchResults = (movementId: number, unitId: number, period: string) =>
  api<ResultListResponse>(`/movements/${movementId}/results`, { query: { unitId, period } });
export const saveResult = (body: SaveResultInput) => api<ResultDto>('/results', { method: 'PUT', body });
export const detachEvidence = (resultId: number, fileId: number) => api<ResultDto>(`/results/${resultId}/evidence/${fileId}`, { method: 'DELETE' });
export const fetchDuplicates = (movementId: number) => api<DuplicatesResponse>(`/movements/${movementId}/evidence-duplicates`);
export const evidenceUrl = (fileId: number) => `/api/evidence/${fileId}`;

export function uploadEvidence(resultId: number, file: File): Promise<ResultDto> {
  const form = new FormData();
  form.append('file', file);
  return api<ResultDto>(`/results/${resultId}/evidence`, { method: 'POST', body: form });
}

export function useResults(movementId: number, unitId: number | null, period: string | null) {
  return useQuery({
    queryKey: resultKeys.list(movementId, unitId, period),
    queryFn: () => fetchResults(movementId, unitId!, period!),
    enabled: unitId !== null && period !== null,
  });
}

export function useDuplicates(movementId: number, enabled: boolean) {
  return useQuery({ queryKey: resultKeys.duplicates(movementId), queryFn: () => fetchDuplicates(movementId), enabled });
}
