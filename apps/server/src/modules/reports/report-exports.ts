// The columns of each CSV export: the same figures as the JSON, one row per line of the list.
import type { KitchenSheet, OccupancyReport, SalesReport } from '@ladiva/contract/reports';
import { term, type CsvColumn, type CsvDecimal, type CsvValue } from './csv.ts';
import { VENUE_TIME_ZONE } from './paris-days.ts';

const parisFormat = new Intl.DateTimeFormat('sv-SE', {
  timeZone: VENUE_TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
});
/** "2025-03-14 21:00", the venue's wall clock: what staff read on the sheet. */
export const parisTime = (iso: string) => parisFormat.format(new Date(iso));

/** Cents as euros with two decimals ("1234.50", "1234,50" in French): what a spreadsheet sums. */
export const euros = (cents: number): CsvDecimal => ({ decimal: cents / 100, digits: 2 });

type SalesItem = SalesReport['items'][number];
export const SALES_COLUMNS: CsvColumn<SalesItem>[] = [
  { header: 'key', value: (row) => row.key },
  { header: 'label', value: (row) => row.label },
  { header: 'bookings', value: (row) => row.bookings },
  { header: 'guests', value: (row) => row.guests },
  { header: 'tickets_eur', value: (row) => euros(row.ticketsCents) },
  { header: 'extras_eur', value: (row) => euros(row.extrasCents) },
  { header: 'revenue_eur', value: (row) => euros(row.revenueCents) },
];

type OccupancyItem = OccupancyReport['items'][number];
export const OCCUPANCY_COLUMNS: CsvColumn<OccupancyItem>[] = [
  { header: 'performance_id', value: (row) => row.performanceId },
  { header: 'starts_at', value: (row) => parisTime(row.startsAt) },
  { header: 'show', value: (row) => row.showTitleFr },
  { header: 'status', value: (row) => term(row.status) },
  { header: 'capacity', value: (row) => row.capacity },
  { header: 'held', value: (row) => row.held },
  { header: 'sold', value: (row) => row.sold },
  { header: 'checked_in', value: (row) => row.checkedIn },
  { header: 'no_show', value: (row) => row.noShow },
  { header: 'occupancy', value: (row) => row.occupancy },
];

/** The kitchen sheet flattened: one row per cover, dish, extra or party, with its section. */
export interface KitchenCsvRow {
  section: 'covers' | 'dish' | 'extra' | 'party';
  startsAt: string;
  show: string;
  formula?: string | undefined;
  course?: string | null | undefined;
  item?: CsvValue;
  quantity?: number | undefined;
  tables?: string | undefined;
  party?: string | null | undefined;
  notes?: string | undefined;
}

export const KITCHEN_COLUMNS: CsvColumn<KitchenCsvRow>[] = (
  [
    ['section', (row) => term(row.section)],
    ['starts_at', (row) => parisTime(row.startsAt)],
    ['show', (row) => row.show],
    ['formula', (row) => row.formula],
    ['course', (row) => term(row.course)],
    ['item', (row) => row.item],
    ['quantity', (row) => row.quantity],
    ['tables', (row) => row.tables],
    ['party', (row) => row.party],
    ['notes', (row) => row.notes],
  ] as [string, (row: KitchenCsvRow) => CsvValue][]
).map(([header, value]) => ({ header, value }));

export function* kitchenCsvRows(sheet: KitchenSheet): Generator<KitchenCsvRow> {
  for (const performance of sheet.performances) {
    const base = { startsAt: performance.startsAt, show: performance.showTitleFr };
    const formulaName = (id: string) =>
      performance.covers.find((cover) => cover.formulaId === id)?.nameFr;
    for (const cover of performance.covers) {
      yield { ...base, section: 'covers', formula: cover.nameFr, quantity: cover.guests };
    }
    for (const dish of performance.dishes) {
      yield {
        ...base,
        section: 'dish',
        formula: formulaName(dish.formulaId),
        course: dish.course,
        item: dish.code === null ? term('not_chosen') : (dish.nameFr ?? dish.code),
        quantity: dish.guests,
      };
    }
    for (const extra of performance.extras) {
      yield { ...base, section: 'extra', item: extra.nameFr, quantity: extra.quantity };
    }
    for (const party of performance.parties) {
      yield {
        ...base,
        section: 'party',
        quantity: party.partySize,
        tables: party.tables.join(' '),
        party: party.partyName,
        notes: [...party.dietaryNotes, ...(party.occasion ? [party.occasion] : [])].join('; '),
      };
    }
  }
}
