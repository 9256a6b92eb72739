import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { apiError, stubApi, type Call } from '../../../test-api';
import { renderApp, VENUE } from '../../../test-utils';
import {
  BAR,
  BOOKING,
  BOTTLE,
  DINNER,
  GOLD,
  PERF,
  RULES,
  SHOW as show,
  SHOW_ID,
  VIEW as view,
} from '../booking-fixtures';

const availability = (goldLeft = 12) => ({
  id: PERF,
  showId: SHOW_ID,
  startsAt: '2026-12-04T20:00:00.000Z',
  doorsAt: '2026-12-04T18:00:00.000Z',
  status: 'on_sale',
  salesOpen: true,
  maxParty: 12,
  cancellationRules: RULES,
  zones: [
    {
      zoneId: GOLD,
      code: 'carre-or',
      nameFr: 'Carré Or',
      nameEn: 'Golden Circle',
      capacity: 40,
      seatsLeft: goldLeft,
      prices: [{ formulaId: DINNER, priceCents: 21500 }],
    },
    {
      zoneId: BAR,
      code: 'bar',
      nameFr: 'Bar',
      nameEn: 'Bar',
      capacity: 40,
      seatsLeft: 30,
      prices: [],
    },
  ],
});

const held = {
  bookingId: BOOKING,
  reference: 'K7PQ2MZA',
  expiresAt: new Date(Date.now() + 600_000).toISOString(),
  totalCents: 52500,
  bookingToken: 'booking-token-1',
};

const catalogue = {
  'GET /api/venue': { body: VENUE },
  [`GET /api/shows/${SHOW_ID}`]: { body: show },
};

async function walkToExtras() {
  renderApp(`/book/${PERF}`);
  await screen.findByRole('heading', { level: 1, name: 'Plumes & Paillettes' });
  expect(screen.getByText('Étape 1 sur 5 : Convives')).toBeTruthy();
  fireEvent.click(screen.getByRole('button', { name: 'Continuer' }));
  expect((await screen.findByRole('alert')).textContent).toContain('Choisissez une formule.');
  fireEvent.click(screen.getByRole('radio', { name: 'Dîner-spectacle' }));
  fireEvent.click(screen.getByRole('button', { name: 'Continuer' }));
  await screen.findByText('Étape 2 sur 5 : Zone');
  expect((screen.getByRole('radio', { name: 'Bar' }) as HTMLInputElement).disabled).toBe(true);
  fireEvent.click(screen.getByRole('radio', { name: 'Carré Or' }));
  fireEvent.click(screen.getByRole('button', { name: 'Continuer' }));
  await screen.findByText('Étape 3 sur 5 : Extras');
  fireEvent.click(screen.getByRole('button', { name: 'Ajouter : Bouteille de champagne' }));
  fireEvent.click(screen.getByRole('button', { name: 'Continuer' }));
}

/** From the extras to the review, the details filled in (the hold answered 201). */
async function walkToReview() {
  await walkToExtras();
  await screen.findByText('Étape 4 sur 5 : Coordonnées');
  fireEvent.change(screen.getByLabelText('Nom et prénom'), { target: { value: 'Camille Martin' } });
  fireEvent.change(screen.getByLabelText('Adresse e-mail'), {
    target: { value: 'camille@example.com' },
  });
  const guest1 = screen.getByRole('group', { name: 'Convive 1' });
  fireEvent.change(within(guest1).getByLabelText('Plat'), { target: { value: 'boeuf' } });
  fireEvent.click(screen.getByRole('button', { name: 'Continuer' }));
  await screen.findByText('Étape 5 sur 5 : Récapitulatif');
}

