// Values of the catalogue forms: the API's field errors by name, euros ⇄ cents.
import type { ApiError } from '../../../lib/api/api-request';

/** `{ slug: 'Already used' }` from an error's `details.fields` (paths such as `body.slug`). */
export function fieldErrors(error: ApiError | null): Record<string, string> {
  const fields = error?.details.fields;
  if (!Array.isArray(fields)) return {};
  const out: Record<string, string> = {};
  for (const item of fields as { path?: unknown; message?: unknown; code?: unknown }[]) {
    if (typeof item.path !== 'string') continue;
    const name = item.path.replace(/^body\.?/, '') || 'body';
    out[name] = item.code === 'taken' ? 'taken' : String(item.message ?? '');
  }
  return out;
}

/** "89,50" or "89.5" → 8950; null when it is not an amount. */
export function parseEuros(text: string): number | null {
  const clean = text.trim().replace(/\s|€/g, '').replace(',', '.');
  if (!/^\d{1,6}(\.\d{1,2})?$/.test(clean)) return null;
  return Math.round(Number(clean) * 100);
}

/** 8950 → "89.50" for an input (no currency sign, a dot both languages' inputs accept). */
export const centsToInput = (cents: number) =>
  cents % 100 === 0 ? String(cents / 100) : (cents / 100).toFixed(2);
