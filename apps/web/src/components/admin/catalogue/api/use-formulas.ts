// Formulas with their price per zone: GET /api/admin/formulas, POST, PATCH, and the price of a
// formula in a zone (PUT to set, DELETE to stop selling it there).
import type {
  AdminFormula,
  CreateFormulaBody,
  UpdateFormulaBody,
} from '@ladiva/contract/backoffice-catalogue';
import { useCallback } from 'react';
import { apiRequest } from '../../../../lib/api/api-request';
import { useApiMutation } from '../../api/use-api-mutation';
import { useApiQuery } from '../../api/use-api-query';
import { isObject, isPage, type Page } from './page';

export type { AdminFormula };

export const FORMULAS_KEY = 'admin/formulas';
const INVALIDATES = [FORMULAS_KEY] as const;
const NO_KEYS: readonly string[] = [];
/** The venue has a handful of formulas: one page holds them all. */
const PATH = '/api/admin/formulas?limit=200';

const isFormula = (value: unknown): value is AdminFormula =>
  isObject(value) && typeof value.id === 'string' && Array.isArray(value.prices);
const isFormulaPage = (value: unknown): value is Page<AdminFormula> =>
  isPage<AdminFormula>(value) && value.items.every(isFormula);

export function useFormulas() {
  const fetcher = useCallback(
    (signal: AbortSignal) => apiRequest(PATH, { signal, guard: isFormulaPage }),
    [],
  );
  return useApiQuery(FORMULAS_KEY, fetcher);
}

const create = (body: CreateFormulaBody) =>
  apiRequest('/api/admin/formulas', { method: 'POST', body, guard: isFormula });
const update = ({ id, ...body }: UpdateFormulaBody & { id: string }) =>
  apiRequest(`/api/admin/formulas/${encodeURIComponent(id)}`, {
    method: 'PATCH',
    body,
    guard: isFormula,
  });

export interface PriceChange {
  formulaId: string;
  zoneId: string;
  /** null: stop selling the formula in the zone. */
  priceCents: number | null;
}

const setPrice = ({ formulaId, zoneId, priceCents }: PriceChange) =>
  apiRequest(
    `/api/admin/formulas/${encodeURIComponent(formulaId)}/prices/${encodeURIComponent(zoneId)}`,
    priceCents === null
      ? { method: 'DELETE', guard: isFormula }
      : { method: 'PUT', body: { priceCents }, guard: isFormula },
  );

export const useCreateFormula = () => useApiMutation(create, INVALIDATES);
export const useUpdateFormula = () => useApiMutation(update, INVALIDATES);
/** No invalidation: the matrix applies the answer itself (optimistic, rolled back on error). */
export const useSetPrice = () => useApiMutation(setPrice, NO_KEYS);
