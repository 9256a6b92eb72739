// The demo catalogue (#5): what a fresh install shows and sells. Idempotent: every row has a
// natural key (codes, slugs, labels, a show's start), and inserts skip what exists, so running it
// again adds only what is missing (e.g. the performances of newly reached dates).
import { USUAL_EVENING } from '@ladiva/contract/venue';
import { sql } from 'kysely';
import type { Db } from './database.ts';
import { withServiceContext, type Tx } from './request-context.ts';
import type { TableShape } from './schema.ts';

interface ZoneSeed {
  code: string;
  nameFr: string;
  nameEn: string;
  descriptionFr: string;
  descriptionEn: string;
  shared: boolean;
  shape: TableShape;
  /** Rows of tables, front to back; each number is a table's seats. */
  rows: number[][];
}

// 4 zones, 60 tables, 248 seats.
const ZONES: ZoneSeed[] = [
  {
    code: 'carre-or',
    nameFr: 'Carré Or',
    nameEn: 'Golden Circle',
    descriptionFr: 'Au pied de la scène, la meilleure vue, service au champagne.',
    descriptionEn: 'At the foot of the stage: the best view, champagne service.',
    shared: false,
    shape: 'round',
    rows: [
      [2, 4, 4, 4, 2],
      [2, 4, 4, 4, 2],
    ],
  },
  {
    code: 'premium',
    nameFr: 'Premium',
    nameEn: 'Premium',
    descriptionFr: 'Juste derrière le Carré Or, face à la scène.',
    descriptionEn: 'Just behind the Golden Circle, facing the stage.',
    shared: false,
    shape: 'round',
    rows: [
      [2, 4, 4, 6, 4, 4, 2],
      [2, 4, 6, 4, 6, 4, 2],
      [6, 4],
    ],
  },
  {
    code: 'standard',
    nameFr: 'Standard',
    nameEn: 'Standard',
    descriptionFr: 'La salle en gradins : toute la revue, à prix doux.',
    descriptionEn: 'The tiered hall: the whole revue at a gentle price.',
    shared: false,
    shape: 'rectangle',
    rows: [
      [2, 4, 4, 6, 8, 6, 4, 4, 2],
      [4, 6, 8, 6, 8, 6, 4, 4],
      [4, 6, 4, 6, 6],
    ],
  },
  {
    code: 'bar',
    nameFr: 'Bar',
    nameEn: 'Bar',
    descriptionFr: 'Tables hautes partagées près du bar, vue de côté.',
    descriptionEn: 'Shared high tables by the bar, side view.',
    shared: true,
    shape: 'high',
    rows: [
      [2, 2, 2, 2, 2, 2],
      [4, 4, 4, 6, 6, 4],
    ],
  },
];

const SHOWS = [
  {
    slug: 'plumes-et-paillettes',
    titleFr: 'Plumes & Paillettes',
    titleEn: 'Feathers & Sequins',
    descriptionFr:
      'La grande revue de La Diva : quarante artistes, deux cents costumes, le French cancan.',
    descriptionEn: 'La Diva’s grand revue: forty artists, two hundred costumes, the French cancan.',
    durationMinutes: 105,
    imagePath: null,
    // ISO weekdays (4 = Thursday … 7 = Sunday) and the local start time: the venue's usual one.
    days: [4, 5, 6],
    time: USUAL_EVENING.curtainTime,
  },
  {
    slug: 'nuit-de-diva',
    titleFr: 'Une nuit de Diva',
    titleEn: 'A Night of Diva',
    descriptionFr: 'Chansons, humour et plumes : la soirée intime du dimanche.',
    descriptionEn: 'Songs, humour and feathers: the intimate Sunday evening.',
    durationMinutes: 90,
    imagePath: null,
    // Earlier than the usual evening, on purpose: the guests' pages read each performance's time.
    days: [7],
    time: '19:30',
  },
];

