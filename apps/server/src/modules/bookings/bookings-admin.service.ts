// The back office's bookings (#6, item 5): search, detail with history, notes, no-shows, and the
// staff's changes, cancellations and phone bookings — the last three through the booking engine
// (booking.service.ts), never around it, so its locks, counters and emails apply unchanged.
import type {
  AdminBooking,
  AdminBookingDetail,
  AdminBookingListQuery,
  AdminBookingPage,
  PhoneBookingBody,
} from '@ladiva/contract/backoffice-bookings';
import type { BookingState } from '@ladiva/contract/booking';
import { sql } from 'kysely';
import { registerAlias } from '../../db/single-trip.ts';
import type { Db } from '../../db/database.ts';
import { withRequestContext, type Tx } from '../../db/request-context.ts';
import { notFound } from '../../lib/app-error.ts';
import type { UserClaims } from '../../plugins/request-claims.ts';
import type { BookingMail } from './booking-emails.ts';
import * as engine from './booking.service.ts';
import * as repository from './bookings-admin.repository.ts';

const iso = (date: Date | null) => (date ? date.toISOString() : null);

export function toAdminBooking(row: repository.BookingRow): AdminBooking {
  return {
    id: row.id,
    reference: row.reference,
    status: row.status,
    source: row.source,
    partySize: row.partySize,
    totalCents: row.totalCents,
    contactName: row.contactName,
    contactEmail: row.contactEmail,
    contactPhone: row.contactPhone,
    customerId: row.customerId,
    hasAccount: row.hasAccount,
    occasion: row.occasion,
    performance: {
      id: row.performanceId,
      startsAt: row.startsAt.toISOString(),
      showTitleFr: row.showTitleFr,
      showTitleEn: row.showTitleEn,
    },
    createdAt: row.createdAt.toISOString(),
    confirmedAt: iso(row.confirmedAt),
    cancelledAt: iso(row.cancelledAt),
  };
}

/**
 * The database handle the engine gets when staff act: each of its transactions first names the
 * staff member in `ladiva.actor_id` (transaction-local, so nothing leaks to the pool), which the
 * history's triggers read for service-role writes (migration 0015). The engine runs as the service
 * role and cannot know who asked; this keeps it unchanged. Only `transaction()` is wrapped.
 */
export function actingFor(db: Db, userId: string): Db {
  const acting = new Proxy(db, {
    get(target, property) {
      if (property === 'transaction') {
        return () => {
          const builder = target.transaction();
          return {
            execute: <T>(fn: (tx: Tx) => Promise<T>) =>
              builder.execute(async (tx) => {
                await sql`select set_config('ladiva.actor_id', ${userId}, true)`.execute(tx);
                return fn(tx);
              }),
          };
        };
      }
      const value: unknown = Reflect.get(target, property, target);
      // Kysely keeps its state in private fields: methods must run on the real instance.
      return typeof value === 'function' ? (value as () => unknown).bind(target) : value;
    },
  });
  // The batched paths send their SQL themselves (single-trip.ts) and name the actor there.
  registerAlias(acting, db);
  return acting;
}

/** A customer's bookings as the back office lists them, newest first (the customer's profile). */
export async function customerBookings(
  tx: Tx,
  customerId: string,
  limit: number,
): Promise<AdminBooking[]> {
  return (await repository.customerBookingRows(tx, customerId, limit)).map(toAdminBooking);
}

export async function loadDetail(tx: Tx, bookingId: string): Promise<AdminBookingDetail | null> {
  const row = await repository.findBooking(tx, bookingId);
  if (!row) return null;
  const [lines, extras, tables, events] = await Promise.all([
    repository.bookingLines(tx, bookingId),
    repository.bookingExtras(tx, bookingId),
    repository.bookingTables(tx, bookingId),
    repository.bookingHistory(tx, [bookingId]),
  ]);
  const actorIds = [...new Set(events.flatMap((event) => (event.actorId ? [event.actorId] : [])))];
  const names = await repository.staffNames(tx, actorIds);
  return {
    ...toAdminBooking(row),
    lines,
    extras,
    tables,
    guests: row.guestDetails.map((guest) => ({
      menuChoice: guest.menuChoice ?? null,
      dietaryNotes: guest.dietaryNotes ?? null,
    })),
    marketingEmail: row.marketingEmail,
    history: events.map((event) => ({
      id: String(event.id),
      at: event.at.toISOString(),
      kind: event.kind,
      actor: event.actorId ? { id: event.actorId, name: names.get(event.actorId) ?? null } : null,
      data: event.data,
      note: event.note ?? null,
    })),
  };
}