describe('booking flow', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('holds the places on leaving the extras, then confirms with the booking token', async () => {
    const holds: Call[] = [];
    const { calls, unexpected } = stubApi({
      ...catalogue,
      [`GET /api/performances/${PERF}/availability`]: { body: availability() },
      'POST /api/bookings/holds': (call) => {
        holds.push(call);
        return holds.length === 1 ? apiError(503, 'BUSY') : { status: 201, body: held };
      },
      [`POST /api/bookings/${BOOKING}/confirm`]: { body: view },
      [`GET /api/bookings/${BOOKING}`]: { body: view },
    });
    await walkToExtras();

    await screen.findByText('Étape 4 sur 5 : Coordonnées', undefined, { timeout: 4000 });
    // BUSY once, retried with the same idempotency key.
    expect(holds).toHaveLength(2);
    expect(holds[0]!.body).toEqual(holds[1]!.body);
    expect(holds[0]!.body).toMatchObject({
      performanceId: PERF,
      lines: [{ formulaId: DINNER, zoneId: GOLD, guests: 2 }],
      extras: [{ extraId: BOTTLE, quantity: 1 }],
    });
    expect(screen.getByRole('timer').textContent).toMatch(/Places bloquées pendant (9:5\d|10:00)/);

    // A step opens at its top.
    expect(window.scrollTo).toHaveBeenLastCalledWith(0, 0);
    fireEvent.click(screen.getByRole('button', { name: 'Continuer' }));
    // An invalid submit: the first invalid field takes the focus, a summary says how many.
    const name = screen.getByLabelText('Nom et prénom');
    expect(name.getAttribute('aria-invalid')).toBe('true');
    expect(document.activeElement).toBe(name);
    expect(name.scrollIntoView).toHaveBeenCalledWith({ block: 'center' });
    expect(screen.getByRole('alert').textContent).toContain(
      'Vérifiez les champs signalés avant de continuer (2).',
    );
    fireEvent.change(screen.getByLabelText('Nom et prénom'), {
      target: { value: 'Camille Martin' },
    });
    fireEvent.change(screen.getByLabelText('Adresse e-mail'), {
      target: { value: 'camille@example.com' },
    });
    const guest1 = screen.getByRole('group', { name: 'Convive 1' });
    fireEvent.change(within(guest1).getByLabelText('Plat'), { target: { value: 'boeuf' } });
    fireEvent.click(screen.getByRole('button', { name: 'Continuer' }));

    await screen.findByText('Étape 5 sur 5 : Récapitulatif');
    expect(screen.getByText('2 × Dîner-spectacle · Carré Or')).toBeTruthy();
    expect(screen.getByText('525,00 €', { normalizer: (s) => s.replace(/\s/g, ' ') })).toBeTruthy();
    // The terms before commitment: what is paid where, until when it can be cancelled, the fee.
    const terms = within(screen.getByRole('region', { name: 'Conditions' }));
    const termsText = terms.getAllByRole('listitem').map((item) => item.textContent);
    expect(termsText[0]?.replace(/\s/g, ' ')).toBe(
      'Rien n’est payé en ligne : vous réglez 525,00 € sur place, le soir du spectacle.',
    );
    expect(termsText[1]?.replace(/\s/g, ' ')).toMatch(
      /^Modification et annulation en ligne jusqu’au .+ ; une annulation coûte 15,00 € de frais, réglés sur place\./,
    );
    // The menus and diets, guest by guest.
    expect(screen.getByText(/Filet de bœuf/)).toBeTruthy();
    expect(screen.getByText(/menu choisi le soir même/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Confirmer la réservation' }));

    await screen.findByRole('heading', { level: 1, name: 'C’est réservé !' });
    expect(screen.getByRole('img', { name: 'QR code du billet K7PQ2MZA' })).toBeTruthy();
    const confirm = calls.find((call) => call.url.endsWith('/confirm'))!;
    expect(confirm.headers['x-booking-token']).toBe('booking-token-1');
    expect(confirm.body).toMatchObject({
      contact: { name: 'Camille Martin', email: 'camille@example.com' },
      guests: [{ menuChoice: 'boeuf' }, {}],
      payment: 'at_venue',
    });
    expect(unexpected).toEqual([]);
  });

  // #12 item 8: a confirmation whose answer is lost is sent again, and the guest is told the truth.
  it('confirms again while the service is away, then says what became of the booking', async () => {
    const confirms: Call[] = [];
    stubApi({
      ...catalogue,
      [`GET /api/performances/${PERF}/availability`]: { body: availability() },
      'POST /api/bookings/holds': { status: 201, body: held },
      [`POST /api/bookings/${BOOKING}/confirm`]: (call) => {
        confirms.push(call);
        return apiError(503, 'DATABASE_UNAVAILABLE', { retryAfterSeconds: 2 });
      },
      // The first confirmation was recorded before the database went away.
      [`GET /api/bookings/${BOOKING}`]: { body: view },
    });
    await walkToReview();
    vi.useFakeTimers({ shouldAdvanceTime: true });
    fireEvent.click(screen.getByRole('button', { name: 'Confirmer la réservation' }));
    await vi.advanceTimersByTimeAsync(15_000);
    await screen.findByRole('heading', { level: 1, name: 'C’est réservé !' });
    expect(confirms).toHaveLength(6);
    expect(new Set(confirms.map((call) => JSON.stringify(call.body))).size).toBe(1);
  });

  it('says a booking is not confirmed yet, never that it failed, when the service stays away', async () => {
    stubApi({
      ...catalogue,
      [`GET /api/performances/${PERF}/availability`]: { body: availability() },
      'POST /api/bookings/holds': { status: 201, body: held },
      [`POST /api/bookings/${BOOKING}/confirm`]: apiError(503, 'DATABASE_UNAVAILABLE'),
      [`GET /api/bookings/${BOOKING}`]: { body: { ...view, status: 'held', ticket: null } },
    });
    await walkToReview();
    vi.useFakeTimers({ shouldAdvanceTime: true });
    fireEvent.click(screen.getByRole('button', { name: 'Confirmer la réservation' }));
    await vi.advanceTimersByTimeAsync(20_000);
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Votre réservation n’est pas encore confirmée');
    expect(screen.getByText('Étape 5 sur 5 : Récapitulatif')).toBeTruthy();
  });

  it('sends a guest whose zone sold out meanwhile back to the zone choice, with fresh places', async () => {
    let round = 0;
    stubApi({
      ...catalogue,
      [`GET /api/performances/${PERF}/availability`]: () => ({
        body: availability(round++ < 2 ? 12 : 1),
      }),
      'POST /api/bookings/holds': apiError(409, 'SOLD_OUT', { seatsLeft: 1 }),
    });
    await walkToExtras();

    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Il ne reste plus assez de places dans cette zone');
    expect(alert.textContent).toContain('Places restantes dans cette zone : 1.');
    expect(screen.getByText('Étape 2 sur 5 : Zone')).toBeTruthy();
    await waitFor(() =>
      expect((screen.getByRole('radio', { name: 'Carré Or' }) as HTMLInputElement).disabled).toBe(
        true,
      ),
    );
    expect(screen.getByText('Pas assez de places pour votre groupe (2)')).toBeTruthy();
  });
});
