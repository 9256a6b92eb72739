// Performances in the back office: one, or a whole season in one transaction; capacities per zone
// (never below what is held and sold); stopping sales; cancelling, with every guest told.
import type {
  AdminPerformance,
  ListAdminPerformancesQuery,
  SeasonResult,
} from '@ladiva/contract/backoffice-catalogue';
import type { Db } from '../../db/database.ts';
import { withRequestContext, type Tx } from '../../db/request-context.ts';
import { AppError, notFound } from '../../lib/app-error.ts';
import type { UserClaims } from '../../plugins/request-claims.ts';
import { audit } from '../audit/audit.ts';
import { sendCancelled, type BookingMail } from '../bookings/booking-emails.ts';
import { dbErrors } from './catalogue-admin.errors.ts';
import * as repository from './performances-admin.repository.ts';
import { expandSeason } from './performances-admin.season.ts';

type Capacities = { zoneId: string; capacity: number }[];

const act = <T>(db: Db, claims: UserClaims, fn: (tx: Tx) => Promise<T>) =>
  dbErrors(() => withRequestContext(db, claims, fn));

type Row = NonNullable<Awaited<ReturnType<typeof repository.findPerformance>>>;
const toPerformance = (row: Row): AdminPerformance => ({
  ...row,
  startsAt: row.startsAt.toISOString(),
  doorsAt: row.doorsAt.toISOString(),
  cancelledAt: row.cancelledAt?.toISOString() ?? null,
});

async function performanceOrThrow(tx: Tx, id: string): Promise<AdminPerformance> {
  const row = await repository.findPerformance(tx, id);
  if (!row) throw notFound('No such performance.');
  return toPerformance(row);
}

export async function listPerformances(
  db: Db,
  claims: UserClaims,
  query: ListAdminPerformancesQuery,
) {
  const { rows, total } = await act(db, claims, (tx) => repository.listPerformances(tx, query));
  return { items: rows.map(toPerformance), total, limit: query.limit, offset: query.offset };
}

export const getPerformance = (db: Db, claims: UserClaims, id: string) =>
  act(db, claims, (tx) => performanceOrThrow(tx, id));

/** The given capacities, or each zone's table seats; unknown zones are a 400. */
async function capacitiesFor(tx: Tx, given: Capacities | undefined): Promise<Capacities> {
  if (!given) return repository.layoutCapacities(tx);
  const known = new Set(
    await repository.existingZones(
      tx,
      given.map((c) => c.zoneId),
    ),
  );
  const unknown = given.flatMap((c, i) => (known.has(c.zoneId) ? [] : [i]));
  if (unknown.length > 0) {
    throw new AppError('VALIDATION_FAILED', 400, 'Some zones do not exist.', {
      fields: unknown.map((i) => ({
        path: `body.capacities.${i}.zoneId`,
        code: 'unknown_zone',
        message: 'No such zone.',
      })),
    });
  }
  return given;
}

async function assertShow(tx: Tx, showId: string) {
  if (!(await repository.showExists(tx, showId))) {
    throw new AppError('VALIDATION_FAILED', 400, 'No such show.', {
      fields: [{ path: 'body.showId', code: 'unknown_show', message: 'No such show.' }],
    });
  }
}

export function createPerformance(
  db: Db,
  claims: UserClaims,
  body: {
    showId: string;
    startsAt: string;
    doorsMinutesBefore: number;
    capacities?: Capacities | undefined;
  },
) {
  return act(db, claims, async (tx) => {
    await assertShow(tx, body.showId);
    const startsAt = new Date(body.startsAt);
    const doorsAt = new Date(startsAt.getTime() - body.doorsMinutesBefore * 60_000);
    const capacities = await capacitiesFor(tx, body.capacities);
    const [id] = await repository.insertPerformances(tx, body.showId, [{ startsAt, doorsAt }]);
    if (!id) {
      throw new AppError('CONFLICT', 409, 'This show already has a performance at that time.', {
        fields: [{ path: 'body.startsAt', code: 'taken', message: 'Already scheduled.' }],
      });
    }
    await repository.insertPerformanceZones(tx, [id], capacities);
    await audit(tx, {
      action: 'catalogue.performance.created',
      targetType: 'performance',
      targetId: id,
      after: { ...body, capacities },
    });
    return performanceOrThrow(tx, id);
  });
}

export interface SeasonInput {
  showId: string;
  from: string;
  to: string;
  weekdays: number[];
  times: string[];
  doorsMinutesBefore: number;
  exceptions: string[];
  capacities?: Capacities | undefined;
}

export const MAX_SEASON = 2000;

/**
 * Creates a season in ONE transaction and two bulk statements (performances, then their zones):
 * all or nothing. Starts that exist already are skipped, so running a season again is harmless.
 */
