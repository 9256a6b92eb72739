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

/** The terms a booking was made under, as its confirmation states them. */
export interface BookingTerms {
  /** Until when the guest may change or cancel online. */
  cancellationDeadline?: string | undefined;
  /** What cancelling a confirmed booking costs the guest (0: free). */
  cancellationFeeCents?: number | undefined;
  totalCents?: number | undefined;
}

/**
 * What is paid where and the cancellation rules, in one paragraph: the guest reads them before
 * committing (the review step) and finds them again in the confirmation.
 */
export function bookingTerms(terms: BookingTerms, ctx: ComposeContext): string {
  const { locale, f } = ctx;
  const fr = locale === 'fr';
  const pay =
    terms.totalCents === undefined
      ? ''
      : fr
        ? `Rien n’est payé en ligne : vous réglez ${f.money(terms.totalCents)} sur place, le soir du spectacle.`
        : `Nothing is paid online: you pay ${f.money(terms.totalCents)} at the venue on the evening.`;
  if (!terms.cancellationDeadline) return pay;
  const until = f.dateTime(terms.cancellationDeadline);
  const fee = terms.cancellationFeeCents ?? 0;
  const phone = ctx.venue.phone;
  const cancel = fr
    ? (fee > 0
        ? `Modification et annulation en ligne jusqu’au ${until} ; une annulation coûte ${f.money(fee)} de frais, réglés sur place.`
        : `Modification et annulation en ligne sans frais jusqu’au ${until}.`) +
      (phone ? ` Ensuite, appelez-nous au ${phone}.` : ' Ensuite, contactez-nous.')
    : (fee > 0
        ? `You can change or cancel online until ${until}; cancelling costs a ${f.money(fee)} fee, paid at the venue.`
        : `You can change or cancel online free of charge until ${until}.`) +
      (phone ? ` After that, please call us on ${phone}.` : ' After that, please contact us.');
  return pay ? `${pay} ${cancel}` : cancel;
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

/** The demo's rules for that evening: free cancellation until 48 hours before the curtain. */
export const bookingTermsSample = {
  cancellationDeadline: '2026-12-10T20:00:00.000Z',
  cancellationFeeCents: 0,
};
