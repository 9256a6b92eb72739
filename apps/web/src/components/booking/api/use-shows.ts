// GET /api/shows for the home page (in the entry chunk: a plain fetch and a light shape check).
import { useEffect, useState } from 'react';
import type { Show } from './types';

function isShow(value: unknown): value is Show {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return (
    ['id', 'slug', 'titleFr', 'titleEn', 'descriptionFr', 'descriptionEn'].every(
      (key) => typeof v[key] === 'string',
    ) &&
    (v.nextStartsAt === null || typeof v.nextStartsAt === 'string')
  );
}

export type ShowsState =
  { status: 'loading' } | { status: 'ready'; shows: Show[] } | { status: 'error' };

export function useShows(): ShowsState {
  const [state, setState] = useState<ShowsState>({ status: 'loading' });
  useEffect(() => {
    const controller = new AbortController();
    fetch('/api/shows', { signal: controller.signal, headers: { accept: 'application/json' } })
      .then((response) => (response.ok ? response.json() : Promise.reject(new Error('shows'))))
      .then((body: unknown) => {
        if (!Array.isArray(body) || !body.every(isShow)) throw new Error('shows: unexpected shape');
        setState({ status: 'ready', shows: body });
      })
      .catch(() => {
        if (!controller.signal.aborted) setState({ status: 'error' });
      });
    return () => controller.abort();
  }, []);
  return state;
}
