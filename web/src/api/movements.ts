import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { PlanContent, PlanContentInput } from '../../../src/modules/movements/model/plan-content.schema';
import type {
  IssueBody,
  MovementDetailDto,
  MovementListQuery,
  MovementListResponse,
  MovementStatus,
  MovementSummaryDto,
  PlanChangeDto,
  VersionDto,
} from '../../../src/modules/movements/movements.schema';
import type { CascadeNodeDto, CascadeResponse, CascadeUnitDto } from '../../../src/modules/movements/cascade/cascade.schema';
import { api } from './client';

export type { IssueBody, MovementDetailDto, MovementStatus, MovementSummaryDto, PlanChangeDto, PlanContent, PlanContentInput, VersionDto };

/** The detail as the web reads it: contents are stored plans (the server validated them). */
export type MovementDetail = Omit<MovementDetailDto, 'current' | 'draft'> & {
  current: VersionDto & { content: PlanContent };
  draft: (VersionDto & { content: PlanContent }) | null;
};
export type VersionWithContent = VersionDto & { content: PlanContent };
export type DiffResponse = { from: number; to: number; changes: PlanChangeDto[] };
export type UnitRef = MovementSummaryDto['owner'];

export type { CascadeNodeDto, CascadeResponse, CascadeUnitDto };

export type MovementListParams = Omit<MovementListQuery, 'limit' | 'offset'> & { limit: number; offset: number };

export const movementKeys = {
  all: ['movements'] as const,
  list: (p: MovementListParams) => ['movements', 'list', p] as const,
  detail: (id: number) => ['movements', 'detail', id] as const,
  version: (id: number, versionNo: number) => ['movements', 'version', id, versionNo] as const,
  diff: (id: number, from: number, to: number) => ['movements', 'diff', id, from, to] as const,
  cascade: (id: number) => ['movements', 'cascade', id] as const,
};

const base = (id: number) => `/movements/${id}`;

export const fetchMovements = (p: MovementListParams) => api<MovementListResponse>('/movements', { query: { ...p } });
export const fetchMovement = (id: number) => api<MovementDetail>(base(id));
export const fetchVersion = (id: number, versionNo: number) => api<VersionWithContent>(`${base(id)}/versions/${versionNo}`);
export const fetchDiff = (id: number, from: number, to: number) => api<DiffResponse>(`${base(id)}/diff`, { query: { from, to } });
export const fetchCascade = (id: number) => api<CascadeResponse>(`${base(id)}/cascade`);

export const createMovement = (body: { ownerUnitId: number; content: PlanContentInput }) =>
  api<MovementDetail>('/movements', { method: 'POST', body });
export const saveDraft = (id: number, body: { content: PlanContent; revision: number }) =>
  api<MovementDetail>(`${base(id)}/draft`, { method: 'PUT', body });
export const startAmendment = (id: number, changeNote: string | null) =>
  api<MovementDetail>(`${base(id)}/draft`, { method: 'POST', body: { changeNote } });
export const discardDraft = (id: number) => api<unknown>(`${base(id)}/draft`, { method: 'DELETE' });
export const issueMovement = (id: number, body: IssueBody) => api<MovementDetail>(`${base(id)}/issue`, { method: 'POST', body });
export const changeStatus = (id: number, status: MovementStatus) =>
  api<MovementDetail>(`${base(id)}/status`, { method: 'POST', body: { status } });
export const createChildPlan = (id: number, ownerUnitId: number) =>
  api<MovementDetail>(`${base(id)}/children`, { method: 'POST', body: { ownerUnitId } });

/** Where the .docx of one version is served; a plain link, so the browser downloads it. */
export const documentUrl = (id: number, versionNo: number, part: 'plan' | 'decision') =>
  `/api/movements/${id}/versions/${versionNo}/document.docx?part=${part}`;

export function useMovements(p: MovementListParams) {
  return useQuery({ queryKey: movementKeys.list(p), queryFn: () => fetchMovements(p), placeholderData: keepPreviousData });
}

export function useMovement(id: number) {
  return useQuery({ queryKey: movementKeys.detail(id), queryFn: () => fetchMovement(id), enabled: id > 0 });
}

export function useVersion(id: number, versionNo: number | null) {
  return useQuery({
    queryKey: movementKeys.version(id, versionNo ?? 0),
    queryFn: () => fetchVersion(id, versionNo!),
    enabled: versionNo !== null,
    staleTime: Infinity,
  });
}

export function useDiff(id: number, from: number | null, to: number | null) {
  return useQuery({
    queryKey: movementKeys.diff(id, from ?? 0, to ?? 0),
    queryFn: () => fetchDiff(id, from!, to!),
    enabled: from !== null && to !== null && from !== to,
  });
}

export function useCascade(id: number, enabled: boolean) {
  return useQuery({ queryKey: movementKeys.cascade(id), queryFn: () => fetchCascade(id), enabled });
}
