// SQL of the public catalogue: shows, performances and their availability. Read under the
// caller's role (catalogue tables are readable by everyone, migration 0008).
import { sql } from 'kysely';
import type { Tx } from '../../db/request-context.ts';

const showColumns = [
  's.id',
  's.slug',
  's.titleFr',
  's.titleEn',
  's.descriptionFr',
  's.descriptionEn',
  's.durationMinutes',
  's.imagePath',
] as const;

const nextStartsAt = sql<Date | null>`(
  select min(p.starts_at) from public.performances p
   where p.show_id = s.id and p.status = 'on_sale' and p.starts_at > now())`.as('nextStartsAt');

export function listShows(tx: Tx) {
  return tx
    .selectFrom('shows as s')
    .select([...showColumns, nextStartsAt])
    .orderBy(sql`${nextStartsAt.expression} nulls last`)
    .orderBy('s.slug')
    .execute();
}

export function findShow(tx: Tx, idOrSlug: string) {
  const isId = /^[0-9a-f-]{36}$/i.test(idOrSlug);
  return tx
    .selectFrom('shows as s')
    .select([...showColumns, nextStartsAt])
    .where(isId ? 's.id' : 's.slug', '=', idOrSlug)
    .executeTakeFirst();
}

export function listZones(tx: Tx) {
  return tx
    .selectFrom('zones')
    .select(['id', 'code', 'nameFr', 'nameEn', 'descriptionFr', 'descriptionEn'])
    .orderBy('sort')
    .orderBy('code')
    .execute();
}

export function listFormulas(tx: Tx) {
  return tx
    .selectFrom('formulas')
    .select([
      'id',
      'code',
      'nameFr',
      'nameEn',
      'descriptionFr',
      'descriptionEn',
      'arrivalMinutesBefore',
      'menu',
    ])
    .orderBy('sort')
    .orderBy('code')
    .execute();
}

export function listPrices(tx: Tx) {
  return tx.selectFrom('formulaPrices').select(['formulaId', 'zoneId', 'priceCents']).execute();
}

export function listExtras(tx: Tx) {
  return tx
    .selectFrom('extras')
    .select(['id', 'code', 'nameFr', 'nameEn', 'priceCents'])
    .orderBy('sort')
    .orderBy('code')
    .execute();
}

const salesOpen = sql<boolean>`p.status = 'on_sale' and not p.sales_closed
  and now() < p.starts_at - make_interval(mins => (select cutoff_minutes from public.sales_rules))`;

export function listPerformances(
  tx: Tx,
  { showId, from, to }: { showId?: string | undefined; from: Date; to: Date },
) {
  let query = tx
    .selectFrom('performances as p')
    .innerJoin('performanceZones as pz', 'pz.performanceId', 'p.id')
    .select([
      'p.id',
      'p.showId',
      'p.startsAt',
      'p.doorsAt',
      'p.status',
      salesOpen.as('salesOpen'),
      sql<number>`sum(pz.capacity)::integer`.as('capacity'),
      sql<number>`greatest(sum(pz.capacity - pz.held - pz.sold), 0)::integer`.as('seatsLeft'),
    ])
    .where('p.startsAt', '>=', from)
    .where('p.startsAt', '<', to)
    .groupBy('p.id')
    .orderBy('p.startsAt')
    .limit(500);
  if (showId) query = query.where('p.showId', '=', showId);
  return query.execute();
}

export function findPerformance(tx: Tx, performanceId: string) {
  return tx
    .selectFrom('performances as p')
    .innerJoin('salesRules as r', (join) => join.onTrue())
    .select([
      'p.id',
      'p.showId',
      'p.startsAt',
      'p.doorsAt',
      'p.status',
      salesOpen.as('salesOpen'),
      'r.maxParty',
      sql<Date>`p.starts_at - make_interval(hours => r.cancellation_deadline_hours)`.as(
        'cancellationDeadline',
      ),
      'r.cancellationFeeCents',
    ])
    .where('p.id', '=', performanceId)
    .executeTakeFirst();
}

export function listPerformanceZones(tx: Tx, performanceId: string) {
  return tx
    .selectFrom('performanceZones as pz')
    .innerJoin('zones as z', 'z.id', 'pz.zoneId')
    .select([
      'pz.zoneId',
      'z.code',
      'z.nameFr',
      'z.nameEn',
      'pz.capacity',
      sql<number>`greatest(pz.capacity - pz.held - pz.sold, 0)`.as('seatsLeft'),
    ])
    .where('pz.performanceId', '=', performanceId)
    .orderBy('z.sort')
    .orderBy('z.code')
    .execute();
}

/**
 * The coming `days` of performances, grouped by their local timetable at the venue: curtain,
 * doors, and dinner (the earliest arrival of the formulas with a menu). Cancelled ones are not
 * evenings; sold-out ones still are.
 */
export async function listEvenings(tx: Tx, days: number) {
  const { rows } = await sql<{
    weekdays: number[];
    curtain: string;
    doors: string;
    dinner: string | null;
  }>`
    with dinner as (
      select max(arrival_minutes_before) as minutes
        from public.formulas
       where menu <> '{}'::jsonb
    ), upcoming as (
      select extract(isodow from p.starts_at at time zone v.timezone)::integer as weekday,
             to_char(p.starts_at at time zone v.timezone, 'HH24:MI') as curtain,
             to_char(p.doors_at at time zone v.timezone, 'HH24:MI') as doors,
             to_char((p.starts_at - make_interval(mins => d.minutes)) at time zone v.timezone,
                     'HH24:MI') as dinner
        from public.performances p, public.venue_settings v, dinner d
       where p.status <> 'cancelled'
         and p.starts_at > now()
         and p.starts_at < now() + make_interval(days => ${days}::integer)
    )
    select array_agg(distinct weekday order by weekday) as weekdays, curtain, doors, dinner
      from upcoming
     group by curtain, doors, dinner
     order by min(weekday), curtain`.execute(tx);
  return rows;
}
