// The guest's booking emails, enqueued in the engine's transaction (CONVENTIONS.md §11): they
// leave if and only if the change commits. Each is written in the booking's language (recorded
// when the guest confirmed, or chosen by box office), whoever causes it; a booking without an
// email address (a phone booking) gets none. The confirmation carries the PDF ticket and the .ics,
// and a manage link; a link request re-sends the same email (same kind: the booking as it stands,
// with a fresh manage link). Manage links travel as the notification's sealed secrets, never in
// its readable payload (ADR 0019).
import type { BookingView } from '@ladiva/contract/booking';
import type { Db } from '../../db/database.ts';
import { withServiceContext, type Tx } from '../../db/request-context.ts';
import type { AttachmentProvider } from '../../services/notifications/attachments.ts';
import type {
  NotificationService,
  NotifyInput,
} from '../../services/notifications/notification-service.ts';
import type { BookingChange } from '../../services/notifications/templates/kinds/booking-changed-schema.ts';
import * as views from './booking-view.repository.ts';
import { toBookingView, type TicketSigner } from './booking-view.ts';
import { createManageLink, manageUrl } from './manage-links.ts';
import { renderTicketCalendar, renderTicketPdf, type Lang } from './ticket-documents.ts';

export interface BookingMail {
  notifications: Pick<NotificationService, 'notify' | 'enqueueStatement'>;
  tickets: TicketSigner;
  publicUrl: string;
}

const TICKETED = new Set(['confirmed', 'checked_in']);
/** Until the venue's settings exist (they are seeded by migration 0002). */
const DEFAULT_VENUE = { name: 'La Diva', address: null, timezone: 'Europe/Paris' };

/** The booking as its emails describe it (no ticket: signing and drawing it is the worker's job). */
async function load(tx: Tx, bookingId: string) {
  const row = await views.readBookingIn(tx, bookingId);
  if (!row?.contactEmail || !row.contactName) return undefined;
  const view = await toBookingView(row, { staff: false, tickets: undefined });
  return { row, view, email: row.contactEmail, name: row.contactName, locale: row.locale };
}

const names = (values: string[], max: number) => [...new Set(values)].join(', ').slice(0, max);

/** What the emails say of a booking. */
type Described = Pick<BookingView, 'reference' | 'partySize' | 'totalCents'> & {
  performance: {
    startsAt: string;
    show: Pick<BookingView['performance']['show'], 'titleFr' | 'titleEn'>;
  };
  lines: Pick<
    BookingView['lines'][number],
    'formulaNameFr' | 'formulaNameEn' | 'zoneNameFr' | 'zoneNameEn'
  >[];
};

function details(view: Described, name: string, locale: Lang) {
  const fr = locale === 'fr';
  return {
    reference: view.reference,
    guestName: name,
    showTitle: fr ? view.performance.show.titleFr : view.performance.show.titleEn,
    performanceStartsAt: view.performance.startsAt,
    partySize: view.partySize,
    formula: names(
      view.lines.map((l) => (fr ? l.formulaNameFr : l.formulaNameEn)),
      120,
    ),
    zone: names(
      view.lines.map((l) => (fr ? l.zoneNameFr : l.zoneNameEn)),
      80,
    ),
    totalCents: view.totalCents,
  };
}

/** What a confirmation email says of its booking (read in the confirming transaction). */
export interface ConfirmedBooking {
  id: string;
  reference: string;
  partySize: number;
  totalCents: number;
  startsAt: Date;
  showTitleFr: string;
  showTitleEn: string;
  lines: (Described['lines'][number] & { arrivalTime: string })[];
  cancellationRules: BookingView['cancellationRules'];
}

/**
 * The confirmation email of a booking (or its re-sending): the ticket PDF and the calendar event
 * are drawn by the worker when it sends (ticketAttachments below) — the transaction that confirms
 * holds the zone's counters and must stay short; the manage link travels sealed.
 */
export function confirmationEmail(
  mail: BookingMail,
  {
    booking,
    contact,
    locale,
    manageToken,
    idempotencyKey,
  }: {
    booking: ConfirmedBooking;
    contact: { name: string; email: string };
    locale: Lang;
    manageToken: string;
    /** booking_confirmed:<id> for the confirmation itself; none for a re-sending. */
    idempotencyKey: string | undefined;
  },
): NotifyInput {
  const view: Described = {
    reference: booking.reference,
    partySize: booking.partySize,
    totalCents: booking.totalCents,
    performance: {
      startsAt: booking.startsAt.toISOString(),
      show: { titleFr: booking.showTitleFr, titleEn: booking.showTitleEn },
    },
    lines: booking.lines,
  };
  return {
    kind: 'booking_confirmed',
    channel: 'email',
    recipient: contact.email,
    locale,
    data: {
      ...details(view, contact.name, locale),
      arrivalAt: booking.lines.map((line) => new Date(line.arrivalTime).toISOString()).sort()[0],
      cancellationDeadline: booking.cancellationRules.deadline,
      cancellationFeeCents: booking.cancellationRules.feeCents,
    },
    secrets: { manageUrl: manageUrl(mail.publicUrl, manageToken) },
    attachmentsFrom: { provider: TICKET_ATTACHMENTS, ref: { bookingId: booking.id, locale } },
    ...(idempotencyKey ? { idempotencyKey } : {}),
  };
}

