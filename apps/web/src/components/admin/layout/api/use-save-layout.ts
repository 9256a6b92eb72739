// PUT /api/admin/layout: every zone's whole floor plan in one transaction.
import type { AdminZone, SaveLayoutBody } from '@ladiva/contract/backoffice-catalogue';
import { apiRequest, isRecord } from '../../../../lib/api/api-request';
import { useApiMutation } from '../../api/use-api-mutation';
import { ZONES_KEY } from '../../catalogue/api/use-zones';

export interface SaveLayoutResult {
  zones: AdminZone[];
  created: Record<string, string>;
  removed: number;
}

const isResult = (value: unknown): value is SaveLayoutResult =>
  isRecord(value) && Array.isArray(value.zones) && typeof value.removed === 'number';

const save = (body: SaveLayoutBody) =>
  apiRequest('/api/admin/layout', { method: 'PUT', body, guard: isResult });

const INVALIDATES = [ZONES_KEY] as const;

export const useSaveLayout = () => useApiMutation(save, INVALIDATES);
