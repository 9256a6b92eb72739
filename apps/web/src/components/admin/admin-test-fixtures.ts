// Contract-shaped answers of the notification endpoints, for the staff app's unit tests.
import type { MailboxEntry } from './api/use-mailbox';
import type { MailboxMessage } from './api/use-mailbox-message';
import type { NotificationDetail } from './api/use-notification';
import type { NotificationStats } from './api/use-notification-stats';
import type { TemplatePreview } from './api/use-template-preview';

export const OLDER: MailboxEntry = {
  id: '2f1c7a52-8d3e-4b1a-9a57-0c1d2e3f4a5b',
  channel: 'sms',
  to: '+33 6 12 34 56 78',
  subject: 'La Diva Cabaret : rappel',
  date: '2026-11-23T18:00:00.000Z',
};

export const NEWER: MailboxEntry = {
  id: 'c0a98407-23d6-4deb-8be2-30a49e669ad0',
  channel: 'email',
  to: 'jeanne@example.com',
  subject: '[Attention] Salle presque complète samedi',
  date: '2026-11-24T01:55:49.000Z',
};

export const NEWER_MESSAGE: MailboxMessage = {
  ...NEWER,
  text: 'LA DIVA CABARET\n\nSalle presque complète samedi',
  html: '<!DOCTYPE html><html lang="fr"><body><h1>Salle presque complète samedi</h1></body></html>',
  attachments: [{ filename: 'plan-de-salle.pdf', contentType: 'application/pdf', size: 48_213 }],
  maskedLinks: 0,
};

export const FAILED: NotificationDetail = {
  id: '7d3b2f10-5c4e-4a8f-9b21-6e0f1a2b3c4d',
  kind: 'booking_confirmed',
  channel: 'email',
  recipient: 'c***n@example.com',
  locale: 'fr',
  status: 'failed',
  attempts: 3,
  maxAttempts: 10,
  lastError: 'SMTP 421 4.7.0 Try again later',
  providerMessageId: null,
  sendAt: '2026-11-24T09:00:00.000Z',
  createdAt: '2026-11-24T09:00:00.000Z',
  sentAt: null,
  events: [
    { at: '2026-11-24T09:00:00.000Z', status: 'queued', detail: null },
    { at: '2026-11-24T09:00:01.000Z', status: 'failed', detail: 'SMTP 421 4.7.0 Try again later' },
  ],
};

export const STATS: NotificationStats = {
  byStatus: { queued: 0, sending: 0, sent: 12, failed: 1, dead: 0, cancelled: 0 },
  oldestQueuedSeconds: 0,
};

export const PREVIEW: TemplatePreview = {
  kind: 'booking_confirmed',
  locale: 'fr',
  subject: 'Réservation confirmée · Plumes & Paillettes, samedi 12 décembre',
  html: '<!DOCTYPE html><html lang="fr"><body><p>Votre table vous attend</p></body></html>',
  text: 'Votre table vous attend',
  sms: 'La Diva Cabaret : reservation LD-7K3Q9X confirmee, 4 personnes.',
  push: { title: 'Réservation confirmée', body: 'Plumes & Paillettes · samedi 12 décembre' },
};