const MENU = {
  starter: [
    { code: 'foie-gras', fr: 'Foie gras de canard', en: 'Duck foie gras' },
    { code: 'veloute', fr: 'Velouté de saison (végétarien)', en: 'Seasonal soup (vegetarian)' },
  ],
  main: [
    { code: 'boeuf', fr: 'Filet de bœuf, sauce au poivre', en: 'Beef fillet, pepper sauce' },
    { code: 'bar', fr: 'Dos de bar, beurre blanc', en: 'Sea bass, beurre blanc' },
    { code: 'risotto', fr: 'Risotto aux cèpes (végétarien)', en: 'Porcini risotto (vegetarian)' },
  ],
  dessert: [
    { code: 'opera', fr: 'Opéra au chocolat', en: 'Chocolate opera cake' },
    { code: 'fruits', fr: 'Fruits frais', en: 'Fresh fruit' },
  ],
};

// Prices in cents per zone; a formula missing a zone is not sold there (no dinner at the bar).
const FORMULAS = [
  {
    code: 'spectacle',
    nameFr: 'Spectacle seul',
    nameEn: 'Show only',
    descriptionFr: 'La revue avec une demi-bouteille de champagne pour deux.',
    descriptionEn: 'The revue with half a bottle of champagne for two.',
    arrivalMinutesBefore: 30,
    menu: {},
    prices: { 'carre-or': 12500, premium: 10500, standard: 8900, bar: 7500 },
  },
  {
    code: 'diner-spectacle',
    nameFr: 'Dîner-spectacle',
    nameEn: 'Dinner and show',
    descriptionFr: 'Dîner trois plats avant la revue, demi-bouteille de champagne.',
    descriptionEn: 'Three-course dinner before the revue, half a bottle of champagne.',
    arrivalMinutesBefore: 120,
    menu: MENU,
    prices: { 'carre-or': 21500, premium: 18500, standard: 15500 },
  },
  {
    code: 'champagne-diner',
    nameFr: 'Champagne & dîner',
    nameEn: 'Champagne and dinner',
    descriptionFr: 'Coupe d’accueil, dîner trois plats et une bouteille de champagne pour deux.',
    descriptionEn: 'Welcome glass, three-course dinner and a bottle of champagne for two.',
    arrivalMinutesBefore: 120,
    menu: MENU,
    prices: { 'carre-or': 26500, premium: 22500, standard: 19500 },
  },
];

const EXTRAS = [
  {
    code: 'bouteille-champagne',
    nameFr: 'Bouteille de champagne',
    nameEn: 'Bottle of champagne',
    priceCents: 9500,
  },
  { code: 'gateau', nameFr: 'Gâteau d’anniversaire', nameEn: 'Birthday cake', priceCents: 3500 },
  {
    code: 'annonce',
    nameFr: 'Annonce sur scène',
    nameEn: 'On-stage announcement',
    priceCents: 1500,
  },
  {
    code: 'programme',
    nameFr: 'Programme souvenir',
    nameEn: 'Souvenir programme',
    priceCents: 1200,
  },
];

const DAYS_AHEAD = 90;

async function seedLayout(tx: Tx): Promise<Map<string, string>> {
  const zoneIds = new Map<string, string>();
  for (const [sort, zone] of ZONES.entries()) {
    const { rows, shared, shape, ...columns } = zone;
    await tx
      .insertInto('zones')
      .values({ ...columns, sort })
      .onConflict((oc) => oc.column('code').doNothing())
      .execute();
    const { id } = await tx
      .selectFrom('zones')
      .select('id')
      .where('code', '=', zone.code)
      .executeTakeFirstOrThrow();
    zoneIds.set(zone.code, id);

    // Labels like "P12": the zone's initial and a plain number, counted front to back and left to
    // right, as the layout editor numbers a new table. ("P2-3", row and place, read as a range.)
    // Neighbours: left and right in the row.
    const prefix = zone.code[0]!.toUpperCase();
    const firstOfRow = rows.map((_, r) =>
      rows.slice(0, r).reduce((sum, row) => sum + row.length, 0),
    );
    const label = (r: number, c: number) => `${prefix}${firstOfRow[r]! + c + 1}`;
    const tables = rows.flatMap((row, r) =>
      row.map((seats, c) => ({
        zoneId: id,
        label: label(r, c),
        seats,
        shape,
        shared,
        x: c * 120,
        y: (sort * 4 + r) * 100,
      })),
    );
    await tx
      .insertInto('venueTables')
      .values(tables)
      .onConflict((oc) => oc.columns(['zoneId', 'label']).doNothing())
      .execute();
    const ids = new Map(
      (
        await tx
          .selectFrom('venueTables')
          .select(['id', 'label'])
          .where('zoneId', '=', id)
          .execute()
      ).map((t) => [t.label, t.id]),
    );
    for (const [r, row] of rows.entries()) {
      for (let c = 0; c < row.length; c += 1) {
        const neighbours = [c - 1, c + 1]
          .filter((n) => n >= 0 && n < row.length)
          .map((n) => ids.get(label(r, n))!);
        await tx
          .updateTable('venueTables')
          .set({ neighbourIds: neighbours })
          .where('id', '=', ids.get(label(r, c))!)
          .where(sql<boolean>`cardinality(neighbour_ids) = 0`)
          .execute();
      }
    }
  }
  return zoneIds;
}

