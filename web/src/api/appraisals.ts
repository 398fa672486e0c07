import { useQuery } from '@tanstack/react-query';
import type { AppraiseBody, AssessmentDto, AssessmentListResponse, SelfScoreBody } from '../../../src/modules/appraisals/appraisals.schema';
import { api } from './client';
import { downloadFile } from './download';

export type { AppraiseBody, AssessmentDto, AssessmentListResponse };
export type UnitAssessments = AssessmentListResponse['units'][number];
export type AssessmentStatus = AssessmentDto['status'];
/** What the form sends: the server fills personId and note defaults. */
export type SelfScoreInput = Omit<SelfScoreBody, 'personId' | 'note'> & { personId?: number | null; note?: string | null };

export const assessmentKeys = {
  all: ['assessments'] as const,
  list: (movementId: number, period: string, unitId: number | null) => ['assessments', 'list', movementId, period, unitId] as const,
};

export const fetchAssessments = (movementId: number, period: string, unitId: number | null) =>
  api<AssessmentListResponse>(`/movements/${movementId}/assessments`, { query: { period, ...(unitId !== null ? { unitId } : {}) } });
export const saveSelfScore = (body: SelfScoreInput) => api<AssessmentDto>('/assessments', { method: 'PUT', body });
export const submitAssessments = (movementId: number, unitId: number, period: string) =>
  api<{ submitted: number }>(`/movements/${movementId}/assessments/submit`, { method: 'POST', body: { unitId, period } });
export const appraiseAssessment = (id: number, body: AppraiseBody) => api<AssessmentDto>(`/assessments/${id}/appraise`, { method: 'POST', body });
export const explainAssessment = (id: number, explanation: string) => api<AssessmentDto>(`/assessments/${id}/explain`, { method: 'POST', body: { explanation } });
export const lockAppraisal = (movementId: number, period: string) =>
  api<{ movementId: number; period: string; locked: number }>(`/movements/${movementId}/appraisal/lock`, { method: 'POST', body: { period } });

/** Through fetch, so a refusal shows as a Vietnamese message rather than a saved error file. */
export const downloadAssessments = (movementId: number, period: string, unitId: number | null) =>
  downloadFile(`/movements/${movementId}/assessments/export.xlsx?period=${period}${unitId !== null ? `&unitId=${unitId}` : ''}`, `tu-cham-tham-dinh-${movementId}-${period}.xlsx`);

/** unitId null: every unit the reader may see (the appraiser's list). */
export function useAssessments(movementId: number, period: string | null, unitId: number | null, enabled = true) {
  return useQuery({
    queryKey: assessmentKeys.list(movementId, period ?? '', unitId),
    queryFn: () => fetchAssessments(movementId, period!, unitId),
    enabled: enabled && period !== null,
  });
}
