import { useQuery } from '@tanstack/react-query';
import type { RegistrationStatus } from '../../../src/modules/registrations/registration-labels';
import type {
  RegistrationDto,
  RegistrationListItemDto,
  RegistrationListResponse,
  SaveRegistrationBody,
} from '../../../src/modules/registrations/registrations.schema';
import { api } from './client';
import { downloadFile } from './download';

export type { RegistrationDto, RegistrationListItemDto, RegistrationListResponse, RegistrationStatus, SaveRegistrationBody };

export const registrationKeys = {
  all: ['registrations'] as const,
  list: (movementId: number) => ['registrations', 'list', movementId] as const,
  detail: (id: number) => ['registrations', 'detail', id] as const,
};

export const fetchRegistrations = (movementId: number) => api<RegistrationListResponse>(`/movements/${movementId}/registrations`);
export const fetchRegistration = (id: number) => api<RegistrationDto>(`/registrations/${id}`);
export const saveRegistration = (body: SaveRegistrationBody) => api<RegistrationDto>('/registrations', { method: 'PUT', body });
export const submitRegistration = (id: number) => api<RegistrationDto>(`/registrations/${id}/submit`, { method: 'POST' });
export const approveRegistration = (id: number) => api<RegistrationDto>(`/registrations/${id}/approve`, { method: 'POST' });
export const returnRegistration = (id: number, reason: string) =>
  api<RegistrationDto>(`/registrations/${id}/return`, { method: 'POST', body: { reason } });

/** Through fetch, so a refusal shows as a Vietnamese message rather than a saved error file. */
export const downloadRegistrations = (movementId: number, format: 'xlsx' | 'docx' = 'xlsx') =>
  downloadFile(`/movements/${movementId}/registrations/export.${format}`, `dang-ky-thi-dua-${movementId}.${format}`);

export function useRegistrations(movementId: number, enabled: boolean) {
  return useQuery({ queryKey: registrationKeys.list(movementId), queryFn: () => fetchRegistrations(movementId), enabled });
}

export function useRegistration(id: number | null) {
  return useQuery({ queryKey: registrationKeys.detail(id ?? 0), queryFn: () => fetchRegistration(id!), enabled: id !== null });
}