export function createSeason(
  db: Db,
  claims: UserClaims,
  input: SeasonInput,
): Promise<SeasonResult> {
  return act(db, claims, async (tx) => {
    await assertShow(tx, input.showId);
    const timezone = await repository.venueTimeZone(tx);
    const planned = expandSeason({ ...input, timeZone: timezone });
    if (planned.length > MAX_SEASON) {
      throw new AppError('VALIDATION_FAILED', 400, `At most ${MAX_SEASON} performances at once.`, {
        fields: [{ path: 'body', code: 'too_many', message: `${planned.length} performances.` }],
      });
    }
    const capacities = await capacitiesFor(tx, input.capacities);
    const createdIds = await repository.insertPerformances(tx, input.showId, planned);
    await repository.insertPerformanceZones(tx, createdIds, capacities);
    const result = {
      planned: planned.length,
      created: createdIds.length,
      skipped: planned.length - createdIds.length,
      timezone,
      createdIds,
    };
    await audit(tx, {
      action: 'catalogue.season.created',
      targetType: 'show',
      targetId: input.showId,
      after: { ...input, capacities, planned: result.planned, created: result.created },
    });
    return result;
  });
}

/** Changes a zone's capacity (or adds the zone), never below its held + sold places. */
export function setZoneCapacity(
  db: Db,
  claims: UserClaims,
  performanceId: string,
  zoneId: string,
  capacity: number,
) {
  return act(db, claims, async (tx) => {
    const before = await performanceOrThrow(tx, performanceId);
    const outcome = await repository.setCapacity(tx, performanceId, zoneId, capacity);
    if (outcome === 'missing') {
      if ((await repository.existingZones(tx, [zoneId])).length === 0) {
        throw notFound('No such zone.');
      }
      await repository.addZone(tx, performanceId, zoneId, capacity);
    } else if (outcome !== 'set') {
      throw new AppError(
        'CAPACITY_BELOW_BOOKED',
        409,
        `This zone already has ${outcome.minimum} places held or sold.`,
        { minimum: outcome.minimum },
      );
    }
    await audit(tx, {
      action: 'catalogue.performance.capacity_changed',
      targetType: 'performance',
      targetId: performanceId,
      before: before.zones.find((z) => z.zoneId === zoneId) ?? null,
      after: { zoneId, capacity },
    });
    return performanceOrThrow(tx, performanceId);
  });
}

/** Stops or resumes sales (the performance stays on; bookings made stay). */
/**
 * Stops or resumes sales, and lets the performance sell beyond its table plan or not; each change
 * audited. Either switch may be left as it is.
 */
export function updatePerformance(
  db: Db,
  claims: UserClaims,
  id: string,
  {
    salesClosed,
    sellBeyondPlan,
  }: { salesClosed?: boolean | undefined; sellBeyondPlan?: boolean | undefined },
) {
  return act(db, claims, async (tx) => {
    const before = await performanceOrThrow(tx, id);
    if (before.status === 'cancelled' && (salesClosed === false || sellBeyondPlan !== undefined)) {
      throw new AppError('CONFLICT', 409, 'This performance is cancelled.');
    }
    if (!(await repository.setSwitches(tx, id, { salesClosed, sellBeyondPlan }))) {
      throw notFound('No such performance.');
    }
    if (salesClosed !== undefined && salesClosed !== before.salesClosed) {
      await audit(tx, {
        action: salesClosed
          ? 'catalogue.performance.sales_stopped'
          : 'catalogue.performance.sales_resumed',
        targetType: 'performance',
        targetId: id,
      });
    }
    if (sellBeyondPlan !== undefined && sellBeyondPlan !== before.sellBeyondPlan) {
      await audit(tx, {
        action: sellBeyondPlan
          ? 'catalogue.performance.beyond_plan_allowed'
          : 'catalogue.performance.beyond_plan_stopped',
        targetType: 'performance',
        targetId: id,
      });
    }
    return performanceOrThrow(tx, id);
  });
}

/**
 * Cancels a performance: its status, every held and confirmed booking, their places and tables,
 * and one email per confirmed booking, in ONE transaction — the emails are enqueued in it, so they
 * leave if and only if the cancellation commits. Cancelling again changes nothing.
 *
 * The caller's own statement (the performance) runs under the policies; the bookings and
 * counters, which only the service role writes (ADR 0010), follow in the same transaction as the
 * service role, in the engine's lock order.
 */
export function cancelPerformance(
  db: Db,
  mail: BookingMail | undefined,
  claims: UserClaims,
  id: string,
  body: { reason?: string | undefined },
) {
  return act(db, claims, async (tx) => {
    const before = await performanceOrThrow(tx, id);
    if (before.status === 'cancelled') {
      return { performance: before, cancelledBookings: 0, notified: 0 };
    }
    if (new Date(before.startsAt) <= new Date()) {
      throw new AppError('CONFLICT', 409, 'This performance has started: it cannot be cancelled.');
    }
    const marked = await repository.markCancelled(tx, id, body.reason ?? null);
    if (!marked) throw new AppError('FORBIDDEN', 403, 'You are not allowed to do this.');
    await audit(tx, {
      action: 'catalogue.performance.cancelled',
      targetType: 'performance',
      targetId: id,
      after: { reason: body.reason ?? null },
    });
    await repository.becomeServiceRole(tx);
    const bookings = await repository.cancelBookingsOf(tx, id);
    let notified = 0;
    if (mail) {
      for (const booking of bookings.filter((b) => b.status === 'confirmed')) {
        await sendCancelled(tx, mail, booking.id, 'venue');
        notified += 1;
      }
    }
    return {
      performance: await performanceOrThrow(tx, id),
      cancelledBookings: bookings.length,
      notified,
    };
  });
}
