// Zones with their tables (the floor plan): GET /api/admin/zones. Read by the price matrix, the
// performances' capacities and the layout editor.
import type { AdminZone } from '@ladiva/contract/backoffice-catalogue';
import { useCallback } from 'react';
import { apiRequest } from '../../../../lib/api/api-request';
import { useApiMutation } from '../../api/use-api-mutation';
import { useApiQuery } from '../../api/use-api-query';
import { isObject, isPage, type Page } from './page';

export type { AdminZone };

export const ZONES_KEY = 'admin/zones';
/** The contract allows 20 zones in one layout: one page holds them all. */
const PATH = '/api/admin/zones?limit=50';

const isZone = (value: unknown): value is AdminZone =>
  isObject(value) && typeof value.id === 'string' && Array.isArray(value.tables);
const isZonePage = (value: unknown): value is Page<AdminZone> =>
  isPage<AdminZone>(value) && value.items.every(isZone);

export function useZones() {
  const fetcher = useCallback(
    (signal: AbortSignal) => apiRequest(PATH, { signal, guard: isZonePage }),
    [],
  );
  return useApiQuery(ZONES_KEY, fetcher);
}

export type ZoneFields = Pick<
  AdminZone,
  'code' | 'nameFr' | 'nameEn' | 'descriptionFr' | 'descriptionEn' | 'sort'
>;

const create = (body: ZoneFields) =>
  apiRequest('/api/admin/zones', { method: 'POST', body, guard: isZone });
const update = ({ id, ...body }: Partial<Omit<ZoneFields, 'code'>> & { id: string }) =>
  apiRequest(`/api/admin/zones/${encodeURIComponent(id)}`, {
    method: 'PATCH',
    body,
    guard: isZone,
  });

export const useCreateZone = () => useApiMutation(create, [ZONES_KEY]);
export const useUpdateZone = () => useApiMutation(update, [ZONES_KEY]);
