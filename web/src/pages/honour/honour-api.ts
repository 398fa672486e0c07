import { useQuery } from '@tanstack/react-query';
import type { HonourEntry, HonourFiltersResponse, HonourResponse } from '../../../../src/modules/honour/honour.schema';
import { api } from '../../api/client';

export type { HonourEntry, HonourFiltersResponse, HonourResponse };

export interface HonourParams {
  movementId?: number;
  year?: number;
}

// Public routes: no session needed, so these work on the page shown before login.
export function useHonourFilters() {
  return useQuery({ queryKey: ['honour', 'filters'], queryFn: () => api<HonourFiltersResponse>('/public/honour/filters') });
}

export function useHonour(p: HonourParams, enabled: boolean) {
  return useQuery({ queryKey: ['honour', 'board', p], queryFn: () => api<HonourResponse>('/public/honour', { query: { ...p } }), enabled });
}
