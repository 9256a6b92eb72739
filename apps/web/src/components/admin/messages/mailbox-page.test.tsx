import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { ADMIN, renderApp, signInAs } from '../../../test-utils';
import { NEWER, NEWER_MESSAGE, OLDER } from '../admin-test-fixtures';
import { stubApi } from '../../../test-api';

describe('Messages → Mailbox', () => {
  beforeEach(() => signInAs(ADMIN));

  it('lists the mailbox newest first and opens a message in a sandboxed frame', async () => {
    const api = stubApi({
      'GET /api/mailbox': { body: { items: [OLDER, NEWER] } },
      [`GET /api/mailbox/${NEWER.id}`]: { body: NEWER_MESSAGE },
    });
    renderApp('/admin/messages/mailbox');

    expect(await screen.findByRole('heading', { level: 1, name: 'Boîte locale' })).toBeTruthy();
    const list = within(await screen.findByRole('region', { name: 'Messages (2)' }));
    const links = list.getAllByRole('link');
    expect(links.map((link) => link.textContent)).toEqual([
      // Newest first, dated in Paris time (UTC+1 in November).
      expect.stringContaining(NEWER.subject),
      expect.stringContaining(OLDER.subject),
    ]);
    expect(links[0]!.textContent).toContain('24 nov. 2026, 02:55');
    expect(links[0]!.textContent).toContain('E-mail');

    fireEvent.click(links[0]!);

    expect(await screen.findByRole('heading', { level: 2, name: NEWER.subject })).toBeTruthy();
    expect(links[0]!.getAttribute('aria-current')).toBe('true');
    const frame = screen.getByTitle(`Aperçu de l’e-mail « ${NEWER.subject} »`);
    expect(frame.tagName).toBe('IFRAME');
    expect(frame.getAttribute('sandbox')).toBe('');
    // Loaded from the API, which gives the email a CSP of its own (see EmailFrame).
    expect(frame.getAttribute('src')).toBe(`/api/mailbox/${NEWER_MESSAGE.id}/html`);
    expect(frame.hasAttribute('srcdoc')).toBe(false);
    expect(screen.getByText('plan-de-salle.pdf')).toBeTruthy();

    fireEvent.click(screen.getByRole('tab', { name: 'Texte brut' }));
    expect(screen.getByRole('tab', { name: 'Texte brut' }).getAttribute('aria-selected')).toBe(
      'true',
    );
    expect(screen.getByRole('tabpanel').textContent).toContain('LA DIVA CABARET');
    expect(screen.queryByTitle(/Aperçu de l’e-mail/)).toBeNull();
    expect(api.unexpected).toEqual([]);
  });

  it('sends a test email, then watches the mailbox until it arrives', async () => {
    let delivered = false;
    const api = stubApi({
      'GET /api/mailbox': () => ({ body: { items: delivered ? [NEWER] : [] } }),
      'POST /api/notifications/test-email': () => {
        // The worker delivers it a moment after the API queued it.
        setTimeout(() => (delivered = true), 200);
        return { status: 202, body: { id: NEWER.id } };
      },
    });
    renderApp('/admin/messages/mailbox');
    expect(await screen.findByText(/La boîte est vide/)).toBeTruthy();

    fireEvent.change(screen.getByLabelText('Destinataire'), {
      target: { value: 'jeanne@example.com' },
    });
    fireEvent.change(screen.getByLabelText('Langue de l’e-mail'), { target: { value: 'en' } });
    fireEvent.click(screen.getByRole('button', { name: 'Envoyer' }));

    await waitFor(() =>
      expect(api.calls.find((call) => call.method === 'POST')?.body).toEqual({
        to: 'jeanne@example.com',
        locale: 'en',
      }),
    );
    const status = within(screen.getByRole('region', { name: 'Envoyer un e-mail de test' }))
      .getAllByRole('status')
      .at(-1)!;
    await waitFor(() => expect(status.textContent).toContain('L’e-mail de test est arrivé.'), {
      timeout: 3000,
    });
    expect(within(status).getByRole('link', { name: 'L’ouvrir' }).getAttribute('href')).toBe(
      `/admin/messages/mailbox?message=${NEWER.id}`,
    );
    expect(
      await screen.findByRole('link', { name: (name) => name.includes(NEWER.subject) }),
    ).toBeTruthy();
    expect(api.unexpected).toEqual([]);
  });

  it('refuses an address that is not one, without calling the API', async () => {
    const api = stubApi({ 'GET /api/mailbox': { body: { items: [] } } });
    renderApp('/admin/messages/mailbox');
    await screen.findByText(/La boîte est vide/);
    fireEvent.change(screen.getByLabelText('Destinataire'), { target: { value: 'jeanne' } });
    fireEvent.click(screen.getByRole('button', { name: 'Envoyer' }));
    expect(screen.getByText('Saisissez une adresse e-mail valide.')).toBeTruthy();
    expect(screen.getByLabelText('Destinataire').getAttribute('aria-invalid')).toBe('true');
    expect(api.calls.filter((call) => call.method === 'POST')).toEqual([]);
  });

  it('says when the server masked personal links, and only then', async () => {
    const masked = {
      ...NEWER_MESSAGE,
      text: 'Choisir un mot de passe : https://ladiva.example/reset-password#token=••••••••',
      maskedLinks: 1,
    };
    const api = stubApi({
      'GET /api/mailbox': { body: { items: [NEWER, OLDER] } },
      [`GET /api/mailbox/${NEWER.id}`]: { body: masked },
      [`GET /api/mailbox/${OLDER.id}`]: { body: { ...NEWER_MESSAGE, ...OLDER, maskedLinks: 2 } },
    });
    renderApp(`/admin/messages/mailbox?message=${NEWER.id}`);
    const note = await screen.findByRole('note', { name: 'Liens personnels masqués' });
    expect(note.textContent).toContain('Ce message contient un lien personnel');
    expect(note.textContent).toContain('seule la personne à qui il a été envoyé');
    // Placed before the message's body, where the masked link is.
    const tabs = screen.getByRole('tablist');
    expect(note.compareDocumentPosition(tabs) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();

    fireEvent.click(
      screen.getAllByRole('link', { name: (name) => name.includes(OLDER.subject) })[0]!,
    );
    expect(
      (await screen.findByRole('heading', { level: 2, name: OLDER.subject })).textContent,
    ).toBe(OLDER.subject);
    expect(screen.getByRole('note').textContent).toContain(
      'Ce message contient 2 liens personnels',
    );
    expect(api.unexpected).toEqual([]);
  });

  it('shows no such note for a message with nothing masked', async () => {
    stubApi({
      'GET /api/mailbox': { body: { items: [NEWER] } },
      [`GET /api/mailbox/${NEWER.id}`]: { body: NEWER_MESSAGE },
    });
    renderApp(`/admin/messages/mailbox?message=${NEWER.id}`);
    await screen.findByRole('heading', { level: 2, name: NEWER.subject });
    expect(screen.queryByRole('note')).toBeNull();
  });

  it('sends the access token, and frames the signed htmlUrl when the server gives one', async () => {
    const htmlUrl = `/api/mailbox/${NEWER.id}/html?view=signed-view-token`;
    const api = stubApi({
      'GET /api/mailbox': { body: { items: [NEWER] } },
      [`GET /api/mailbox/${NEWER.id}`]: { body: { ...NEWER_MESSAGE, htmlUrl } },
    });
    renderApp(`/admin/messages/mailbox?message=${NEWER.id}`);
    const frame = await screen.findByTitle(`Aperçu de l’e-mail « ${NEWER.subject} »`);
    expect(frame.getAttribute('src')).toBe(htmlUrl);
    expect(api.calls.map((call) => call.authorization)).toEqual(
      api.calls.map(() => `Bearer token-${ADMIN.id}`),
    );
    expect(api.unexpected).toEqual([]);
  });
});

describe('Messages for a manager', () => {
  beforeEach(() => signInAs({ ...ADMIN, roles: ['manager'] }));

  it('offers the delivery log and the templates, never the mailbox, and asks nothing of it', async () => {
    const api = stubApi({});
    renderApp('/admin/messages/mailbox');
    expect(
      await screen.findByText('Cette page est réservée à d’autres rôles de l’équipe.'),
    ).toBeTruthy();
    const nav = within(screen.getByRole('navigation', { name: 'Espace équipe' }));
    expect(nav.getByRole('link', { name: 'Journal d’envoi' })).toBeTruthy();
    expect(nav.queryByRole('link', { name: 'Boîte locale' })).toBeNull();
    expect(api.calls.filter((call) => call.url.startsWith('/api/mailbox'))).toEqual([]);
  });
});
