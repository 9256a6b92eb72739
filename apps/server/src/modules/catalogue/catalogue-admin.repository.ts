// SQL of the back office's catalogue: shows, formulas and prices, extras, sales rules, zones and
// tables. Every statement runs in the caller's transaction as the request's role: the policies of
// migration 0008 decide who may write (admins and managers with a second factor).
import { sql, type Selectable } from 'kysely';
import type { Tx } from '../../db/request-context.ts';
import type { Database } from '../../db/schema.ts';
import type { TableRow } from './catalogue-admin.layout.ts';

export interface Page {
  limit: number;
  offset: number;
}

/** The rows of a page and the total, from one `count(*) over ()` column. */
export function paged<T extends { total: number | string }>(rows: T[]) {
  const total = rows.length > 0 ? Number(rows[0]!.total) : 0;
  return { rows: rows.map(({ total: _total, ...row }) => row), total };
}

// ─── Shows ─────────────────────────────────────────────────────────────────────────────────────

function showQuery(tx: Tx) {
  return tx.selectFrom('shows as s').select([
    's.id',
    's.slug',
    's.titleFr',
    's.titleEn',
    's.descriptionFr',
    's.descriptionEn',
    's.durationMinutes',
    's.imagePath',
    's.createdAt',
    (eb) =>
      eb
        .selectFrom('performances as p')
        .select(sql<number>`count(*)::integer`.as('n'))
        .whereRef('p.showId', '=', 's.id')
        .where('p.startsAt', '>', sql<Date>`now()`)
        .as('upcomingPerformances'),
  ]);
}