/** Re-sends the confirmation (a guest asked for their link again): a fresh manage link. */
export async function sendConfirmation(
  tx: Tx,
  mail: BookingMail,
  bookingId: string,
  idempotencyKey?: string,
): Promise<void> {
  const loaded = await load(tx, bookingId);
  if (!loaded || !TICKETED.has(loaded.view.status)) return;
  const { view, locale } = loaded;
  const token = await createManageLink(tx, bookingId);
  await mail.notifications.notify(
    tx,
    confirmationEmail(mail, {
      booking: {
        id: bookingId,
        reference: view.reference,
        partySize: view.partySize,
        totalCents: view.totalCents,
        startsAt: new Date(view.performance.startsAt),
        showTitleFr: view.performance.show.titleFr,
        showTitleEn: view.performance.show.titleEn,
        lines: view.lines,
        cancellationRules: view.cancellationRules,
      },
      contact: { name: loaded.name, email: loaded.email },
      locale,
      manageToken: token,
      idempotencyKey,
    }),
  );
}

/** The provider name under which the worker draws a booking's ticket attachments. */
export const TICKET_ATTACHMENTS = 'booking_ticket';

/**
 * Draws the PDF ticket and the calendar event of a booking as it stands when the email leaves (a
 * booking cancelled meanwhile gets none). Registered with the notification service of every
 * process that runs workers.
 */
export function ticketAttachments(serviceDb: Db, tickets: TicketSigner): AttachmentProvider {
  return async (ref) => {
    const bookingId = ref.bookingId ?? '';
    const locale: Lang = ref.locale === 'en' ? 'en' : 'fr';
    const loaded = await withServiceContext(serviceDb, async (tx) => {
      const row = await views.readBookingIn(tx, bookingId);
      if (!row) return undefined;
      const view = await toBookingView(row, { staff: false, tickets });
      const venue = (await views.findVenue(tx)) ?? DEFAULT_VENUE;
      return { view, venue };
    });
    if (!loaded?.view.ticket) return [];
    const { view, venue } = loaded;
    const pdf = await renderTicketPdf(view, venue, locale, view.ticket!.token);
    const ics = renderTicketCalendar(view, venue, locale);
    return [
      {
        filename: `la-diva-${view.reference}.pdf`,
        contentType: 'application/pdf',
        content: Buffer.from(pdf),
      },
      {
        filename: `la-diva-${view.reference}.ics`,
        contentType: 'text/calendar; charset=utf-8',
        content: Buffer.from(ics, 'utf8'),
      },
    ];
  };
}

/** What a change compares: the booking as the guest saw it before (readBeforeChange). */
export type BookingBefore = Pick<BookingView, 'partySize' | 'totalCents' | 'lines'>;

/** The booking before a change, for sendChanged (inside the change's transaction). */
export async function readBeforeChange(
  tx: Tx,
  bookingId: string,
): Promise<BookingBefore | undefined> {
  return (await load(tx, bookingId))?.view;
}

export async function sendChanged(
  tx: Tx,
  mail: BookingMail,
  bookingId: string,
  before: BookingBefore,
  changedBy: 'guest' | 'venue',
): Promise<void> {
  const loaded = await load(tx, bookingId);
  if (!loaded) return;
  const { view, locale } = loaded;
  const fr = locale === 'fr';
  const changes: BookingChange[] = [];
  if (before.partySize !== view.partySize) {
    changes.push({ field: 'partySize', before: before.partySize, after: view.partySize });
  }
  // Another formula or another area, even at the same price and party size, is news to the guest.
  const formulas = (b: BookingBefore) =>
    names(
      b.lines.map((l) => (fr ? l.formulaNameFr : l.formulaNameEn)),
      120,
    );
  const zones = (b: BookingBefore) =>
    names(
      b.lines.map((l) => (fr ? l.zoneNameFr : l.zoneNameEn)),
      80,
    );
  if (formulas(before) !== formulas(view)) {
    changes.push({ field: 'formula', before: formulas(before), after: formulas(view) });
  }
  if (zones(before) !== zones(view)) {
    changes.push({ field: 'zone', before: zones(before), after: zones(view) });
  }
  if (before.totalCents !== view.totalCents) {
    changes.push({ field: 'total', before: before.totalCents, after: view.totalCents });
  }
  if (changes.length === 0) return;
  const token = await createManageLink(tx, bookingId);
  await mail.notifications.notify(tx, {
    kind: 'booking_changed',
    channel: 'email',
    recipient: loaded.email,
    locale,
    data: {
      ...details(view, loaded.name, locale),
      changes,
      changedBy,
    },
    secrets: { manageUrl: manageUrl(mail.publicUrl, token) },
  });
}

export async function sendCancelled(
  tx: Tx,
  mail: BookingMail,
  bookingId: string,
  cancelledBy: 'guest' | 'venue',
): Promise<void> {
  const loaded = await load(tx, bookingId);
  if (!loaded) return;
  const { view, locale } = loaded;
  const {
    formula: _formula,
    zone: _zone,
    totalCents: _total,
    ...fields
  } = details(view, loaded.name, locale);
  await mail.notifications.notify(tx, {
    kind: 'booking_cancelled',
    channel: 'email',
    recipient: loaded.email,
    locale,
    // Paid at the venue: nothing was taken, nothing to refund.
    data: { ...fields, cancelledBy, refundCents: 0, feeCents: 0, rebookUrl: `${mail.publicUrl}/` },
    idempotencyKey: `booking_cancelled:${bookingId}`,
  });
}
