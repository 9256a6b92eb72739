// The public catalogue over HTTP, on the demo catalogue: shows, a show's formulas and prices,
// performances with what is left, and a performance's availability moving with a hold.
import {
  performanceAvailabilitySchema,
  performanceListSchema,
  showDetailSchema,
  showListSchema,
} from '@ladiva/contract/booking';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../app.ts';
import { buildTestApp } from '../../../test/test-app.ts';
import { createTestDatabase, type TestDatabase } from '../../../test/test-database.ts';
import { createHold } from '../bookings/booking.service.ts';
import { seedDemoCatalogue } from '../../db/demo-seed.ts';

describe('the public catalogue', () => {
  let database: TestDatabase;
  let app: App;
  beforeAll(async () => {
    database = await createTestDatabase();
    await seedDemoCatalogue(database.serviceDb);
    app = await buildTestApp(database);
  });
  afterAll(async () => {
    await app?.close();
    await database?.close();
  });

  const get = async (url: string) => {
    const response = await app.inject({ method: 'GET', url });
    return { status: response.statusCode, body: response.json(), headers: response.headers };
  };

  it('listShows: both shows, each with its next performance', async () => {
    const { status, body, headers } = await get('/api/shows');
    expect(status).toBe(200);
    const shows = showListSchema.parse(body);
    expect(shows.map((show) => show.slug).sort()).toEqual(['nuit-de-diva', 'plumes-et-paillettes']);
    expect(shows.every((show) => show.nextStartsAt !== null)).toBe(true);
    expect(headers['cache-control']).toBe('public, max-age=60');
  });

  it('getShow: by slug, with zones, formulas priced per zone and extras; unknown is a 404', async () => {
    const { status, body } = await get('/api/shows/plumes-et-paillettes');
    expect(status).toBe(200);
    const show = showDetailSchema.parse(body);
    expect(show.zones.map((zone) => zone.code)).toEqual(['carre-or', 'premium', 'standard', 'bar']);
    const dinner = show.formulas.find((formula) => formula.code === 'diner-spectacle')!;
    expect(dinner.prices).toHaveLength(3);
    expect(show.extras.length).toBeGreaterThan(0);
    expect((await get(`/api/shows/${show.id}`)).body.slug).toBe('plumes-et-paillettes');
    expect((await get('/api/shows/no-such-show')).body).toMatchObject({ code: 'NOT_FOUND' });
    expect((await get('/api/shows/Not%20a%20slug')).status).toBe(400);
  });

  it('listPerformances and getPerformanceAvailability follow a hold', async () => {
    const { body: showBody } = await get('/api/shows/plumes-et-paillettes');
    const show = showDetailSchema.parse(showBody);
    const list = performanceListSchema.parse(
      (await get(`/api/performances?showId=${show.id}`)).body,
    );
    expect(list.length).toBeGreaterThanOrEqual(36);
    const first = list.find((performance) => performance.salesOpen)!;
    expect(first).toMatchObject({ capacity: 248, seatsLeft: 248, status: 'on_sale' });

    const zone = show.zones.find((z) => z.code === 'premium')!;
    const formula = show.formulas.find((f) => f.code === 'champagne-diner')!;
    await createHold(
      database.db,
      { role: 'anon' },
      {
        performanceId: first.id,
        lines: [{ formulaId: formula.id, zoneId: zone.id, guests: 4 }],
      },
    );
    const availability = performanceAvailabilitySchema.parse(
      (await get(`/api/performances/${first.id}/availability`)).body,
    );
    expect(availability.maxParty).toBe(12);
    const premium = availability.zones.find((z) => z.code === 'premium')!;
    expect(premium).toMatchObject({ capacity: 64, seatsLeft: 60 });
    expect(premium.prices).toContainEqual({ formulaId: formula.id, priceCents: 22500 });
    const bar = availability.zones.find((z) => z.code === 'bar')!;
    expect(bar.prices).toHaveLength(1);
    const again = performanceListSchema.parse(
      (await get(`/api/performances?showId=${show.id}`)).body,
    );
    expect(again.find((p) => p.id === first.id)!.seatsLeft).toBe(244);
  });

  it('listPerformances refuses a range over 92 days; an unknown performance is a 404', async () => {
    const from = new Date().toISOString();
    const to = new Date(Date.now() + 100 * 86_400_000).toISOString();
    const { status, body } = await get(
      `/api/performances?from=${encodeURIComponent(from)}&to=${encodeURIComponent(to)}`,
    );
    expect(status).toBe(400);
    expect(body.code).toBe('BAD_REQUEST');
    const unknown = await get(
      '/api/performances/00000000-0000-4000-8000-000000000000/availability',
    );
    expect(unknown.status).toBe(404);
  });
});
