// Confirmations, decided in batches (ADR 0025). The confirmations that arrive together — the second
// half of a rush — are checked, counted, seated and emailed in ONE transaction sent as TWO
// messages whatever the batch's size (single-trip.ts, twoTrips):
//   1. lock the bookings (by id), then their zones' counters (performance, zone), then each
//      performance's allocation lock — inventory.ts's lock order — and read what the decision
//      needs: the bookings with their guests per zone and what their emails say, the counters,
//      the floor (tables and who sits where);
//   2. decide in TypeScript (the rules below, allocation.ts for the tables), then write it all
//      and commit: bookings confirmed, counters moved once per zone, tables placed, manage links
//      made, emails queued (booking-confirmed keys: a retried batch sends nothing twice).
// A request the rules refuse (not found, cancelled, places gone) is answered on its own and
// changes nothing; a database failure fails the batch, and each caller sees it (BUSY on a lock
// timeout, 503 when the database is away) as a lone confirmation would.
import type { BookingContact, BookingState } from '@ladiva/contract/booking';
import type pg from 'pg';
import type { Db } from '../../db/database.ts';
import { isLockFailure } from '../../db/pg-errors.ts';
import { jsonLiteral, literalArray, twoTrips, type Decision } from '../../db/single-trip.ts';
import { AppError, notFound } from '../../lib/app-error.ts';
import { MicroBatcher } from '../../lib/micro-batcher.ts';
import type { AllocTable } from './allocation.ts';
import { confirmationEmail, type BookingMail } from './booking-emails.ts';
import {
  bookingsWithParts,
  withDates,
  type BookingWithParts,
  type RawParts,
} from './booking-view.repository.ts';
import { mayAccess, toState, type Caller } from './callers.ts';
import { busy, LOCK_TIMEOUT, type ZoneCount } from './inventory.ts';
import { newManageToken } from './manage-links.ts';
import { seatParties, type Floor, type Seat } from './seating.ts';
import type { Lang } from './ticket-documents.ts';

export interface ConfirmInput {
  /** A phone booking may have no email (then no email is sent); a guest online always has one. */
  contact: Omit<BookingContact, 'email'> & { email?: string | undefined };
  /** One per guest; checked against the party size when given. */
  guests?: { menuChoice?: string | undefined; dietaryNotes?: string | undefined }[] | undefined;
  occasion?: string | undefined;
  marketingEmail?: boolean | undefined;
  payment?: 'at_venue' | undefined;
  /** The guest's language, recorded on the booking: its emails and SMS are written in it. */
  locale?: Lang | undefined;
}

export interface ConfirmRequest {
  caller: Caller;
  bookingId: string;
  input: ConfirmInput;
}

/**
 * One request's answer: its booking's state — with the booking as its guest view shows it, read
 * once the batch committed, when the batch confirmed it — or the error that refused it.
 */
export type ConfirmOutcome =
  { state: BookingState; booking?: BookingWithParts } | { error: AppError };

/** A booking of the batch as the first message reads it, locked. */
interface LockedBooking {
  id: string;
  reference: string;
  status: BookingState['status'];
  partySize: number;
  totalCents: number;
  userId: string | null;
  performanceId: string;
  performanceAhead: boolean;
  startsAt: Date;
  showTitleFr: string;
  showTitleEn: string;
  /** The terms its confirmation states (the sales rules of this moment). */
  cancellationDeadline: Date;
  cancellationFeeCents: number;
  sellBeyondPlan: boolean;
  counts: ZoneCount[];
  lines: {
    formulaNameFr: string;
    formulaNameEn: string;
    zoneNameFr: string;
    zoneNameEn: string;
    arrivalTime: string;
  }[];
}

interface Counter {
  performanceId: string;
  zoneId: string;
  capacity: number;
  held: number;
  sold: number;
}

interface FloorRead {
  tables: AllocTable[];
  seated: {
    performanceId: string;
    bookingId: string;
    tableId: string;
    guests: number;
    zoneId: string;
  }[];
}

