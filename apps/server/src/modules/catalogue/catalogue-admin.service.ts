// The back office's catalogue rules. Each action is one transaction as the caller
// (withRequestContext): the routes let only admins and managers write, and the policies of
// migration 0008 refuse anyone else again. Every change is written to the audit log in the same
// transaction.
import { randomUUID } from 'node:crypto';
import type {
  AdminExtra,
  AdminFormula,
  AdminShow,
  AdminZone,
  CreateShowBody,
  SalesRules,
  SaveLayoutBody,
  UpdateSalesRulesBody,
  UpdateShowBody,
  UpdateVenueTableBody,
  VenueTable,
} from '@ladiva/contract/backoffice-catalogue';
import type { Db } from '../../db/database.ts';
import { withRequestContext, type Tx } from '../../db/request-context.ts';
import { AppError, notFound } from '../../lib/app-error.ts';
import type { UserClaims } from '../../plugins/request-claims.ts';
import { audit } from '../audit/audit.ts';
import { dbErrors } from './catalogue-admin.errors.ts';
import {
  asWanted,
  planZoneLayout,
  withLinksOf,
  type TableRow,
  type WantedTable,
} from './catalogue-admin.layout.ts';
import * as repository from './catalogue-admin.repository.ts';
import type { ExtraValues, FormulaValues, Page, ZoneValues } from './catalogue-admin.repository.ts';

/** One staff action: the caller's transaction, database refusals turned into coded errors. */
const act = <T>(db: Db, claims: UserClaims, fn: (tx: Tx) => Promise<T>) =>
  dbErrors(() => withRequestContext(db, claims, fn));

const iso = (date: Date) => date.toISOString();
const pageOf = <T>(items: T[], total: number, page: Page) => ({ items, total, ...page });

// ─── Shows ─────────────────────────────────────────────────────────────────────────────────────

type ShowRow = NonNullable<Awaited<ReturnType<typeof repository.findShow>>>;
const toShow = (row: ShowRow): AdminShow => ({
  ...row,
  createdAt: iso(row.createdAt),
  upcomingPerformances: Number(row.upcomingPerformances ?? 0),
});

export async function listShows(db: Db, claims: UserClaims, query: Page & { q?: string }) {
  const { rows, total } = await act(db, claims, (tx) => repository.listShows(tx, query));
  return pageOf(rows.map(toShow), total, { limit: query.limit, offset: query.offset });
}

async function showOrThrow(tx: Tx, id: string) {
  const row = await repository.findShow(tx, id);
  if (!row) throw notFound('No such show.');
  return toShow(row);
}

export const getShow = (db: Db, claims: UserClaims, id: string) =>
  act(db, claims, (tx) => showOrThrow(tx, id));

export function createShow(db: Db, claims: UserClaims, body: Required<CreateShowBody>) {
  return act(db, claims, async (tx) => {
    const id = await repository.insertShow(tx, body);
    const show = await showOrThrow(tx, id);
    await audit(tx, {
      action: 'catalogue.show.created',
      targetType: 'show',
      targetId: id,
      after: body,
    });
    return show;
  });
}

export function updateShow(db: Db, claims: UserClaims, id: string, body: UpdateShowBody) {
  return act(db, claims, async (tx) => {
    const before = await showOrThrow(tx, id);
    if (!(await repository.updateShow(tx, id, body))) throw notFound('No such show.');
    await audit(tx, {
      action: 'catalogue.show.updated',
      targetType: 'show',
      targetId: id,
      before,
      after: body,
    });
    return showOrThrow(tx, id);
  });
}

// ─── Formulas and prices ───────────────────────────────────────────────────────────────────────

async function formulaOrThrow(tx: Tx, id: string): Promise<AdminFormula> {
  const row = await repository.findFormula(tx, id);
  if (!row) throw notFound('No such formula.');
  return row;
}

export async function listFormulas(db: Db, claims: UserClaims, page: Page) {
  const { rows, total } = await act(db, claims, (tx) => repository.listFormulas(tx, page));
  return pageOf<AdminFormula>(rows, total, page);
}

export function createFormula(db: Db, claims: UserClaims, body: Required<FormulaValues>) {
  return act(db, claims, async (tx) => {
    const id = await repository.insertFormula(tx, body);
    await audit(tx, {
      action: 'catalogue.formula.created',
      targetType: 'formula',
      targetId: id,
      after: body,
    });
    return formulaOrThrow(tx, id);
  });
}

export function updateFormula(db: Db, claims: UserClaims, id: string, body: FormulaValues) {
  return act(db, claims, async (tx) => {
    const before = await formulaOrThrow(tx, id);
    if (!(await repository.updateFormula(tx, id, body))) throw notFound('No such formula.');
    await audit(tx, {
      action: 'catalogue.formula.updated',
      targetType: 'formula',
      targetId: id,
      before,
      after: body,
    });
    return formulaOrThrow(tx, id);
  });
}

