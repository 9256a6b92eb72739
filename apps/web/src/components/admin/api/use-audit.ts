// GET /api/audit?limit&cursor: the audit log, newest first, a page at a time.
import type { auditEntrySchema } from '@ladiva/contract/auth';
import { useCallback, useState } from 'react';
import type { z } from 'zod';
import { ApiError, apiRequest, isRecord } from '../../../lib/api/api-request';
import { useApiQuery } from './use-api-query';

export type AuditEntry = z.infer<typeof auditEntrySchema>;
export interface AuditPage {
  items: AuditEntry[];
  nextCursor: string | null;
}

const PAGE_SIZE = 50;

const isAuditPage = (value: unknown): value is AuditPage =>
  isRecord(value) &&
  Array.isArray(value.items) &&
  (value.nextCursor === null || typeof value.nextCursor === 'string');

export function fetchAuditPage(cursor: string | null, signal?: AbortSignal): Promise<AuditPage> {
  const query = new URLSearchParams({ limit: String(PAGE_SIZE) });
  if (cursor) query.set('cursor', cursor);
  return apiRequest(`/api/audit?${query}`, { signal, guard: isAuditPage });
}

/** The first page from the shared cache (refreshable), later pages appended on "load more". */
export function useAuditLog() {
  const fetcher = useCallback((signal: AbortSignal) => fetchAuditPage(null, signal), []);
  const first = useApiQuery('audit/first', fetcher);
  const [more, setMore] = useState<{ after: AuditPage; pages: AuditPage[] } | null>(null);
  const [loadingMore, setLoadingMore] = useState(false);
  const [moreError, setMoreError] = useState<ApiError | null>(null);

  // Pages loaded after an older first page are dropped when the first page is fetched again.
  const pages = first.data ? [first.data, ...(more?.after === first.data ? more.pages : [])] : [];
  const cursor = pages.at(-1)?.nextCursor ?? null;

  const loadMore = useCallback(async () => {
    if (!cursor || !first.data) return;
    setLoadingMore(true);
    setMoreError(null);
    try {
      const page = await fetchAuditPage(cursor);
      const after = first.data;
      setMore((previous) => ({
        after,
        pages: [...(previous?.after === after ? previous.pages : []), page],
      }));
    } catch (error) {
      setMoreError(error instanceof ApiError ? error : new ApiError(0, 'NETWORK', String(error)));
    } finally {
      setLoadingMore(false);
    }
  }, [cursor, first.data]);

  return {
    entries: pages.flatMap((page) => page.items),
    first,
    hasMore: cursor !== null,
    loadMore,
    loadingMore,
    moreError,
  };
}