const uuids = (ids: readonly string[]) => `${literalArray(ids)}::uuid[]`;

/** The first message: locks in the one order, and everything the decision reads. */
function lockAndRead(ids: readonly string[]): string {
  const batch = uuids(ids);
  return `
    select b.id, b.reference, b.status, b.party_size as "partySize",
           b.total_cents as "totalCents", b.user_id as "userId",
           b.performance_id as "performanceId",
           p.status <> 'cancelled' and now() < p.starts_at as "performanceAhead",
           p.starts_at as "startsAt", p.sell_beyond_plan as "sellBeyondPlan", s.title_fr as "showTitleFr", s.title_en as "showTitleEn",
           p.starts_at - make_interval(hours => r.cancellation_deadline_hours)
             as "cancellationDeadline",
           r.cancellation_fee_cents as "cancellationFeeCents",
           coalesce((select json_agg(json_build_object('zoneId', c.zone_id, 'guests', c.guests)
                                     order by c.zone_id)
                       from (select l.zone_id, sum(l.guests)::integer as guests
                               from public.booking_lines l where l.booking_id = b.id
                              group by l.zone_id) c), '[]') as counts,
           coalesce((select json_agg(json_build_object(
                        'formulaNameFr', f.name_fr, 'formulaNameEn', f.name_en,
                        'zoneNameFr', z.name_fr, 'zoneNameEn', z.name_en,
                        'arrivalTime', p.starts_at - make_interval(mins => f.arrival_minutes_before))
                        order by z.sort, f.sort, l.id)
                       from public.booking_lines l
                       join public.formulas f on f.id = l.formula_id
                       join public.zones z on z.id = l.zone_id
                      where l.booking_id = b.id), '[]') as lines
      from public.bookings b
      join public.performances p on p.id = b.performance_id
      join public.shows s on s.id = p.show_id
      cross join public.sales_rules r
     where b.id = any(${batch})
     order by b.id
       for update of b;
    select pz.performance_id as "performanceId", pz.zone_id as "zoneId",
           pz.capacity, pz.held, pz.sold
      from public.performance_zones pz
     where (pz.performance_id, pz.zone_id) in
           (select b.performance_id, l.zone_id
              from public.bookings b join public.booking_lines l on l.booking_id = b.id
             where b.id = any(${batch}))
     order by pz.performance_id, pz.zone_id
       for update of pz;
    select pg_advisory_xact_lock(public.allocation_lock_key(x.performance_id))
      from (select distinct performance_id from public.bookings
             where id = any(${batch}) order by performance_id) x;
    select json_build_object(
      'tables', coalesce((select json_agg(json_build_object(
                   'id', vt.id, 'zoneId', vt.zone_id, 'seats', vt.seats, 'shared', vt.shared,
                   'neighbours', vt.neighbour_ids) order by vt.id)
                  from public.venue_tables vt where vt.zone_id in (${zonesOf(batch)})), '[]'),
      'seated', coalesce((select json_agg(json_build_object(
                   'performanceId', bt.performance_id, 'bookingId', bt.booking_id,
                   'tableId', bt.table_id, 'guests', bt.guests, 'zoneId', vt.zone_id)
                   order by bt.table_id)
                  from public.booking_tables bt join public.venue_tables vt on vt.id = bt.table_id
                 where bt.performance_id in (select performance_id from public.bookings
                                              where id = any(${batch}))
                   and vt.zone_id in (${zonesOf(batch)})), '[]')) as floor`;
}

/** Seats as floor rows (their tables' zones added), for the next seating on the same floor. */
const withZones = (seats: readonly Seat[], tables: readonly AllocTable[]) =>
  seats.map((seat) => ({ ...seat, zoneId: tables.find((t) => t.id === seat.tableId)!.zoneId }));

const zonesOf = (batch: string) =>
  `select l.zone_id from public.booking_lines l where l.booking_id = any(${batch})`;

