// Helpers for the web unit tests: the app's providers around a page, and the API at the network
// boundary (a stubbed `fetch`).
import type { Me, SessionTokens } from '@ladiva/contract/auth';
import type { Venue } from '@ladiva/contract/venue';
import { render, screen, waitFor, type RenderResult } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { expect, vi } from 'vitest';
import { I18nProvider } from './components/shared/i18n-provider';
import { setSession } from './lib/auth/session';
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

export const GUEST: Me = {
  id: '0b7e7a4e-5f1d-4c3a-9c1e-2d3f4a5b6c7d',
  email: 'camille@example.com',
  displayName: 'Camille',
  locale: 'fr',
  roles: [],
  emailVerified: true,
  mfaEnabled: false,
  aal: 'aal1',
  createdAt: '2026-11-01T10:00:00.000Z',
};

export const ADMIN: Me = {
  ...GUEST,
  id: '9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d',
  email: 'direction@ladiva.example',
  displayName: 'Margaux',
  roles: ['admin'],
  mfaEnabled: true,
  aal: 'aal2',
};

export function sessionTokens(user: Me = GUEST, overrides: Partial<SessionTokens> = {}) {
  return {
    status: 'signed_in',
    accessToken: `token-${user.id}`,
    tokenType: 'Bearer',
    expiresIn: 900,
    csrfToken: 'csrf-1',
    user,
    mfaEnrollmentRequired: false,
    ...overrides,
  } satisfies SessionTokens;
}

/** Starts the test signed in, as the server's sign-in answer would. */
export function signInAs(user: Me = GUEST, overrides: Partial<SessionTokens> = {}): void {
  setSession(sessionTokens(user, overrides));
}