/** Sells a formula in a zone at this price (or changes the price). */
export function setPrice(
  db: Db,
  claims: UserClaims,
  formulaId: string,
  zoneId: string,
  priceCents: number,
) {
  return act(db, claims, async (tx) => {
    const before = await formulaOrThrow(tx, formulaId);
    if (!(await repository.zoneExists(tx, zoneId))) throw notFound('No such zone.');
    await repository.upsertPrice(tx, formulaId, zoneId, priceCents);
    await audit(tx, {
      action: 'catalogue.price.set',
      targetType: 'formula',
      targetId: formulaId,
      before: before.prices.find((p) => p.zoneId === zoneId) ?? null,
      after: { zoneId, priceCents },
    });
    return formulaOrThrow(tx, formulaId);
  });
}

/** Stops selling a formula in a zone (bookings already made keep their price). */
export function removePrice(db: Db, claims: UserClaims, formulaId: string, zoneId: string) {
  return act(db, claims, async (tx) => {
    const before = await formulaOrThrow(tx, formulaId);
    if (!(await repository.deletePrice(tx, formulaId, zoneId))) {
      throw notFound('This formula has no price in this zone.');
    }
    await audit(tx, {
      action: 'catalogue.price.removed',
      targetType: 'formula',
      targetId: formulaId,
      before: before.prices.find((p) => p.zoneId === zoneId),
    });
    return formulaOrThrow(tx, formulaId);
  });
}

// ─── Extras and sales rules ────────────────────────────────────────────────────────────────────

async function extraOrThrow(tx: Tx, id: string): Promise<AdminExtra> {
  const row = await repository.findExtra(tx, id);
  if (!row) throw notFound('No such extra.');
  return row;
}

export async function listExtras(db: Db, claims: UserClaims, page: Page) {
  const { rows, total } = await act(db, claims, (tx) => repository.listExtras(tx, page));
  return pageOf<AdminExtra>(rows, total, page);
}

export function createExtra(db: Db, claims: UserClaims, body: Required<ExtraValues>) {
  return act(db, claims, async (tx) => {
    const id = await repository.insertExtra(tx, body);
    await audit(tx, {
      action: 'catalogue.extra.created',
      targetType: 'extra',
      targetId: id,
      after: body,
    });
    return extraOrThrow(tx, id);
  });
}

export function updateExtra(db: Db, claims: UserClaims, id: string, body: ExtraValues) {
  return act(db, claims, async (tx) => {
    const before = await extraOrThrow(tx, id);
    if (!(await repository.updateExtra(tx, id, body))) throw notFound('No such extra.');
    await audit(tx, {
      action: 'catalogue.extra.updated',
      targetType: 'extra',
      targetId: id,
      before,
      after: body,
    });
    return extraOrThrow(tx, id);
  });
}

const toRules = (row: Awaited<ReturnType<typeof repository.findSalesRules>>): SalesRules => ({
  ...row,
  updatedAt: iso(row.updatedAt),
});

export const getSalesRules = (db: Db, claims: UserClaims) =>
  act(db, claims, async (tx) => toRules(await repository.findSalesRules(tx)));

export function updateSalesRules(db: Db, claims: UserClaims, body: UpdateSalesRulesBody) {
  return act(db, claims, async (tx) => {
    const before = await repository.findSalesRules(tx);
    const after = await repository.updateSalesRules(tx, body);
    // The policy let no row through: not an admin or manager (the route should have said so).
    if (!after) throw new AppError('FORBIDDEN', 403, 'You are not allowed to do this.');
    await audit(tx, {
      action: 'catalogue.sales_rules.updated',
      targetType: 'sales_rules',
      before,
      after: body,
    });
    return toRules(after);
  });
}

// ─── Zones and tables ──────────────────────────────────────────────────────────────────────────

export async function listZones(db: Db, claims: UserClaims, page: Page) {
  const { rows, total } = await act(db, claims, (tx) => repository.listZones(tx, page));
  return pageOf<AdminZone>(rows, total, page);
}

async function zoneOrThrow(tx: Tx, id: string): Promise<AdminZone> {
  const { rows } = await repository.listZones(tx, { limit: 1, offset: 0 }, [id]);
  if (!rows[0]) throw notFound('No such zone.');
  return rows[0];
}

export function createZone(db: Db, claims: UserClaims, body: Required<ZoneValues>) {
  return act(db, claims, async (tx) => {
    const id = await repository.insertZone(tx, body);
    await audit(tx, {
      action: 'catalogue.zone.created',
      targetType: 'zone',
      targetId: id,
      after: body,
    });
    return zoneOrThrow(tx, id);
  });
}

export function updateZone(db: Db, claims: UserClaims, id: string, body: ZoneValues) {
  return act(db, claims, async (tx) => {
    const before = await zoneOrThrow(tx, id);
    if (!(await repository.updateZone(tx, id, body))) throw notFound('No such zone.');
    const { tables: _tables, ...fields } = before;
    await audit(tx, {
      action: 'catalogue.zone.updated',
      targetType: 'zone',
      targetId: id,
      before: fields,
      after: body,
    });
    return zoneOrThrow(tx, id);
  });
}