/** The rules that need nothing but the booking row: undefined when the request goes ahead. */
function refusal(
  booking: LockedBooking | undefined,
  { caller, input }: ConfirmRequest,
): ConfirmOutcome | undefined {
  // Someone else's booking looks like no booking at all.
  if (!booking || !mayAccess(caller, booking)) {
    return { error: notFound('This booking does not exist.') };
  }
  // A retry of a confirmation that went through: the same answer, no second email.
  if (booking.status === 'confirmed' || booking.status === 'checked_in') {
    return { state: toState(booking) };
  }
  if (booking.status === 'cancelled' || booking.status === 'no_show') {
    return { error: new AppError('CONFLICT', 409, 'This booking was cancelled.') };
  }
  if (!booking.performanceAhead) {
    return { error: new AppError('SALES_CLOSED', 409, 'This performance is no longer on sale.') };
  }
  if (input.guests && input.guests.length !== booking.partySize) {
    return {
      error: new AppError('VALIDATION_FAILED', 400, 'One entry per guest, please.', {
        fields: [
          {
            path: 'body.guests',
            code: 'party_size',
            message: `Expected ${booking.partySize} guests.`,
          },
        ],
      }),
    };
  }
  return undefined;
}

/** Decides a batch from what the first message read; answers the second message and outcomes. */
function decide(
  mail: BookingMail | undefined,
  requests: readonly ConfirmRequest[],
  results: pg.QueryResult[],
): Decision<ConfirmOutcome[]> {
  const bookings = new Map(
    (results[0]!.rows as LockedBooking[]).map((row) => [row.id, row] as const),
  );
  const counters = new Map<string, Counter>(
    (results[1]!.rows as Counter[]).map((c) => [`${c.performanceId}/${c.zoneId}`, c]),
  );
  const floorRead = (results[3]!.rows[0] as { floor: FloorRead }).floor;
  const outcomes: (ConfirmOutcome | undefined)[] = requests.map(() => undefined);

  // The rules of each request, in arrival order; a repeat of an accepted one follows it.
  const accepted = new Map<string, { index: number; booking: LockedBooking }>();
  const repeats = new Map<number, number>();
  requests.forEach((request, index) => {
    const booking = bookings.get(request.bookingId);
    const refused = refusal(booking, request);
    const first = accepted.get(request.bookingId);
    if (refused) outcomes[index] = refused;
    else if (first) repeats.set(index, first.index);
    else accepted.set(request.bookingId, { index, booking: booking! });
  });

  // Counters, exact: they are locked. Held places become sold; a hold the expiry job swept takes
  // its places again if they are still there (a guest who came back late), or is refused.
  const moves = new Map<
    string,
    { performanceId: string; zoneId: string; held: number; sold: number }
  >();
  const move = (performanceId: string, { zoneId, guests }: ZoneCount, held: number) => {
    const key = `${performanceId}/${zoneId}`;
    const m = moves.get(key) ?? { performanceId, zoneId, held: 0, sold: 0 };
    m.held += held;
    m.sold += guests;
    moves.set(key, m);
    const counter = counters.get(key)!;
    counter.held += held;
    counter.sold += guests;
  };
  const refuse = (bookingId: string, index: number, details: Record<string, unknown>) => {
    outcomes[index] = {
      error: new AppError(
        'HOLD_EXPIRED',
        409,
        'Your hold expired and its places were sold meanwhile.',
        details,
      ),
    };
    accepted.delete(bookingId);
  };
  const swept: { bookingId: string; index: number; booking: LockedBooking }[] = [];
  for (const [bookingId, { index, booking }] of accepted) {
    if (booking.status === 'held') {
      for (const count of booking.counts) move(booking.performanceId, count, -count.guests);
      continue;
    }
    const short = booking.counts.find(({ zoneId, guests }) => {
      const c = counters.get(`${booking.performanceId}/${zoneId}`)!;
      return c.held + c.sold + guests > c.capacity;
    });
    if (short) {
      const c = counters.get(`${booking.performanceId}/${short.zoneId}`)!;
      refuse(bookingId, index, {
        zoneId: short.zoneId,
        seatsLeft: Math.max(c.capacity - c.held - c.sold, 0),
      });
      continue;
    }
    for (const count of booking.counts) move(booking.performanceId, count, 0);
    swept.push({ bookingId, index, booking });
  }

  // Tables (seating.ts), on each performance's floor as it stands (locked). A hold was seated
  // when it was made: it keeps its tables. One that has none (made before its zone had tables, or
  // kept beyond the plan) is seated now if a table is free, and confirmed either way — its hold
  // promised it the places. A swept hold is a new sale: no free table, no sale (unless the
  // performance sells beyond its plan), and its places go back.
  const seats: { bookingId: string; performanceId: string; tableId: string; guests: number }[] = [];
  const byPerformance = new Map<string, LockedBooking[]>();
  for (const { booking } of accepted.values()) {
    byPerformance.set(booking.performanceId, [
      ...(byPerformance.get(booking.performanceId) ?? []),
      booking,
    ]);
  }
  for (const [performanceId, bookings] of byPerformance) {
    const floor: Floor = {
      sellBeyondPlan: bookings[0]!.sellBeyondPlan,
      tables: floorRead.tables,
      seated: floorRead.seated.filter((row) => row.performanceId === performanceId),
    };
    const seatedIds = new Set(floor.seated.map((row) => row.bookingId));
    const toSeat = (wanted: LockedBooking['status']) =>
      bookings
        .filter((b) => b.status === wanted && !seatedIds.has(b.id))
        .map((b) => ({ bookingId: b.id, counts: b.counts }));
    const promised = seatParties({ ...floor, sellBeyondPlan: true }, toSeat('held'));
    const sale = seatParties(
      { ...floor, seated: [...floor.seated, ...withZones(promised.seats, floor.tables)] },
      toSeat('expired'),
    );
    for (const seat of [...promised.seats, ...sale.seats]) seats.push({ performanceId, ...seat });
    for (const [bookingId, refusal] of sale.refused) {
      const { index, booking } = swept.find((s) => s.bookingId === bookingId)!;
      for (const count of booking.counts) {
        move(booking.performanceId, { zoneId: count.zoneId, guests: -count.guests }, 0);
      }
      refuse(bookingId, index, refusal);
    }
  }

  const confirmations = [...accepted.values()].map(({ index, booking }) => {
    const { input } = requests[index]!;
    return {
      id: booking.id,
      name: input.contact.name,
      email: input.contact.email ?? null,
      phone: input.contact.phone ?? null,
      locale: input.locale ?? 'fr',
      guests: (input.guests ?? []).map((guest) => ({
        menuChoice: guest.menuChoice || null,
        dietaryNotes: guest.dietaryNotes || null,
      })),
      occasion: input.occasion || null,
      marketing: input.marketingEmail ?? false,
      payment: input.payment ?? 'at_venue',
    };
  });
  const links = [...accepted.keys()].map((bookingId) => ({ bookingId, ...newManageToken() }));
  const emails = mail
    ? [...accepted.values()].flatMap(({ index, booking }, i) => {
        const { contact, locale } = requests[index]!.input;
        if (!contact.email) return [];
        return confirmationEmail(mail, {
          booking: {
            id: booking.id,
            reference: booking.reference,
            partySize: booking.partySize,
            totalCents: booking.totalCents,
            startsAt: new Date(booking.startsAt),
            showTitleFr: booking.showTitleFr,
            showTitleEn: booking.showTitleEn,
            lines: booking.lines,
            cancellationRules: {
              deadline: new Date(booking.cancellationDeadline).toISOString(),
              feeCents: booking.cancellationFeeCents,
            },
          },
          contact: { name: contact.name, email: contact.email },
          locale: locale ?? 'fr',
          manageToken: links[i]!.token,
          idempotencyKey: `booking_confirmed:${booking.id}`,
        });
      })
    : [];

  for (const { index, booking } of accepted.values()) {
    outcomes[index] = { state: toState({ ...booking, status: 'confirmed' }) };
  }
  for (const [index, first] of repeats) outcomes[index] = outcomes[first];
  if (accepted.size === 0) return { statements: '', answer: outcomes.map((o) => o!) };

  const statements = [
    `update public.bookings b
        set status = 'confirmed', confirmed_at = now(), updated_at = now(),
            contact_name = c.name, contact_email = c.email, contact_phone = c.phone,
            guest_details = c.guests, occasion = c.occasion, marketing_email = c.marketing,
            payment_method = c.payment, locale = c.locale
       from jsonb_to_recordset(${jsonLiteral(confirmations)})
            as c(id uuid, name text, email text, phone text, locale text, guests jsonb,
                 occasion text, marketing boolean, payment text)
      where b.id = c.id`,
    `update public.performance_zones pz
        set held = pz.held + m.held, sold = pz.sold + m.sold
       from jsonb_to_recordset(${jsonLiteral([...moves.values()])})
            as m("performanceId" uuid, "zoneId" uuid, held integer, sold integer)
      where pz.performance_id = m."performanceId" and pz.zone_id = m."zoneId"`,
    seats.length > 0
      ? `insert into public.booking_tables (booking_id, performance_id, table_id, guests)
         select "bookingId", "performanceId", "tableId", guests
           from jsonb_to_recordset(${jsonLiteral(seats)})
                as s("bookingId" uuid, "performanceId" uuid, "tableId" uuid, guests integer)`
      : '',
    `insert into public.booking_links (booking_id, token_hash, expires_at)
     select b.id, decode(l."tokenHash", 'hex'), p.starts_at + interval '1 day'
       from jsonb_to_recordset(${jsonLiteral(links.map(({ bookingId, tokenHash }) => ({ bookingId, tokenHash })))})
            as l("bookingId" uuid, "tokenHash" text)
       join public.bookings b on b.id = l."bookingId"
       join public.performances p on p.id = b.performance_id`,
    mail ? mail.notifications.enqueueStatement(emails) : '',
  ].filter(Boolean);
  return {
    statements: statements.join(';\n'),
    answer: outcomes.map((o) => o!),
    // The guests' views, read once committed: one statement for the whole batch.
    after: bookingsWithParts([...accepted.keys()]),
  };
}

