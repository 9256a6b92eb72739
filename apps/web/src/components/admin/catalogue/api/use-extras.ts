// Extras (bottle, cake, announcement…): GET /api/admin/extras, POST, PATCH.
import type { AdminExtra } from '@ladiva/contract/backoffice-catalogue';
import { useCallback } from 'react';
import { apiRequest } from '../../../../lib/api/api-request';
import { useApiMutation } from '../../api/use-api-mutation';
import { useApiQuery } from '../../api/use-api-query';
import { isObject, isPage, type Page } from './page';

export type { AdminExtra };
export type ExtraFields = Omit<AdminExtra, 'id'>;

export const EXTRAS_KEY = 'admin/extras';
const INVALIDATES = [EXTRAS_KEY] as const;
const PATH = '/api/admin/extras?limit=200';

const isExtra = (value: unknown): value is AdminExtra =>
  isObject(value) && typeof value.id === 'string' && typeof value.priceCents === 'number';
const isExtraPage = (value: unknown): value is Page<AdminExtra> =>
  isPage<AdminExtra>(value) && value.items.every(isExtra);

export function useExtras() {
  const fetcher = useCallback(
    (signal: AbortSignal) => apiRequest(PATH, { signal, guard: isExtraPage }),
    [],
  );
  return useApiQuery(EXTRAS_KEY, fetcher);
}

const create = (body: ExtraFields) =>
  apiRequest('/api/admin/extras', { method: 'POST', body, guard: isExtra });
const update = ({ id, ...body }: Partial<ExtraFields> & { id: string }) =>
  apiRequest(`/api/admin/extras/${encodeURIComponent(id)}`, {
    method: 'PATCH',
    body,
    guard: isExtra,
  });

export const useCreateExtra = () => useApiMutation(create, INVALIDATES);
export const useUpdateExtra = () => useApiMutation(update, INVALIDATES);
