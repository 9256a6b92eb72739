import { z } from 'zod';
import { STAFF_ROLES, type StaffRole } from '../../../../db/request-context.ts';
import { link, text } from '../fields.ts';
import { capitalise } from '../format.ts';
import { defineKind, type Locale } from '../types.ts';

const ROLE_LABELS: Record<Locale, Record<StaffRole, string>> = {
  fr: {
    admin: 'administration',
    manager: 'direction de salle',
    box_office: 'billetterie',
    door: 'accueil',
    kitchen: 'cuisine',
  },
  en: {
    admin: 'administration',
    manager: 'floor management',
    box_office: 'box office',
    door: 'front door',
    kitchen: 'kitchen',
  },
};

/** French elides before a vowel or a silent h: « d’Hélène », « qu’Hélène », « de Marc ». */
const elides = (name: string) => /^[aeiouyhàâäéèêëîïôöùûü]/i.test(name);
const de = (name: string) => (elides(name) ? `d’${name}` : `de ${name}`);
const que = (name: string) => (elides(name) ? `qu’${name}` : `que ${name}`);

export const staffInvitation = defineKind({
  schema: z.object({
    inviterName: text(120),
    inviteeName: text(120).optional(),
    roles: z.array(z.enum(STAFF_ROLES)).min(1),
    acceptUrl: link,
    expiresInHours: z.number().int().min(1).max(720),
  }),
  sample: {
    inviterName: 'Hélène Marchal',
    inviteeName: 'Yanis',
    roles: ['box_office', 'door'],
    acceptUrl: 'https://ladiva-cabaret.fr/equipe/invitation?jeton=aW52aXRlLVlhbmlz',
    expiresInHours: 72,
  },
  copy: {
    fr: (d, { venue, f }) => {
      const roles = f.list(d.roles.map((role) => ROLE_LABELS.fr[role]));
      const expires = f.duration(d.expiresInHours * 60);
      return {
        email: {
          subject: `${d.inviterName} vous invite à rejoindre l’équipe de ${venue.name}`,
          preheader: `Accès à l’espace équipe : ${roles}. Invitation valable ${expires}.`,
          kicker: 'Invitation',
          heading: 'Bienvenue dans la troupe',
          greeting: d.inviteeName ? `Bonjour ${d.inviteeName},` : 'Bonjour,',
          body: [
            {
              type: 'paragraph',
              text: `${d.inviterName} vous ouvre un accès à l’espace équipe de ${venue.name}.`,
            },
            {
              type: 'details',
              rows: [{ label: d.roles.length > 1 ? 'Rôles' : 'Rôle', value: capitalise(roles) }],
            },
            {
              type: 'paragraph',
              text: 'Acceptez l’invitation pour choisir votre mot de passe et activer votre accès.',
            },
          ],
          cta: { label: 'Accepter l’invitation', url: d.acceptUrl },
          after: [
            {
              type: 'paragraph',
              text: `Cette invitation expire dans ${expires}. Passé ce délai, demandez-en une nouvelle à ${d.inviterName}.`,
            },
          ],
          reason: `Vous recevez cet e-mail parce ${que(d.inviterName)} a saisi cette adresse pour vous inviter dans l’équipe de ${venue.name}. Si vous ne vous y attendiez pas, ignorez-le : aucun accès ne sera créé.`,
        },
        sms: [
          `${venue.name} : ${d.inviterName} vous invite dans l’équipe (${roles}). Invitation valable ${expires} : ${d.acceptUrl}`,
          `${venue.name} : ${d.inviterName} vous invite dans l’équipe. Valable ${expires} : ${d.acceptUrl}`,
        ],
        push: {
          title: `Invitation ${de(d.inviterName)}`,
          body: `Rejoignez l’équipe de ${venue.name} : ${roles}.`,
          url: d.acceptUrl,
        },
      };
    },
    en: (d, { venue, f }) => {
      const roles = f.list(d.roles.map((role) => ROLE_LABELS.en[role]));
      const expires = f.duration(d.expiresInHours * 60);
      return {
        email: {
          subject: `${d.inviterName} invited you to join the ${venue.name} team`,
          preheader: `Access to the staff area: ${roles}. The invitation is valid for ${expires}.`,
          kicker: 'Invitation',
          heading: 'Welcome to the company',
          greeting: d.inviteeName ? `Hello ${d.inviteeName},` : 'Hello,',
          body: [
            {
              type: 'paragraph',
              text: `${d.inviterName} is giving you access to the staff area of ${venue.name}.`,
            },
            {
              type: 'details',
              rows: [{ label: d.roles.length > 1 ? 'Roles' : 'Role', value: capitalise(roles) }],
            },
            {
              type: 'paragraph',
              text: 'Accept the invitation to choose your password and activate your access.',
            },
          ],
          cta: { label: 'Accept the invitation', url: d.acceptUrl },
          after: [
            {
              type: 'paragraph',
              text: `This invitation expires in ${expires}. After that, ask ${d.inviterName} for a new one.`,
            },
          ],
          reason: `You are receiving this email because ${d.inviterName} entered this address to invite you to the ${venue.name} team. If you weren’t expecting it, ignore it: no access will be created.`,
        },
        sms: [
          `${venue.name}: ${d.inviterName} invited you to the team (${roles}). Valid for ${expires}: ${d.acceptUrl}`,
          `${venue.name}: ${d.inviterName} invited you to the team. Valid for ${expires}: ${d.acceptUrl}`,
        ],
        push: {
          title: `Invitation from ${d.inviterName}`,
          body: `Join the ${venue.name} team: ${roles}.`,
          url: d.acceptUrl,
        },
      };
    },
  },
});
