// The CSV columns of the back office's lists (#6 "CSV export of every list"): bookings, customers
// and performances. A list answers CSV with `format=csv` or `Accept: text/csv`, with every row
// that matches its filters up to LIST_EXPORT_LIMIT (the total is sent in X-Total-Count).
import type { AdminBooking, CustomerSummary } from '@ladiva/contract/backoffice-bookings';
import type { AdminPerformance } from '@ladiva/contract/backoffice-catalogue';
import { CSV_HEADERS, term, titled, type CsvColumn } from './csv.ts';
import { euros, parisTime } from './report-exports.ts';

/** The most rows one export holds; beyond it the staff narrow the filters. */
export const LIST_EXPORT_LIMIT = 10_000;

/** The lists' description in the OpenAPI document. */
export const CSV_NOTE =
  'With `format=csv` or `Accept: text/csv`: every row matching the filters (at most 10,000; ' +
  'the total in `X-Total-Count`) as a UTF-8 CSV attachment; `Accept-Language: fr` gives a ' +
  'French spreadsheet’s format (`;`, decimal comma, French headers), `en` an English one, none ' +
  'the machine format (`,`, snake_case keys).';

/** Today's date, for the file name (the venue's day). */
export const exportDay = () =>
  new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Paris' }).format(new Date());

export const BOOKING_COLUMNS: CsvColumn<AdminBooking>[] = [
  { header: 'reference', value: (row) => row.reference },
  { header: 'performance', value: (row) => parisTime(row.performance.startsAt) },
  {
    header: 'show',
    value: (row) => titled(row.performance.showTitleFr, row.performance.showTitleEn),
  },
  { header: 'status', value: (row) => term(row.status) },
  { header: 'source', value: (row) => term(row.source) },
  { header: 'name', value: (row) => row.contactName },
  { header: 'email', value: (row) => row.contactEmail },
  { header: 'phone', value: (row) => row.contactPhone },
  { header: 'party_size', value: (row) => row.partySize },
  { header: 'total_eur', value: (row) => euros(row.totalCents) },
  { header: 'created_at', value: (row) => parisTime(row.createdAt) },
];

export const CUSTOMER_COLUMNS: CsvColumn<CustomerSummary>[] = [
  { header: 'name', value: (row) => row.name },
  { header: 'email', value: (row) => row.email },
  { header: 'phone', value: (row) => row.phone },
  { header: 'tags', value: (row) => row.tags.join(' ') },
  { header: 'has_account', value: (row) => row.hasAccount },
  { header: 'bookings', value: (row) => row.bookingCount },
  { header: 'no_shows', value: (row) => row.noShowCount },
  {
    header: 'last_performance',
    value: (row) => (row.lastPerformanceAt ? parisTime(row.lastPerformanceAt) : null),
  },
];

const sum = (row: AdminPerformance, key: 'capacity' | 'held' | 'sold') =>
  row.zones.reduce((total, zone) => total + zone[key], 0);

/** Totals first, then capacity, held and sold of each zone any of the rows sells. */
export function performanceColumns(
  rows: readonly AdminPerformance[],
): CsvColumn<AdminPerformance>[] {
  const zoneCodes = [...new Set(rows.flatMap((row) => row.zones.map((zone) => zone.code)))].sort();
  const zoneColumns = zoneCodes.flatMap((code) =>
    (['capacity', 'held', 'sold'] as const).map((key): CsvColumn<AdminPerformance> => ({
      header: {
        key: `${code}_${key}`,
        fr: `${code} · ${CSV_HEADERS[key]!.fr}`,
        en: `${code} · ${CSV_HEADERS[key]!.en}`,
      },
      value: (row) => row.zones.find((zone) => zone.code === code)?.[key] ?? null,
    })),
  );
  return [
    { header: 'starts_at', value: (row) => parisTime(row.startsAt) },
    { header: 'show', value: (row) => titled(row.showTitleFr, row.showTitleEn) },
    { header: 'status', value: (row) => term(row.status) },
    { header: 'sales_closed', value: (row) => row.salesClosed },
    { header: 'capacity', value: (row) => sum(row, 'capacity') },
    { header: 'held', value: (row) => sum(row, 'held') },
    { header: 'sold', value: (row) => sum(row, 'sold') },
    ...zoneColumns,
  ];
}
