import { screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { apiError, stubApi } from '../../test-api';
import { renderApp } from '../../test-utils';

const TOKEN = 'a'.repeat(43);

afterEach(() => window.history.replaceState(null, '', '/'));

describe('Email verification', () => {
  it('takes the token out of the address at once, sends it once, and leads to sign-in', async () => {
    window.history.replaceState(null, '', `/verify-email#token=${TOKEN}`);
    const api = stubApi({ 'POST /api/auth/verify-email': { status: 204 } });
    renderApp('/verify-email');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Adresse confirmée' }),
    ).toBeTruthy();
    expect(window.location.hash).toBe('');
    expect(window.location.pathname).toBe('/verify-email');
    expect(api.calls).toEqual([
      expect.objectContaining({ url: '/api/auth/verify-email', body: { token: TOKEN } }),
    ]);
    const main = within(screen.getByRole('main'));
    expect(main.getByRole('link', { name: 'Se connecter' }).getAttribute('href')).toBe('/sign-in');
  });

  it('offers a fresh link when this one has expired', async () => {
    // Another token: a link's answer is kept for the page's lifetime (it works once).
    window.history.replaceState(null, '', `/verify-email#token=${'b'.repeat(43)}`);
    stubApi({ 'POST /api/auth/verify-email': apiError(400, 'INVALID_LINK') });
    renderApp('/verify-email');
    expect(await screen.findByRole('heading', { level: 1, name: 'Lien expiré' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Renvoyer l’e-mail de confirmation' })).toBeTruthy();
  });
});
