import { fireEvent, screen, waitFor } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { stubApi } from '../../../test-api';
import { ADMIN, renderApp, signInAs } from '../../../test-utils';
import { T1, T2, ZONE_ID, ZONES } from './layout-fixtures';

const zonesPage = { items: ZONES, total: 1, limit: 50, offset: 0 };

describe('Floor plan editor', () => {
  beforeEach(() => signInAs(ADMIN));

  it('moves the selected table with the arrow keys, undoes a step, and saves the whole plan', async () => {
    const saved = structuredClone(ZONES);
    saved[0]!.tables[0]!.x = 120;
    saved[0]!.tables[0]!.y = 250;
    const api = stubApi({
      'GET /api/admin/zones?limit=50': { body: zonesPage },
      'PUT /api/admin/layout': { body: { zones: saved, created: {}, removed: 0 } },
    });
    renderApp('/admin/layout');
    const table = await screen.findByRole('button', { name: 'Table C1, 4 places, Carré Or' });
    expect(screen.getByText('Tout est enregistré.')).toBeTruthy();
    const save = screen.getByRole('button', { name: 'Enregistrer le plan' });
    expect(save.hasAttribute('disabled')).toBe(true);

    // The first table is the plan's one tab stop; arrow keys select and move it.
    expect(table.getAttribute('tabindex')).toBe('0');
    table.focus();
    fireEvent.keyDown(table, { key: 'ArrowRight' });
    fireEvent.keyDown(table, { key: 'ArrowRight' });
    fireEvent.keyDown(table, { key: 'ArrowDown', shiftKey: true });
    fireEvent.keyDown(table, { key: 'ArrowLeft' });
    expect(table.getAttribute('aria-pressed')).toBe('true');
    expect((screen.getByLabelText('Position X') as HTMLInputElement).value).toBe('110');
    expect((screen.getByLabelText('Position Y') as HTMLInputElement).value).toBe('250');
    expect(screen.getByText('C1 déplacée en 110, 250.')).toBeTruthy();
    expect(screen.getByText('1 modification(s) non enregistrée(s)')).toBeTruthy();

    // Ctrl+Z takes back the last step only.
    fireEvent.keyDown(table, { key: 'z', ctrlKey: true });
    expect((screen.getByLabelText('Position X') as HTMLInputElement).value).toBe('120');
    expect((screen.getByLabelText('Position Y') as HTMLInputElement).value).toBe('250');

    fireEvent.click(save);
    expect(await screen.findByText('Plan enregistré.')).toBeTruthy();
    const put = api.calls.find((call) => call.method === 'PUT');
    expect(put?.body).toEqual({
      zones: [
        {
          zoneId: ZONE_ID,
          tables: [
            {
              id: T1,
              label: 'C1',
              seats: 4,
              shape: 'round',
              x: 120,
              y: 250,
              shared: false,
              neighbours: [T2],
            },
            {
              id: T2,
              label: 'C2',
              seats: 2,
              shape: 'round',
              x: 220,
              y: 200,
              shared: false,
              neighbours: [T1],
            },
          ],
        },
      ],
    });
    expect(screen.getByText('Tout est enregistré.')).toBeTruthy();
    await waitFor(() => expect(api.unexpected).toEqual([]));
  });

  it('shows the API’s refusal to remove a table guests sat at, and undo brings it back', async () => {
    stubApi({
      'GET /api/admin/zones?limit=50': { body: zonesPage },
      'PUT /api/admin/layout': {
        status: 409,
        body: { code: 'TABLE_IN_USE', message: 'server text', requestId: 'req-1' },
      },
    });
    HTMLDialogElement.prototype.showModal ??= function (this: HTMLDialogElement) {
      this.setAttribute('open', '');
    };
    HTMLDialogElement.prototype.close ??= function (this: HTMLDialogElement) {
      this.removeAttribute('open');
    };
    renderApp('/admin/layout');
    const table = await screen.findByRole('button', { name: 'Table C2, 2 places, Carré Or' });
    fireEvent.keyDown(table, { key: 'Delete' });
    expect(screen.queryByRole('button', { name: 'Table C2, 2 places, Carré Or' })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Enregistrer le plan' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Enregistrer et retirer' }));
    expect(await screen.findByText(/peut être déplacée ou modifiée, pas retirée/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Annuler' }));
    expect(screen.getByRole('button', { name: 'Table C2, 2 places, Carré Or' })).toBeTruthy();
  });

  it('is read-only for the box office', async () => {
    signInAs({ ...ADMIN, roles: ['box_office'] });
    stubApi({ 'GET /api/admin/zones?limit=50': { body: zonesPage } });
    renderApp('/admin/layout');
    const table = await screen.findByRole('button', { name: 'Table C1, 4 places, Carré Or' });
    expect(screen.getByText(/Lecture seule/)).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Enregistrer le plan' })).toBeNull();
    fireEvent.keyDown(table, { key: 'ArrowRight' });
    fireEvent.click(table);
    expect(screen.getByText('Tout est enregistré.')).toBeTruthy();
  });
});
