import type { AdminFormula } from '@ladiva/contract/backoffice-catalogue';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { apiError, stubApi } from '../../../test-api';
import { ADMIN, renderApp, signInAs } from '../../../test-utils';
import { ZONE_ID, ZONES } from '../layout/layout-fixtures';

const FORMULA: AdminFormula = {
  id: '2b3c4d5e-6f7a-4b8c-9d0e-1f2a3b4c5d6e',
  code: 'diner-spectacle',
  nameFr: 'Dîner spectacle',
  nameEn: 'Dinner show',
  descriptionFr: '',
  descriptionEn: '',
  arrivalMinutesBefore: 60,
  menu: {},
  sort: 0,
  prices: [{ zoneId: ZONE_ID, priceCents: 12_900 }],
};
const page = (items: unknown[]) => ({ items, total: items.length, limit: 200, offset: 0 });
const PRICE = `/api/admin/formulas/${FORMULA.id}/prices/${ZONE_ID}`;

describe('Catalogue → price matrix', () => {
  beforeEach(() => signInAs(ADMIN));

  it('sets a price on Enter, shows the old one again when the API refuses, and stops a sale', async () => {
    let refuse = false;
    const api = stubApi({
      'GET /api/admin/formulas?limit=200': { body: page([FORMULA]) },
      'GET /api/admin/zones?limit=50': { body: { ...page(ZONES), limit: 50 } },
      [`PUT ${PRICE}`]: ({ body }) =>
        refuse
          ? apiError(403, 'FORBIDDEN')
          : {
              body: {
                ...FORMULA,
                prices: [{ zoneId: ZONE_ID, ...(body as { priceCents: number }) }],
              },
            },
      [`DELETE ${PRICE}`]: { body: { ...FORMULA, prices: [] } },
    });
    renderApp('/admin/catalogue/formulas');
    const cell = (await screen.findByLabelText(
      'Prix de Dîner spectacle en Carré Or, en euros',
    )) as HTMLInputElement;
    expect(cell.value).toBe('129');

    fireEvent.change(cell, { target: { value: '135,50' } });
    fireEvent.keyDown(cell, { key: 'Enter' });
    expect(await screen.findByText('Dîner spectacle en Carré Or : 135,50 €.')).toBeTruthy();
    expect(api.calls.at(-1)?.body).toEqual({ priceCents: 13_550 });

    refuse = true;
    fireEvent.change(cell, { target: { value: '99' } });
    fireEvent.blur(cell);
    expect(await screen.findByText('Votre compte n’a pas accès à cette action.')).toBeTruthy();
    expect(cell.value).toBe('135.50');

    refuse = false;
    fireEvent.change(cell, { target: { value: '' } });
    fireEvent.keyDown(cell, { key: 'Enter' });
    expect(await screen.findByText('Dîner spectacle n’est plus vendue en Carré Or.')).toBeTruthy();
    expect(cell.value).toBe('');
    // Undo puts the last price back.
    fireEvent.click(screen.getByRole('button', { name: 'Annuler' }));
    await waitFor(() => expect(cell.value).toBe('135.50'));
    expect(api.calls.at(-1)).toMatchObject({ method: 'PUT', body: { priceCents: 13_550 } });
    expect(api.unexpected).toEqual([]);
  });

  it('shows prices read-only to the box office', async () => {
    signInAs({ ...ADMIN, roles: ['box_office'] });
    stubApi({
      'GET /api/admin/formulas?limit=200': { body: page([FORMULA]) },
      'GET /api/admin/zones?limit=50': { body: { ...page(ZONES), limit: 50 } },
    });
    renderApp('/admin/catalogue/formulas');
    expect(await screen.findByText('129,00 €')).toBeTruthy();
    expect(screen.getByText(/Lecture seule/)).toBeTruthy();
    expect(screen.queryByRole('textbox')).toBeNull();
    expect(screen.queryByRole('button', { name: 'Nouvelle formule' })).toBeNull();
  });
});
