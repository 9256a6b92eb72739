// GET /api/admin/customers: one page of customers, searched and filtered on the server.
import type { CustomerSummary } from '@ladiva/contract/backoffice-bookings';
import { useCallback } from 'react';
import { isItemList } from '../../api/api-client';
import { apiRequest, isRecord } from '../../../../lib/api/api-request';
import { useApiQuery } from '../../api/use-api-query';

export type { CustomerSummary };

export const CUSTOMERS_KEY = 'admin/customers';
export const PAGE_SIZE = 25;

export interface CustomerFilters {
  q?: string | undefined;
  tag?: string | undefined;
  sort?: string | undefined;
  offset: number;
}

interface CustomerPage {
  items: CustomerSummary[];
  total: number;
  limit: number;
  offset: number;
}

export const isCustomer = (value: unknown): value is CustomerSummary =>
  isRecord(value) && typeof value.customerId === 'string' && Array.isArray(value.tags);

const isPage = (value: unknown): value is CustomerPage =>
  isItemList(value, isCustomer) && isRecord(value) && typeof value.total === 'number';

/** The filters as a query string, without the page. */
function filterParams(filters: CustomerFilters): URLSearchParams {
  const params = new URLSearchParams();
  if (filters.q) params.set('q', filters.q);
  if (filters.tag) params.set('tag', filters.tag);
  if (filters.sort) params.set('sort', filters.sort);
  return params;
}

/** Every customer matching the filters as CSV (the server ignores the page for an export). */
export function customersCsvPath(filters: CustomerFilters): string {
  const params = filterParams(filters);
  params.set('format', 'csv');
  return `/api/admin/customers?${params}`;
}

export function useCustomers(filters: CustomerFilters) {
  const params = filterParams(filters);
  params.set('limit', String(PAGE_SIZE));
  params.set('offset', String(filters.offset));
  const query = params.toString();
  const fetcher = useCallback(
    (signal: AbortSignal) => apiRequest(`/api/admin/customers?${query}`, { signal, guard: isPage }),
    [query],
  );
  return useApiQuery(`${CUSTOMERS_KEY}?${query}`, fetcher);
}
