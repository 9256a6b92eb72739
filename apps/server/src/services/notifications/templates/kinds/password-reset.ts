import { z } from 'zod';
import { link, text } from '../fields.ts';
import { defineKind } from '../types.ts';

export const passwordReset = defineKind({
  schema: z.object({
    name: text(120).optional(),
    resetUrl: link,
    expiresInMinutes: z.number().int().min(1).max(1_440),
  }),
  sample: {
    name: 'Julian',
    resetUrl: 'https://ladiva-cabaret.fr/compte/mot-de-passe?jeton=cmVzZXQtSnVsaWFu',
    expiresInMinutes: 60,
  },
  copy: {
    fr: (d, { venue, f }) => ({
      email: {
        subject: 'Réinitialisez votre mot de passe',
        preheader: `Choisissez un nouveau mot de passe pour votre compte ${venue.name}. Lien valable ${f.duration(d.expiresInMinutes)}.`,
        kicker: 'Sécurité du compte',
        heading: 'Un nouveau mot de passe',
        greeting: d.name ? `Bonjour ${d.name},` : 'Bonjour,',
        body: [
          {
            type: 'paragraph',
            text: `Nous avons reçu une demande de réinitialisation du mot de passe de votre compte ${venue.name}. Choisissez-en un nouveau en suivant le lien ci-dessous.`,
          },
        ],
        cta: { label: 'Choisir un nouveau mot de passe', url: d.resetUrl },
        after: [
          {
            type: 'paragraph',
            text: `Ce lien est valable ${f.duration(d.expiresInMinutes)} et ne sert qu’une fois. Nous ne vous demanderons jamais votre mot de passe, ni par e-mail ni par téléphone.`,
          },
        ],
        reason: `Vous recevez cet e-mail parce qu’une réinitialisation a été demandée pour le compte lié à cette adresse. Si vous n’en êtes pas à l’origine, ignorez-le : votre mot de passe reste inchangé.`,
      },
      sms: [
        `${venue.name} : pour choisir un nouveau mot de passe (lien valable ${f.duration(d.expiresInMinutes)}) : ${d.resetUrl}`,
      ],
      push: {
        title: 'Réinitialisez votre mot de passe',
        body: `Le lien est valable ${f.duration(d.expiresInMinutes)}.`,
        url: d.resetUrl,
      },
    }),
    en: (d, { venue, f }) => ({
      email: {
        subject: 'Reset your password',
        preheader: `Choose a new password for your ${venue.name} account. The link is valid for ${f.duration(d.expiresInMinutes)}.`,
        kicker: 'Account security',
        heading: 'A new password',
        greeting: d.name ? `Hello ${d.name},` : 'Hello,',
        body: [
          {
            type: 'paragraph',
            text: `We received a request to reset the password of your ${venue.name} account. Choose a new one by following the link below.`,
          },
        ],
        cta: { label: 'Choose a new password', url: d.resetUrl },
        after: [
          {
            type: 'paragraph',
            text: `This link is valid for ${f.duration(d.expiresInMinutes)} and can be used once. We will never ask for your password, by email or by phone.`,
          },
        ],
        reason: `You are receiving this email because a password reset was requested for the account linked to this address. If you didn’t ask for it, ignore this email: your password stays unchanged.`,
      },
      sms: [
        `${venue.name}: to choose a new password (link valid for ${f.duration(d.expiresInMinutes)}): ${d.resetUrl}`,
      ],
      push: {
        title: 'Reset your password',
        body: `The link is valid for ${f.duration(d.expiresInMinutes)}.`,
        url: d.resetUrl,
      },
    }),
  },
});
