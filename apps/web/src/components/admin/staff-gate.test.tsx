import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { currentSession } from '../../lib/auth/session';
import { apiError, stubApi } from '../../test-api';
import { ADMIN, GUEST, renderApp, sessionTokens, signInAs } from '../../test-utils';

const CODES = Array.from({ length: 10 }, (_, index) => `code${index}-abcde`);
const ENROLMENT = {
  secret: 'JBSWY3DPEHPK3PXPJBSWY3DP',
  otpauthUrl: 'otpauth://totp/La%20Diva:direction',
  qrCodeDataUrl: 'data:image/svg+xml;base64,PHN2Zy8+',
};

describe('The staff area’s door', () => {
  it('has a signed-out visitor sign in at the staff area’s own door, in its words', async () => {
    const api = stubApi({
      'POST /api/auth/sign-in': { body: sessionTokens(ADMIN) },
      'GET /api/mailbox': { body: { items: [] } },
    });
    renderApp('/admin/messages/mailbox');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Connexion à l’espace équipe' }),
    ).toBeTruthy();
    expect(screen.getByText(/Réservé à l’équipe de La Diva/)).toBeTruthy();
    await waitFor(() => expect(document.title).toBe('Connexion · Espace équipe — La Diva Cabaret'));
    // Not the guest's page: no invitation to create an account, no guest lead.
    expect(screen.queryByRole('link', { name: 'Créer un compte' })).toBeNull();
    expect(screen.queryByText(/Pas encore de compte \?$/)).toBeNull();
    expect(screen.queryByText('Retrouvez vos réservations et vos billets.')).toBeNull();
    expect(screen.getByRole('link', { name: 'Mot de passe oublié ?' })).toBeTruthy();
    // In the staff look, and nothing of the staff app was asked of the API.
    expect(screen.getByRole('main').getAttribute('data-density')).toBe('compact');
    expect(api.calls).toEqual([]);

    fireEvent.change(screen.getByLabelText('Adresse e-mail'), { target: { value: ADMIN.email } });
    fireEvent.change(screen.getByLabelText('Mot de passe'), { target: { value: 'secret-admin' } });
    fireEvent.click(screen.getByRole('button', { name: 'Se connecter' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Boîte locale' })).toBeTruthy();
  });

  it('asks staff for their code at the same door, and words it in English too', async () => {
    const api = stubApi({
      'POST /api/auth/sign-in': {
        body: { status: 'mfa_required', mfaToken: 'mfa-token-1', methods: ['totp'] },
      },
      'POST /api/auth/mfa': { body: sessionTokens(ADMIN) },
      'GET /api/staff/members': { body: { items: [] } },
    });
    localStorage.setItem('ladiva.locale', 'en');
    renderApp('/admin/staff');
    expect(await screen.findByRole('heading', { level: 1, name: 'Staff sign-in' })).toBeTruthy();
    expect(screen.queryByRole('link', { name: 'Create an account' })).toBeNull();
    fireEvent.change(screen.getByLabelText('Email address'), { target: { value: ADMIN.email } });
    fireEvent.change(screen.getByLabelText('Password'), { target: { value: 'secret-admin' } });
    fireEvent.click(screen.getByRole('button', { name: 'Sign in' }));
    const heading = await screen.findByRole('heading', {
      level: 1,
      name: 'Two-step verification',
    });
    await waitFor(() => expect(document.activeElement).toBe(heading));
    fireEvent.change(screen.getByLabelText('6-digit code'), { target: { value: '123456' } });
    fireEvent.click(screen.getByRole('button', { name: 'Verify' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Team members' })).toBeTruthy();
    expect(api.calls.find((call) => call.url === '/api/auth/mfa')?.body).toEqual({
      mfaToken: 'mfa-token-1',
      code: '123456',
    });
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

    // Another account: signed out, then the staff sign-in, at the same address.
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => new Response(null, { status: 204 })),
    );
    fireEvent.click(screen.getByRole('button', { name: 'Utiliser un autre compte' }));
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Connexion à l’espace équipe' }),
    ).toBeTruthy();
  });

  it('has staff set up 2FA before anything else, right after signing in without the password again', async () => {
    const enrolled = { ...ADMIN, mfaEnabled: true, aal: 'aal2' as const };
    const api = stubApi({
      'POST /api/account/mfa/totp': { body: ENROLMENT },
      'POST /api/account/mfa/totp/confirm': {
        body: { recoveryCodes: CODES, session: sessionTokens(enrolled, { accessToken: 'aal2' }) },
      },
    });
    signInAs({ ...ADMIN, mfaEnabled: false, aal: 'aal1' }, { mfaEnrollmentRequired: true });
    renderApp('/admin');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Sécurisez votre accès' }),
    ).toBeTruthy();

    // The sign-in was a moment ago: straight to the QR code, the password not asked again.
    const qr = await screen.findByRole('img', { name: /QR code/ });
    expect(qr.getAttribute('src')).toMatch(/^data:image\/svg\+xml/);
    expect(screen.queryByLabelText('Mot de passe actuel')).toBeNull();
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
    // At its top, not where the codes' button was.
    expect(window.scrollTo).toHaveBeenLastCalledWith(0, 0);

    expect(api.calls.map((call) => [call.url, call.body])).toEqual([
      ['/api/account/mfa/totp', {}],
      ['/api/account/mfa/totp/confirm', { code: '654321' }],
    ]);
    await waitFor(() => expect(document.title).toBe('Espace équipe — La Diva Cabaret'));
  });

  it('asks for the password when the server finds the sign-in too old', async () => {
    const api = stubApi({
      'POST /api/account/mfa/totp': (call) =>
        call.body && (call.body as { currentPassword?: string }).currentPassword
          ? { body: ENROLMENT }
          : apiError(403, 'REAUTHENTICATION_REQUIRED'),
    });
    signInAs({ ...ADMIN, mfaEnabled: false, aal: 'aal1' }, { mfaEnrollmentRequired: true });
    renderApp('/admin');
    const password = await screen.findByLabelText('Mot de passe actuel');
    // Asked, not an error: the refusal's words are not shown.
    expect(screen.queryByRole('alert')).toBeNull();
    fireEvent.change(password, { target: { value: 'secret-admin' } });
    fireEvent.click(screen.getByRole('button', { name: 'Continuer' }));
    expect(await screen.findByRole('img', { name: /QR code/ })).toBeTruthy();
    expect(api.calls.map((call) => call.body)).toEqual([{}, { currentPassword: 'secret-admin' }]);
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
