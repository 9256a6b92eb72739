import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { stubApi } from '../../../test-api';
import { ADMIN, renderApp, signInAs } from '../../../test-utils';
import { BOOKING, OTHER, PERFORMANCE_ID } from './bookings-fixtures';

const page = (items: unknown[], total = items.length) => ({
  body: { items, total, limit: 25, offset: 0 },
});

describe('Bookings → list', () => {
  beforeEach(() => signInAs(ADMIN));

  it('filters by performance and search on the server, and pages', async () => {
    const api = stubApi({
      [`GET /api/admin/bookings?performanceId=${PERFORMANCE_ID}&limit=25&offset=0`]: page(
        [BOOKING, OTHER],
        30,
      ),
      [`GET /api/admin/bookings?performanceId=${PERFORMANCE_ID}&limit=25&offset=25`]: {
        body: { items: [OTHER], total: 30, limit: 25, offset: 25 },
      },
      [`GET /api/admin/bookings?q=alice&performanceId=${PERFORMANCE_ID}&limit=25&offset=0`]: page([
        BOOKING,
      ]),
    });
    renderApp(`/admin/bookings?performance=${PERFORMANCE_ID}`);
    const table = await screen.findByRole('table', { name: 'Réservations (30)' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(2);
    expect(rows[0]!.textContent).toContain('ABCDEFGH');
    expect(rows[0]!.textContent).toContain('Alice Martin');
    expect(rows[0]!.textContent).toContain('Confirmée');
    expect(within(table).getByRole('link', { name: 'ABCDEFGH' }).getAttribute('href')).toBe(
      `/admin/bookings/${BOOKING.id}`,
    );
    expect(screen.getByText(/Représentation du mardi 24 novembre/)).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: 'Suivantes' }));
    expect(await screen.findByText('26–30 sur 30')).toBeTruthy();

    fireEvent.change(screen.getByLabelText('Recherche'), { target: { value: 'alice' } });
    fireEvent.click(screen.getByRole('button', { name: 'Rechercher' }));
    expect(await screen.findByRole('table', { name: 'Réservations (1)' })).toBeTruthy();
    expect(api.unexpected).toEqual([]);
  });

  it('marks the selected bookings as no-shows after a confirmation', async () => {
    const api = stubApi({
      'GET /api/admin/bookings?limit=25&offset=0': page([BOOKING, OTHER]),
      'POST /api/admin/bookings/no-show': { body: { marked: [BOOKING.id], skipped: [OTHER.id] } },
    });
    renderApp('/admin/bookings');
    await screen.findByRole('table');
    fireEvent.click(
      screen.getByRole('checkbox', { name: 'Sélectionner toutes les réservations de la page' }),
    );
    expect(screen.getByText('2 sélectionnée(s)')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Marquer absentes' }));
    const dialog = within(
      screen.getByRole('dialog', { name: 'Marquer 2 réservation(s) comme absentes ?' }),
    );
    expect(api.calls.some((call) => call.method === 'POST')).toBe(false);
    fireEvent.click(dialog.getByRole('button', { name: 'Oui, marquer absentes' }));
    expect(await screen.findByText('1 marquée(s) absente(s), 1 ignorée(s).')).toBeTruthy();
    expect(api.calls.find((call) => call.method === 'POST')?.body).toEqual({
      bookingIds: [BOOKING.id, OTHER.id],
    });
    await waitFor(() => expect(screen.queryByText('2 sélectionnée(s)')).toBeNull());
    expect(api.unexpected).toEqual([]);
  });

  describe('CSV export', () => {
    // jsdom has no object URLs: the test lends them, and takes them back.
    const objectUrls = URL as unknown as Record<string, unknown>;
    afterEach(() => {
      delete objectUrls.createObjectURL;
      delete objectUrls.revokeObjectURL;
    });

    it('downloads every booking matching the current filters, not just the page', async () => {
      const api = stubApi({
        'GET /api/admin/bookings?q=alice&status=confirmed&limit=25&offset=25': {
          body: { items: [BOOKING], total: 26, limit: 25, offset: 25 },
        },
        'GET /api/admin/bookings?q=alice&status=confirmed&format=csv': {
          body: 'ignored',
          headers: { 'content-disposition': 'attachment; filename="bookings-2026-11-24.csv"' },
        },
      });
      objectUrls.createObjectURL = vi.fn(() => 'blob:bookings');
      objectUrls.revokeObjectURL = vi.fn();
      const clicks: string[] = [];
      const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
        this: HTMLAnchorElement,
      ) {
        clicks.push(`${this.download} ${this.getAttribute('href')}`);
      });

      renderApp('/admin/bookings?q=alice&status=confirmed&offset=25');
      await screen.findByRole('table');
      fireEvent.click(screen.getByRole('button', { name: 'Exporter en CSV' }));
      await waitFor(() => expect(clicks).toEqual(['bookings-2026-11-24.csv blob:bookings']));
      const csvCall = api.calls.find((call) => call.url.endsWith('format=csv'))!;
      expect(csvCall.headers.accept).toBe('text/csv');
      // The spreadsheet format of the app's language (French here: semicolons, decimal commas).
      expect(csvCall.headers['accept-language']).toBe('fr');
      expect(api.unexpected).toEqual([]);
      click.mockRestore();
    });
  });
});
