// One customer: GET /api/admin/customers/:id, its tags and notes (PATCH), the GDPR export (a
// JSON file) and erasure.
import type { CustomerProfile } from '@ladiva/contract/backoffice-bookings';
import { useCallback } from 'react';
import { apiRequest } from '../../../../lib/api/api-request';
import { useApiMutation } from '../../api/use-api-mutation';
import { useApiQuery } from '../../api/use-api-query';
import { CUSTOMERS_KEY, isCustomer } from './use-customers';

export type { CustomerProfile };

const isProfile = (value: unknown): value is CustomerProfile =>
  isCustomer(value) && Array.isArray((value as unknown as CustomerProfile).bookings);

const path = (id: string) => `/api/admin/customers/${encodeURIComponent(id)}`;
const INVALIDATES = [CUSTOMERS_KEY, 'admin/bookings'] as const;

export function useCustomer(id: string | undefined) {
  const fetcher = useCallback(
    (signal: AbortSignal) => apiRequest(path(id!), { signal, guard: isProfile }),
    [id],
  );
  return useApiQuery(id ? `${CUSTOMERS_KEY}/${id}` : null, fetcher);
}

const update = ({ id, ...body }: { id: string; tags?: string[]; notes?: string }) =>
  apiRequest(path(id), { method: 'PATCH', body, guard: isProfile });

export function useUpdateCustomer() {
  return useApiMutation(update, INVALIDATES);
}

const erase = (id: string) => apiRequest<null>(`${path(id)}/erase`, { method: 'POST' });

export function useEraseCustomer() {
  return useApiMutation(erase, INVALIDATES);
}

/** Fetches the export and saves it as a JSON file (a link cannot carry the access token). */
export async function downloadExport(id: string): Promise<void> {
  const data = await apiRequest<unknown>(`${path(id)}/export`);
  const blob = new Blob([JSON.stringify(data, null, 2)], { type: 'application/json' });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = `ladiva-customer-${id.slice(0, 12)}.json`;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  window.setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
