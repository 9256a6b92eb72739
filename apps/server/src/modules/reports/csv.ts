// CSV for every list the back office exports (#6 "CSV export of every list"), written for Excel
// and for the formula-injection trap:
// * RFC 4180: fields with a comma, a quote, CR or LF are quoted, quotes doubled; rows end in CRLF.
// * A UTF-8 byte-order mark first, or Excel reads "Éric" as mojibake.
// * A cell that starts with = + - @ TAB or CR would be run as a formula by a spreadsheet
//   (OWASP "CSV injection"): it is prefixed with a single quote. Numbers are written as numbers
//   (a negative amount is not text from a guest), so only strings are neutralised.
// * A dialect per reader (csvDialect): a staff member's download names its UI language in
//   Accept-Language and gets that spreadsheet's format — French: `;` between fields, a decimal
//   comma, oui/non, headers and codes (statuses, sources, sections) in French words (what Excel
//   reads in a French locale); English: `,`, a decimal point, yes/no, English headers and words.
//   A request naming no language (a script) gets the machine format: `,`, a decimal point,
//   true/false, snake_case keys as headers and the codes themselves.
// A route calls `sendCsv(reply, filename, columns, rows)`; rows may be an async iterable, so a
// long list is streamed rather than built in memory.
import { Readable } from 'node:stream';
import type { FastifyReply } from 'fastify';

export const BOM = '\uFEFF';
const FORMULA_START = /^[=+\-@\t\r]/;

/** An amount with a fixed number of decimals (euros: 2), written in the reader's decimal mark. */
export interface CsvDecimal {
  decimal: number;
  digits: number;
}

/**
 * A value with words per reader: a code for the machine ("checked_in"), the word in French or
 * English for people ("Arrivé", "Checked in"). Titles with two languages use it too.
 */
export interface CsvTerm {
  code: string;
  fr: string;
  en: string;
}

export type CsvValue = string | number | boolean | Date | CsvDecimal | CsvTerm | null | undefined;

/** The words of the codes the exports carry (statuses, sources, the kitchen's sections). */
export const CSV_TERMS: Record<string, { fr: string; en: string }> = {
  // Bookings' statuses and sources
  held: { fr: 'En option', en: 'Held' },
  confirmed: { fr: 'Confirmée', en: 'Confirmed' },
  cancelled: { fr: 'Annulée', en: 'Cancelled' },
  expired: { fr: 'Expirée', en: 'Expired' },
  checked_in: { fr: 'Arrivée', en: 'Checked in' },
  no_show: { fr: 'Absente', en: 'No-show' },
  web: { fr: 'En ligne', en: 'Online' },
  phone: { fr: 'Téléphone', en: 'Phone' },
  admin: { fr: 'Équipe', en: 'Staff' },
  walk_in: { fr: 'Sans réservation', en: 'Walk-in' },
  // Performances' statuses
  draft: { fr: 'Brouillon', en: 'Draft' },
  on_sale: { fr: 'En vente', en: 'On sale' },
  sold_out: { fr: 'Complet', en: 'Sold out' },
  past: { fr: 'Passée', en: 'Past' },
  // The kitchen sheet's sections and courses
  covers: { fr: 'Couverts', en: 'Covers' },
  dish: { fr: 'Plat', en: 'Dish' },
  extra: { fr: 'Extra', en: 'Extra' },
  party: { fr: 'Groupe', en: 'Party' },
  starter: { fr: 'Entrée', en: 'Starter' },
  main: { fr: 'Plat principal', en: 'Main' },
  dessert: { fr: 'Dessert', en: 'Dessert' },
  not_chosen: { fr: '(pas encore choisi)', en: '(not chosen yet)' },
};

/** A code in the reader's words (the code itself when no words are known for it). */
export const term = (code: string | null | undefined): CsvTerm | null =>
  code ? { code, fr: CSV_TERMS[code]?.fr ?? code, en: CSV_TERMS[code]?.en ?? code } : null;