/** Runs one batch: two messages, one transaction (see the top of this file). */
async function runBatch(
  db: Db,
  mail: BookingMail | undefined,
  actorId: string | undefined,
  requests: readonly ConfirmRequest[],
): Promise<ConfirmOutcome[]> {
  const ids = [...new Set(requests.map((r) => r.bookingId))].sort();
  try {
    const { answer, after } = await twoTrips<ConfirmOutcome[], RawParts>(
      db,
      'service_role',
      lockAndRead(ids),
      (results) => decide(mail, requests, results),
      {
        lock_timeout: LOCK_TIMEOUT,
        // Every read is by key: a plan made while the tables were small must not scan them.
        enable_seqscan: 'off',
        ...(actorId ? { 'ladiva.actor_id': actorId } : {}),
      },
    );
    const read = new Map(after.map((row) => [row.id, withDates(row)]));
    return answer.map((outcome) =>
      'state' in outcome && read.has(outcome.state.bookingId)
        ? { ...outcome, booking: read.get(outcome.state.bookingId)! }
        : outcome,
    );
  } catch (error) {
    if (isLockFailure(error)) throw busy();
    throw error;
  }
}

/**
 * The confirmations of one database handle, batched: all performances share a batch (the lock
 * order spans them), two batches in flight so one decides while the other commits — the second
 * only once 32 guests wait for it (a batch of one would spend a whole turn of the locks).
 */
export function confirmBatcher(db: Db, mail: BookingMail | undefined, actorId?: string) {
  return new MicroBatcher<ConfirmRequest, ConfirmOutcome>(
    (_key, requests) => runBatch(db, mail, actorId, requests),
    { concurrency: 2, maxBatch: 256, overlapFrom: 32 },
  );
}
