import type { AdminPerformance } from '@ladiva/contract/backoffice-catalogue';
import { fireEvent, screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { stubApi } from '../../../test-api';
import { ADMIN, renderApp, signInAs } from '../../../test-utils';
import { SHOW, ZONE_ID, ZONES } from '../layout/layout-fixtures';

const CREATED: AdminPerformance = {
  id: '3c4d5e6f-7a8b-4c9d-8e0f-1a2b3c4d5e6f',
  showId: SHOW.id,
  showTitleFr: SHOW.titleFr,
  showTitleEn: SHOW.titleEn,
  // Saturday 12 December 2026, 21:00 in Paris.
  startsAt: '2026-12-12T20:00:00.000Z',
  doorsAt: '2026-12-12T18:00:00.000Z',
  status: 'on_sale',
  salesClosed: false,
  sellBeyondPlan: false,
  cancelledAt: null,
  cancellationReason: null,
  zones: [
    {
      zoneId: ZONE_ID,
      code: 'carre-or',
      nameFr: 'Carré Or',
      nameEn: 'Golden Circle',
      capacity: 6,
      held: 0,
      sold: 0,
    },
  ],
};

describe('Performances → a new one', () => {
  beforeEach(() => signInAs(ADMIN));

  it('creates it, opens it, and says so in a toast that outlives the form', async () => {
    const api = stubApi({
      'GET /api/admin/zones?limit=50': { body: { items: ZONES, total: 1, limit: 50, offset: 0 } },
      'GET /api/admin/shows?limit=200&offset=0': {
        body: { items: [SHOW], total: 1, limit: 200, offset: 0 },
      },
      'POST /api/admin/performances': { status: 201, body: CREATED },
      [`GET /api/admin/performances/${CREATED.id}`]: { body: CREATED },
    });
    renderApp('/admin/performances/new');
    await screen.findByRole('option', { name: SHOW.titleFr });
    // The live region is there before anything happens: a note appearing in it is announced.
    const toast = document.querySelector<HTMLElement>('[data-toast]')!;
    expect(toast.getAttribute('role')).toBe('status');
    expect(toast.textContent).toBe('');

    fireEvent.change(screen.getByLabelText('Spectacle'), { target: { value: SHOW.id } });
    fireEvent.change(screen.getByLabelText('Date'), { target: { value: '2026-12-12' } });
    fireEvent.change(screen.getByLabelText('Heure de début'), { target: { value: '21:00' } });
    fireEvent.click(screen.getByRole('button', { name: 'Créer la représentation' }));

    // The new performance's own page: its date as the title.
    await screen.findByRole('heading', { level: 1, name: /samedi 12 décembre/ });
    expect(toast.textContent).toBe(
      'Représentation créée : Plumes et Paillettes, samedi 12 décembre à 21:00.',
    );
    // Its close button is beside the note, not inside what is read out.
    fireEvent.click(screen.getByRole('button', { name: 'Fermer ce message' }));
    expect(toast.textContent).toBe('');
    expect(within(toast).queryByRole('button')).toBeNull();
    expect(api.calls.find((call) => call.method === 'POST')?.body).toMatchObject({
      showId: SHOW.id,
      startsAt: '2026-12-12T20:00:00.000Z',
    });
    expect(api.unexpected).toEqual([]);
  }, 15_000);
});
