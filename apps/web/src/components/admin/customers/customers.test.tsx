import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { CustomerProfile } from '@ladiva/contract/backoffice-bookings';
import { beforeEach, describe, expect, it } from 'vitest';
import { stubApi } from '../../../test-api';
import { ADMIN, renderApp, signInAs } from '../../../test-utils';
import { BOOKING } from '../bookings/bookings-fixtures';

const ID = 'a'.repeat(64);
const PROFILE: CustomerProfile = {
  customerId: ID,
  email: 'alice@example.com',
  name: 'Alice Martin',
  phone: '+33 6 12 34 56 78',
  hasAccount: true,
  bookingCount: 4,
  noShowCount: 1,
  lastPerformanceAt: '2026-11-24T20:00:00.000Z',
  tags: ['habituee'],
  notes: 'Aime le premier rang.',
  cancelledCount: 0,
  consents: [
    {
      kind: 'marketing_email',
      granted: true,
      wordingVersion: '2026-01',
      at: '2026-01-10T10:00:00.000Z',
    },
  ],
  marketingEmail: true,
  bookings: [{ ...BOOKING, status: 'no_show' }],
};
const {
  notes: _n,
  cancelledCount: _c,
  consents: _s,
  marketingEmail: _m,
  bookings: _b,
  ...SUMMARY
} = PROFILE;

describe('Customers', () => {
  beforeEach(() => signInAs(ADMIN));

  it('lists customers from the server, filtered by tag', async () => {
    const api = stubApi({
      'GET /api/admin/customers?limit=25&offset=0': {
        body: { items: [SUMMARY], total: 1, limit: 25, offset: 0 },
      },
      'GET /api/admin/customers?tag=vip&limit=25&offset=0': {
        body: { items: [], total: 0, limit: 25, offset: 0 },
      },
    });
    renderApp('/admin/customers');
    const table = await screen.findByRole('table', { name: 'Clients (1)' });
    const row = within(table).getAllByRole('row')[1]!;
    expect(row.textContent).toContain('Alice Martin');
    expect(row.textContent).toContain('habituee');
    expect(within(row).getByRole('link', { name: 'Alice Martin' }).getAttribute('href')).toBe(
      `/admin/customers/${ID}`,
    );
    fireEvent.change(screen.getByLabelText('Étiquette'), { target: { value: 'VIP' } });
    fireEvent.click(screen.getByRole('button', { name: 'Rechercher' }));
    expect(await screen.findByText('Aucun client ne correspond.')).toBeTruthy();
    expect(api.unexpected).toEqual([]);
  });

  it('shows the profile and saves VIP with the other tags and notes', async () => {
    const api = stubApi({
      [`GET /api/admin/customers/${ID}`]: { body: PROFILE },
      [`PATCH /api/admin/customers/${ID}`]: (call) => ({
        body: { ...PROFILE, ...(call.body as object) },
      }),
    });
    renderApp(`/admin/customers/${ID}`);
    expect(await screen.findByRole('heading', { level: 1, name: 'Alice Martin' })).toBeTruthy();
    expect(screen.getByRole('region', { name: 'En chiffres' }).textContent).toContain('Absences1');
    expect(screen.getByRole('region', { name: 'Consentements' }).textContent).toContain(
      'Actualités par e-mail',
    );
    expect(screen.getByRole('region', { name: 'Réservations (1)' }).textContent).toContain(
      'Absente',
    );
    fireEvent.click(screen.getByRole('checkbox', { name: 'Client VIP' }));
    fireEvent.click(screen.getByRole('button', { name: 'Enregistrer' }));
    expect(await screen.findByText('Fiche enregistrée.')).toBeTruthy();
    expect(api.calls.find((call) => call.method === 'PATCH')?.body).toEqual({
      tags: ['vip', 'habituee'],
      notes: 'Aime le premier rang.',
    });
  });

  it('erases only once the email is typed (admins), and managers cannot erase', async () => {
    const api = stubApi({
      [`GET /api/admin/customers/${ID}`]: { body: PROFILE },
      [`POST /api/admin/customers/${ID}/erase`]: { status: 204 },
      'GET /api/admin/customers?limit=25&offset=0': {
        body: { items: [], total: 0, limit: 25, offset: 0 },
      },
    });
    renderApp(`/admin/customers/${ID}`);
    fireEvent.click(await screen.findByRole('button', { name: 'Effacer ce client' }));
    const dialog = within(
      screen.getByRole('dialog', { name: 'Effacer définitivement ce client ?' }),
    );
    const confirm = dialog.getByRole('button', { name: 'Effacer définitivement' });
    expect((confirm as HTMLButtonElement).disabled).toBe(true);
    fireEvent.change(dialog.getByLabelText(/tapez son adresse e-mail/), {
      target: { value: 'alice@example.com' },
    });
    expect((confirm as HTMLButtonElement).disabled).toBe(false);
    fireEvent.click(confirm);
    expect(await screen.findByText('Le client a été effacé.')).toBeTruthy();
    expect(api.calls.filter((call) => call.method === 'POST')).toHaveLength(1);

    signInAs({ ...ADMIN, roles: ['manager'] });
    stubApi({ [`GET /api/admin/customers/${ID}`]: { body: PROFILE } });
    renderApp(`/admin/customers/${ID}`);
    await waitFor(() =>
      expect(screen.getAllByRole('button', { name: 'Exporter (JSON)' }).length).toBeGreaterThan(0),
    );
    expect(screen.queryAllByRole('button', { name: 'Effacer ce client' })).toHaveLength(0);
  });
});
