import { fireEvent, screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { apiError, stubApi } from '../../../test-api';
import { ADMIN, renderApp, signInAs } from '../../../test-utils';
import { DETAIL } from './bookings-fixtures';

const URL = `/api/admin/bookings/${DETAIL.id}`;

describe('Bookings → detail', () => {
  beforeEach(() => signInAs(ADMIN));

  it('shows lines, menus, tables and history, and adds a note', async () => {
    let detail = DETAIL;
    const api = stubApi({
      [`GET ${URL}`]: () => ({ body: detail }),
      [`POST ${URL}/notes`]: (call) => {
        detail = {
          ...DETAIL,
          history: [
            ...DETAIL.history,
            {
              id: '3',
              at: '2026-11-21T09:00:00.000Z',
              kind: 'note',
              actor: { id: ADMIN.id, name: 'Margaux' },
              data: {},
              note: (call.body as { body: string }).body,
            },
          ],
        };
        return { status: 201, body: detail };
      },
    });
    renderApp(`/admin/bookings/${DETAIL.id}`);
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Réservation ABCDEFGH' }),
    ).toBeTruthy();
    expect(screen.getByRole('region', { name: 'Formules' }).textContent).toContain(
      'Dîner-spectacle',
    );
    const menus = screen.getByRole('region', { name: 'Menus et régimes' });
    expect(menus.textContent).toContain('Végétarien');
    expect(menus.textContent).toContain('Sans gluten');
    expect(screen.getByRole('region', { name: 'Tables' }).textContent).toContain(
      'Table C1 · 3 pers.',
    );
    // The guest's contact: one link each to write, call and open their record.
    expect(screen.getByRole('link', { name: 'alice@example.com' }).getAttribute('href')).toBe(
      'mailto:alice@example.com',
    );
    expect(screen.getByRole('link', { name: '+33 6 12 34 56 78' }).getAttribute('href')).toBe(
      'tel:+33612345678',
    );
    const history = within(screen.getByRole('region', { name: 'Historique' }));
    expect(history.getAllByRole('listitem').map((item) => item.textContent)).toEqual([
      expect.stringContaining('Créée'),
      expect.stringContaining('Tables : C1'),
    ]);

    fireEvent.change(screen.getByLabelText('Note pour l’équipe'), {
      target: { value: 'Table près de la scène demandée' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Ajouter la note' }));
    expect(await screen.findByText('Note ajoutée à l’historique.')).toBeTruthy();
    expect(await history.findByText('Table près de la scène demandée')).toBeTruthy();
    expect(api.unexpected).toEqual([]);
  });

  it('cancels only after the confirmation, and says why when refused', async () => {
    const api = stubApi({
      [`GET ${URL}`]: { body: DETAIL },
      [`POST ${URL}/cancel?locale=fr`]: apiError(409, 'CONFLICT'),
    });
    renderApp(`/admin/bookings/${DETAIL.id}`);
    fireEvent.click(await screen.findByRole('button', { name: 'Annuler la réservation' }));
    const dialog = within(
      screen.getByRole('dialog', { name: 'Annuler la réservation ABCDEFGH ?' }),
    );
    fireEvent.click(dialog.getByRole('button', { name: 'Non, revenir' }));
    expect(api.calls.filter((call) => call.method === 'POST')).toEqual([]);
    fireEvent.click(screen.getByRole('button', { name: 'Annuler la réservation' }));
    fireEvent.click(dialog.getByRole('button', { name: 'Oui, annuler' }));
    expect(await dialog.findByRole('alert')).toBeTruthy();
    expect(api.calls.filter((call) => call.method === 'POST')).toHaveLength(1);
  });
});
