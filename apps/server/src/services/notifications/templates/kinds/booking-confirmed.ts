import { z } from 'zod';
import { bookingDetailFields, cents, instant } from '../fields.ts';
import { defineKind } from '../types.ts';
import {
  bookingDetails,
  bookingReason,
  bookingDetailSample,
  bookingTerms,
  bookingTermsSample,
  orCallUs,
} from './booking-copy.ts';

export const bookingConfirmed = defineKind({
  schema: z.object({
    ...bookingDetailFields,
    arrivalAt: instant.optional(),
    // The terms the guest booked under (older queued emails have none).
    cancellationDeadline: instant.optional(),
    cancellationFeeCents: cents.optional(),
  }),
  // Dinner guests two hours before the curtain, as the demo's dinner formulas ask: 19:00.
  sample: { ...bookingDetailSample, ...bookingTermsSample, arrivalAt: '2026-12-12T18:00:00.000Z' },
  copy: {
    fr: (d, ctx) => {
      const { venue, f } = ctx;
      const when = f.dateTime(d.performanceStartsAt);
      return {
        email: {
          subject: `Réservation confirmée · ${d.showTitle}, ${f.date(d.performanceStartsAt)}`,
          preheader: `${d.reference} · ${f.guests(d.partySize)}, ${when}. Nous avons hâte de vous accueillir.`,
          kicker: 'Réservation confirmée',
          heading: 'Votre table vous attend',
          greeting: `Bonjour ${d.guestName},`,
          body: [
            {
              type: 'paragraph',
              text: `Nous avons le plaisir de confirmer votre réservation pour ${d.showTitle}, le ${when}.`,
            },
            bookingDetails(d, ctx),
            { type: 'paragraph', text: bookingTerms(d, ctx) },
          ],
          cta: { label: 'Gérer ma réservation', url: d.manageUrl },
          after: [
            {
              type: 'paragraph',
              text: `À votre arrivée, donnez simplement la référence ${d.reference} à l’accueil. Pour modifier ou annuler, suivez le lien ci-dessus${orCallUs(ctx)}.`,
            },
          ],
          reason: bookingReason(ctx),
        },
        sms: [
          `${venue.name} : réservation ${d.reference} confirmée, ${f.guests(d.partySize)}, ${f.dateTime(d.performanceStartsAt)}. ${d.manageUrl}`,
          `${venue.name} : réservation ${d.reference} confirmée, ${f.guests(d.partySize)}, ${f.dateTime(d.performanceStartsAt, { style: 'short' })}. ${d.manageUrl}`,
          `${venue.name} : réservation ${d.reference} confirmée, ${f.guests(d.partySize)}, ${f.dateTime(d.performanceStartsAt, { style: 'short' })}.`,
        ],
        push: {
          title: 'Réservation confirmée',
          body: `${d.showTitle} · ${when} · ${f.guests(d.partySize)}`,
          url: d.manageUrl,
        },
      };
    },
    en: (d, ctx) => {
      const { venue, f } = ctx;
      const when = f.dateTime(d.performanceStartsAt);
      return {
        email: {
          subject: `Booking confirmed · ${d.showTitle}, ${f.date(d.performanceStartsAt)}`,
          preheader: `${d.reference} · ${f.guests(d.partySize)}, ${when}. We look forward to welcoming you.`,
          kicker: 'Booking confirmed',
          heading: 'Your table awaits',
          greeting: `Dear ${d.guestName},`,
          body: [
            {
              type: 'paragraph',
              text: `We are delighted to confirm your booking for ${d.showTitle} on ${when}.`,
            },
            bookingDetails(d, ctx),
            { type: 'paragraph', text: bookingTerms(d, ctx) },
          ],
          cta: { label: 'Manage my booking', url: d.manageUrl },
          after: [
            {
              type: 'paragraph',
              text: `When you arrive, simply give your reference ${d.reference} at the door. To change or cancel, follow the link above${orCallUs(ctx)}.`,
            },
          ],
          reason: bookingReason(ctx),
        },
        sms: [
          `${venue.name}: booking ${d.reference} confirmed, ${f.guests(d.partySize)}, ${f.dateTime(d.performanceStartsAt)}. ${d.manageUrl}`,
          `${venue.name}: booking ${d.reference} confirmed, ${f.guests(d.partySize)}, ${f.dateTime(d.performanceStartsAt, { style: 'short' })}. ${d.manageUrl}`,
          `${venue.name}: booking ${d.reference} confirmed, ${f.guests(d.partySize)}, ${f.dateTime(d.performanceStartsAt, { style: 'short' })}.`,
        ],
        push: {
          title: 'Booking confirmed',
          body: `${d.showTitle} · ${when} · ${f.guests(d.partySize)}`,
          url: d.manageUrl,
        },
      };
    },
  },
});
