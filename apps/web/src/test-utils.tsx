// Helpers for the web unit tests: the app's providers around a page, and the API at the network
// boundary (a stubbed `fetch`).
import type { Venue } from '@ladiva/contract/venue';
import { render, screen, waitFor, type RenderResult } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { expect, vi } from 'vitest';
import { I18nProvider } from './components/shared/i18n-provider';
import { AppRoutes } from './routes';

export function renderApp(path = '/'): RenderResult {
  return render(
    <I18nProvider>
      <MemoryRouter initialEntries={[path]}>
        <AppRoutes />
      </MemoryRouter>
    </I18nProvider>,
  );
}

export const VENUE: Venue = {
  name: 'La Diva Cabaret',
  taglineFr: 'La revue parisienne, dîner compris',
  taglineEn: 'The Parisian revue, dinner included',
  timezone: 'Europe/Paris',
  currency: 'EUR',
  email: 'bonsoir@ladiva.example',
  phone: '+33 1 42 00 00 00',
  address: '12 rue des Martyrs, 75009 Paris',
  updatedAt: '2026-11-24T09:00:00.000+01:00',
};

/** `fetch` answers GET /api/venue with `body` (JSON) and `status`. */
export function stubVenueApi(body: unknown = VENUE, status = 200) {
  const fetchMock = vi.fn(async (input: RequestInfo | URL) => {
    const url = input instanceof Request ? input.url : String(input);
    if (url !== '/api/venue') return new Response('Not found', { status: 404 });
    return new Response(JSON.stringify(body), {
      status,
      headers: { 'content-type': 'application/json' },
    });
  });
  vi.stubGlobal('fetch', fetchMock);
  return fetchMock;
}

/** Waits until the venue request has settled (the contact card is no longer busy). */
export async function venueSettled(): Promise<void> {
  const card = screen.getByRole('heading', { name: /Nous trouver|Find us/ }).closest('article');
  await waitFor(() => expect(card?.getAttribute('aria-busy')).toBe('false'));
}
