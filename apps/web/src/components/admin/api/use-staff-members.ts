// GET /api/staff/members: every staff account (admins only), and the mutations on them.
import type { StaffMember, StaffRole } from '@ladiva/contract/auth';
import { useCallback } from 'react';
import { isItemList } from './api-client';
import { apiRequest, isRecord } from '../../../lib/api/api-request';
import { useApiMutation } from './use-api-mutation';
import { useApiQuery } from './use-api-query';

export type { StaffMember };

const isMember = (value: unknown): value is StaffMember =>
  isRecord(value) &&
  typeof value.id === 'string' &&
  typeof value.email === 'string' &&
  Array.isArray(value.roles);

const isMemberList = (value: unknown): value is { items: StaffMember[] } =>
  isItemList(value, isMember);

export const STAFF_KEY = 'staff/members';
const INVALIDATES = [STAFF_KEY] as const;

export function useStaffMembers() {
  const fetcher = useCallback(
    (signal: AbortSignal) => apiRequest('/api/staff/members', { signal, guard: isMemberList }),
    [],
  );
  return useApiQuery(STAFF_KEY, fetcher);
}

export interface Invitation {
  email: string;
  roles: StaffRole[];
  displayName?: string;
  locale: 'fr' | 'en';
}

const invite = (body: Invitation) =>
  apiRequest('/api/staff/invitations', { method: 'POST', body, guard: isMember });

export function useInviteStaff() {
  return useApiMutation(invite, INVALIDATES);
}

const update = ({ id, ...body }: { id: string; roles?: StaffRole[]; disabled?: boolean }) =>
  apiRequest(`/api/staff/members/${encodeURIComponent(id)}`, {
    method: 'PATCH',
    body,
    guard: isMember,
  });

export function useUpdateStaff() {
  return useApiMutation(update, INVALIDATES);
}

export type StaffAction = 'reset-mfa' | 'revoke-sessions';

const act = ({ id, action }: { id: string; action: StaffAction }) =>
  apiRequest(`/api/staff/members/${encodeURIComponent(id)}/${action}`, { method: 'POST' });

export function useStaffAction() {
  return useApiMutation(act, INVALIDATES);
}