/** A title with a French and an English version: French for the machine and French readers. */
export const titled = (fr: string, en: string): CsvTerm => ({ code: fr, fr, en });

/** A column's header: a key of CSV_HEADERS (translated), or its own words per language. */
export type CsvHeader = string | { key: string; fr: string; en: string };

export interface CsvColumn<T> {
  header: CsvHeader;
  value: (row: T) => CsvValue;
}

export interface CsvDialect {
  lang: 'machine' | 'fr' | 'en';
  separator: ',' | ';';
  decimalMark: '.' | ',';
  yes: string;
  no: string;
}

export const CSV_DIALECTS = {
  machine: { lang: 'machine', separator: ',', decimalMark: '.', yes: 'true', no: 'false' },
  fr: { lang: 'fr', separator: ';', decimalMark: ',', yes: 'oui', no: 'non' },
  en: { lang: 'en', separator: ',', decimalMark: '.', yes: 'yes', no: 'no' },
} as const satisfies Record<string, CsvDialect>;

/** The dialect of the first language the request names (French or English), else the machine's. */
export function csvDialect(acceptLanguage: string | undefined): CsvDialect {
  const first = (acceptLanguage ?? '').split(',')[0]?.trim().toLowerCase() ?? '';
  if (first.startsWith('fr')) return CSV_DIALECTS.fr;
  if (first.startsWith('en')) return CSV_DIALECTS.en;
  return CSV_DIALECTS.machine;
}

/** The headers of the exports, by key. */
export const CSV_HEADERS: Record<string, { fr: string; en: string }> = {
  bookings: { fr: 'Réservations', en: 'Bookings' },
  capacity: { fr: 'Capacité', en: 'Capacity' },
  checked_in: { fr: 'Arrivés', en: 'Checked in' },
  course: { fr: 'Plat', en: 'Course' },
  created_at: { fr: 'Créée le', en: 'Created' },
  email: { fr: 'E-mail', en: 'Email' },
  extras_eur: { fr: 'Extras (€)', en: 'Extras (€)' },
  formula: { fr: 'Formule', en: 'Formula' },
  guests: { fr: 'Convives', en: 'Guests' },
  has_account: { fr: 'Compte', en: 'Account' },
  held: { fr: 'En option', en: 'Held' },
  item: { fr: 'Article', en: 'Item' },
  key: { fr: 'Période', en: 'Period' },
  label: { fr: 'Libellé', en: 'Label' },
  last_performance: { fr: 'Dernière soirée', en: 'Last evening' },
  name: { fr: 'Nom', en: 'Name' },
  no_show: { fr: 'Absents', en: 'No-shows' },
  no_shows: { fr: 'Absences', en: 'No-shows' },
  notes: { fr: 'Notes', en: 'Notes' },
  occupancy: { fr: 'Remplissage', en: 'Occupancy' },
  party: { fr: 'Groupe', en: 'Party' },
  party_size: { fr: 'Personnes', en: 'Party size' },
  performance: { fr: 'Représentation', en: 'Performance' },
  performance_id: { fr: 'Id représentation', en: 'Performance id' },
  phone: { fr: 'Téléphone', en: 'Phone' },
  quantity: { fr: 'Quantité', en: 'Quantity' },
  reference: { fr: 'Référence', en: 'Reference' },
  revenue_eur: { fr: 'Chiffre d’affaires (€)', en: 'Revenue (€)' },
  sales_closed: { fr: 'Ventes arrêtées', en: 'Sales stopped' },
  section: { fr: 'Rubrique', en: 'Section' },
  show: { fr: 'Spectacle', en: 'Show' },
  sold: { fr: 'Vendues', en: 'Sold' },
  source: { fr: 'Origine', en: 'Source' },
  starts_at: { fr: 'Date et heure', en: 'Date and time' },
  status: { fr: 'Statut', en: 'Status' },
  tables: { fr: 'Tables', en: 'Tables' },
  tags: { fr: 'Étiquettes', en: 'Tags' },
  tickets_eur: { fr: 'Billets (€)', en: 'Tickets (€)' },
  total_eur: { fr: 'Total (€)', en: 'Total (€)' },
};

