// The ticket states the terms it was booked under, in the guest's language and the venue's time.
import type { BookingView } from '@ladiva/contract/booking';
import { describe, expect, it } from 'vitest';
import { renderTicketPdf, ticketTerms } from './ticket-documents.ts';

const view = {
  reference: 'K7PQ2MZA',
  partySize: 2,
  totalCents: 43_000,
  performance: {
    startsAt: '2026-12-12T20:00:00.000Z',
    doorsAt: '2026-12-12T18:00:00.000Z',
    show: { titleFr: 'Plumes & Paillettes', titleEn: 'Feathers & Sequins', durationMinutes: 105 },
  },
  lines: [
    {
      formulaNameFr: 'Dîner-spectacle',
      formulaNameEn: 'Dinner and show',
      zoneNameFr: 'Carré Or',
      zoneNameEn: 'Golden Circle',
      guests: 2,
      arrivalTime: '2026-12-12T18:00:00.000Z',
    },
  ],
  tables: ['C3'],
  cancellationRules: { deadline: '2026-12-10T20:00:00.000Z', feeCents: 0 },
} as unknown as BookingView;

describe('the ticket', () => {
  it('says until when the booking can be changed or cancelled online, and at what fee', () => {
    expect(ticketTerms(view, 'fr', 'Europe/Paris').replace(/\s/g, ' ')).toBe(
      'Modification et annulation en ligne sans frais jusqu’au jeudi 10 décembre 2026 à 21:00.',
    );
    const withFee = { ...view, cancellationRules: { ...view.cancellationRules, feeCents: 2000 } };
    expect(ticketTerms(withFee, 'en', 'Europe/Paris').replace(/\s/g, ' ')).toBe(
      'Change or cancel online until Thursday, 10 December 2026 at 21:00 (cancellation fee: €20.00, paid at the venue).',
    );
  });

  it('draws a one-page PDF with the terms', async () => {
    const pdf = await renderTicketPdf(
      view,
      { name: 'La Diva', address: null, timezone: 'Europe/Paris' },
      'fr',
      'token',
    );
    expect(Buffer.from(pdf.subarray(0, 5)).toString('latin1')).toBe('%PDF-');
  });
});
