import type { Me } from '@ladiva/contract/auth';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { stubApi } from '../../../test-api';
import { ADMIN, renderApp, signInAs } from '../../../test-utils';
import { monthEnd, monthStart, parisDay } from '../ui/paris-day';
import type { OccupancyReport, SalesReport } from './use-reports';

const BOX_OFFICE: Me = {
  ...ADMIN,
  id: '7f6e5d4c-3b2a-4f1e-8d9c-0b1a2c3d4e5f',
  roles: ['box_office'],
};
const from = monthStart(parisDay());
const to = monthEnd(from);
const sales = (group: string, offset = 0) =>
  `GET /api/admin/reports/sales?from=${from}&to=${to}&groupBy=${group}&dateBasis=performance&limit=25&offset=${offset}`;

const figures = {
  bookings: 3,
  guests: 8,
  ticketsCents: 120_000,
  extrasCents: 9_500,
  revenueCents: 129_500,
};
const SALES: SalesReport = {
  groupBy: 'performance',
  from,
  to,
  items: [
    {
      key: '3f2e1d0c-9b8a-4765-8432-10fedcba9876',
      label: 'Plumes & Paillettes 2026-11-26 21:00',
      ...figures,
    },
  ],
  total: 30,
  totals: {
    bookings: 40,
    guests: 100,
    ticketsCents: 1_500_000,
    extrasCents: 50_000,
    revenueCents: 1_550_000,
  },
};

const OCCUPANCY: OccupancyReport = {
  from,
  to,
  items: [
    {
      performanceId: '3f2e1d0c-9b8a-4765-8432-10fedcba9876',
      startsAt: '2026-11-26T20:00:00.000Z',
      status: 'past',
      showTitleFr: 'Plumes & Paillettes',
      capacity: 248,
      held: 0,
      sold: 124,
      checkedIn: 120,
      noShow: 4,
      occupancy: 0.5,
    },
  ],
  total: 1,
};

/** A row's cells, with the narrow spaces of French numbers made plain. */
const text = (row: Element) =>
  [...row.querySelectorAll('th, td')]
    .map((cell) => cell.textContent?.replace(/\s/g, ' '))
    .join(' | ');

describe('Reports', () => {
  beforeEach(() => signInAs(ADMIN));

  it('lists sales for this month with the period totals, paginated on the server', async () => {
    const api = stubApi({
      [sales('performance')]: { body: SALES },
      [sales('performance', 25)]: { body: { ...SALES, items: [] } },
      [sales('month')]: {
        body: {
          ...SALES,
          groupBy: 'month',
          total: 1,
          items: [{ ...SALES.items[0]!, key: '2026-11-01', label: '2026-11' }],
        },
      },
    });
    renderApp('/admin/reports');
    const table = await screen.findByRole('table', { name: /^Ventes par représentation/ });
    const rows = within(table).getAllByRole('row');
    expect(rows.map(text)).toEqual([
      'Représentation | Réservations | Personnes | Places | Suppléments | Chiffre d’affaires',
      'Plumes & Paillettes 2026-11-26 21:00 | 3 | 8 | 1 200,00 € | 95,00 € | 1 295,00 €',
      'Total de la période | 40 | 100 | 15 000,00 € | 500,00 € | 15 500,00 €',
    ]);
    const pages = within(screen.getByRole('navigation', { name: 'Pages' }));
    expect(pages.getByText('1–25 sur 30')).toBeTruthy();
    fireEvent.click(pages.getByRole('button', { name: 'Suivante' }));
    await waitFor(() => expect(pages.getByText('26–30 sur 30')).toBeTruthy());

    fireEvent.change(screen.getByLabelText('Regrouper par'), { target: { value: 'month' } });
    // A new grouping starts again at its first page.
    const months = await screen.findByRole('table', { name: /^Ventes par mois/ });
    expect(text(within(months).getAllByRole('row')[1]!)).toContain('novembre 2026');
    expect(api.unexpected).toEqual([]);
  });

  it('lists occupancy per performance with a total', async () => {
    const api = stubApi({
      [`GET /api/admin/reports/occupancy?from=${from}&to=${to}&limit=25&offset=0`]: {
        body: OCCUPANCY,
      },
    });
    renderApp('/admin/reports/occupancy');
    const table = await screen.findByRole('table', { name: /^Remplissage par représentation/ });
    const rows = within(table).getAllByRole('row').map(text);
    expect(rows[1]).toBe(
      'Plumes & Paillettesjeu. 26 nov. 2026, 21:00 | 248 | 124 | 0 | 120 | 4 | 50 %',
    );
    expect(rows[2]).toBe('Total | 248 | 124 | 0 | 120 | 4 | 50 %');
    expect(screen.getByRole('link', { name: 'Remplissage' }).getAttribute('aria-current')).toBe(
      'page',
    );
    expect(api.unexpected).toEqual([]);
  });

  it('is for admins and managers only', async () => {
    signInAs(BOX_OFFICE);
    const api = stubApi({});
    renderApp('/admin/reports');
    expect(
      await screen.findByText('Cette page est réservée à d’autres rôles de l’équipe.'),
    ).toBeTruthy();
    expect(api.calls).toEqual([]);
  });
});