async function seedCatalogue(tx: Tx, zoneIds: Map<string, string>) {
  for (const [sort, { prices, menu, ...formula }] of FORMULAS.entries()) {
    await tx
      .insertInto('formulas')
      .values({ ...formula, menu: JSON.stringify(menu), sort })
      .onConflict((oc) => oc.column('code').doNothing())
      .execute();
    const { id } = await tx
      .selectFrom('formulas')
      .select('id')
      .where('code', '=', formula.code)
      .executeTakeFirstOrThrow();
    await tx
      .insertInto('formulaPrices')
      .values(
        Object.entries(prices).map(([zone, priceCents]) => ({
          formulaId: id,
          zoneId: zoneIds.get(zone)!,
          priceCents,
        })),
      )
      .onConflict((oc) => oc.columns(['formulaId', 'zoneId']).doNothing())
      .execute();
  }
  await tx
    .insertInto('extras')
    .values(EXTRAS.map((extra, sort) => ({ ...extra, sort })))
    .onConflict((oc) => oc.column('code').doNothing())
    .execute();
}

/** Shows, and their performances for the next 90 days at their local (Paris) times. */
async function seedPerformances(tx: Tx) {
  for (const { days, time, ...show } of SHOWS) {
    await tx
      .insertInto('shows')
      .values(show)
      .onConflict((oc) => oc.column('slug').doNothing())
      .execute();
    // The date series is computed in Paris, and each local start converted to an instant there,
    // so a performance keeps its local time across the daylight-saving changes.
    await sql`
      insert into public.performances (show_id, starts_at, doors_at)
      select s.id, starts_at,
             starts_at - make_interval(mins => ${USUAL_EVENING.doorsMinutesBefore}::integer)
        from public.shows s,
             generate_series(0, ${DAYS_AHEAD - 1}::integer) as d,
             lateral (select ((now() at time zone 'Europe/Paris')::date + d) as day) as local,
             lateral (select (local.day + ${time}::time) at time zone 'Europe/Paris' as starts_at) as t
       where s.slug = ${show.slug}
         and extract(isodow from local.day) = any(${days}::integer[])
         and t.starts_at > now()
      on conflict (show_id, starts_at) do nothing`.execute(tx);
  }
  // Each performance sells each zone's seats, as laid out; staff adjust capacities later.
  await sql`
    insert into public.performance_zones (performance_id, zone_id, capacity)
    select p.id, t.zone_id, sum(t.seats)::integer
      from public.performances p cross join public.venue_tables t
     group by p.id, t.zone_id
    on conflict (performance_id, zone_id) do nothing`.execute(tx);
}

/**
 * Inserts the demo catalogue, as the service role (its policies allow adding to the catalogue),
 * in one transaction. Works on the API pool, the service pool or an owner connection alike.
 */
export async function seedDemoCatalogue(db: Db): Promise<void> {
  await withServiceContext(db, async (tx) => {
    const zoneIds = await seedLayout(tx);
    await seedCatalogue(tx, zoneIds);
    await seedPerformances(tx);
  });
}
