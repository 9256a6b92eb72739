// The sales rules: GET and PATCH /api/admin/sales-rules.
import type { SalesRules, UpdateSalesRulesBody } from '@ladiva/contract/backoffice-catalogue';
import { useCallback } from 'react';
import { apiRequest } from '../../../../lib/api/api-request';
import { useApiMutation } from '../../api/use-api-mutation';
import { useApiQuery } from '../../api/use-api-query';
import { isObject } from './page';

export type { SalesRules };

export const SALES_RULES_KEY = 'admin/sales-rules';
const INVALIDATES = [SALES_RULES_KEY] as const;

const isRules = (value: unknown): value is SalesRules =>
  isObject(value) && typeof value.holdMinutes === 'number';

export function useSalesRules() {
  const fetcher = useCallback(
    (signal: AbortSignal) => apiRequest('/api/admin/sales-rules', { signal, guard: isRules }),
    [],
  );
  return useApiQuery(SALES_RULES_KEY, fetcher);
}

const update = (body: UpdateSalesRulesBody) =>
  apiRequest('/api/admin/sales-rules', { method: 'PATCH', body, guard: isRules });

export const useUpdateSalesRules = () => useApiMutation(update, INVALIDATES);
