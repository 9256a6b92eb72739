// What changed in a booking, typed per field so each side is formatted in the reader's language
// (a date as a date, an amount as euros) instead of arriving as pre-formatted French.
import { z } from 'zod';
import { bookingDetailFields, cents, instant, text } from '../fields.ts';
import type { Formatter, Locale } from '../types.ts';

const change = <F extends string, T extends z.ZodType>(field: F, value: T) =>
  z.object({ field: z.literal(field), before: value, after: value });

export const bookingChangeSchema = z.discriminatedUnion('field', [
  change('performance', instant),
  change('partySize', z.number().int().min(1).max(60)),
  change('formula', text(120)),
  change('zone', text(80)),
  change('total', cents),
]);
export type BookingChange = z.infer<typeof bookingChangeSchema>;

export const bookingChangedSchema = z.object({
  ...bookingDetailFields,
  changes: z.array(bookingChangeSchema).min(1),
  /** Who asked for it: the wording differs (« comme vous l'avez demandé » / « notre équipe »). */
  changedBy: z.enum(['guest', 'venue']),
  /** A word from the team, shown as written. */
  note: text(500).optional(),
});

const CHANGE_LABELS: Record<Locale, Record<BookingChange['field'], string>> = {
  fr: {
    performance: 'Date et heure',
    partySize: 'Convives',
    formula: 'Formule',
    zone: 'Placement',
    total: 'Total',
  },
  en: {
    performance: 'Date and time',
    partySize: 'Party',
    formula: 'Package',
    zone: 'Seating',
    total: 'Total',
  },
};

function side(change: BookingChange, value: 'before' | 'after', f: Formatter): string {
  switch (change.field) {
    case 'performance':
      return f.dateTime(change[value]);
    case 'partySize':
      return f.guests(change[value]);
    case 'total':
      return f.money(change[value]);
    default:
      return change[value];
  }
}

export const changeRows = (changes: BookingChange[], f: Formatter) =>
  changes.map((change) => ({
    label: CHANGE_LABELS[f.locale][change.field],
    before: side(change, 'before', f),
    after: side(change, 'after', f),
  }));
