// CSV for every list the back office exports (#6 "CSV export of every list"), written for Excel
// and for the formula-injection trap:
// * RFC 4180: fields with a comma, a quote, CR or LF are quoted, quotes doubled; rows end in CRLF.
// * A UTF-8 byte-order mark first, or Excel reads "Éric" as mojibake.
// * A cell that starts with = + - @ TAB or CR would be run as a formula by a spreadsheet
//   (OWASP "CSV injection"): it is prefixed with a single quote. Numbers are written as numbers
//   (a negative amount is not text from a guest), so only strings are neutralised.
// A route calls `sendCsv(reply, filename, columns, rows)`; rows may be an async iterable, so a
// long list is streamed rather than built in memory.
import { Readable } from 'node:stream';
import type { FastifyReply } from 'fastify';

export const BOM = '\uFEFF';
const NEEDS_QUOTES = /[",\r\n]/;
const FORMULA_START = /^[=+\-@\t\r]/;

export type CsvValue = string | number | boolean | Date | null | undefined;

export interface CsvColumn<T> {
  header: string;
  value: (row: T) => CsvValue;
}

/** One field, escaped. */
export function csvCell(value: CsvValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  let text = value instanceof Date ? value.toISOString() : value;
  if (FORMULA_START.test(text)) text = `'${text}`;
  return NEEDS_QUOTES.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export function csvRow(values: readonly CsvValue[]): string {
  return `${values.map(csvCell).join(',')}\r\n`;
}

/** The whole document, BOM and header first, one chunk per row. */
export async function* csvLines<T>(
  columns: readonly CsvColumn<T>[],
  rows: Iterable<T> | AsyncIterable<T>,
): AsyncGenerator<string> {
  yield BOM + csvRow(columns.map((column) => column.header));
  for await (const row of rows) yield csvRow(columns.map((column) => column.value(row)));
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

/** Streams the rows as a CSV attachment. */
export function sendCsv<T>(
  reply: FastifyReply,
  filename: string,
  columns: readonly CsvColumn<T>[],
  rows: Iterable<T> | AsyncIterable<T>,
) {
  return reply
    .header('content-type', 'text/csv; charset=utf-8')
    .header('content-disposition', `attachment; filename="${safeFilename(filename)}"`)
    .send(Readable.from(csvLines(columns, rows)));
}
