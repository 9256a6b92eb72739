import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { stubApi } from '../../../test-api';
import { ADMIN, renderApp, signInAs } from '../../../test-utils';
import { ZONES } from './layout-fixtures';

const zonesPage = { items: ZONES, total: ZONES.length, limit: 50, offset: 0 };

describe('Layout → zones', () => {
  it('creates a zone with its names in both languages, and renames one', async () => {
    signInAs(ADMIN);
    const api = stubApi({
      'GET /api/admin/zones?limit=50': { body: zonesPage },
      'POST /api/admin/zones': ({ body }) => ({
        status: 201,
        body: {
          id: '7e8f9a0b-1c2d-4e3f-8a4b-5c6d7e8f9a0b',
          seats: 0,
          tables: [],
          ...(body as object),
        },
      }),
      [`PATCH /api/admin/zones/${ZONES[0]!.id}`]: ({ body }) => ({
        body: { ...ZONES[0], ...(body as object) },
      }),
    });
    renderApp('/admin/layout/zones');
    const add = await screen.findByRole('form', { name: 'Ajouter une zone' });
    fireEvent.change(within(add).getByLabelText('Code'), { target: { value: 'mezzanine' } });
    fireEvent.change(within(add).getByLabelText('Nom (français)'), {
      target: { value: 'Mezzanine' },
    });
    fireEvent.change(within(add).getByLabelText('Nom (anglais)'), {
      target: { value: 'Mezzanine' },
    });
    fireEvent.click(within(add).getByRole('button', { name: 'Créer la zone' }));
    expect(await screen.findByText('Zone créée : placez ses tables dans le plan.')).toBeTruthy();
    expect(api.calls.find((call) => call.method === 'POST')?.body).toEqual({
      code: 'mezzanine',
      nameFr: 'Mezzanine',
      nameEn: 'Mezzanine',
      descriptionFr: '',
      descriptionEn: '',
      sort: 0,
    });

    const gold = screen.getByRole('form', { name: 'Modifier Carré Or' });
    expect((within(gold).getByLabelText('Code') as HTMLInputElement).readOnly).toBe(true);
    fireEvent.change(within(gold).getByLabelText('Nom (anglais)'), {
      target: { value: 'Gold Circle' },
    });
    fireEvent.click(within(gold).getByRole('button', { name: 'Enregistrer la zone' }));
    expect(await screen.findByText('Zone enregistrée.')).toBeTruthy();
    expect(api.calls.find((call) => call.method === 'PATCH')?.body).toMatchObject({
      nameEn: 'Gold Circle',
    });
  });

  it('shows the box office the zones read-only', async () => {
    signInAs({ ...ADMIN, roles: ['box_office'] });
    stubApi({ 'GET /api/admin/zones?limit=50': { body: zonesPage } });
    renderApp('/admin/layout/zones');
    await screen.findByRole('form', { name: 'Modifier Carré Or' });
    expect(screen.queryByRole('form', { name: 'Ajouter une zone' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Enregistrer la zone' })).toBeNull();
  });
});
