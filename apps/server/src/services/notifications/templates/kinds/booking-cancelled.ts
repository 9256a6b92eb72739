import { z } from 'zod';
import { bookingFields, cents, link, text } from '../fields.ts';
import { defineKind, type Block, type ComposeContext } from '../types.ts';
import { bookingDetails, bookingReason, bookingSample, LABELS } from './booking-copy.ts';

const schema = z.object({
  ...bookingFields,
  cancelledBy: z.enum(['guest', 'venue']),
  refundCents: cents,
  feeCents: cents.default(0),
  /** Business days the payment provider usually takes to credit the card. */
  refundDelayDays: z.number().int().min(1).max(60).default(10),
  /** Why the venue cancelled, shown as written (venue cancellations only). */
  reason: text(500).optional(),
  rebookUrl: link,
});
type Data = z.output<typeof schema>;

function moneyBlocks(d: Data, ctx: ComposeContext): Block[] {
  const { locale, f } = ctx;
  const label = LABELS[locale];
  const details = bookingDetails(d, ctx);
  if (d.feeCents > 0) details.rows.push({ label: label.fee, value: f.money(d.feeCents) });
  details.rows.push({ label: label.refund, value: f.money(d.refundCents) });
  const fr = locale === 'fr';
  const refund = f.money(d.refundCents);
  const text =
    d.refundCents > 0
      ? fr
        ? `Nous vous remboursons ${refund} sur le moyen de paiement utilisé, sous ${d.refundDelayDays} jours ouvrés environ.`
        : `We are refunding ${refund} to your original payment method, within about ${d.refundDelayDays} business days.`
      : d.feeCents > 0
        ? fr
          ? 'Conformément à nos conditions d’annulation, cette réservation ne donne pas lieu à un remboursement.'
          : 'In line with our cancellation terms, this booking is not refundable.'
        : fr
          ? 'Aucun paiement n’avait été encaissé : vous n’avez rien à faire.'
          : 'No payment had been taken: there is nothing for you to do.';
  return [details, { type: 'paragraph', text }];
}

const smsRefund = (d: Data, ctx: ComposeContext) =>
  d.refundCents > 0
    ? ctx.locale === 'fr'
      ? ` Remboursement : ${ctx.f.money(d.refundCents)}.`
      : ` Refund: ${ctx.f.money(d.refundCents)}.`
    : '';

export const bookingCancelled = defineKind({
  schema,
  sample: {
    ...bookingSample,
    cancelledBy: 'guest',
    refundCents: 46_400,
    feeCents: 5_200,
    refundDelayDays: 10,
    rebookUrl: 'https://ladiva-cabaret.fr/spectacles',
  },
  copy: {
    fr: (d, ctx) => {
      const { venue, f } = ctx;
      const when = f.dateTime(d.performanceStartsAt);
      const byGuest = d.cancelledBy === 'guest';
      return {
        email: {
          subject: `Réservation annulée · ${d.showTitle}, ${f.date(d.performanceStartsAt)}`,
          preheader: `${d.reference} · ${when}. ${d.refundCents > 0 ? `Remboursement : ${f.money(d.refundCents)}.` : ''}`,
          kicker: 'Réservation annulée',
          heading: byGuest ? 'Votre réservation est annulée' : 'Nous devons annuler votre soirée',
          greeting: `Bonjour ${d.guestName},`,
          body: [
            {
              type: 'paragraph',
              text: byGuest
                ? `Comme vous l’avez demandé, nous avons annulé votre réservation ${d.reference} pour ${d.showTitle}, le ${when}.`
                : `Nous en sommes sincèrement désolés : nous devons annuler votre réservation ${d.reference} pour ${d.showTitle}, prévue le ${when}.`,
            },
            ...(d.reason && !byGuest
              ? [
                  {
                    type: 'notice' as const,
                    tone: 'warning' as const,
                    title: 'Motif',
                    text: d.reason,
                  },
                ]
              : []),
            ...moneyBlocks(d, ctx),
          ],
          cta: { label: 'Réserver une autre soirée', url: d.rebookUrl },
          after: [
            {
              type: 'paragraph',
              text: byGuest
                ? 'Ce n’est que partie remise : nous serons ravis de vous accueillir une prochaine fois.'
                : 'Nous serions heureux de vous offrir une autre soirée : choisissez une nouvelle date ou répondez simplement à cet e-mail.',
            },
          ],
          reason: bookingReason(ctx),
        },
        sms: [
          `${venue.name} : réservation ${d.reference} du ${f.dateTime(d.performanceStartsAt, { style: 'short' })} annulée.${smsRefund(d, ctx)}`,
        ],
        push: {
          title: 'Réservation annulée',
          body: `${d.reference} · ${d.showTitle} · ${when}`,
          url: d.rebookUrl,
        },
      };
    },
    en: (d, ctx) => {
      const { venue, f } = ctx;
      const when = f.dateTime(d.performanceStartsAt);
      const byGuest = d.cancelledBy === 'guest';
      return {
        email: {
          subject: `Booking cancelled · ${d.showTitle}, ${f.date(d.performanceStartsAt)}`,
          preheader: `${d.reference} · ${when}. ${d.refundCents > 0 ? `Refund: ${f.money(d.refundCents)}.` : ''}`,
          kicker: 'Booking cancelled',
          heading: byGuest ? 'Your booking is cancelled' : 'We have to cancel your evening',
          greeting: `Dear ${d.guestName},`,
          body: [
            {
              type: 'paragraph',
              text: byGuest
                ? `As you requested, we have cancelled your booking ${d.reference} for ${d.showTitle} on ${when}.`
                : `We are truly sorry: we have to cancel your booking ${d.reference} for ${d.showTitle} on ${when}.`,
            },
            ...(d.reason && !byGuest
              ? [
                  {
                    type: 'notice' as const,
                    tone: 'warning' as const,
                    title: 'Reason',
                    text: d.reason,
                  },
                ]
              : []),
            ...moneyBlocks(d, ctx),
          ],
          cta: { label: 'Book another evening', url: d.rebookUrl },
          after: [
            {
              type: 'paragraph',
              text: byGuest
                ? 'We hope to welcome you another time.'
                : 'We would love to host you on another evening: pick a new date or simply reply to this email.',
            },
          ],
          reason: bookingReason(ctx),
        },
        sms: [
          `${venue.name}: booking ${d.reference} on ${f.dateTime(d.performanceStartsAt, { style: 'short' })} cancelled.${smsRefund(d, ctx)}`,
        ],
        push: {
          title: 'Booking cancelled',
          body: `${d.reference} · ${d.showTitle} · ${when}`,
          url: d.rebookUrl,
        },
      };
    },
  },
});
