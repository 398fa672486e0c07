import type { ImportKind } from '../../../src/modules/imports/import-jobs.queries';
import type {
  ImportProgressLine,
  ImportResultDto,
  ImportStreamLine,
  RowErrorDto,
} from '../../../src/modules/imports/imports.schema';
import { vi } from '../../i18n/vi';
import { ApiError, request } from './client';
import { readNdjson } from './ndjson';

export type { ImportKind };
export type ImportResult = ImportResultDto;
export type ImportProgress = ImportProgressLine;
export type ImportRowError = RowErrorDto;

export const templatePath = (kind: ImportKind) => `/imports/templates/${kind}.xlsx`;
export const exportPath = (kind: ImportKind) => `/exports/${kind}.xlsx`;

/**
 * Uploads an Excel file and follows the NDJSON progress stream until the final result. Errors before
 * the stream starts (not an Excel file, missing columns, too large…) arrive as the usual JSON error
 * and are thrown; so is an error that stops the import once streaming (nothing is written then).
 */
export async function runImport(kind: ImportKind, file: File, onProgress: (p: ImportProgress) => void): Promise<ImportResult> {
  const form = new FormData();
  form.append('file', file, file.name);
  const response = await request(`/imports/${kind}`, { method: 'POST', body: form, accept: 'application/x-ndjson' });
  if (!response.body) throw new ApiError(0, 'network', vi.imports.interrupted);
  let result: ImportResult | undefined;
  let failure: ApiError | undefined;
  await readNdjson(response.body, (value) => {
    const line = value as ImportStreamLine;
    if (!('done' in line)) onProgress(line);
    else if ('result' in line) result = line.result;
    else failure = new ApiError(500, line.error.code, line.error.message, line.error.fields);
  });
  if (failure) throw failure;
  if (!result) throw new ApiError(0, 'network', vi.imports.interrupted);
  return result;
}

/** A refusal that names columns (missing columns in the sheet) shown in the same table as row errors. */
export function fieldsAsRowErrors(fields: Record<string, string> | undefined): ImportRowError[] {
  return Object.entries(fields ?? {}).map(([column, message]) => ({ row: 0, column, message }));
}
