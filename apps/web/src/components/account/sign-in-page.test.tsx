import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { getSessionState } from '../../lib/auth/session';
import { apiError, stubApi } from '../../test-api';
import { ADMIN, GUEST, renderApp, sessionTokens } from '../../test-utils';

function fillCredentials(email = 'camille@example.com', password = 'velours-rouge-1925') {
  fireEvent.change(screen.getByLabelText('Adresse e-mail'), { target: { value: email } });
  fireEvent.change(screen.getByLabelText('Mot de passe'), { target: { value: password } });
  fireEvent.click(screen.getByRole('button', { name: 'Se connecter' }));
}

const CHALLENGE = {
  status: 'mfa_required',
  mfaToken: 'mfa-token-1',
  methods: ['totp', 'recovery_code'],
};

describe('Sign-in', () => {
  it('asks for the second factor, then goes where ?next= says', async () => {
    const api = stubApi({
      'POST /api/auth/sign-in': { body: CHALLENGE },
      'POST /api/auth/mfa': { body: sessionTokens(ADMIN) },
      'GET /api/staff/members': { body: { items: [] } },
    });
    renderApp('/sign-in?next=/admin/staff');
    await screen.findByRole('heading', { level: 1, name: 'Connexion' });
    fillCredentials('Direction@LaDiva.example ');

    const heading = await screen.findByRole('heading', {
      level: 1,
      name: 'Vérification en deux étapes',
    });
    // The new step starts where focus goes.
    await waitFor(() => expect(document.activeElement).toBe(heading));
    const code = screen.getByLabelText('Code à 6 chiffres');
    expect(code.getAttribute('inputmode')).toBe('numeric');
    expect(code.getAttribute('autocomplete')).toBe('one-time-code');

    // Not six digits: said at once, nothing sent.
    fireEvent.change(code, { target: { value: '12 34' } });
    fireEvent.click(screen.getByRole('button', { name: 'Vérifier' }));
    expect(screen.getByText('Saisissez les 6 chiffres du code.')).toBeTruthy();

    fireEvent.change(code, { target: { value: '123 456' } });
    fireEvent.click(screen.getByRole('button', { name: 'Vérifier' }));

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Membres de l’équipe' }),
    ).toBeTruthy();
    expect(api.calls.find((call) => call.url === '/api/auth/sign-in')?.body).toEqual({
      email: 'Direction@LaDiva.example',
      password: 'velours-rouge-1925',
    });
    expect(api.calls.find((call) => call.url === '/api/auth/mfa')?.body).toEqual({
      mfaToken: 'mfa-token-1',
      code: '123456',
    });
    expect(getSessionState().status).toBe('signed_in');
    expect(api.unexpected).toEqual([]);
  });

  it('takes a recovery code instead, and words a wrong one from the catalogue', async () => {
    let attempts = 0;
    const api = stubApi({
      'POST /api/auth/sign-in': { body: CHALLENGE },
      'POST /api/auth/mfa': () =>
        ++attempts === 1 ? apiError(401, 'INVALID_CODE') : { body: sessionTokens(GUEST) },
      'GET /api/account/consents': { body: { items: [] } },
    });
    renderApp('/sign-in');
    await screen.findByRole('heading', { level: 1, name: 'Connexion' });
    fillCredentials();
    await screen.findByRole('heading', { level: 1, name: 'Vérification en deux étapes' });

    fireEvent.click(screen.getByRole('button', { name: /utiliser un code de secours/ }));
    const recovery = screen.getByLabelText('Code de secours');
    fireEvent.change(recovery, { target: { value: 'ABCDE-12345' } });
    fireEvent.click(screen.getByRole('button', { name: 'Vérifier' }));
    expect(
      await screen.findByText(
        'Ce code n’est pas valide ou a déjà servi. Saisissez le code suivant.',
      ),
    ).toBeTruthy();
    expect(screen.queryByText(/server text/)).toBeNull();

    fireEvent.change(screen.getByLabelText('Code de secours'), {
      target: { value: 'fghij-67890' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Vérifier' }));
    // A guest lands on their account.
    expect(await screen.findByRole('heading', { level: 1, name: 'Mon compte' })).toBeTruthy();
    expect(api.calls.filter((call) => call.url === '/api/auth/mfa').map((c) => c.body)).toEqual([
      { mfaToken: 'mfa-token-1', recoveryCode: 'abcde12345' },
      { mfaToken: 'mfa-token-1', recoveryCode: 'fghij67890' },
    ]);
  });

  it('words each refusal, offers to resend the email, and counts the minutes of a lock', async () => {
    let answer = apiError(401, 'INVALID_CREDENTIALS');
    const api = stubApi({
      'POST /api/auth/sign-in': () => answer,
      'POST /api/auth/resend-verification': { status: 202, body: { status: 'accepted' } },
    });
    renderApp('/sign-in');
    await screen.findByRole('heading', { level: 1, name: 'Connexion' });

    fillCredentials();
    expect(await screen.findByText('E-mail ou mot de passe incorrect.')).toBeTruthy();

    answer = apiError(403, 'EMAIL_NOT_VERIFIED');
    fireEvent.click(screen.getByRole('button', { name: 'Se connecter' }));
    fireEvent.click(
      await screen.findByRole('button', { name: 'Renvoyer l’e-mail de confirmation' }),
    );
    expect(await screen.findByText(/C’est envoyé/)).toBeTruthy();
    expect(api.calls.find((call) => call.url === '/api/auth/resend-verification')?.body).toEqual({
      email: 'camille@example.com',
      locale: 'fr',
    });

    answer = apiError(429, 'RATE_LIMITED', undefined, { 'retry-after': '540' });
    fireEvent.click(screen.getByRole('button', { name: 'Se connecter' }));
    expect(await screen.findByText('Trop de tentatives. Réessayez dans 9 min.')).toBeTruthy();
    expect(document.body.textContent).not.toContain('server text');
  });

  it('refuses an empty form without calling the API', async () => {
    const api = stubApi({});
    renderApp('/sign-in');
    await screen.findByRole('heading', { level: 1, name: 'Connexion' });
    fireEvent.click(screen.getByRole('button', { name: 'Se connecter' }));
    expect(screen.getByText('Saisissez votre adresse e-mail et votre mot de passe.')).toBeTruthy();
    expect(api.calls).toEqual([]);
  });
});
