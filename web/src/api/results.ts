import { useQuery } from '@tanstack/react-query';
import type { ResultValue } from '../../../src/modules/scoring/result-value';
import type { DuplicatesResponse, EvidenceDto, ResultDto, ResultListResponse, SaveResultBody } from '../../../src/modules/results/results.schema';
import { api, ApiError, toApiError } from './client';
import { downloadFile } from './download';
import { vi } from '../../i18n/vi';

export type { DuplicatesResponse, EvidenceDto, ResultDto, ResultListResponse, ResultValue };
export type IndexValueDto = ResultListResponse['indexValues'][number];
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

export const downloadResultsTemplate = (movementId: number, period: string, unitId: number | null) =>
  downloadFile(`/movements/${movementId}/results/template.xlsx?period=${period}${unitId !== null ? `&unitId=${unitId}` : ''}`, `mau-nhap-ket-qua-${movementId}-${period}.xlsx`);
export const downloadResultsExport = (movementId: number) => downloadFile(`/movements/${movementId}/results/export.xlsx`, `ket-qua-${movementId}.xlsx`);

export interface ResultRowError {
  row: number;
  column: string;
  message: string;
}
export interface ResultsImportSummary {
  total: number;
  created: number;
  updated: number;
  unchanged: number;
  skipped: number;
}
export type ResultsImportOutcome = { ok: true; result: ResultsImportSummary } | { ok: false; message: string; errors: ResultRowError[] };

/** Row errors come back in a 400 body the shared client would reduce to its message; read them here. */
export async function importResults(movementId: number, file: File): Promise<ResultsImportOutcome> {
  const form = new FormData();
  form.append('file', file);
  let response: Response;
  try {
    response = await fetch(`/api/movements/${movementId}/results/import`, { method: 'POST', body: form, credentials: 'same-origin', headers: { Accept: 'application/json' } });
  } catch {
    throw new ApiError(0, 'network', vi.common.networkError);
  }
  if (response.ok) return { ok: true, result: (await response.json()) as ResultsImportSummary };
  if (response.status === 400) {
    const body = (await response.clone().json().catch(() => null)) as { error?: { message?: string; errors?: ResultRowError[]; fields?: Record<string, string> } } | null;
    if (body?.error?.message) {
      const fields = Object.values(body.error.fields ?? {}).map((message) => ({ row: 0, column: '', message }));
      return { ok: false, message: body.error.message, errors: body.error.errors ?? fields };
    }
  }
  throw await toApiError(response);
}
