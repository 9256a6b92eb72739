import { useCallback, useState } from 'react';
import { ApiError } from '../../../lib/api/api-request';
import { useApiStore } from './api-store';

export type MutationOutcome<R> = { ok: true; value: R } | { ok: false; error: ApiError };

/**
 * A POST and its state. On success every cached answer under the `invalidates` prefixes is
 * refreshed (pass a constant array). `run` resolves with the outcome and never throws.
 */
export function useApiMutation<A, R>(
  mutate: (args: A) => Promise<R>,
  invalidates: readonly string[],
) {
  const store = useApiStore();
  const [pending, setPending] = useState(false);

  const run = useCallback(
    async (args: A): Promise<MutationOutcome<R>> => {
      setPending(true);
      try {
        const value = await mutate(args);
        for (const prefix of invalidates) store.invalidate(prefix);
        return { ok: true, value };
      } catch (error) {
        return {
          ok: false,
          error: error instanceof ApiError ? error : new ApiError(0, 'NETWORK', String(error)),
        };
      } finally {
        setPending(false);
      }
    },
    [store, mutate, invalidates],
  );

  return { run, pending };
}
