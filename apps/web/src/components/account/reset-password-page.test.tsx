import { fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { apiError, stubApi } from '../../test-api';
import { renderApp } from '../../test-utils';

afterEach(() => window.history.replaceState(null, '', '/'));

function openWith(token: string) {
  window.history.replaceState(null, '', `/reset-password#token=${token}`);
  renderApp('/reset-password');
}

describe('Password reset', () => {
  it('asks for the second factor when the link says the account has one', async () => {
    const token = 'r'.repeat(43);
    const api = stubApi({
      'POST /api/auth/link-info': {
        body: { kind: 'password_reset', email: 'camille@example.com', mfaRequired: true },
      },
      'POST /api/auth/reset-password': { status: 204 },
    });
    openWith(token);
    expect(await screen.findByText('Pour le compte camille@example.com.')).toBeTruthy();
    expect(window.location.hash).toBe('');
    fireEvent.change(screen.getByLabelText('Nouveau mot de passe'), {
      target: { value: 'une-nouvelle-revue' },
    });
    fireEvent.change(screen.getByLabelText('Code à 6 chiffres'), { target: { value: '123456' } });
    fireEvent.click(screen.getByRole('button', { name: 'Enregistrer le mot de passe' }));
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Mot de passe modifié' }),
    ).toBeTruthy();
    expect(api.calls.at(-1)?.body).toEqual({
      token,
      password: 'une-nouvelle-revue',
      code: '123456',
    });
  });

  it('reveals the code field on 403 MFA_REQUIRED, and leads to a new link when expired', async () => {
    const api = stubApi({
      'POST /api/auth/link-info': {
        body: { kind: 'password_reset', email: null, mfaRequired: false },
      },
      'POST /api/auth/reset-password': apiError(403, 'MFA_REQUIRED'),
    });
    openWith('s'.repeat(43));
    fireEvent.change(await screen.findByLabelText('Nouveau mot de passe'), {
      target: { value: 'une-nouvelle-revue' },
    });
    expect(screen.queryByLabelText('Code à 6 chiffres')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Enregistrer le mot de passe' }));
    expect(await screen.findByRole('alert')).toBeTruthy();
    expect(screen.getByRole('alert').textContent).toContain('saisissez aussi un code');
    expect(screen.getByLabelText('Code à 6 chiffres')).toBeTruthy();
    expect(api.unexpected).toEqual([]);
  });

  it('explains an expired link and offers a new one', async () => {
    stubApi({ 'POST /api/auth/link-info': apiError(400, 'INVALID_LINK') });
    openWith('t'.repeat(43));
    expect(await screen.findByRole('heading', { level: 1, name: 'Lien expiré' })).toBeTruthy();
    await waitFor(() =>
      expect(
        screen.getByRole('link', { name: 'Demander un nouveau lien' }).getAttribute('href'),
      ).toBe('/forgot-password'),
    );
  });
});
