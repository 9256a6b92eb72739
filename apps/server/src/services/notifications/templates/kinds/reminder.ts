import { z } from 'zod';
import { bookingFields, instant, link, text } from '../fields.ts';
import { defineKind, type Block, type ComposeContext, type Locale } from '../types.ts';
import { bookingDetails, bookingReason, bookingSample, LABELS } from './booking-copy.ts';

const DRESS_CODES = ['smart', 'cocktail', 'black_tie'] as const;
type DressCode = (typeof DRESS_CODES)[number];

const DRESS_CODE_HINTS: Record<Locale, Record<DressCode, string>> = {
  fr: {
    smart: 'Tenue de ville soignée, sans short ni tenue de sport.',
    cocktail: 'Tenue de cocktail appréciée. C’est le soir ou jamais de briller !',
    black_tie: 'Soirée de gala, smoking et robe longue de rigueur.',
  },
  en: {
    smart: 'Smart attire, please (no shorts or sportswear).',
    cocktail: 'Cocktail attire welcome. Tonight is the night to sparkle!',
    black_tie: 'Gala evening, black tie requested.',
  },
};

const schema = z
  .object({
    ...bookingFields,
    /** When guests should arrive: dinner is served before the curtain rises. */
    arrivalAt: instant,
    zone: text(80).optional(),
    dressCode: z.enum(DRESS_CODES).optional(),
    manageUrl: link,
  })
  .refine((d) => Date.parse(d.arrivalAt) <= Date.parse(d.performanceStartsAt), {
    path: ['arrivalAt'],
    message: 'Arrival must not be after the performance starts',
  });
type Data = z.output<typeof schema>;

function practical(d: Data, ctx: ComposeContext): Block[] {
  const { locale, venue } = ctx;
  const details = bookingDetails(d, ctx);
  if (venue.address) {
    details.rows.push({ label: LABELS[locale].address, value: venue.address });
  }
  if (!d.dressCode) return [details];
  const notice: Block = {
    type: 'notice',
    tone: 'info',
    title: locale === 'fr' ? 'Code vestimentaire' : 'Dress code',
    text: DRESS_CODE_HINTS[locale][d.dressCode],
  };
  return [details, notice];
}

export const reminder = defineKind({
  schema,
  sample: {
    ...bookingSample,
    arrivalAt: '2026-12-12T19:00:00.000Z',
    zone: 'Carré d’Or',
    dressCode: 'cocktail',
    manageUrl: 'https://ladiva-cabaret.fr/reservation/LD-7K3Q9X',
  },
  copy: {
    fr: (d, ctx) => {
      const { venue, f } = ctx;
      const day = f.date(d.performanceStartsAt);
      const arrival = f.time(d.arrivalAt);
      const curtain = f.time(d.performanceStartsAt);
      return {
        email: {
          subject: `Votre soirée approche · ${f.dateTime(d.performanceStartsAt)}`,
          preheader: `Accueil dès ${arrival}, lever de rideau à ${curtain}. Référence ${d.reference}.`,
          kicker: 'Rappel',
          heading: 'Votre soirée approche',
          greeting: `Bonjour ${d.guestName},`,
          body: [
            {
              type: 'paragraph',
              text: `Nous avons hâte de vous accueillir pour ${d.showTitle}, le ${day}. Merci d’arriver dès ${arrival} : le dîner est servi avant le lever de rideau, à ${curtain}.`,
            },
            ...practical(d, ctx),
          ],
          cta: { label: 'Gérer ma réservation', url: d.manageUrl },
          after: [
            {
              type: 'paragraph',
              text: 'Un empêchement ? Prévenez-nous dès que possible : votre table pourra faire le bonheur d’autres spectateurs.',
            },
          ],
          reason: bookingReason(ctx),
        },
        sms: [
          `${venue.name} : à ${day} ! Accueil dès ${arrival}, spectacle à ${curtain}. Réf. ${d.reference}. ${d.manageUrl}`,
          `${venue.name} : à ${f.date(d.performanceStartsAt, { style: 'short' })} ! Accueil dès ${arrival}, spectacle à ${curtain}. Réf. ${d.reference}. ${d.manageUrl}`,
          `${venue.name} : à ${f.date(d.performanceStartsAt, { style: 'short' })} ! Accueil dès ${arrival}, spectacle à ${curtain}. Réf. ${d.reference}.`,
        ],
        push: {
          title: `À ${day} !`,
          body: `${d.showTitle} · accueil dès ${arrival}, spectacle à ${curtain}.`,
          url: d.manageUrl,
        },
      };
    },
    en: (d, ctx) => {
      const { venue, f } = ctx;
      const day = f.date(d.performanceStartsAt);
      const arrival = f.time(d.arrivalAt);
      const curtain = f.time(d.performanceStartsAt);
      return {
        email: {
          subject: `Your evening is almost here · ${f.dateTime(d.performanceStartsAt)}`,
          preheader: `Doors from ${arrival}, curtain up at ${curtain}. Reference ${d.reference}.`,
          kicker: 'Reminder',
          heading: 'Your evening is almost here',
          greeting: `Dear ${d.guestName},`,
          body: [
            {
              type: 'paragraph',
              text: `We look forward to welcoming you to ${d.showTitle} on ${day}. Please arrive from ${arrival}: dinner is served before the curtain rises at ${curtain}.`,
            },
            ...practical(d, ctx),
          ],
          cta: { label: 'Manage my booking', url: d.manageUrl },
          after: [
            {
              type: 'paragraph',
              text: 'Can’t make it? Please let us know as soon as you can, so your table can delight other guests.',
            },
          ],
          reason: bookingReason(ctx),
        },
        sms: [
          `${venue.name}: see you on ${day}! Doors from ${arrival}, show at ${curtain}. Ref. ${d.reference}. ${d.manageUrl}`,
          `${venue.name}: see you on ${f.date(d.performanceStartsAt, { style: 'short' })}! Doors from ${arrival}, show at ${curtain}. Ref. ${d.reference}. ${d.manageUrl}`,
          `${venue.name}: see you on ${f.date(d.performanceStartsAt, { style: 'short' })}! Doors from ${arrival}, show at ${curtain}. Ref. ${d.reference}.`,
        ],
        push: {
          title: `See you on ${day}!`,
          body: `${d.showTitle} · doors from ${arrival}, show at ${curtain}.`,
          url: d.manageUrl,
        },
      };
    },
  },
});
