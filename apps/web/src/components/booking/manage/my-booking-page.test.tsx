import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { apiError, stubApi } from '../../../test-api';
import { renderApp } from '../../../test-utils';

const BOOKING = '77777777-7777-4777-8777-777777777777';
const TOKEN = 'A'.repeat(43);

describe('my booking', () => {
  it('takes the token out of the address, exchanges it and opens the booking with it', async () => {
    window.history.replaceState(null, '', `/my-booking#token=${TOKEN}`);
    const { calls } = stubApi({
      'POST /api/bookings/link/exchange': { body: { bookingId: BOOKING, bookingToken: 'bt-1' } },
      [`GET /api/bookings/${BOOKING}`]: apiError(404, 'NOT_FOUND'),
    });
    renderApp(`/my-booking#token=${TOKEN}`);
    await screen.findByRole('heading', { level: 1, name: 'Réservation introuvable' });
    expect(window.location.hash).toBe('');
    expect(calls[0]).toMatchObject({ url: '/api/bookings/link/exchange', body: { token: TOKEN } });
    expect(calls[1]!.headers['x-booking-token']).toBe('bt-1');
    expect(window.sessionStorage.getItem(`ladiva.booking.${BOOKING}`)).toBe('bt-1');
  });

  it('sends the manage link for a reference and an email, then says to check the inbox', async () => {
    window.history.replaceState(null, '', '/my-booking');
    const { calls } = stubApi({ 'POST /api/bookings/link': { status: 202 } });
    renderApp('/my-booking');
    await screen.findByRole('heading', { level: 1, name: 'Retrouver ma réservation' });
    fireEvent.change(screen.getByLabelText('Référence (8 caractères)'), {
      target: { value: 'k7pq' },
    });
    fireEvent.change(screen.getByLabelText('Adresse e-mail'), {
      target: { value: 'camille@example.com' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Recevoir le lien' }));
    expect(await screen.findByText(/La référence a 8 lettres et chiffres/)).toBeTruthy();
    expect(calls).toEqual([]);

    fireEvent.change(screen.getByLabelText('Référence (8 caractères)'), {
      target: { value: 'k7pq2mza' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Recevoir le lien' }));
    await screen.findByRole('heading', { name: 'Vérifiez votre boîte mail' });
    await waitFor(() =>
      expect(calls[0]).toMatchObject({
        url: '/api/bookings/link',
        body: { reference: 'K7PQ2MZA', email: 'camille@example.com' },
      }),
    );
  });
});
