// Words every booking message shares: the labels of the booking's details, why the guest gets the
// email, and how to reach the venue. One place, so the five booking kinds never disagree.
import { capitalise } from '../format.ts';
import type { ComposeContext, DetailsBlock, Locale } from '../types.ts';

export const LABELS = {
  fr: {
    reference: 'Référence',
    show: 'Spectacle',
    date: 'Date',
    curtain: 'Lever de rideau',
    arrival: 'Accueil dès',
    party: 'Convives',
    formula: 'Formule',
    zone: 'Placement',
    total: 'Total',
    fee: 'Frais d’annulation',
    refund: 'Remboursement',
    address: 'Adresse',
  },
  en: {
    reference: 'Reference',
    show: 'Show',
    date: 'Date',
    curtain: 'Curtain up',
    arrival: 'Doors from',
    party: 'Party',
    formula: 'Package',
    zone: 'Seating',
    total: 'Total',
    fee: 'Cancellation fee',
    refund: 'Refund',
    address: 'Address',
  },
} satisfies Record<Locale, Record<string, string>>;

export type BookingLabel = keyof (typeof LABELS)['fr'];

interface BookingSummary {
  reference: string;
  showTitle: string;
  performanceStartsAt: string;
  partySize: number;
  arrivalAt?: string | undefined;
  formula?: string | undefined;
  zone?: string | undefined;
  totalCents?: number | undefined;
}

/** The booking as a details table, in the order a guest reads a ticket. */
export function bookingDetails(
  booking: BookingSummary,
  { locale, f }: ComposeContext,
  title?: string,
): DetailsBlock {
  const label = LABELS[locale];
  const rows: { label: string; value: string }[] = [
    { label: label.reference, value: booking.reference },
    { label: label.show, value: booking.showTitle },
    {
      label: label.date,
      value: capitalise(f.date(booking.performanceStartsAt, { year: true })),
    },
  ];
  if (booking.arrivalAt) rows.push({ label: label.arrival, value: f.time(booking.arrivalAt) });
  rows.push(
    { label: label.curtain, value: f.time(booking.performanceStartsAt) },
    { label: label.party, value: f.guests(booking.partySize) },
  );
  if (booking.formula) rows.push({ label: label.formula, value: booking.formula });
  if (booking.zone) rows.push({ label: label.zone, value: booking.zone });
  if (booking.totalCents !== undefined) {
    rows.push({ label: label.total, value: f.money(booking.totalCents) });
  }
  return title === undefined ? { type: 'details', rows } : { type: 'details', title, rows };
}

export function bookingReason({ locale, venue }: ComposeContext): string {
  return locale === 'fr'
    ? `Vous recevez cet e-mail parce qu’une réservation a été faite à votre nom chez ${venue.name} avec cette adresse.`
    : `You are receiving this email because a booking was made in your name at ${venue.name} with this address.`;
}

/** "or call us on …" when the venue has a phone number, else nothing. */
export function orCallUs({ locale, venue }: ComposeContext): string {
  if (!venue.phone) return '';
  return locale === 'fr' ? ` ou appelez-nous au ${venue.phone}` : ` or call us on ${venue.phone}`;
}

/**
 * The evening every sample is about, so staff previews tell one consistent story: the demo's
 * Saturday, curtain at the usual 21:00 in Paris (ADR 0028).
 */
export const bookingSample = {
  reference: 'LD-7K3Q9X',
  guestName: 'Camille Laurent',
  showTitle: 'Plumes & Paillettes',
  performanceStartsAt: '2026-12-12T20:00:00.000Z',
  partySize: 4,
};

export const bookingDetailSample = {
  ...bookingSample,
  formula: 'Dîner Champagne',
  zone: 'Carré d’Or',
  totalCents: 51_600,
  manageUrl: 'https://ladiva-cabaret.fr/reservation/LD-7K3Q9X',
};