export class BookingsAdminService {
  constructor(
    private readonly db: Db,
    private readonly mail?: BookingMail,
  ) {}

  /** The engine, acting for this staff member (their id lands in the history). */
  private engineFor(claims: UserClaims): engine.BookingEngine {
    return { db: actingFor(this.db, claims.sub), mail: this.mail, actorId: claims.sub };
  }

  list(claims: UserClaims, query: AdminBookingListQuery): Promise<AdminBookingPage> {
    return withRequestContext(this.db, claims, async (tx) => {
      const { total, items } = await repository.listBookings(tx, query);
      return { items: items.map(toAdminBooking), total, limit: query.limit, offset: query.offset };
    });
  }

  async detail(claims: UserClaims, bookingId: string): Promise<AdminBookingDetail> {
    const detail = await withRequestContext(this.db, claims, (tx) => loadDetail(tx, bookingId));
    if (!detail) throw notFound('This booking does not exist.');
    return detail;
  }

  /** A note, written as the staff member (RLS checks the role and the author). */
  async addNote(claims: UserClaims, bookingId: string, body: string): Promise<AdminBookingDetail> {
    const detail = await withRequestContext(this.db, claims, async (tx) => {
      if (!(await repository.findBooking(tx, bookingId))) return null;
      await repository.addNote(tx, bookingId, claims.sub, body);
      return loadDetail(tx, bookingId);
    });
    if (!detail) throw notFound('This booking does not exist.');
    return detail;
  }

  /**
   * No-shows: only confirmed or checked-in bookings of a performance that has started; their
   * places stay sold. The database function decides each booking under its row lock.
   */
  async markNoShow(claims: UserClaims, bookingIds: string[]) {
    const unique = [...new Set(bookingIds)];
    const marked = await withRequestContext(this.db, claims, (tx) =>
      repository.markNoShow(tx, unique),
    );
    const done = new Set(marked);
    return { marked, skipped: unique.filter((id) => !done.has(id)) };
  }

  /** Staff change a booking's lines or extras: the engine's rules for staff (until the show). */
  change(claims: UserClaims, bookingId: string, input: engine.UpdateInput): Promise<BookingState> {
    return engine.updateBooking(this.engineFor(claims), { claims }, bookingId, input);
  }

  /** Staff cancel at any time before the evening; the guest is told it was the venue. */
  cancel(claims: UserClaims, bookingId: string): Promise<BookingState> {
    return engine.cancelBooking(this.engineFor(claims), { claims }, bookingId);
  }

  /**
   * A phone booking: a hold (source "phone") confirmed at once, paid at the venue, with the
   * guest's confirmation email. If the confirmation fails (e.g. a guest detail is refused), the
   * hold is cancelled at once so its places are not kept for ten minutes.
   */
  async phoneBooking(claims: UserClaims, body: PhoneBookingBody): Promise<BookingState> {
    const hold = await engine.createHold(this.db, claims, {
      performanceId: body.performanceId,
      lines: body.lines,
      extras: body.extras,
      idempotencyKey: body.idempotencyKey,
      source: 'phone',
      // The key stands for the whole call: the same guest's details, not just the same places.
      keyedRequest: {
        contact: body.contact,
        occasion: body.occasion,
        guests: body.guests,
        locale: body.locale,
      },
    });
    if (hold.status !== 'held') {
      // A retried key: the booking exists already; report it as it is.
      return {
        bookingId: hold.bookingId,
        reference: hold.reference,
        status: hold.status,
        partySize: hold.partySize,
        totalCents: hold.totalCents,
      };
    }
    const caller = { claims };
    try {
      return await engine.confirmBooking(this.engineFor(claims), caller, hold.bookingId, {
        contact: body.contact,
        guests: body.guests,
        occasion: body.occasion,
        payment: 'at_venue',
        locale: body.locale ?? 'fr',
      });
    } catch (error) {
      // Best effort: if this fails too, the hold expires on its own after the hold time.
      await engine.cancelBooking(this.engineFor(claims), caller, hold.bookingId).catch(() => {});
      throw error;
    }
  }
}
