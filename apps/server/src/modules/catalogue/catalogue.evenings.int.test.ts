// GET /api/evenings over HTTP: the home page's "our evenings" is computed from the performances
// and the formulas, so changing them changes what guests read (ADR 0028).
import { eveningListSchema } from '@ladiva/contract/evenings';
import { USUAL_EVENING } from '@ladiva/contract/venue';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../app.ts';
import { buildTestApp } from '../../../test/test-app.ts';
import { createTestDatabase, type TestDatabase } from '../../../test/test-database.ts';
import { seedDemoCatalogue } from '../../db/demo-seed.ts';

/** A local HH:MM so many minutes earlier (same evening). */
function before(time: string, minutes: number): string {
  const [h, m] = time.split(':').map(Number) as [number, number];
  const total = h * 60 + m - minutes;
  return `${String(Math.floor(total / 60)).padStart(2, '0')}:${String(total % 60).padStart(2, '0')}`;
}

describe('the evenings (GET /api/evenings)', () => {
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

  const evenings = async () => {
    const response = await app.inject({ method: 'GET', url: '/api/evenings' });
    expect(response.statusCode).toBe(200);
    expect(response.headers['cache-control']).toBe('public, max-age=60');
    return eveningListSchema.parse(response.json());
  };
  const sql = (text: string) => database.owner.query(text);

  it("reads the demo: the usual evening Thursday to Saturday, Sunday's earlier show", async () => {
    // The dinner formulas ask guests 120 minutes before the curtain, as the doors open.
    const curtain = USUAL_EVENING.curtainTime;
    const doors = before(curtain, USUAL_EVENING.doorsMinutesBefore);
    expect(await evenings()).toEqual([
      { weekdays: [4, 5, 6], curtain, doors, dinner: before(curtain, 120) },
      {
        weekdays: [7],
        curtain: '19:30',
        doors: before('19:30', USUAL_EVENING.doorsMinutesBefore),
        dinner: '17:30',
      },
    ]);
  });

  it('follows the data: a later Saturday, an earlier dinner, Sundays cancelled, no menu', async () => {
    await sql(`
      update performances set starts_at = starts_at + interval '1 hour'
       where extract(isodow from starts_at at time zone 'Europe/Paris') = 6`);
    await sql(`update formulas set arrival_minutes_before = 150 where code = 'champagne-diner'`);
    await sql(`
      update performances set status = 'cancelled'
       where extract(isodow from starts_at at time zone 'Europe/Paris') = 7`);
    const curtain = USUAL_EVENING.curtainTime;
    const doors = before(curtain, USUAL_EVENING.doorsMinutesBefore);
    const later = before(curtain, -60);
    expect(await evenings()).toEqual([
      { weekdays: [4, 5], curtain, doors, dinner: before(curtain, 150) },
      // The doors stayed where they were; the dinner follows the curtain.
      { weekdays: [6], curtain: later, doors, dinner: before(later, 150) },
    ]);

    await sql(`update formulas set menu = '{}'`);
    expect((await evenings()).map((evening) => evening.dinner)).toEqual([null, null]);
  });
});
