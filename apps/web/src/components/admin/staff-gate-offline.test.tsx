// A staff page reloaded with no network: the session (the CSRF cookie says there is one) cannot be
// checked. The door says "offline" with a retry, never the sign-in; back online, the page comes.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { json } from '../../test-api';
import type * as TestUtils from '../../test-utils';
import type * as Rtl from '@testing-library/react';

// Restored one by one: the console.error spy of the shared setup must stay.
const spies: { mockRestore: () => void }[] = [];
let rtl: typeof Rtl | undefined;

afterEach(() => {
  rtl?.cleanup();
  for (const spy of spies.splice(0)) spy.mockRestore();
});

/** The app as a reload loads it: modules fresh, the session read from the cookies at import. */
async function reload(cookie: string, online: boolean) {
  spies.push(vi.spyOn(document, 'cookie', 'get').mockReturnValue(cookie));
  spies.push(vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(online));
  vi.resetModules();
  rtl = await import('@testing-library/react');
  const utils: typeof TestUtils = await import('../../test-utils');
  const session = await import('../../lib/auth/session');
  return { ...rtl, ...utils, session };
}

describe('The staff area’s door, offline', () => {
  it('says offline with a retry, never the sign-in, and opens once the network is back', async () => {
    let network = false;
    const fetchMock = vi.fn(async (url: string) => {
      if (!network) throw new TypeError('Failed to fetch');
      if (url === '/api/auth/refresh') {
        const { ADMIN, sessionTokens } = await import('../../test-utils');
        return json(200, sessionTokens(ADMIN));
      }
      return json(200, { items: [] });
    });
    vi.stubGlobal('fetch', fetchMock);
    const app = await reload('__Host-ladiva-csrf=csrf', false);
    app.session.restoreSession();
    app.renderApp('/admin/messages/mailbox');

    expect(await app.screen.findByRole('heading', { level: 1, name: 'Hors ligne' })).toBeTruthy();
    expect(
      app.screen.getByText(/Pas de réseau : votre session n’a pas pu être vérifiée/),
    ).toBeTruthy();
    expect(app.screen.queryByRole('heading', { name: 'Connexion à l’espace équipe' })).toBeNull();
    expect(app.screen.queryByLabelText('Mot de passe')).toBeNull();
    expect(app.session.getSessionState()).toEqual({ status: 'unreachable' });

    // Still offline: the retry says it tried, and the page stays as it is.
    app.fireEvent.click(app.screen.getByRole('button', { name: 'Réessayer' }));
    await app.waitFor(() =>
      expect(fetchMock.mock.calls.filter(([url]) => url === '/api/auth/refresh')).toHaveLength(2),
    );
    expect(await app.screen.findByRole('button', { name: 'Réessayer' })).toBeTruthy();

    // The network comes back: the page retries on its own and opens.
    network = true;
    window.dispatchEvent(new Event('online'));
    expect(await app.screen.findByRole('heading', { level: 1, name: 'Boîte locale' })).toBeTruthy();
  }, 15_000);

  it('says the server is unreachable when the browser is online but the server is not', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => json(502, null)),
    );
    const app = await reload('__Host-ladiva-csrf=csrf', true);
    app.session.restoreSession();
    app.renderApp('/admin');
    expect(
      await app.screen.findByRole('heading', { level: 1, name: 'Serveur injoignable' }),
    ).toBeTruthy();
    expect(app.screen.getByRole('button', { name: 'Réessayer' })).toBeTruthy();
  }, 15_000);
});
