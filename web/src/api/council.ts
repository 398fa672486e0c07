import { useQuery } from '@tanstack/react-query';
import type { SessionDto, SessionSummaryDto } from '../../../src/modules/council/council.schema';
import { api } from './client';
import { downloadFile } from './download';

export type { SessionDto, SessionSummaryDto };
export type CouncilRole = SessionDto['members'][number]['role'];
export type Choice = 'dong_y' | 'khong_dong_y';
export interface Candidate {
  nominationId: number;
  nomineeName: string;
  subjectKind: string;
  catalogueCode: string;
  unit: { id: number; name: string };
  batch: { id: number; title: string; status: string; proposingUnit: { id: number; name: string } };
}
export interface CreateSessionInput {
  unitId: number;
  movementId: number;
  title: string;
  meetingOn: string;
  location?: string | null;
  thresholdPercent?: number;
  quorumPercent?: number;
}

export const councilKeys = {
  all: ['council'] as const,
  list: ['council', 'list'] as const,
  detail: (id: number) => ['council', 'detail', id] as const,
  candidates: (id: number) => ['council', 'candidates', id] as const,
};

const base = (id: number) => `/council-sessions/${id}`;

export const createSession = (body: CreateSessionInput) => api<SessionDto>('/council-sessions', { method: 'POST', body });
export const addItems = (id: number, nominationIds: number[]) => api<SessionDto>(`${base(id)}/items`, { method: 'POST', body: { nominationIds } });
export const removeItem = (id: number, nominationId: number) => api<SessionDto>(`${base(id)}/items/${nominationId}`, { method: 'DELETE' });
export const addMember = (id: number, body: { personId: number; role: CouncilRole; positionTitle?: string | null }) =>
  api<SessionDto>(`${base(id)}/members`, { method: 'POST', body });
export const removeMember = (id: number, memberId: number) => api<SessionDto>(`${base(id)}/members/${memberId}`, { method: 'DELETE' });
export const setAttendance = (id: number, attendance: { memberId: number; present: boolean }[]) =>
  api<SessionDto>(`${base(id)}/attendance`, { method: 'PUT', body: { attendance } });
export const addRecusal = (id: number, body: { memberId: number; nominationId: number; reason: string }) =>
  api<SessionDto>(`${base(id)}/recusals`, { method: 'POST', body });
export const openVoting = (id: number) => api<SessionDto>(`${base(id)}/open`, { method: 'POST' });
export const closeSession = (id: number) => api<SessionDto>(`${base(id)}/close`, { method: 'POST' });
export const castBallot = (id: number, votes: { nominationId: number; choice: Choice }[]) =>
  api<{ sessionId: number; votedNominationIds: number[]; message: string }>(`${base(id)}/ballots`, { method: 'POST', body: { votes } });
export const downloadMinutes = (id: number, part: 'meeting' | 'tally') =>
  downloadFile(`${base(id)}/${part}-minutes.docx`, part === 'meeting' ? `bien-ban-hop-${id}.docx` : `bien-ban-kiem-phieu-${id}.docx`);

export function useSessions() {
  return useQuery({ queryKey: councilKeys.list, queryFn: () => api<{ items: SessionSummaryDto[] }>('/council-sessions') });
}
export function useSession(id: number) {
  return useQuery({ queryKey: councilKeys.detail(id), queryFn: () => api<SessionDto>(base(id)) });
}
export function useCandidates(id: number, enabled: boolean) {
  return useQuery({ queryKey: councilKeys.candidates(id), queryFn: () => api<{ items: Candidate[] }>(`${base(id)}/candidates`), enabled });
}
