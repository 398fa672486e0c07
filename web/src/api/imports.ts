import { vi } from '../../i18n/vi';
import { ApiError, request } from './client';
import { readNdjson } from './ndjson';

export type ImportKind = 'units' | 'people';

export interface ImportRowError {
  row: number;
  column: string;
  message: string;
}

export interface ImportProgress {
  phase: string;
  processed: number;
  total: number;
}

/** The final line of an import stream. */
export interface ImportResult {
  ok?: boolean;
  created?: number;
  updated?: number;
  total?: number;
  errors: ImportRowError[];
}

export const templatePath = (kind: ImportKind) => `/imports/templates/${kind}.xlsx`;
export const exportPath = (kind: ImportKind) => `/exports/${kind}.xlsx`;

type Line = Partial<ImportProgress> & { done?: boolean; result?: ImportResult; error?: { code?: string; message?: string } };

/**
 * Uploads an Excel file and follows the NDJSON progress stream until the final result. Errors before
 * the stream starts (not an Excel file, too large…) arrive as the usual JSON error and are thrown.
 */
export async function runImport(kind: ImportKind, file: File, onProgress: (p: ImportProgress) => void): Promise<ImportResult> {
  const form = new FormData();
  form.append('file', file, file.name);
  const response = await request(`/imports/${kind}`, { method: 'POST', body: form, accept: 'application/x-ndjson' });
  if (!response.body) throw new ApiError(0, 'network', vi.imports.interrupted);
  let result: ImportResult | undefined;
  await readNdjson(response.body, (value) => {
    const line = value as Line;
    if (line.error?.message) throw new ApiError(500, line.error.code ?? 'error', line.error.message);
    if (line.done && line.result) result = line.result;
    else if (typeof line.processed === 'number') {
      onProgress({ phase: line.phase ?? '', processed: line.processed, total: line.total ?? 0 });
    }
  });
  if (!result) throw new ApiError(0, 'network', vi.imports.interrupted);
  return { ...result, errors: result.errors ?? [] };
}
