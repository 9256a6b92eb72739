// A minimal catalogue for the engine's tests, inserted as the owner: one show, zones, formulas
// with prices, and performances with a chosen capacity per zone.
import type pg from 'pg';

export interface TestCatalogue {
  showId: string;
  zones: { main: string; bar: string };
  formulas: { show: string; dinner: string };
  extraId: string;
  /** A performance on sale in a week, its zones at the given capacities. */
  performance(capacity?: { main?: number; bar?: number }, startsIn?: string): Promise<string>;
}

export async function createTestCatalogue(owner: pg.Pool): Promise<TestCatalogue> {
  const one = async (text: string, values: unknown[] = []) =>
    (await owner.query<{ id: string }>(text, values)).rows[0]!.id;
  const suffix = Math.random().toString(36).slice(2, 8);
  const zone = (code: string) =>
    one(`insert into zones (code, name_fr, name_en) values ($1, $1, $1) returning id`, [
      `${code}-${suffix}`,
    ]);
  const formula = (code: string) =>
    one(`insert into formulas (code, name_fr, name_en) values ($1, $1, $1) returning id`, [
      `${code}-${suffix}`,
    ]);
  const zones = { main: await zone('main'), bar: await zone('bar') };
  const formulas = { show: await formula('show'), dinner: await formula('dinner') };
  // The dinner is not served at the bar: a formula without a price in a zone is not sold there.
  await owner.query(
    `insert into formula_prices (formula_id, zone_id, price_cents)
     values ($1, $3, 10000), ($1, $4, 7000), ($2, $3, 18000)`,
    [formulas.show, formulas.dinner, zones.main, zones.bar],
  );
  const extraId = await one(
    `insert into extras (code, name_fr, name_en, price_cents)
     values ($1, 'Gâteau', 'Cake', 3500) returning id`,
    [`cake-${suffix}`],
  );
  const showId = await one(
    `insert into shows (slug, title_fr, title_en, duration_minutes)
     values ($1, 'Revue', 'Revue', 100) returning id`,
    [`revue-${suffix}`],
  );
  return {
    showId,
    zones,
    formulas,
    extraId,
    async performance({ main = 50, bar = 10 } = {}, startsIn = '7 days') {
      const id = await one(
        `insert into performances (show_id, starts_at, doors_at)
         values ($1, now() + $2::interval,
                 now() + $2::interval - interval '2 hours') returning id`,
        [showId, startsIn],
      );
      await owner.query(
        `insert into performance_zones (performance_id, zone_id, capacity)
         values ($1, $2, $3), ($1, $4, $5)`,
        [id, zones.main, main, zones.bar, bar],
      );
      return id;
    },
  };
}

/** held and sold of a performance's zone, and what its bookings' lines say they should be. */
export async function countersAndLines(owner: pg.Pool, performanceId: string, zoneId: string) {
  const { rows } = await owner.query<{
    capacity: number;
    held: number;
    sold: number;
    heldLines: number;
    soldLines: number;
  }>(
    `select pz.capacity, pz.held, pz.sold,
            coalesce((select sum(l.guests) from booking_lines l join bookings b on b.id = l.booking_id
                       where b.performance_id = pz.performance_id and l.zone_id = pz.zone_id
                         and b.status = 'held'), 0)::int as "heldLines",
            coalesce((select sum(l.guests) from booking_lines l join bookings b on b.id = l.booking_id
                       where b.performance_id = pz.performance_id and l.zone_id = pz.zone_id
                         and b.status in ('confirmed', 'checked_in', 'no_show')), 0)::int as "soldLines"
       from performance_zones pz where pz.performance_id = $1 and pz.zone_id = $2`,
    [performanceId, zoneId],
  );
  return rows[0]!;
}