/** Checks and writes one zone's wanted plan; returns the new tables' ids and the removals. */
async function applyPlan(
  tx: Tx,
  zoneId: string,
  current: TableRow[],
  wanted: WantedTable[],
  path = 'body',
) {
  const plan = planZoneLayout(zoneId, current, wanted, randomUUID, path);
  if (plan.errors.length > 0) {
    throw new AppError('VALIDATION_FAILED', 400, 'This floor plan is not consistent.', {
      fields: plan.errors,
    });
  }
  const removed = await repository.writeLayout(tx, plan, current);
  await audit(tx, {
    action: 'catalogue.layout.saved',
    targetType: 'zone',
    targetId: zoneId,
    before: current,
    after: { inserted: plan.inserts, updated: plan.updates, removed: plan.removals },
  });
  return { created: plan.created, removed };
}

async function lockedZone(tx: Tx, zoneId: string) {
  if (!(await repository.zoneExists(tx, zoneId))) throw notFound('No such zone.');
  return repository.lockZoneTables(tx, zoneId);
}

async function tableZone(tx: Tx, tableId: string) {
  const zoneId = await repository.findTableZone(tx, tableId);
  if (!zoneId) throw notFound('No such table.');
  return zoneId;
}

const tableOf = (zone: AdminZone, tableId: string): VenueTable =>
  zone.tables.find((t) => t.id === tableId)!;

export function createTable(
  db: Db,
  claims: UserClaims,
  body: Omit<WantedTable, 'id' | 'key' | 'neighbours'> & { zoneId: string; neighbourIds: string[] },
) {
  return act(db, claims, async (tx) => {
    const current = await lockedZone(tx, body.zoneId);
    const { zoneId, neighbourIds, ...fields } = body;
    const wanted = [
      ...asWanted(current),
      { ...fields, key: 'new:table', neighbours: neighbourIds },
    ];
    const { created } = await applyPlan(tx, zoneId, current, wanted);
    return tableOf(await zoneOrThrow(tx, zoneId), created['new:table']!);
  });
}

export function updateTable(
  db: Db,
  claims: UserClaims,
  tableId: string,
  body: UpdateVenueTableBody,
) {
  return act(db, claims, async (tx) => {
    const zoneId = await tableZone(tx, tableId);
    const current = await lockedZone(tx, zoneId);
    const { neighbourIds, ...fields } = body;
    let wanted = asWanted(current).map((t) => (t.id === tableId ? { ...t, ...fields } : t));
    if (neighbourIds) wanted = withLinksOf(wanted, tableId, neighbourIds);
    await applyPlan(tx, zoneId, current, wanted);
    return tableOf(await zoneOrThrow(tx, zoneId), tableId);
  });
}

/** Removes a table no booking ever sat at (TABLE_IN_USE otherwise), and its neighbour links. */
export function removeTable(db: Db, claims: UserClaims, tableId: string) {
  return act(db, claims, async (tx) => {
    const zoneId = await tableZone(tx, tableId);
    const current = await lockedZone(tx, zoneId);
    const wanted = withLinksOf(asWanted(current), tableId, []).filter((t) => t.id !== tableId);
    await applyPlan(tx, zoneId, current, wanted);
  });
}

/** Saves whole floor plans (one or more zones) in one transaction: all or nothing. */
export function saveLayout(db: Db, claims: UserClaims, body: SaveLayoutBody) {
  return act(db, claims, async (tx) => {
    const zoneIds = body.zones.map((z) => z.zoneId);
    if (new Set(zoneIds).size !== zoneIds.length) {
      throw new AppError('VALIDATION_FAILED', 400, 'Each zone once, please.', {
        fields: [
          { path: 'body.zones', code: 'duplicate_zone', message: 'A zone is listed twice.' },
        ],
      });
    }
    const created: Record<string, string> = {};
    let removed = 0;
    // In id order: two editors saving overlapping zones lock them in the same order.
    const order = body.zones
      .map((zone, i) => ({ zone, i }))
      .sort((a, b) => (a.zone.zoneId < b.zone.zoneId ? -1 : 1));
    for (const { zone, i } of order) {
      const current = await lockedZone(tx, zone.zoneId);
      const wanted: WantedTable[] = zone.tables.map((t) => ({
        id: t.id,
        key: t.key,
        label: t.label,
        seats: t.seats,
        shape: t.shape ?? 'round',
        x: t.x ?? 0,
        y: t.y ?? 0,
        shared: t.shared ?? false,
        neighbours: t.neighbours ?? [],
      }));
      const result = await applyPlan(tx, zone.zoneId, current, wanted, `body.zones.${i}`);
      Object.assign(created, result.created);
      removed += result.removed;
    }
    const { rows } = await repository.listZones(tx, { limit: zoneIds.length, offset: 0 }, zoneIds);
    return { zones: rows, created, removed };
  });
}
