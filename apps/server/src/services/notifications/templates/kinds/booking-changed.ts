import { defineKind } from '../types.ts';
import { bookingDetails, bookingReason, bookingDetailSample, orCallUs } from './booking-copy.ts';
import { bookingChangedSchema, changeRows } from './booking-changed-schema.ts';

export const bookingChanged = defineKind({
  schema: bookingChangedSchema,
  sample: {
    ...bookingDetailSample,
    partySize: 6,
    totalCents: 77_400,
    changes: [
      { field: 'partySize', before: 4, after: 6 },
      { field: 'total', before: 51_600, after: 77_400 },
    ],
    changedBy: 'guest',
    note: 'Nous avons pu garder votre table au Carré d’Or, au plus près de la scène.',
  },
  copy: {
    fr: (d, ctx) => {
      const { venue, f } = ctx;
      const when = f.dateTime(d.performanceStartsAt);
      return {
        email: {
          subject: `Réservation modifiée · ${d.showTitle}, ${f.date(d.performanceStartsAt)}`,
          preheader: `${d.reference} · désormais ${f.guests(d.partySize)}, ${when}.`,
          kicker: 'Réservation modifiée',
          heading: 'Votre réservation a été modifiée',
          greeting: `Bonjour ${d.guestName},`,
          body: [
            {
              type: 'paragraph',
              text:
                d.changedBy === 'guest'
                  ? `Comme vous l’avez demandé, nous avons modifié votre réservation ${d.reference}. Voici ce qui change :`
                  : `Notre équipe a dû modifier votre réservation ${d.reference}. Voici ce qui change :`,
            },
            { type: 'changes', rows: changeRows(d.changes, f) },
            ...(d.note
              ? [
                  {
                    type: 'notice' as const,
                    tone: 'info' as const,
                    title: 'Un mot de notre équipe',
                    text: d.note,
                  },
                ]
              : []),
            bookingDetails(d, ctx, 'Votre réservation à jour'),
          ],
          cta: { label: 'Voir ma réservation', url: d.manageUrl },
          after: [
            {
              type: 'paragraph',
              text:
                d.changedBy === 'guest'
                  ? `Vous n’êtes pas à l’origine de ce changement ? Prévenez-nous en répondant à cet e-mail${orCallUs(ctx)}.`
                  : `Si ces changements ne vous conviennent pas, répondez à cet e-mail${orCallUs(ctx)} : nous trouverons une solution ensemble.`,
            },
          ],
          reason: bookingReason(ctx),
        },
        sms: [
          `${venue.name} : réservation ${d.reference} modifiée. Désormais ${f.guests(d.partySize)}, ${f.dateTime(d.performanceStartsAt, { style: 'short' })}. ${d.manageUrl}`,
          `${venue.name} : réservation ${d.reference} modifiée. Désormais ${f.guests(d.partySize)}, ${f.dateTime(d.performanceStartsAt, { style: 'short' })}.`,
        ],
        push: {
          title: 'Réservation modifiée',
          body: `${d.reference} · ${when} · ${f.guests(d.partySize)}`,
          url: d.manageUrl,
        },
      };
    },
    en: (d, ctx) => {
      const { venue, f } = ctx;
      const when = f.dateTime(d.performanceStartsAt);
      return {
        email: {
          subject: `Booking updated · ${d.showTitle}, ${f.date(d.performanceStartsAt)}`,
          preheader: `${d.reference} · now ${f.guests(d.partySize)}, ${when}.`,
          kicker: 'Booking updated',
          heading: 'Your booking has been updated',
          greeting: `Dear ${d.guestName},`,
          body: [
            {
              type: 'paragraph',
              text:
                d.changedBy === 'guest'
                  ? `As you requested, we have updated your booking ${d.reference}. Here is what changes:`
                  : `Our team had to update your booking ${d.reference}. Here is what changes:`,
            },
            { type: 'changes', rows: changeRows(d.changes, f) },
            ...(d.note
              ? [
                  {
                    type: 'notice' as const,
                    tone: 'info' as const,
                    title: 'A word from our team',
                    text: d.note,
                  },
                ]
              : []),
            bookingDetails(d, ctx, 'Your booking now'),
          ],
          cta: { label: 'View my booking', url: d.manageUrl },
          after: [
            {
              type: 'paragraph',
              text:
                d.changedBy === 'guest'
                  ? `Didn’t ask for this change? Let us know by replying to this email${orCallUs(ctx)}.`
                  : `If these changes don’t suit you, reply to this email${orCallUs(ctx)}: we will find a solution together.`,
            },
          ],
          reason: bookingReason(ctx),
        },
        sms: [
          `${venue.name}: booking ${d.reference} updated. Now ${f.guests(d.partySize)}, ${f.dateTime(d.performanceStartsAt, { style: 'short' })}. ${d.manageUrl}`,
          `${venue.name}: booking ${d.reference} updated. Now ${f.guests(d.partySize)}, ${f.dateTime(d.performanceStartsAt, { style: 'short' })}.`,
        ],
        push: {
          title: 'Booking updated',
          body: `${d.reference} · ${when} · ${f.guests(d.partySize)}`,
          url: d.manageUrl,
        },
      };
    },
  },
});
