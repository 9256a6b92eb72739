import { venueSchema } from '@ladiva/contract/venue';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RequestClaims } from '../../db/request-context.ts';
import { accessTokenFor, createUser } from '../../../test/auth-helpers.ts';
import {
  buildTestApp,
  createTestIdentity,
  createTestNotifications,
} from '../../../test/test-app.ts';
import { SIGNED_IN } from '../../plugins/request-claims.ts';
import { createTestDatabase, type TestDatabase } from '../../../test/test-database.ts';
import * as service from './venue.service.ts';

const admin = (aal: 'aal1' | 'aal2'): RequestClaims => ({
  role: 'authenticated',
  sub: '00000000-0000-4000-8000-000000000001',
  roles: ['admin'],
  aal,
});

describe('venue', () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(() => database.close());

  it('GET /api/venue returns the seeded venue, cacheable for a minute', async () => {
    const app = await buildTestApp(database);
    const response = await app.inject({ method: 'GET', url: '/api/venue' });
    expect(response.statusCode).toBe(200);
    expect(venueSchema.parse(response.json()).name).toBe('La Diva Cabaret');
    expect(response.headers['cache-control']).toBe('public, max-age=60');
    await app.close();
  });

  it('PATCH /api/venue: the route refuses anonymous callers and other roles', async () => {
    const notifications = await createTestNotifications(database);
    const identity = await createTestIdentity(database, notifications);
    const app = await buildTestApp(database, { notifications, identity });
    const manager = await createUser(database, {
      email: 'manager@example.com',
      roles: ['manager'],
    });
    const patch = (headers: Record<string, string> = {}) =>
      app.inject({ method: 'PATCH', url: '/api/venue', payload: { name: 'Chez Moi' }, headers });
    expect((await patch()).statusCode).toBe(401);
    const { authorization } = await accessTokenFor(database, identity, manager, 'aal2');
    expect((await patch({ authorization })).json()).toMatchObject({ code: 'FORBIDDEN' });
    const after = await app.inject({ method: 'GET', url: '/api/venue' });
    expect(after.json().name).toBe('La Diva Cabaret');
    await app.close();
  });

  it('a route that forgot its role check is still stopped by the database', async () => {
    const notifications = await createTestNotifications(database);
    const identity = await createTestIdentity(database, notifications);
    const app = await buildTestApp(database, { notifications, identity });
    // Any signed-in user may call it: the mistake a future route could make.
    app.patch('/api/test/careless-venue', { config: { access: SIGNED_IN } }, (request) =>
      service.updateVenue(database.db, request.claims, { name: 'Chez Moi' }),
    );
    const guest = await createUser(database, { email: 'guest@example.com' });
    const { authorization } = await accessTokenFor(database, identity, guest, 'aal1');
    const response = await app.inject({
      method: 'PATCH',
      url: '/api/test/careless-venue',
      headers: { authorization },
    });
    expect(response.statusCode).toBe(403);
    expect(response.json()).toMatchObject({ code: 'FORBIDDEN' });
    const after = await app.inject({ method: 'GET', url: '/api/venue' });
    expect(after.json().name).toBe('La Diva Cabaret');
    await app.close();
  });

  it('lets an admin with a second factor change it, and only them', async () => {
    await expect(
      service.updateVenue(database.db, admin('aal1'), { name: 'X' }),
    ).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
    const updated = await service.updateVenue(database.db, admin('aal2'), {
      phone: '+33 1 00 00 00 00',
    });
    expect(updated.phone).toBe('+33 1 00 00 00 00');
    expect(updated.name).toBe('La Diva Cabaret');
  });
});
