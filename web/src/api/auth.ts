import { useQuery } from '@tanstack/react-query';
import type { ChangePasswordBody, LoginBody, MeResponse } from '../../../src/modules/auth/auth.schema';
import type { Permission } from '../../../src/modules/auth/roles';
import { api, ApiError } from './client';

export type { MeResponse, Permission };

export const meKey = ['auth', 'me'] as const;

/** The signed-in user, or null when signed out (401 is an answer here, not an error). */
export async function fetchMe(): Promise<MeResponse | null> {
  try {
    return await api<MeResponse>('/auth/me');
  } catch (err) {
    if (err instanceof ApiError && err.status === 401) return null;
    throw err;
  }
}

export const login = (body: LoginBody) => api<MeResponse>('/auth/login', { method: 'POST', body });
export const logout = () => api<{ ok: true }>('/auth/logout', { method: 'POST' });
export const changePassword = (body: ChangePasswordBody) => api<{ ok: true }>('/auth/password', { method: 'POST', body });

export function useMe() {
  return useQuery({ queryKey: meKey, queryFn: fetchMe, staleTime: 5 * 60_000, retry: false });
}

export function hasPermission(me: MeResponse | null | undefined, permission: Permission): boolean {
  return !!me?.permissions.includes(permission);
}