export async function listShows(tx: Tx, { q, ...page }: Page & { q?: string | undefined }) {
  let query = showQuery(tx).select(sql<string>`count(*) over ()`.as('total'));
  if (q) {
    const like = `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    query = query.where((eb) =>
      eb.or([
        eb('s.slug', 'ilike', like),
        eb('s.titleFr', 'ilike', like),
        eb('s.titleEn', 'ilike', like),
      ]),
    );
  }
  const rows = await query
    .orderBy('s.createdAt', 'desc')
    .orderBy('s.id')
    .limit(page.limit)
    .offset(page.offset)
    .execute();
  return paged(rows);
}

export const findShow = (tx: Tx, id: string) =>
  showQuery(tx).where('s.id', '=', id).executeTakeFirst();

type ShowValues = Partial<
  Pick<
    Selectable<Database['shows']>,
    | 'slug'
    | 'titleFr'
    | 'titleEn'
    | 'descriptionFr'
    | 'descriptionEn'
    | 'durationMinutes'
    | 'imagePath'
  >
>;

export async function insertShow(tx: Tx, values: Required<ShowValues>): Promise<string> {
  const row = await tx.insertInto('shows').values(values).returning('id').executeTakeFirstOrThrow();
  return row.id;
}

export async function updateShow(tx: Tx, id: string, values: ShowValues): Promise<boolean> {
  const result = await tx.updateTable('shows').set(values).where('id', '=', id).executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

// ─── Formulas and prices ───────────────────────────────────────────────────────────────────────

function formulaQuery(tx: Tx) {
  return tx.selectFrom('formulas as f').select([
    'f.id',
    'f.code',
    'f.nameFr',
    'f.nameEn',
    'f.descriptionFr',
    'f.descriptionEn',
    'f.arrivalMinutesBefore',
    'f.menu',
    'f.sort',
    sql<{ zoneId: string; priceCents: number }[]>`coalesce(
        (select jsonb_agg(jsonb_build_object('zoneId', fp.zone_id, 'priceCents', fp.price_cents)
                          order by fp.zone_id)
           from public.formula_prices fp where fp.formula_id = f.id), '[]'::jsonb)`.as('prices'),
  ]);
}

export async function listFormulas(tx: Tx, page: Page) {
  const rows = await formulaQuery(tx)
    .select(sql<string>`count(*) over ()`.as('total'))
    .orderBy('f.sort')
    .orderBy('f.code')
    .limit(page.limit)
    .offset(page.offset)
    .execute();
  return paged(rows);
}

export const findFormula = (tx: Tx, id: string) =>
  formulaQuery(tx).where('f.id', '=', id).executeTakeFirst();

export interface FormulaValues {
  code?: string;
  nameFr?: string;
  nameEn?: string;
  descriptionFr?: string;
  descriptionEn?: string;
  arrivalMinutesBefore?: number;
  menu?: Record<string, unknown>;
  sort?: number;
}

const formulaRow = ({ menu, ...rest }: FormulaValues) => ({
  ...rest,
  ...(menu !== undefined ? { menu: JSON.stringify(menu) } : {}),
});

export async function insertFormula(tx: Tx, values: Required<FormulaValues>): Promise<string> {
  const row = await tx
    .insertInto('formulas')
    .values(formulaRow(values) as never)
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function updateFormula(tx: Tx, id: string, values: FormulaValues) {
  const result = await tx
    .updateTable('formulas')
    .set(formulaRow(values))
    .where('id', '=', id)
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

/** Sets a formula's price in a zone (sells it there). False if RLS let nothing through. */
export async function upsertPrice(tx: Tx, formulaId: string, zoneId: string, priceCents: number) {
  const row = await tx
    .insertInto('formulaPrices')
    .values({ formulaId, zoneId, priceCents })
    .onConflict((oc) => oc.columns(['formulaId', 'zoneId']).doUpdateSet({ priceCents }))
    .returning('priceCents')
    .executeTakeFirst();
  return row !== undefined;
}

export async function deletePrice(tx: Tx, formulaId: string, zoneId: string) {
  const result = await tx
    .deleteFrom('formulaPrices')
    .where('formulaId', '=', formulaId)
    .where('zoneId', '=', zoneId)
    .executeTakeFirst();
  return result.numDeletedRows > 0n;
}

// ─── Extras and sales rules ────────────────────────────────────────────────────────────────────

const extraColumns = ['id', 'code', 'nameFr', 'nameEn', 'priceCents', 'sort'] as const;

export async function listExtras(tx: Tx, page: Page) {
  const rows = await tx
    .selectFrom('extras')
    .select([...extraColumns, sql<string>`count(*) over ()`.as('total')])
    .orderBy('sort')
    .orderBy('code')
    .limit(page.limit)
    .offset(page.offset)
    .execute();
  return paged(rows);
}

export const findExtra = (tx: Tx, id: string) =>
  tx.selectFrom('extras').select(extraColumns).where('id', '=', id).executeTakeFirst();

export interface ExtraValues {
  code?: string;
  nameFr?: string;
  nameEn?: string;
  priceCents?: number;
  sort?: number;
}

export async function insertExtra(tx: Tx, values: Required<ExtraValues>) {
  return (await tx.insertInto('extras').values(values).returning('id').executeTakeFirstOrThrow())
    .id;
}

export async function updateExtra(tx: Tx, id: string, values: ExtraValues) {
  const result = await tx.updateTable('extras').set(values).where('id', '=', id).executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

const rulesColumns = [
  'holdMinutes',
  'maxParty',
  'cutoffMinutes',
  'cancellationDeadlineHours',
  'cancellationFeeCents',
  'updatedAt',
] as const;

export const findSalesRules = (tx: Tx) =>
  tx.selectFrom('salesRules').select(rulesColumns).executeTakeFirstOrThrow();

export async function updateSalesRules(
  tx: Tx,
  values: Partial<
    Pick<
      Selectable<Database['salesRules']>,
      | 'holdMinutes'
      | 'maxParty'
      | 'cutoffMinutes'
      | 'cancellationDeadlineHours'
      | 'cancellationFeeCents'
    >
  >,
) {
  return tx
    .updateTable('salesRules')
    .set({ ...values, updatedAt: sql<Date>`now()` })
    .returning(rulesColumns)
    .executeTakeFirst();
}

// ─── Zones and tables ──────────────────────────────────────────────────────────────────────────

const tableColumns = [
  'id',
  'zoneId',
  'label',
  'seats',
  'shape',
  'x',
  'y',
  'shared',
  'neighbourIds',
] as const;

export async function listZones(tx: Tx, page: Page, ids?: string[]) {
  let query = tx
    .selectFrom('zones')
    .select([
      'id',
      'code',
      'nameFr',
      'nameEn',
      'descriptionFr',
      'descriptionEn',
      'sort',
      sql<string>`count(*) over ()`.as('total'),
    ]);
  if (ids) query = query.where('id', 'in', ids.length > 0 ? ids : ['']);
  const { rows, total } = paged(
    await query.orderBy('sort').orderBy('code').limit(page.limit).offset(page.offset).execute(),
  );
  const tables =
    rows.length === 0
      ? []
      : await tx
          .selectFrom('venueTables')
          .select(tableColumns)
          .where(
            'zoneId',
            'in',
            rows.map((z) => z.id),
          )
          .orderBy('label')
          .execute();
  return {
    total,
    rows: rows.map((zone) => {
      const mine = tables.filter((t) => t.zoneId === zone.id);
      return { ...zone, seats: mine.reduce((sum, t) => sum + t.seats, 0), tables: mine };
    }),
  };
}

export interface ZoneValues {
  code?: string;
  nameFr?: string;
  nameEn?: string;
  descriptionFr?: string;
  descriptionEn?: string;
  sort?: number;
}

export async function insertZone(tx: Tx, values: Required<ZoneValues>) {
  return (await tx.insertInto('zones').values(values).returning('id').executeTakeFirstOrThrow()).id;
}

export async function updateZone(tx: Tx, id: string, values: ZoneValues) {
  const result = await tx.updateTable('zones').set(values).where('id', '=', id).executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

/** The zone's tables, locked: two editors of one floor plan save one after the other. */
export async function lockZoneTables(tx: Tx, zoneId: string): Promise<TableRow[]> {
  await tx.selectFrom('zones').select('id').where('id', '=', zoneId).forUpdate().execute();
  return tx
    .selectFrom('venueTables')
    .select(tableColumns)
    .where('zoneId', '=', zoneId)
    .orderBy('id')
    .forUpdate()
    .execute();
}

export const zoneExists = async (tx: Tx, zoneId: string) =>
  (await tx.selectFrom('zones').select('id').where('id', '=', zoneId).executeTakeFirst()) !==
  undefined;

export const findTableZone = async (tx: Tx, tableId: string) =>
  (await tx.selectFrom('venueTables').select('zoneId').where('id', '=', tableId).executeTakeFirst())
    ?.zoneId;

/**
 * Writes a zone's plan: removals (through remove_venue_tables, migration 0013), then changes,
 * then new tables. Labels are unique per zone and checked row by row, so changed labels first
 * take a temporary one: swapping two labels then works.
 */
export async function writeLayout(
  tx: Tx,
  plan: { inserts: TableRow[]; updates: TableRow[]; removals: string[] },
  current: TableRow[],
) {
  let removed = 0;
  if (plan.removals.length > 0) {
    const { rows } = await sql<{ removed: number }>`
      select public.remove_venue_tables(${plan.removals}::uuid[]) as removed`.execute(tx);
    removed = rows[0]!.removed;
  }
  const relabelled = plan.updates
    .filter((t) => current.find((c) => c.id === t.id)!.label !== t.label)
    .map((t) => t.id);
  if (relabelled.length > 0) {
    await sql`
      update public.venue_tables
         set label = '~' || substr(replace(id::text, '-', ''), 1, 19)
       where id = any (${relabelled}::uuid[])`.execute(tx);
  }
  if (plan.updates.length > 0) {
    await sql`
      update public.venue_tables t
         set label = u.label, seats = u.seats, shape = u.shape, x = u.x, y = u.y,
             shared = u.shared, neighbour_ids = u.neighbour_ids
        from jsonb_to_recordset(${JSON.stringify(plan.updates.map(snake))}::jsonb)
             as u (id uuid, label text, seats integer, shape text, x integer, y integer,
                   shared boolean, neighbour_ids uuid[])
       where t.id = u.id`.execute(tx);
  }
  if (plan.inserts.length > 0) {
    await sql`
      insert into public.venue_tables (id, zone_id, label, seats, shape, x, y, shared, neighbour_ids)
      select id, zone_id, label, seats, shape, x, y, shared, neighbour_ids
        from jsonb_to_recordset(${JSON.stringify(plan.inserts.map(snake))}::jsonb)
             as u (id uuid, zone_id uuid, label text, seats integer, shape text, x integer,
                   y integer, shared boolean, neighbour_ids uuid[])`.execute(tx);
  }
  return removed;
}

const snake = (t: TableRow) => ({
  id: t.id,
  zone_id: t.zoneId,
  label: t.label,
  seats: t.seats,
  shape: t.shape,
  x: t.x,
  y: t.y,
  shared: t.shared,
  neighbour_ids: t.neighbourIds,
});
