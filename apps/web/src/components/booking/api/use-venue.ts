// GET /api/venue: the fetcher, its key and its hook (CONVENTIONS.md §10). Plain `fetch` for now;
// only the contract's *type* is imported, so zod stays out of the guest bundle.
import type { Venue } from '@ladiva/contract/venue';
import { useEffect, useState } from 'react';

export const venueKey = ['venue'] as const;

/** A light shape check in place of zod: enough to never render a malformed answer. */
function isVenue(value: unknown): value is Venue {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  const text = (key: string) => typeof v[key] === 'string';
  const textOrNull = (key: string) => v[key] === null || typeof v[key] === 'string';
  return (
    ['name', 'taglineFr', 'taglineEn', 'timezone', 'currency', 'updatedAt'].every(text) &&
    ['email', 'phone', 'address'].every(textOrNull)
  );
}

export async function fetchVenue(signal?: AbortSignal): Promise<Venue> {
  const response = await fetch('/api/venue', { signal, headers: { accept: 'application/json' } });
  if (!response.ok) throw new Error(`GET /api/venue answered ${response.status}`);
  const body: unknown = await response.json();
  if (!isVenue(body)) throw new Error('GET /api/venue answered an unexpected shape');
  return body;
}

export type VenueState =
  | { status: 'loading'; venue: null }
  | { status: 'ready'; venue: Venue }
  | { status: 'error'; venue: null };

/**
 * The venue's details. While loading, and when the API cannot be reached (offline, down), the
 * caller shows its static copy: the page never breaks and nothing is logged as an error.
 */
export function useVenue(): VenueState {
  const [state, setState] = useState<VenueState>({ status: 'loading', venue: null });

  useEffect(() => {
    const controller = new AbortController();
    fetchVenue(controller.signal).then(
      (venue) => setState({ status: 'ready', venue }),
      () => {
        if (!controller.signal.aborted) setState({ status: 'error', venue: null });
      },
    );
    return () => controller.abort();
  }, []);

  return state;
}
