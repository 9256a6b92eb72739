import { z } from 'zod';
import { instant, link, text } from '../fields.ts';
import { defineKind, type ComposeContext, type ComposedMessage, type Locale } from '../types.ts';

const SEVERITIES = ['info', 'warning', 'critical'] as const;
type Severity = (typeof SEVERITIES)[number];

const schema = z.object({
  title: text(140),
  detail: text(1_000),
  severity: z.enum(SEVERITIES),
  /** Where in the staff area to act on it. */
  link: link.optional(),
  occurredAt: instant.optional(),
});
type Data = z.output<typeof schema>;

const COPY = {
  fr: {
    severity: { info: 'Information', warning: 'Attention', critical: 'Critique' },
    kicker: 'Alerte',
    cta: 'Ouvrir dans l’espace équipe',
    occurred: 'Survenue',
    reason: (venue: string) =>
      `Vous recevez cette alerte parce que vous faites partie de l’équipe de ${venue} et que les alertes sont activées pour votre compte.`,
  },
  en: {
    severity: { info: 'Info', warning: 'Warning', critical: 'Critical' },
    kicker: 'Alert',
    cta: 'Open in the staff area',
    occurred: 'Occurred',
    reason: (venue: string) =>
      `You are receiving this alert because you are on the ${venue} team and alerts are turned on for your account.`,
  },
} satisfies Record<Locale, { severity: Record<Severity, string>; [key: string]: unknown }>;

// Alerts read the same in both languages; only the words differ, so one composer serves both.
function compose(d: Data, { locale, venue, f }: ComposeContext): ComposedMessage {
  const copy = COPY[locale];
  const severity = copy.severity[d.severity];
  const when = d.occurredAt ? f.dateTime(d.occurredAt, { style: 'short' }) : undefined;
  return {
    email: {
      subject: `[${severity}] ${d.title}`,
      preheader: d.detail,
      kicker: `${copy.kicker} · ${severity}`,
      heading: d.title,
      body: [
        { type: 'notice', tone: d.severity, title: severity, text: d.detail },
        ...(when
          ? [{ type: 'details' as const, rows: [{ label: copy.occurred, value: when }] }]
          : []),
      ],
      ...(d.link ? { cta: { label: copy.cta, url: d.link } } : {}),
      reason: copy.reason(venue.name),
    },
    // One candidate: when too long, the detail is cut at a word boundary.
    sms: [`[${severity}] ${venue.name}${locale === 'fr' ? ' :' : ':'} ${d.title}. ${d.detail}`],
    push: {
      title: `${severity} · ${d.title}`,
      body: d.detail,
      ...(d.link ? { url: d.link } : {}),
    },
  };
}

export const staffAlert = defineKind({
  schema,
  sample: {
    title: 'Salle presque complète samedi',
    detail:
      'Il reste 6 places sur 180 pour Plumes & Paillettes, samedi 12 décembre à 21 h. La liste d’attente compte 14 personnes.',
    severity: 'warning',
    link: 'https://ladiva-cabaret.fr/equipe/representations/2026-12-12',
    occurredAt: '2026-12-10T16:05:00.000Z',
  },
  copy: { fr: compose, en: compose },
});
