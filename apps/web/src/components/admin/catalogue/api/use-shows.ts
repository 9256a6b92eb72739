// Shows: GET /api/admin/shows (paginated, text filter), GET/POST/PATCH one.
import type {
  AdminShow,
  CreateShowBody,
  UpdateShowBody,
} from '@ladiva/contract/backoffice-catalogue';
import { useCallback } from 'react';
import { apiRequest } from '../../../../lib/api/api-request';
import { useApiMutation } from '../../api/use-api-mutation';
import { useApiQuery } from '../../api/use-api-query';
import { isObject, isPage, queryString, type Page } from './page';

export type { AdminShow };

export const SHOWS_KEY = 'admin/shows';
const INVALIDATES = [SHOWS_KEY] as const;

const isShow = (value: unknown): value is AdminShow =>
  isObject(value) && typeof value.id === 'string' && typeof value.slug === 'string';
const isShowPage = (value: unknown): value is Page<AdminShow> =>
  isPage<AdminShow>(value) && value.items.every(isShow);

export function useShows({ q, limit, offset }: { q?: string; limit: number; offset: number }) {
  const path = `/api/admin/shows${queryString({ q, limit, offset })}`;
  const fetcher = useCallback(
    (signal: AbortSignal) => apiRequest(path, { signal, guard: isShowPage }),
    [path],
  );
  return useApiQuery(`${SHOWS_KEY}${path}`, fetcher);
}

export function useShow(id: string | null) {
  const path = id ? `/api/admin/shows/${encodeURIComponent(id)}` : null;
  const fetcher = useCallback(
    (signal: AbortSignal) => apiRequest(path ?? '', { signal, guard: isShow }),
    [path],
  );
  return useApiQuery(path ? `${SHOWS_KEY}/one${path}` : null, fetcher);
}

const create = (body: CreateShowBody) =>
  apiRequest('/api/admin/shows', { method: 'POST', body, guard: isShow });
const update = ({ id, ...body }: UpdateShowBody & { id: string }) =>
  apiRequest(`/api/admin/shows/${encodeURIComponent(id)}`, {
    method: 'PATCH',
    body,
    guard: isShow,
  });

export const useCreateShow = () => useApiMutation(create, INVALIDATES);
export const useUpdateShow = () => useApiMutation(update, INVALIDATES);
