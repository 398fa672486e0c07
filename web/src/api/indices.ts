import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { IndexImportResult, IndexListResponse, IndexScoreDto } from '../../../src/modules/indices/indices.schema';
import type { IndexCode } from '../../../src/modules/indices/index-rules';
import { vi } from '../../i18n/vi';
import { api, ApiError, toApiError } from './client';
import { downloadFile } from './download';

export type { IndexCode, IndexImportResult, IndexListResponse, IndexScoreDto };

export interface IndexFilters {
  unitId?: number;
  year?: number;
  index?: IndexCode;
}

export interface IndexScoreInput {
  unitId: number;
  year: number;
  index: IndexCode;
  score: number | null;
  rank: number | null;
  rankOf: number | null;
  band: string | null;
  source: string | null;
}

export const indexKeys = {
  all: ['indices'] as const,
  list: (f: IndexFilters) => ['indices', 'list', f] as const,
};

export const fetchIndexScores = (f: IndexFilters) => api<IndexListResponse>('/indices', { query: { ...f } });
export const saveIndexScore = (body: IndexScoreInput) => api<IndexScoreDto>('/indices', { method: 'PUT', body });
export const deleteIndexScore = (id: number) => api<{ deleted: true }>(`/indices/${id}`, { method: 'DELETE' });
export const downloadIndexTemplate = () => downloadFile('/indices/template.xlsx', 'mau-nhap-chi-so.xlsx');
export const downloadIndexExport = (f: IndexFilters) => {
  const q = new URLSearchParams(Object.entries(f).filter(([, v]) => v !== undefined).map(([k, v]) => [k, String(v)])).toString();
  return downloadFile(`/indices/export.xlsx${q ? `?${q}` : ''}`, 'chi-so.xlsx');
};

export interface IndexRowError {
  row: number;
  column: string;
  message: string;
}
export type IndexImportOutcome = { ok: true; result: IndexImportResult } | { ok: false; message: string; errors: IndexRowError[] };

/** Row errors come back in a 400 body the shared client would reduce to its message; read them here. */
export async function importIndexScores(file: File): Promise<IndexImportOutcome> {
  const form = new FormData();
  form.append('file', file);
  let response: Response;
  try {
    response = await fetch('/api/indices/import', { method: 'POST', body: form, credentials: 'same-origin', headers: { Accept: 'application/json' } });
  } catch {
    throw new ApiError(0, 'network', vi.common.networkError);
  }
  if (response.ok) return { ok: true, result: (await response.json()) as IndexImportResult };
  if (response.status === 400) {
    const body = (await response.clone().json().catch(() => null)) as { error?: { message?: string; errors?: IndexRowError[]; fields?: Record<string, string> } } | null;
    if (body?.error?.message) {
      const fields = Object.values(body.error.fields ?? {}).map((message) => ({ row: 0, column: '', message }));
      return { ok: false, message: body.error.message, errors: body.error.errors ?? fields };
    }
  }
  throw await toApiError(response);
}

export function useIndexScores(f: IndexFilters) {
  return useQuery({ queryKey: indexKeys.list(f), queryFn: () => fetchIndexScores(f), placeholderData: keepPreviousData });
}
