// The demo catalogue: realistic, idempotent, and bookable.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../test/test-database.ts';
import { createHold } from '../modules/bookings/booking.service.ts';
import { seedDemoCatalogue } from './demo-seed.ts';

describe('the demo catalogue', () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(() => database.close());

  const counts = async () =>
    (
      await database.owner.query(`
        select (select count(*) from zones)::int as zones,
               (select count(*) from venue_tables)::int as tables,
               (select sum(seats) from venue_tables)::int as seats,
               (select count(*) from shows)::int as shows,
               (select count(*) from performances)::int as performances,
               (select count(*) from performance_zones)::int as "performanceZones",
               (select count(*) from formulas)::int as formulas,
               (select count(*) from formula_prices)::int as prices,
               (select count(*) from extras)::int as extras`)
    ).rows[0];

  it('seeds 4 zones, 60 tables, 248 seats, 2 shows, 3 formulas, and runs again harmlessly', async () => {
    await seedDemoCatalogue(database.serviceDb);
    const first = await counts();
    expect(first).toMatchObject({
      zones: 4,
      tables: 60,
      seats: 248,
      shows: 2,
      formulas: 3,
      extras: 4,
    });
    expect(first.prices).toBe(4 + 3 + 3);
    // Thursday to Sunday for 90 days: about 4 × 13 performances.
    expect(first.performances).toBeGreaterThanOrEqual(48);
    expect(first.performances).toBeLessThanOrEqual(56);
    expect(first.performanceZones).toBe(first.performances * 4);
    await seedDemoCatalogue(database.db);
    expect(await counts()).toEqual(first);
  });

  it('plays Thursday to Sunday at the same Paris time across daylight saving', async () => {
    const { rows } = await database.owner.query<{ day: number; time: string; slug: string }>(`
      select distinct extract(isodow from p.starts_at at time zone 'Europe/Paris')::int as day,
             to_char(p.starts_at at time zone 'Europe/Paris', 'HH24:MI') as time, s.slug
        from performances p join shows s on s.id = p.show_id order by 1, 3`);
    expect(rows).toEqual([
      { day: 4, time: '21:00', slug: 'plumes-et-paillettes' },
      { day: 5, time: '21:00', slug: 'plumes-et-paillettes' },
      { day: 6, time: '21:00', slug: 'plumes-et-paillettes' },
      { day: 7, time: '19:30', slug: 'nuit-de-diva' },
    ]);
  });

  it('labels each table with its zone’s initial and a plain number, never a range like C1-2', async () => {
    const { rows } = await database.owner.query<{ code: string; labels: string[] }>(`
      select z.code, array_agg(t.label order by t.y, t.x) as labels
        from venue_tables t join zones z on z.id = t.zone_id
       group by z.code, z.sort order by z.sort`);
    const numbered = (prefix: string, count: number) =>
      Array.from({ length: count }, (_, index) => `${prefix}${index + 1}`);
    expect(rows).toEqual([
      { code: 'carre-or', labels: numbered('C', 10) },
      { code: 'premium', labels: numbered('P', 16) },
      { code: 'standard', labels: numbered('S', 22) },
      { code: 'bar', labels: numbered('B', 12) },
    ]);
  });

  it('gives every table neighbours in its row, and each performance the layout’s seats', async () => {
    const { rows } = await database.owner.query(`
      select count(*) filter (where cardinality(neighbour_ids) = 0)::int as alone,
             (select count(*) from performance_zones pz
               where capacity <> (select sum(seats) from venue_tables t where t.zone_id = pz.zone_id))::int
               as "wrongCapacity"
        from venue_tables`);
    expect(rows[0]).toEqual({ alone: 0, wrongCapacity: 0 });
  });

  it('is bookable: a dinner-show for two in the Carré Or', async () => {
    const { rows } = await database.owner.query<{
      performance: string;
      formula: string;
      zone: string;
    }>(`
      select (select id from performances order by starts_at offset 2 limit 1) as performance,
             (select id from formulas where code = 'diner-spectacle') as formula,
             (select id from zones where code = 'carre-or') as zone`);
    const { performance, formula, zone } = rows[0]!;
    const hold = await createHold(
      database.db,
      { role: 'anon' },
      {
        performanceId: performance,
        lines: [{ formulaId: formula, zoneId: zone, guests: 2 }],
      },
    );
    expect(hold).toMatchObject({ status: 'held', partySize: 2, totalCents: 43000 });
  });
});
