import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { currentSession } from '../../lib/auth/session';
import { stubApi } from '../../test-api';
import { ADMIN, GUEST, renderApp, sessionTokens, signInAs } from '../../test-utils';

const CODES = Array.from({ length: 10 }, (_, index) => `code${index}-abcde`);

describe('The staff area’s door', () => {
  it('sends a visitor who is not signed in to sign-in, and back afterwards', async () => {
    const api = stubApi({
      'POST /api/auth/sign-in': { body: sessionTokens(ADMIN) },
      'GET /api/mailbox': { body: { items: [] } },
    });
    renderApp('/admin/messages/mailbox');
    expect(await screen.findByRole('heading', { level: 1, name: 'Connexion' })).toBeTruthy();
    // Nothing of the staff app was asked of the API.
    expect(api.calls).toEqual([]);

    fireEvent.change(screen.getByLabelText('Adresse e-mail'), { target: { value: ADMIN.email } });
    fireEvent.change(screen.getByLabelText('Mot de passe'), { target: { value: 'secret-admin' } });
    fireEvent.click(screen.getByRole('button', { name: 'Se connecter' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Boîte locale' })).toBeTruthy();
  });

  it('tells a guest kindly that the staff area is not for them', async () => {
    const api = stubApi({});
    signInAs(GUEST);
    renderApp('/admin');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Cet espace est réservé à l’équipe' }),
    ).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Mon compte' }).getAttribute('href')).toBe('/account');
    expect(api.calls).toEqual([]);
  });

  it('has staff set up 2FA before anything else, codes acknowledged', async () => {
    const enrolled = { ...ADMIN, mfaEnabled: true, aal: 'aal2' as const };
    const api = stubApi({
      'POST /api/account/mfa/totp': {
        body: {
          secret: 'JBSWY3DPEHPK3PXPJBSWY3DP',
          otpauthUrl: 'otpauth://totp/La%20Diva:direction',
          qrCodeDataUrl: 'data:image/svg+xml;base64,PHN2Zy8+',
        },
      },
      'POST /api/account/mfa/totp/confirm': {
        body: { recoveryCodes: CODES, session: sessionTokens(enrolled, { accessToken: 'aal2' }) },
      },
    });
    signInAs({ ...ADMIN, mfaEnabled: false, aal: 'aal1' }, { mfaEnrollmentRequired: true });
    renderApp('/admin');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Sécurisez votre accès' }),
    ).toBeTruthy();

    fireEvent.change(screen.getByLabelText('Mot de passe actuel'), {
      target: { value: 'secret-admin' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Continuer' }));
    const qr = await screen.findByRole('img', { name: /QR code/ });
    expect(qr.getAttribute('src')).toMatch(/^data:image\/svg\+xml/);
    expect(screen.getByText('JBSW Y3DP EHPK 3PXP JBSW Y3DP')).toBeTruthy();

    fireEvent.change(screen.getByLabelText('Code affiché par l’application'), {
      target: { value: '654321' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Activer' }));
    const list = await screen.findByRole('list', { name: 'Vos codes de secours' });
    expect(within(list).getAllByRole('listitem')).toHaveLength(10);
    // The session is aal2 at once; the screen stays until the codes are acknowledged.
    expect(currentSession()?.accessToken).toBe('aal2');

    fireEvent.click(screen.getByRole('button', { name: 'Terminer' }));
    expect(screen.getByText('Cochez cette case une fois les codes conservés.')).toBeTruthy();
    fireEvent.click(screen.getByRole('checkbox', { name: 'J’ai mis ces codes en lieu sûr.' }));
    fireEvent.click(screen.getByRole('button', { name: 'Terminer' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Espace équipe' })).toBeTruthy();

    expect(api.calls.map((call) => [call.url, call.body])).toEqual([
      ['/api/account/mfa/totp', { currentPassword: 'secret-admin' }],
      ['/api/account/mfa/totp/confirm', { code: '654321' }],
    ]);
    await waitFor(() => expect(document.title).toBe('Espace équipe — La Diva Cabaret'));
  });

  it('lists the members for an admin, and invites one', async () => {
    const member = {
      id: '1c2d3e4f-5a6b-4c7d-8e9f-0a1b2c3d4e5f',
      email: 'porte@ladiva.example',
      displayName: 'Karim',
      roles: ['door'],
      mfaEnabled: false,
      pending: true,
      disabled: false,
      createdAt: '2026-11-20T10:00:00.000Z',
    };
    const api = stubApi({
      'GET /api/staff/members': { body: { items: [member] } },
      'POST /api/staff/invitations': { status: 201, body: member },
    });
    signInAs(ADMIN);
    renderApp('/admin/staff');
    expect(await screen.findByText('Karim')).toBeTruthy();
    expect(screen.getByText('Invitation en attente')).toBeTruthy();
    expect(screen.getByText('2FA à configurer')).toBeTruthy();

    const form = within(screen.getByRole('region', { name: 'Inviter un membre' }));
    fireEvent.change(form.getByLabelText('Adresse e-mail'), {
      target: { value: 'cuisine@ladiva.example' },
    });
    fireEvent.click(form.getByRole('button', { name: 'Envoyer l’invitation' }));
    expect(form.getByText('Choisissez au moins un rôle.')).toBeTruthy();
    fireEvent.click(form.getByRole('checkbox', { name: 'Cuisine' }));
    fireEvent.click(form.getByRole('button', { name: 'Envoyer l’invitation' }));
    await waitFor(() =>
      expect(form.getByRole('status').textContent).toBe(
        'Invitation envoyée à cuisine@ladiva.example.',
      ),
    );
    expect(api.calls.find((call) => call.method === 'POST')?.body).toEqual({
      email: 'cuisine@ladiva.example',
      roles: ['kitchen'],
      locale: 'fr',
    });
  });
});
