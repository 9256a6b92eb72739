import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { apiError, stubApi } from '../../../test-api';
import { ADMIN, renderApp, signInAs } from '../../../test-utils';
import {
  AVAILABILITY,
  CAKE,
  DINNER,
  PERFORMANCE_ID,
  PERFORMANCES,
  SHOW,
  SHOW_ID,
  SHOW_ONLY,
  ZONE_BAR,
  ZONE_GOLD,
} from './bookings-fixtures';

function catalogue(extra: Record<string, Parameters<typeof stubApi>[0][string]> = {}) {
  return stubApi({
    'GET /api/shows': {
      body: [{ ...SHOW, zones: undefined, formulas: undefined, extras: undefined }],
    },
    [`GET /api/shows/${SHOW_ID}`]: { body: SHOW },
    [`GET /api/performances?showId=${SHOW_ID}`]: { body: PERFORMANCES },
    [`GET /api/performances/${PERFORMANCE_ID}/availability`]: { body: AVAILABILITY },
    ...extra,
  });
}

async function fill() {
  renderApp('/admin/bookings/new');
  expect(
    await screen.findByRole('heading', { level: 1, name: 'Réservation téléphone' }),
  ).toBeTruthy();
  // The only show is chosen already: the performance comes next.
  fireEvent.change(await screen.findByLabelText('Représentation'), {
    target: { value: PERFORMANCE_ID },
  });
  fireEvent.change(
    await screen.findByLabelText(
      /Personnes en Dîner-spectacle, Carré Or \(180,00.€ par personne\)$/,
    ),
    { target: { value: '2' } },
  );
  fireEvent.change(
    screen.getByLabelText(/Personnes en Spectacle seul, Bar \(75,00.€ par personne\)$/),
    { target: { value: '1' } },
  );
  fireEvent.change(screen.getByLabelText(/^Gâteau \(35,00.€\)$/), { target: { value: '1' } });
  expect(screen.getByText(/Total : 3 pers\., 470,00/)).toBeTruthy();
  fireEvent.change(screen.getByLabelText('Nom'), { target: { value: 'Camille Durand' } });
  fireEvent.change(screen.getByLabelText('E-mail'), { target: { value: 'camille@example.com' } });
  fireEvent.change(screen.getByLabelText('Téléphone'), { target: { value: '06 12 34 56 78' } });
  // Guest 1 (of the dinner): the formula's own dishes, and a diet.
  const guest1 = within(screen.getByRole('group', { name: 'Convive 1' }));
  fireEvent.change(guest1.getByLabelText('Plat'), { target: { value: 'boeuf' } });
  fireEvent.change(guest1.getByLabelText(/Allergies ou régime/), {
    target: { value: 'Sans lactose' },
  });
  // Guest 3 has the show only: no menu to choose.
  expect(
    within(screen.getByRole('group', { name: 'Convive 3' })).queryByLabelText('Plat'),
  ).toBeNull();
}