/** A header in the dialect's words (the key itself for the machine). */
export function csvHeader(header: CsvHeader, dialect: CsvDialect = CSV_DIALECTS.machine): string {
  const key = typeof header === 'string' ? header : header.key;
  if (dialect.lang === 'machine') return key;
  const words = typeof header === 'string' ? CSV_HEADERS[header] : header;
  return words?.[dialect.lang] ?? key;
}

/** A number as JavaScript writes it ("1234.5"), in the dialect's decimal mark. */
const decimal = (text: string, dialect: CsvDialect) => text.replace('.', dialect.decimalMark);

/** One field, escaped. */
export function csvCell(value: CsvValue, dialect: CsvDialect = CSV_DIALECTS.machine): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number')
    return Number.isFinite(value) ? decimal(String(value), dialect) : '';
  if (typeof value === 'boolean') return value ? dialect.yes : dialect.no;
  if (typeof value === 'object' && 'decimal' in value) {
    if (!Number.isFinite(value.decimal)) return '';
    return decimal(value.decimal.toFixed(value.digits), dialect);
  }
  let text =
    value instanceof Date
      ? value.toISOString()
      : typeof value === 'object'
        ? value[dialect.lang === 'machine' ? 'code' : dialect.lang]
        : value;
  if (FORMULA_START.test(text)) text = `'${text}`;
  const needsQuotes =
    text.includes('"') ||
    text.includes('\r') ||
    text.includes('\n') ||
    text.includes(dialect.separator);
  return needsQuotes ? `"${text.replaceAll('"', '""')}"` : text;
}

export function csvRow(
  values: readonly CsvValue[],
  dialect: CsvDialect = CSV_DIALECTS.machine,
): string {
  return `${values.map((value) => csvCell(value, dialect)).join(dialect.separator)}\r\n`;
}

/** The whole document, BOM and header first, one chunk per row. */
export async function* csvLines<T>(
  columns: readonly CsvColumn<T>[],
  rows: Iterable<T> | AsyncIterable<T>,
  dialect: CsvDialect = CSV_DIALECTS.machine,
): AsyncGenerator<string> {
  yield (
    BOM +
    csvRow(
      columns.map((column) => csvHeader(column.header, dialect)),
      dialect,
    )
  );
  for await (const row of rows) {
    yield csvRow(
      columns.map((column) => column.value(row)),
      dialect,
    );
  }
}

/** A file name safe in a Content-Disposition header: ASCII letters, digits, - _ . only. */
export function safeFilename(name: string): string {
  const cleaned = name.replace(/[^A-Za-z0-9._-]+/g, '-').replace(/^-+|-+$/g, '');
  const base = cleaned || 'export';
  return base.toLowerCase().endsWith('.csv') ? base : `${base}.csv`;
}

/** Whether the client asked for CSV: `?format=csv` or an Accept header preferring text/csv. */
export function wantsCsv(format: string | undefined, accept: string | undefined): boolean {
  if (format) return format === 'csv';
  return /(^|,)\s*text\/csv\b/i.test(accept ?? '');
}

/** Streams the rows as a CSV attachment, in the dialect of the language the request names. */
export function sendCsv<T>(
  reply: FastifyReply,
  filename: string,
  columns: readonly CsvColumn<T>[],
  rows: Iterable<T> | AsyncIterable<T>,
) {
  const dialect = csvDialect(reply.request.headers['accept-language']);
  if (dialect.lang !== 'machine') reply.header('content-language', dialect.lang);
  return reply
    .header('content-type', 'text/csv; charset=utf-8')
    .header('content-disposition', `attachment; filename="${safeFilename(filename)}"`)
    .header('vary', 'Accept, Accept-Language')
    .send(Readable.from(csvLines(columns, rows, dialect)));
}
