// The guest's booking page beyond the party size (#14 items 5 and 6): the terms, menus, diets,
// extras and occasion changed with the new price shown first, a moved table said, and a
// cancelled booking that owes nothing and offers to book again.
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { stubApi } from '../../../test-api';
import { renderApp, VENUE } from '../../../test-utils';

const SHOW_ID = '11111111-1111-4111-8111-111111111111';
const PERF = '22222222-2222-4222-8222-222222222222';
const GOLD = '33333333-3333-4333-8333-333333333333';
const DINNER = '55555555-5555-4555-8555-555555555555';
const BOTTLE = '66666666-6666-4666-8666-666666666666';
const BOOKING = '77777777-7777-4777-8777-777777777777';
const DEADLINE = new Date(Date.now() + 3 * 86_400_000).toISOString();

const show = {
  id: SHOW_ID,
  slug: 'plumes-et-paillettes',
  titleFr: 'Plumes & Paillettes',
  titleEn: 'Feathers & Sequins',
  descriptionFr: 'La grande revue.',
  descriptionEn: 'The grand revue.',
  durationMinutes: 105,
  imagePath: null,
  nextStartsAt: null,
  zones: [],
  formulas: [
    {
      id: DINNER,
      code: 'diner-spectacle',
      nameFr: 'Dîner-spectacle',
      nameEn: 'Dinner and show',
      descriptionFr: '',
      descriptionEn: '',
      arrivalMinutesBefore: 120,
      menu: {
        main: [
          { code: 'boeuf', fr: 'Filet de bœuf', en: 'Beef fillet' },
          { code: 'risotto', fr: 'Risotto aux cèpes', en: 'Porcini risotto' },
        ],
      },
      prices: [{ zoneId: GOLD, priceCents: 21500 }],
    },
  ],
  extras: [
    { id: BOTTLE, code: 'b', nameFr: 'Bouteille de champagne', nameEn: 'Bottle', priceCents: 9500 },
  ],
};

const view = {
  id: BOOKING,
  reference: 'K7PQ2MZA',
  status: 'confirmed',
  partySize: 2,
  totalCents: 43000,
  expiresAt: '2026-11-24T10:10:00.000Z',
  createdAt: '2026-11-24T10:00:00.000Z',
  performance: {
    id: PERF,
    startsAt: '2026-12-04T20:00:00.000Z',
    doorsAt: '2026-12-04T18:00:00.000Z',
    show: {
      id: SHOW_ID,
      slug: show.slug,
      titleFr: show.titleFr,
      titleEn: show.titleEn,
      durationMinutes: 105,
    },
  },
  lines: [
    {
      formulaId: DINNER,
      formulaNameFr: 'Dîner-spectacle',
      formulaNameEn: 'Dinner and show',
      zoneId: GOLD,
      zoneNameFr: 'Carré Or',
      zoneNameEn: 'Golden Circle',
      guests: 2,
      unitPriceCents: 21500,
      arrivalTime: '2026-12-04T18:00:00.000Z',
    },
  ],
  extras: [],
  contact: { name: 'Camille Martin', email: 'camille@example.com', phone: null },
  locale: 'fr',
  guests: [
    { menuChoice: 'boeuf', dietaryNotes: 'sans gluten' },
    { menuChoice: null, dietaryNotes: null },
  ],
  occasion: null,
  tables: ['O3'],
  cancellable: true,
  changeable: true,
  cancellationFeeCents: 0,
  cancellationRules: { deadline: DEADLINE, feeCents: 0 },
  paymentMethod: 'at_venue',
  maxParty: 12,
  ticket: { token: 'ticket' },
};

const space = (text: string | null | undefined) => (text ?? '').replace(/\s/g, ' ');

describe('the guest’s booking page', () => {
  it('changes menus, diets, extras and the occasion, shows the new price first and says the table moved', async () => {
    const api = stubApi({
      'GET /api/venue': { body: VENUE },
      [`GET /api/shows/${SHOW_ID}`]: { body: show },
      [`GET /api/bookings/${BOOKING}`]: { body: view },
      [`PATCH /api/bookings/${BOOKING}`]: {
        body: { ...view, partySize: 3, totalCents: 74000, tables: ['O5', 'O6'] },
      },
    });
    renderApp(`/bookings/${BOOKING}`);
    const panel = within(await screen.findByRole('region', { name: 'Modifier ma réservation' }));
    // The stored choices are shown as they were made.
    const guest1 = within(await panel.findByRole('group', { name: 'Convive 1' }));
    expect((guest1.getByLabelText('Plat') as HTMLSelectElement).value).toBe('boeuf');
    expect((guest1.getByLabelText(/Allergies/) as HTMLInputElement).value).toBe('sans gluten');

    fireEvent.click(panel.getAllByRole('button', { name: 'Un convive de plus' })[0]!);
    // The added guest is asked their menu; the new price shows before saving.
    expect(panel.getByText('Nouveau convive : quel menu, quelles allergies ?')).toBeTruthy();
    const guest3 = within(panel.getByRole('group', { name: 'Convive 3' }));
    fireEvent.change(guest3.getByLabelText('Plat'), { target: { value: 'risotto' } });
    fireEvent.click(panel.getByRole('button', { name: 'Ajouter : Bouteille de champagne' }));
    expect(space(panel.getByText(/^Nouveau total/).textContent)).toBe(
      'Nouveau total : 740,00 € (au lieu de 430,00 €), réglé sur place.',
    );
    fireEvent.change(panel.getByLabelText(/Une occasion à fêter/), {
      target: { value: 'Anniversaire' },
    });
    fireEvent.click(panel.getByRole('button', { name: 'Enregistrer' }));

    expect(
      await screen.findByText(
        'Votre réservation est modifiée. Votre placement change : table O5, O6 (au lieu de O3).',
      ),
    ).toBeTruthy();
    const patch = api.calls.find((call) => call.method === 'PATCH')!;
    expect(patch.body).toEqual({
      lines: [{ formulaId: DINNER, zoneId: GOLD, guests: 3 }],
      extras: [{ extraId: BOTTLE, quantity: 1 }],
      guests: [{ menuChoice: 'boeuf', dietaryNotes: 'sans gluten' }, {}, { menuChoice: 'risotto' }],
      occasion: 'Anniversaire',
    });
  });

  it('states the terms on the ticket, and a cancelled booking owes nothing and offers to book again', async () => {
    stubApi({
      'GET /api/venue': { body: VENUE },
      [`GET /api/shows/${SHOW_ID}`]: { body: show },
      [`GET /api/bookings/${BOOKING}`]: {
        body: { ...view, status: 'cancelled', cancellable: false, changeable: false, ticket: null },
      },
    });
    renderApp(`/bookings/${BOOKING}`);
    const terms = await screen.findByRole('region', { name: 'Conditions' });
    expect(terms.textContent).toContain('Rien à régler : cette réservation est annulée.');
    expect(space(screen.getByText('Montant dû').nextElementSibling?.textContent)).toBe('0,00 €');
    expect(screen.getByRole('link', { name: 'Réserver à nouveau' }).getAttribute('href')).toBe(
      '/shows/plumes-et-paillettes#dates',
    );
    expect(screen.queryByRole('region', { name: 'Modifier ma réservation' })).toBeNull();
    await waitFor(() => expect(screen.queryByText(/À régler sur place/)).toBeNull());
  });
});