describe('Bookings → phone booking', () => {
  beforeEach(() => signInAs(ADMIN));

  it('takes a booking: lines per formula and zone, extras, contact, pay at the venue', async () => {
    const api = catalogue({
      'POST /api/admin/bookings/phone': {
        status: 201,
        body: {
          bookingId: 'c1c1c1c1-0000-4000-8000-000000000009',
          reference: 'PHNBKG23',
          status: 'confirmed',
          partySize: 3,
          totalCents: 47_000,
        },
      },
    });
    await fill();
    fireEvent.click(screen.getByRole('button', { name: 'Créer la réservation' }));
    expect(
      await screen.findByText(
        'Réservation PHNBKG23 confirmée : 3 pers., 470,00 €, réglée sur place.',
      ),
    ).toBeTruthy();
    const body = api.calls.find((call) => call.method === 'POST')!.body as Record<string, unknown>;
    expect(body).toMatchObject({
      performanceId: PERFORMANCE_ID,
      lines: [
        { formulaId: DINNER, zoneId: ZONE_GOLD, guests: 2 },
        { formulaId: SHOW_ONLY, zoneId: ZONE_BAR, guests: 1 },
      ],
      extras: [{ extraId: CAKE, quantity: 1 }],
      contact: { name: 'Camille Durand', email: 'camille@example.com', phone: '06 12 34 56 78' },
      guests: [{ menuChoice: 'boeuf', dietaryNotes: 'Sans lactose' }, {}, {}],
      locale: 'fr',
    });
    expect(body.idempotencyKey).toMatch(/^[A-Za-z0-9_-]{8,100}$/);
    expect(screen.getByRole('link', { name: 'Ouvrir la réservation' }).getAttribute('href')).toBe(
      '/admin/bookings/c1c1c1c1-0000-4000-8000-000000000009',
    );
    expect(screen.getByText('Confirmation et billet envoyés à camille@example.com.')).toBeTruthy();
    expect(api.unexpected).toEqual([]);
  });

  it('needs a phone number, not an email; without an email the staff member is told nothing was sent', async () => {
    const api = catalogue({
      'POST /api/admin/bookings/phone': {
        status: 201,
        body: {
          bookingId: 'c1c1c1c1-0000-4000-8000-000000000009',
          reference: 'PHNBKG23',
          status: 'confirmed',
          partySize: 3,
          totalCents: 47_000,
        },
      },
    });
    await fill();
    fireEvent.change(screen.getByLabelText('E-mail'), { target: { value: '' } });
    fireEvent.change(screen.getByLabelText('Téléphone'), { target: { value: '' } });
    fireEvent.click(screen.getByRole('button', { name: 'Créer la réservation' }));
    expect((await screen.findByRole('alert')).textContent).toContain('numéro de téléphone');
    expect(api.calls.some((call) => call.method === 'POST')).toBe(false);

    fireEvent.change(screen.getByLabelText('Téléphone'), { target: { value: '06 12 34 56 78' } });
    fireEvent.change(screen.getByLabelText(/^Langue du client/), { target: { value: 'en' } });
    fireEvent.click(screen.getByRole('button', { name: 'Créer la réservation' }));
    expect(
      await screen.findByText(
        'Aucun e-mail donné : rien n’a été envoyé au client. Donnez-lui la référence PHNBKG23 au téléphone.',
      ),
    ).toBeTruthy();
    const body = api.calls.find((call) => call.method === 'POST')!.body as Record<string, unknown>;
    expect(body.contact).toEqual({ name: 'Camille Durand', phone: '06 12 34 56 78' });
    expect(body.locale).toBe('en');
  });

  it('says why the engine refused, and retries with the same key', async () => {
    let attempts = 0;
    const api = catalogue({
      'POST /api/admin/bookings/phone': () => {
        attempts += 1;
        return apiError(409, 'SOLD_OUT');
      },
    });
    await fill();
    fireEvent.click(screen.getByRole('button', { name: 'Créer la réservation' }));
    expect(await screen.findByRole('alert')).toBeTruthy();
    expect(screen.getByRole('alert').textContent).toContain('Il ne reste plus assez de places');
    fireEvent.click(screen.getByRole('button', { name: 'Créer la réservation' }));
    await waitFor(() => expect(attempts).toBe(2));
    const keys = api.calls
      .filter((call) => call.method === 'POST')
      .map((call) => (call.body as { idempotencyKey: string }).idempotencyKey);
    expect(keys[0]).toBe(keys[1]);
  });

  it('sends a changed booking under a new key (a key stands for one request)', async () => {
    let attempts = 0;
    const api = catalogue({
      'POST /api/admin/bookings/phone': () => {
        attempts += 1;
        return apiError(422, 'IDEMPOTENCY_KEY_REUSED');
      },
    });
    await fill();
    fireEvent.click(screen.getByRole('button', { name: 'Créer la réservation' }));
    expect((await screen.findByRole('alert')).textContent).toContain(
      'Cette demande a déjà été envoyée avec d’autres détails',
    );
    fireEvent.change(screen.getByLabelText('Nom'), { target: { value: 'Camille Duval' } });
    fireEvent.click(screen.getByRole('button', { name: 'Créer la réservation' }));
    await waitFor(() => expect(attempts).toBe(2));
    const keys = api.calls
      .filter((call) => call.method === 'POST')
      .map((call) => (call.body as { idempotencyKey: string }).idempotencyKey);
    expect(keys[1]).toMatch(/^[A-Za-z0-9_-]{8,100}$/);
    expect(keys[0]).not.toBe(keys[1]);
  });
});
