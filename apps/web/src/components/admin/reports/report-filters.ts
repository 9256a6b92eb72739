// The reports' filters, kept in the address: `from`/`to` (Paris days, default this month),
// `group` and `basis` for the sales, `page` (from 0) for the server's pagination.
import type { SalesReport } from '@ladiva/contract/reports';
import { addDays, isDay, monthEnd, monthStart, parisDay } from '../ui/paris-day';

export type SalesGroup = SalesReport['groupBy'];
export type DateBasis = 'performance' | 'sale';
/** The contract's groupings (its values only: zod stays out of the browser bundle). */
export const SALES_GROUPS = [
  'performance',
  'zone',
  'formula',
  'day',
  'week',
  'month',
] as const satisfies readonly SalesGroup[];

export const PAGE = 25;

export interface ReportFilters {
  from: string;
  to: string;
  group: SalesGroup;
  basis: DateBasis;
  page: number;
}

/** The preset periods, each a from/to pair computed from today. */
export function presets(today = parisDay()) {
  return {
    thisMonth: { from: monthStart(today), to: monthEnd(today) },
    lastMonth: { from: monthStart(today, -1), to: monthEnd(monthStart(today, -1)) },
    last30: { from: addDays(today, -29), to: today },
    thisYear: { from: `${today.slice(0, 4)}-01-01`, to: `${today.slice(0, 4)}-12-31` },
  } as const;
}

export function readFilters(params: URLSearchParams, today = parisDay()): ReportFilters {
  const rawFrom = params.get('from');
  const rawTo = params.get('to');
  const fallback = presets(today).thisMonth;
  const [from, to] =
    isDay(rawFrom) && isDay(rawTo) && rawFrom <= rawTo
      ? [rawFrom, rawTo]
      : [fallback.from, fallback.to];
  const rawGroup = params.get('group');
  const group = (SALES_GROUPS as readonly (string | null)[]).includes(rawGroup)
    ? (rawGroup as SalesGroup)
    : 'performance';
  const basis: DateBasis = params.get('basis') === 'sale' ? 'sale' : 'performance';
  const page = Math.max(0, Math.floor(Number(params.get('page')) || 0));
  return { from, to, group, basis, page };
}
