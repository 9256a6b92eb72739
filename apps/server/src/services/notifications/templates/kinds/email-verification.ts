import { z } from 'zod';
import { link, text } from '../fields.ts';
import { defineKind } from '../types.ts';

export const emailVerification = defineKind({
  schema: z.object({
    name: text(120).optional(),
    verifyUrl: link,
    expiresInMinutes: z.number().int().min(1).max(10_080),
  }),
  sample: {
    name: 'Camille',
    verifyUrl: 'https://ladiva-cabaret.fr/compte/verifier?jeton=Qm9uc29pciBDYW1pbGxl',
    expiresInMinutes: 30,
  },
  copy: {
    fr: (d, { venue, f }) => ({
      email: {
        subject: 'Confirmez votre adresse e-mail',
        preheader: `Un clic pour activer votre compte ${venue.name}. Lien valable ${f.duration(d.expiresInMinutes)}.`,
        kicker: 'Bienvenue',
        heading: 'Confirmez votre adresse e-mail',
        greeting: d.name ? `Bonjour ${d.name},` : 'Bonjour,',
        body: [
          {
            type: 'paragraph',
            text: `Merci d’avoir créé votre compte chez ${venue.name}. Pour l’activer et retrouver vos réservations en un instant, confirmez votre adresse e-mail.`,
          },
        ],
        cta: { label: 'Confirmer mon adresse', url: d.verifyUrl },
        after: [
          {
            type: 'paragraph',
            text: `Ce lien est valable ${f.duration(d.expiresInMinutes)} et ne sert qu’une fois.`,
          },
        ],
        reason: `Vous recevez cet e-mail parce que cette adresse a servi à créer un compte chez ${venue.name}. Si ce n’est pas vous, ignorez-le : aucun compte ne sera activé.`,
      },
      sms: [
        `${venue.name} : confirmez votre adresse e-mail (lien valable ${f.duration(d.expiresInMinutes)}) : ${d.verifyUrl}`,
      ],
      push: {
        title: 'Confirmez votre adresse e-mail',
        body: `Le lien est valable ${f.duration(d.expiresInMinutes)}.`,
        url: d.verifyUrl,
      },
    }),
    en: (d, { venue, f }) => ({
      email: {
        subject: 'Confirm your email address',
        preheader: `One click to activate your ${venue.name} account. The link is valid for ${f.duration(d.expiresInMinutes)}.`,
        kicker: 'Welcome',
        heading: 'Confirm your email address',
        greeting: d.name ? `Hello ${d.name},` : 'Hello,',
        body: [
          {
            type: 'paragraph',
            text: `Thank you for creating your account with ${venue.name}. To activate it and find your bookings in a moment, please confirm your email address.`,
          },
        ],
        cta: { label: 'Confirm my address', url: d.verifyUrl },
        after: [
          {
            type: 'paragraph',
            text: `This link is valid for ${f.duration(d.expiresInMinutes)} and can be used once.`,
          },
        ],
        reason: `You are receiving this email because this address was used to create an account with ${venue.name}. If that wasn’t you, simply ignore it: no account will be activated.`,
      },
      sms: [
        `${venue.name}: confirm your email address (link valid for ${f.duration(d.expiresInMinutes)}): ${d.verifyUrl}`,
      ],
      push: {
        title: 'Confirm your email address',
        body: `The link is valid for ${f.duration(d.expiresInMinutes)}.`,
        url: d.verifyUrl,
      },
    }),
  },
});
