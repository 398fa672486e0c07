import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { DisciplineDto, DisciplineListResponse } from '../../../src/modules/commendation-inputs/discipline.schema';
import type { InitiativeDto, InitiativeListResponse } from '../../../src/modules/commendation-inputs/initiatives.schema';
import type { ImportResult, RatingDto, RatingListResponse } from '../../../src/modules/commendation-inputs/ratings.schema';
import type { DisciplineForm, DisciplineKind, PendingKind, RatingCode, RecognitionLevel, SubjectKind } from '../../../src/modules/commendation-inputs/vocab';
import { vi } from '../../i18n/vi';
import { api, ApiError, toApiError } from './client';
import { downloadFile } from './download';

export type { DisciplineDto, ImportResult, InitiativeDto, RatingDto };

export interface InputFilters {
  unitId?: number;
  personId?: number;
  year?: number;
}

export interface InitiativeInput {
  unitId: number;
  title: string;
  summary: string | null;
  year: number;
  recognitionLevel: RecognitionLevel | null;
  councilName: string | null;
  decisionNumber: string | null;
  decisionDate: string | null;
  authors: { personId: number; share: number }[];
}

export interface DisciplineInput {
  subjectKind: SubjectKind;
  personId: number | null;
  unitId: number | null;
  recordKind: DisciplineKind;
  disciplineForm: DisciplineForm | null;
  pendingKind: PendingKind | null;
  decisionNumber: string | null;
  decisionDate: string | null;
  effectiveFrom: string | null;
  /** Left out: the end the form's rule gives. */
  effectiveTo?: string | null;
  overrideReason: string | null;
  note: string | null;
}

export interface RatingInput {
  subjectKind: SubjectKind;
  personId: number | null;
  unitId: number | null;
  year: number;
  rating: RatingCode;
  source: string | null;
}

export type InputKind = 'initiatives' | 'discipline' | 'ratings';
export const inputKeys = { all: (kind: InputKind) => [kind] as const, list: (kind: InputKind, f: InputFilters) => [kind, 'list', f] as const };

const query = (f: InputFilters) => {
  const q = new URLSearchParams(Object.entries(f).filter(([, v]) => v !== undefined).map(([k, v]) => [k, String(v)])).toString();
  return q ? `?${q}` : '';
};

export const saveInitiative = (id: number | null, body: InitiativeInput) =>
  id === null ? api<InitiativeDto>('/initiatives', { method: 'POST', body }) : api<InitiativeDto>(`/initiatives/${id}`, { method: 'PUT', body });
export const saveDiscipline = (id: number | null, body: DisciplineInput) =>
  id === null ? api<DisciplineDto>('/discipline', { method: 'POST', body }) : api<DisciplineDto>(`/discipline/${id}`, { method: 'PUT', body });
export const saveRating = (body: RatingInput) => api<RatingDto>('/ratings', { method: 'PUT', body });
export const deleteInput = (kind: InputKind, id: number) => api<{ deleted: true }>(`/${kind}/${id}`, { method: 'DELETE' });

export const downloadTemplate = (kind: InputKind) => downloadFile(`/${kind}/template.xlsx`, `mau-${kind}.xlsx`);
export const downloadExport = (kind: InputKind, f: InputFilters) => downloadFile(`/${kind}/export.xlsx${query(f)}`, `${kind}.xlsx`);

export function useInitiatives(f: InputFilters) {
  return useQuery({ queryKey: inputKeys.list('initiatives', f), queryFn: () => api<InitiativeListResponse>('/initiatives', { query: { ...f } }), placeholderData: keepPreviousData });
}
export function useDiscipline(f: InputFilters) {
  return useQuery({ queryKey: inputKeys.list('discipline', f), queryFn: () => api<DisciplineListResponse>('/discipline', { query: { ...f } }), placeholderData: keepPreviousData });
}
export function useRatings(f: InputFilters) {
  return useQuery({ queryKey: inputKeys.list('ratings', f), queryFn: () => api<RatingListResponse>('/ratings', { query: { ...f } }), placeholderData: keepPreviousData });
}

export interface InputRowError {
  row: number;
  column: string;
  message: string;
}
export type InputImportOutcome = { ok: true; result: ImportResult } | { ok: false; message: string; errors: InputRowError[] };

/** Row errors come back in a 400 body the shared client would reduce to its message; read them here. */
export async function importInputs(kind: 'initiatives' | 'ratings', file: File): Promise<InputImportOutcome> {
  const form = new FormData();
  form.append('file', file);
  let response: Response;
  try {
    response = await fetch(`/api/${kind}/import`, { method: 'POST', body: form, credentials: 'same-origin', headers: { Accept: 'application/json' } });
  } catch {
    throw new ApiError(0, 'network', vi.common.networkError);
  }
  if (response.ok) return { ok: true, result: (await response.json()) as ImportResult };
  if (response.status === 400) {
    const body = (await response.clone().json().catch(() => null)) as { error?: { message?: string; errors?: InputRowError[]; fields?: Record<string, string> } } | null;
    if (body?.error?.message) {
      const fields = Object.values(body.error.fields ?? {}).map((message) => ({ row: 0, column: '', message }));
      return { ok: false, message: body.error.message, errors: body.error.errors ?? fields };
    }
  }
  throw await toApiError(response);
}
