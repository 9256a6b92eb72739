// The venue's details: GET /api/venue (public) and PATCH /api/venue (admins with 2FA).
import type { UpdateVenueBody, Venue } from '@ladiva/contract/venue';
import { useCallback } from 'react';
import { apiRequest } from '../../../../lib/api/api-request';
import { useApiMutation } from '../../api/use-api-mutation';
import { useApiQuery } from '../../api/use-api-query';
import { isObject } from './page';

export type { Venue };

export const VENUE_KEY = 'venue';

const isVenue = (value: unknown): value is Venue =>
  isObject(value) && typeof value.name === 'string' && typeof value.taglineFr === 'string';

export function useVenue() {
  const fetcher = useCallback(
    (signal: AbortSignal) => apiRequest('/api/venue', { signal, guard: isVenue }),
    [],
  );
  return useApiQuery(VENUE_KEY, fetcher);
}

const update = (body: UpdateVenueBody) =>
  apiRequest('/api/venue', { method: 'PATCH', body, guard: isVenue });

export const useUpdateVenue = () => useApiMutation(update, [VENUE_KEY]);
