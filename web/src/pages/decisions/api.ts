import { useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import type { candidateListResponse, decisionListResponse, forwardResponse, inboxResponse } from '../../../../src/modules/decisions/decisions.schema';
import type { DecisionDto } from '../../../../src/modules/decisions/decisions.schema';
import { api } from '../../api/client';
import { downloadFile } from '../../api/download';

export type { DecisionDto };
export type InboxResponse = z.infer<typeof inboxResponse>;
export type CandidateList = z.infer<typeof candidateListResponse>;
export type DecisionList = z.infer<typeof decisionListResponse>;
export type ForwardResult = z.infer<typeof forwardResponse>;

export const decisionKeys = {
  all: ['decisions'] as const,
  inbox: ['decisions', 'inbox'] as const,
  candidates: (unitId: number) => ['decisions', 'candidates', unitId] as const,
  list: ['decisions', 'list'] as const,
  detail: (id: number) => ['decisions', 'detail', id] as const,
};

export const useInbox = () => useQuery({ queryKey: decisionKeys.inbox, queryFn: () => api<InboxResponse>('/decisions/inbox') });
export const useCandidates = (unitId: number | undefined) =>
  useQuery({ queryKey: decisionKeys.candidates(unitId ?? 0), queryFn: () => api<CandidateList>('/decisions/candidates', { query: { unitId } }), enabled: Boolean(unitId) });
export const useDecisions = () => useQuery({ queryKey: decisionKeys.list, queryFn: () => api<DecisionList>('/decisions') });
export const useDecision = (id: number) => useQuery({ queryKey: decisionKeys.detail(id), queryFn: () => api<DecisionDto>(`/decisions/${id}`) });

export interface DraftInput {
  unitId: number;
  nominationIds: number[];
  submissionNumber: string;
  submissionDate: string;
  title?: string | null;
  moneySource?: string | null;
}
export const draftDecision = (body: DraftInput) => api<DecisionDto>('/decisions', { method: 'POST', body });
export const forwardNominations = (body: { unitId: number; nominationIds: number[]; submissionNumber?: string | null }) =>
  api<ForwardResult>('/decisions/forward', { method: 'POST', body });
export const signDecision = (id: number, body: { number: string; signedOn: string; signerName: string; signerTitle: string }) =>
  api<DecisionDto>(`/decisions/${id}/sign`, { method: 'POST', body });
export const deleteDraft = (id: number) => api<unknown>(`/decisions/${id}`, { method: 'DELETE' });

export type DecisionFile = 'submission.docx' | 'decision.docx' | 'certificates.pdf' | 'dossier.zip';
export const downloadDecisionFile = (id: number, file: DecisionFile) => downloadFile(`/decisions/${id}/${file}`, `quyet-dinh-${id}-${file}`);
