// The dashboard and the reports: defaults for the ranges, who sees money, and the shapes of the
// contract. Every query runs under the caller's role (withRequestContext): RLS is the boundary.
import type { Dashboard, OccupancyReport, SalesReport } from '@ladiva/contract/reports';
import type { Db } from '../../db/database.ts';
import { withRequestContext, type RequestClaims } from '../../db/request-context.ts';
import { AppError } from '../../lib/app-error.ts';
import { addDays, daysBetween, parisDay } from './paris-days.ts';
import * as repository from './reports.repository.ts';

/** The longest range a request may cover: a season and a bit. */
export const MAX_RANGE_DAYS = 400;

/** Roles that see revenue on the dashboard: the door sees fill rates and arrivals only. */
const MONEY_ROLES = ['admin', 'manager', 'box_office'] as const;

export const seesRevenue = (claims: RequestClaims) =>
  claims.role === 'authenticated' &&
  claims.roles.some((role) => (MONEY_ROLES as readonly string[]).includes(role));

/** from/to with defaults (`days` long, ending or starting at the given one), checked. */
export function resolveRange(
  query: { from?: string | undefined; to?: string | undefined },
  fallback: { from: string; days: number },
  field = 'querystring.to',
): repository.DayRange {
  const from = query.from ?? (query.to ? addDays(query.to, 1 - fallback.days) : fallback.from);
  const to = query.to ?? addDays(from, fallback.days - 1);
  if (from > to || daysBetween(from, to) > MAX_RANGE_DAYS) {
    throw new AppError('VALIDATION_FAILED', 400, 'This date range is not valid.', {
      fields: [
        {
          path: field,
          code: 'range',
          message: `From a day to a later one, at most ${MAX_RANGE_DAYS} days.`,
        },
      ],
    });
  }
  return { from, to };
}

const rate = (sold: number, capacity: number) =>
  capacity > 0 ? Math.round((sold / capacity) * 10_000) / 10_000 : 0;

export interface DashboardInput {
  from?: string | undefined;
  to?: string | undefined;
  seriesFrom?: string | undefined;
  seriesTo?: string | undefined;
  limit: number;
  offset: number;
}

export async function dashboard(
  db: Db,
  claims: RequestClaims,
  input: DashboardInput,
  now = new Date(),
): Promise<Dashboard> {
  const today = parisDay(now);
  const range = resolveRange(input, { from: today, days: 7 });
  const series = resolveRange(
    { from: input.seriesFrom, to: input.seriesTo },
    { from: addDays(today, -29), days: 30 },
    'querystring.seriesTo',
  );
  const money = seesRevenue(claims);
  return withRequestContext(db, claims, async (tx) => {
    const page = await repository.performancesIn(tx, range, input);
    const ids = page.rows.map((row) => row.id);
    // One after the other: a transaction is one connection.
    const zones = await repository.zoneFill(tx, ids);
    const covers = await repository.coversByFormula(tx, ids);
    const arrivals = await repository.arrivals(tx, ids);
    const revenue = money ? await repository.revenueByPerformance(tx, ids) : [];
    const days = await repository.bookingsPerDay(tx, series);
    const bySource = await repository.bookingsBySource(tx, series);
    const of = <T extends { performanceId: string }>(rows: T[], id: string) =>
      rows.filter((row) => row.performanceId === id);
    return {
      ...range,
      total: page.total,
      performances: page.rows.map((performance) => ({
        id: performance.id,
        startsAt: performance.startsAt.toISOString(),
        status: performance.status,
        salesClosed: performance.salesClosed,
        showTitleFr: performance.showTitleFr,
        showTitleEn: performance.showTitleEn,
        zones: of(zones, performance.id).map(({ performanceId: _, ...zone }) => ({
          ...zone,
          fillRate: rate(zone.sold, zone.capacity),
        })),
        covers: of(covers, performance.id).map(({ performanceId: _, ...cover }) => cover),
        arrivals: of(arrivals, performance.id).map((slot) => ({
          at: slot.at.toISOString(),
          guests: slot.guests,
          checkedIn: slot.checkedIn,
        })),
        ...(money
          ? {
              revenueCents: Number(
                revenue.find((row) => row.performanceId === performance.id)?.revenueCents ?? 0,
              ),
            }
          : {}),
      })),
      series: {
        ...series,
        days: days.map(({ revenueCents, ...day }) => ({
          ...day,
          ...(money ? { revenueCents: Number(revenueCents) } : {}),
        })),
        bySource,
      },
    };
  });
}

export interface SalesInput {
  from?: string | undefined;
  to?: string | undefined;
  groupBy: repository.SalesGroup;
  dateBasis: 'performance' | 'sale';
}

const salesFigures = (row: Omit<repository.SalesRow, 'key' | 'label'>) => ({
  bookings: row.bookings,
  guests: row.guests,
  ticketsCents: Number(row.ticketsCents),
  extrasCents: Number(row.extrasCents),
  revenueCents: Number(row.revenueCents),
});

/** Default period of the reports: the current month so far and the rest of it (31 days). */
const reportRange = (input: { from?: string | undefined; to?: string | undefined }, now: Date) =>
  resolveRange(input, { from: `${parisDay(now).slice(0, 7)}-01`, days: 31 });

export function salesFilter(input: SalesInput, now = new Date()): repository.SalesFilter {
  return { ...reportRange(input, now), groupBy: input.groupBy, dateBasis: input.dateBasis };
}

export async function salesReport(
  db: Db,
  claims: RequestClaims,
  input: SalesInput & repository.Page,
  now = new Date(),
): Promise<SalesReport> {
  const filter = salesFilter(input, now);
  return withRequestContext(db, claims, async (tx) => {
    const rows = await repository.salesRows(tx, filter, input);
    const summary = await repository.salesSummary(tx, filter);
    return {
      groupBy: filter.groupBy,
      from: filter.from,
      to: filter.to,
      items: rows.map((row) => ({ key: row.key, label: row.label, ...salesFigures(row) })),
      total: summary.total,
      totals: salesFigures(summary),
    };
  });
}

/** Every row of the report, for the CSV export. */
export async function salesExport(
  db: Db,
  claims: RequestClaims,
  input: SalesInput,
  now = new Date(),
) {
  const filter = salesFilter(input, now);
  const rows = await withRequestContext(db, claims, (tx) => repository.salesRows(tx, filter));
  return {
    filter,
    rows: rows.map((row) => ({ key: row.key, label: row.label, ...salesFigures(row) })),
  };
}

const occupancyItem = (row: repository.OccupancyRow) => ({
  ...row,
  startsAt: row.startsAt.toISOString(),
  occupancy: rate(row.sold, row.capacity),
});

export async function occupancyReport(
  db: Db,
  claims: RequestClaims,
  input: { from?: string | undefined; to?: string | undefined } & Partial<repository.Page>,
  now = new Date(),
): Promise<OccupancyReport> {
  const range = reportRange(input, now);
  const page =
    input.limit === undefined ? undefined : { limit: input.limit, offset: input.offset ?? 0 };
  return withRequestContext(db, claims, async (tx) => {
    const rows = await repository.occupancyRows(tx, range, page);
    const total = await repository.occupancyCount(tx, range);
    return { ...range, items: rows.map(occupancyItem), total };
  });
}
