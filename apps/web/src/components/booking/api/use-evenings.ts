// GET /api/evenings for the home page's "our evenings" (in the entry chunk: a plain fetch and a
// light shape check, as use-shows.ts). The times come from the performances and formulas, so the
// copy can never say 21:30 while the shows start at 21:00 (ADR 0028).
import type { Evening } from '@ladiva/contract/evenings';
import { useEffect, useState } from 'react';

const TIME = /^\d\d:\d\d$/;

function isEvening(value: unknown): value is Evening {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return (
    Array.isArray(v.weekdays) &&
    v.weekdays.length > 0 &&
    v.weekdays.every((day) => Number.isInteger(day) && day >= 1 && day <= 7) &&
    [v.curtain, v.doors].every((time) => typeof time === 'string' && TIME.test(time)) &&
    (v.dinner === null || (typeof v.dinner === 'string' && TIME.test(v.dinner)))
  );
}

export type EveningsState =
  { status: 'loading' } | { status: 'ready'; evenings: Evening[] } | { status: 'error' };

export function useEvenings(): EveningsState {
  const [state, setState] = useState<EveningsState>({ status: 'loading' });
  useEffect(() => {
    const controller = new AbortController();
    fetch('/api/evenings', { signal: controller.signal, headers: { accept: 'application/json' } })
      .then((response) => (response.ok ? response.json() : Promise.reject(new Error('evenings'))))
      .then((body: unknown) => {
        if (!Array.isArray(body) || !body.every(isEvening)) {
          throw new Error('evenings: unexpected shape');
        }
        setState({ status: 'ready', evenings: body });
      })
      .catch(() => {
        if (!controller.signal.aborted) setState({ status: 'error' });
      });
    return () => controller.abort();
  }, []);
  return state;
}
