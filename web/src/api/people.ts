import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type {
  CreatePersonBody,
  PeopleListResponse,
  PersonDetailResponse,
  PersonDto,
  PersonTransferDto,
  TransferPersonBody,
  UpdatePersonBody,
} from '../../../src/modules/people/people.schema';
import type { PersonCategory } from '../../../src/modules/people/person-fields';
import { api } from './client';

export type { CreatePersonBody, PersonCategory, PersonDetailResponse, PersonDto, PersonTransferDto, TransferPersonBody, UpdatePersonBody };

export interface PeopleListParams {
  q?: string;
  unitId?: number;
  includeSubunits?: boolean;
  category?: PersonCategory;
  limit: number;
  offset: number;
}

export const peopleKeys = {
  all: ['people'] as const,
  list: (p: PeopleListParams) => ['people', 'list', p] as const,
  detail: (id: number) => ['people', 'detail', id] as const,
};

export const fetchPeople = (p: PeopleListParams) => api<PeopleListResponse>('/people', { query: { ...p } });
export const fetchPerson = (id: number) => api<PersonDetailResponse>(`/people/${id}`);
export const createPerson = (body: CreatePersonBody) => api<PersonDto>('/people', { method: 'POST', body });
export const updatePerson = (id: number, body: UpdatePersonBody) => api<PersonDto>(`/people/${id}`, { method: 'PATCH', body });
export const deactivatePerson = (id: number) => api<unknown>(`/people/${id}`, { method: 'DELETE' });
export const transferPerson = (id: number, body: TransferPersonBody) =>
  api<PersonDto>(`/people/${id}/transfer`, { method: 'POST', body });

export function usePeople(p: PeopleListParams) {
  return useQuery({ queryKey: peopleKeys.list(p), queryFn: () => fetchPeople(p), placeholderData: keepPreviousData });
}

export function usePerson(id: number | null) {
  return useQuery({ queryKey: peopleKeys.detail(id ?? 0), queryFn: () => fetchPerson(id!), enabled: id !== null });
}
