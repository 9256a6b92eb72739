import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { ADMIN, renderApp, signInAs } from '../../../test-utils';
import { FAILED, STATS } from '../admin-test-fixtures';
import { forbidden, stubApi, type Call } from '../../../test-api';

const { events: _events, ...FAILED_ITEM } = FAILED;

function logApi(action: { path: string; status: number; body?: unknown }) {
  let detail = FAILED;
  return stubApi({
    'GET /api/notifications?limit=50': () => ({
      body: { items: [{ ...FAILED_ITEM, ...pick(detail) }] },
    }),
    'GET /api/notifications?status=failed&limit=50': { body: { items: [FAILED_ITEM] } },
    'GET /api/notifications/stats': { body: STATS },
    [`GET /api/notifications/${FAILED.id}`]: () => ({ body: detail }),
    [`POST /api/notifications/${FAILED.id}/${action.path}`]: () => {
      if (action.status === 204) {
        detail = {
          ...FAILED,
          status: 'queued',
          events: [
            ...FAILED.events,
            { at: '2026-11-24T09:05:00.000Z', status: 'queued', detail: 'resent' },
          ],
        };
      }
      return { status: action.status, body: action.body };
    },
  });
}
const pick = (detail: typeof FAILED) => ({ status: detail.status });
const gets = (calls: Call[], url: string) =>
  calls.filter((call) => call.method === 'GET' && call.url === url).length;

async function openFailed() {
  renderApp('/admin/messages/log');
  expect(await screen.findByRole('heading', { level: 1, name: 'Journal d’envoi' })).toBeTruthy();
  const table = await screen.findByRole('table', { name: /Journal d’envoi/ });
  fireEvent.click(within(table).getByRole('link', { name: 'Réservation confirmée' }));
  return screen.findByRole('region', { name: 'Réservation confirmée' });
}

describe('Messages → Delivery log', () => {
  beforeEach(() => signInAs(ADMIN));

  it('shows counts, a table and a detail with history and last error', async () => {
    const api = logApi({ path: 'resend', status: 204 });
    const panel = within(await openFailed());
    expect(
      await panel.findByText('SMTP 421 4.7.0 Try again later', { selector: 'p.font-mono' }),
    ).toBeTruthy();
    expect(panel.getByText('3 sur 10')).toBeTruthy();
    expect(panel.getByRole('heading', { name: 'Historique' })).toBeTruthy();
    expect(panel.getAllByRole('listitem')).toHaveLength(2);
    // Counts per status, each a shortcut to the filter.
    expect(await screen.findByRole('button', { name: /Envoyé\s*12/ })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: /En échec\s*1/ }));
    await waitFor(() =>
      expect(gets(api.calls, '/api/notifications?status=failed&limit=50')).toBe(1),
    );
    expect((screen.getByLabelText('Statut') as HTMLSelectElement).value).toBe('failed');
    expect(api.unexpected).toEqual([]);
  });

  it('resends after confirmation, calls the right URL and announces the result', async () => {
    const api = logApi({ path: 'resend', status: 204 });
    const panel = within(await openFailed());
    fireEvent.click(await panel.findByRole('button', { name: 'Renvoyer' }));
    expect(panel.getByText('Renvoyer ce message à c***n@example.com ?')).toBeTruthy();
    expect(api.calls.some((call) => call.method === 'POST')).toBe(false);

    fireEvent.click(panel.getByRole('button', { name: 'Oui, renvoyer' }));

    await waitFor(() =>
      expect(panel.getByRole('status').textContent).toBe(
        'Le message est de nouveau en file d’envoi.',
      ),
    );
    expect(api.calls.filter((call) => call.method === 'POST').map((call) => call.url)).toEqual([
      `/api/notifications/${FAILED.id}/resend`,
    ]);
    // What the action changed is fetched again: the detail, the list and the counts.
    await waitFor(() => expect(panel.getAllByRole('listitem')).toHaveLength(3));
    expect(gets(api.calls, `/api/notifications/${FAILED.id}`)).toBe(2);
    await waitFor(() => expect(gets(api.calls, '/api/notifications/stats')).toBe(2));
    expect(gets(api.calls, '/api/notifications?limit=50')).toBe(2);
    // Queued now: it can be cancelled, no longer resent.
    expect(panel.queryByRole('button', { name: 'Renvoyer' })).toBeNull();
    expect(panel.getByRole('button', { name: 'Annuler l’envoi' })).toBeTruthy();
    expect(api.unexpected).toEqual([]);
  });

  it('says so when the status changed meanwhile (409 CONFLICT)', async () => {
    const api = logApi({
      path: 'cancel',
      status: 409,
      body: { code: 'CONFLICT', message: 'This notification cannot be cancelled in its state.' },
    });
    const panel = within(await openFailed());
    fireEvent.click(await panel.findByRole('button', { name: 'Annuler l’envoi' }));
    fireEvent.click(panel.getByRole('button', { name: 'Oui, annuler l’envoi' }));
    await waitFor(() =>
      expect(panel.getByRole('status').textContent).toContain('son statut a changé entre-temps'),
    );
    await waitFor(() => expect(gets(api.calls, `/api/notifications/${FAILED.id}`)).toBe(2));
  });

  it('says why a message whose link was dropped cannot be resent (409 LINK_PURGED)', async () => {
    logApi({
      path: 'resend',
      status: 409,
      body: { code: 'LINK_PURGED', message: 'This message carried a single-use link…' },
    });
    const panel = within(await openFailed());
    fireEvent.click(await panel.findByRole('button', { name: 'Renvoyer' }));
    fireEvent.click(panel.getByRole('button', { name: 'Oui, renvoyer' }));
    await waitFor(() =>
      expect(panel.getByRole('status').textContent).toContain(
        'la personne doit demander un nouveau lien',
      ),
    );
    expect(panel.getByRole('status').textContent).not.toContain('single-use link');
  });

  it('says in words when the staff member’s role has no access (403 FORBIDDEN)', async () => {
    stubApi({
      'GET /api/notifications?limit=50': forbidden,
      'GET /api/notifications/stats': forbidden,
    });
    renderApp('/admin/messages/log');
    const alerts = await screen.findAllByRole('alert');
    expect(alerts[0]!.textContent).toContain('Votre compte n’a pas accès à cette action.');
    // The server's own text is never shown.
    expect(document.body.textContent).not.toContain('no access to the notification tools');
    expect(screen.queryByRole('table')).toBeNull();
  });
});
