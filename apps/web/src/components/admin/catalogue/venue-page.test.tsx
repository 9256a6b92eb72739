import type { Venue } from '@ladiva/contract/venue';
import { fireEvent, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { stubApi } from '../../../test-api';
import { ADMIN, renderApp, signInAs } from '../../../test-utils';

const VENUE: Venue = {
  name: 'La Diva Cabaret',
  taglineFr: 'Le cabaret parisien',
  taglineEn: 'The Parisian cabaret',
  timezone: 'Europe/Paris',
  currency: 'EUR',
  email: 'bonsoir@ladiva.example',
  phone: null,
  address: '12 rue des Martyrs, Paris',
  updatedAt: '2026-11-20T10:00:00.000Z',
};

describe('Catalogue → the venue', () => {
  it('lets an admin change the details; an emptied one is removed, not sent empty', async () => {
    signInAs(ADMIN);
    const api = stubApi({
      'GET /api/venue': { body: VENUE },
      'PATCH /api/venue': ({ body }) => ({ body: { ...VENUE, ...(body as object) } }),
    });
    renderApp('/admin/catalogue/venue');
    const phone = (await screen.findByLabelText('Téléphone')) as HTMLInputElement;
    fireEvent.change(phone, { target: { value: '+33 1 42 00 00 00' } });
    fireEvent.change(screen.getByLabelText('Adresse'), { target: { value: '  ' } });
    fireEvent.click(screen.getByRole('button', { name: 'Enregistrer' }));
    expect(await screen.findByText('Enregistré.')).toBeTruthy();
    expect(api.calls.find((call) => call.method === 'PATCH')?.body).toEqual({
      name: 'La Diva Cabaret',
      taglineFr: 'Le cabaret parisien',
      taglineEn: 'The Parisian cabaret',
      email: 'bonsoir@ladiva.example',
      phone: '+33 1 42 00 00 00',
      address: null,
    });
  });

  it('shows a manager the details read-only', async () => {
    signInAs({ ...ADMIN, roles: ['manager'] });
    stubApi({ 'GET /api/venue': { body: VENUE } });
    renderApp('/admin/catalogue/venue');
    expect(((await screen.findByLabelText('Nom')) as HTMLInputElement).readOnly).toBe(true);
    expect(screen.getByText('Seuls les administrateurs modifient ces informations.')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Enregistrer' })).toBeNull();
  });
});
