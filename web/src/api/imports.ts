import type { ImportKind } from '../../../src/modules/imports/import-jobs.queries';
import type { ImportResult, Progress } from '../../../src/modules/imports/imports.service';
import type { RowError } from '../../../src/modules/imports/row-errors';
import { vi } from '../../i18n/vi';
import { ApiError, request } from './client';
import { readNdjson } from './ndjson';

export type { ImportKind, ImportResult };
export type ImportProgress = Progress;
export type ImportRowError = RowError;

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
      onProgress({ phase: line.phase ?? 'parse', processed: line.processed, total: line.total ?? 0 });
    }
  });
  if (!result) throw new ApiError(0, 'network', vi.imports.interrupted);
  return result;
}
