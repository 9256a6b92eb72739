// The guest's booking API over HTTP against a real PostgreSQL: access (owner, booking token,
// staff, anyone else), the whole journey with its email and documents, manage links, and the
// table allocation under concurrent confirmations.
import { inflateSync } from 'node:zlib';
import jsQRModule from 'jsqr';
import { PDFDocument, PDFName, PDFRawStream, type PDFDict } from 'pdf-lib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accessTokenFor, createUser } from '../../../test/auth-helpers.ts';
import {
  buildTestApp,
  createTestIdentity,
  createTestNotifications,
  templateValues,
} from '../../../test/test-app.ts';
import { createTestDatabase, type TestDatabase } from '../../../test/test-database.ts';
import type { App } from '../../app.ts';
import type { NotificationService } from '../../services/notifications/notification-service.ts';
import type { Identity } from '../auth/identity.ts';
import { TICKET_ATTACHMENTS, ticketAttachments } from './booking-emails.ts';
import { createTestCatalogue, type TestCatalogue } from '../../../test/test-catalogue.ts';
import { verifyTicketToken } from './ticket-token.ts';

const contact = { name: 'Ada Lovelace', email: 'ada@example.com' };
let ipCounter = 0;
/** Each call from its own address: the per-IP limits are tested on their own. */
const nextIp = () => `10.1.${Math.floor(++ipCounter / 250)}.${(ipCounter % 250) + 1}`;

describe('the guest booking API', () => {
  let database: TestDatabase;
  let app: App;
  let identity: Identity;
  let notifications: NotificationService;
  let catalogue: TestCatalogue;
  let staffAuth: string;
  let ownerAuth: string;

  beforeAll(async () => {
    database = await createTestDatabase({ poolSize: 20 });
    notifications = await createTestNotifications(database);
    identity = await createTestIdentity(database, notifications);
    app = await buildTestApp(database, { notifications, identity });
    catalogue = await createTestCatalogue(database.owner);
    // The main room: private 2-, 4- and 6-tops (two 4-tops can be pushed together); the bar: one
    // shared high table of 10.
    const { rows } = await database.owner.query<{ id: string }>(
      `insert into venue_tables (zone_id, label, seats)
       select $1, 'M' || i, case when i <= 4 then 2 when i <= 10 then 4 else 6 end
         from generate_series(1, 14) as i returning id`,
      [catalogue.zones.main],
    );
    await database.owner.query(
      `update venue_tables set neighbour_ids = array[$2::uuid] where id = $1`,
      [rows[4]!.id, rows[5]!.id],
    );
    await database.owner.query(
      `insert into venue_tables (zone_id, label, seats, shared) values ($1, 'BAR', 10, true)`,
      [catalogue.zones.bar],
    );
    const staff = await createUser(database, { email: 'box@example.com', roles: ['box_office'] });
    staffAuth = (await accessTokenFor(database, identity, staff, 'aal2')).authorization;
    const owner = await createUser(database, { email: 'owner@example.com' });
    ownerAuth = (await accessTokenFor(database, identity, owner, 'aal1')).authorization;
  });
  /** A manager lets the performance sell beyond its plan. */
  const sellBeyondPlan = (performanceId: string) =>
    database.owner.query(`update performances set sell_beyond_plan = true where id = $1`, [
      performanceId,
    ]);
  afterAll(async () => {
    await app?.close();
    await database?.close();
  });

  const call = (
    method: 'GET' | 'POST' | 'PATCH',
    url: string,
    {
      body,
      token,
      auth,
      ip,
      headers,
    }: {
      body?: object;
      token?: string;
      auth?: string;
      ip?: string;
      headers?: Record<string, string>;
    } = {},
  ) =>
    app.inject({
      method,
      url,
      remoteAddress: ip ?? nextIp(),
      headers: {
        ...headers,
        ...(token ? { 'x-booking-token': token } : {}),
        ...(auth ? { authorization: auth } : {}),
      },
      ...(body ? { payload: body } : {}),
    });
  const hold = async (
    performanceId: string,
    guests: number,
    opts: { auth?: string; zone?: string } = {},
  ) => {
    const res = await call('POST', '/api/bookings/holds', {
      body: {
        performanceId,
        lines: [
          { formulaId: catalogue.formulas.show, zoneId: opts.zone ?? catalogue.zones.main, guests },
        ],
      },
      ...(opts.auth ? { auth: opts.auth } : {}),
    });
    expect(res.statusCode, res.body).toBe(201);
    return res.json<{
      bookingId: string;
      reference: string;
      bookingToken: string;
      totalCents: number;
    }>();
  };
  const confirmBody = (guests: number) => ({
    contact,
    guests: Array.from({ length: guests }, (_, i) => ({
      menuChoice: i === 0 ? 'veggie' : undefined,
    })),
    occasion: 'Anniversaire',
    marketingEmail: false,
    payment: 'at_venue',
  });
  /** The booking's emails: their payload, and the values they render with (secrets opened). */
  const emails = async (reference: string) =>
    (
      await database.owner.query<{
        id: string;
        kind: string;
        data: Record<string, unknown>;
        secrets: string | null;
      }>(
        `select id, kind, data, secrets from notifications where data->>'reference' = $1
          order by created_at`,
        [reference],
      )
    ).rows.map((row) => ({ ...row, values: templateValues(notifications, row) }));

  it('takes a guest from hold to cancellation, with email, ticket, PDF and calendar', async () => {
    const performanceId = await catalogue.performance();
    const h = await hold(performanceId, 3);
    expect(h.totalCents).toBe(30_000);

    const wrongSize = await call('POST', `/api/bookings/${h.bookingId}/confirm`, {
      token: h.bookingToken,
      body: confirmBody(2),
    });
    expect(wrongSize.statusCode).toBe(400);

    const confirmed = await call('POST', `/api/bookings/${h.bookingId}/confirm`, {
      token: h.bookingToken,
      body: confirmBody(3),
    });
    expect(confirmed.statusCode, confirmed.body).toBe(200);
    const view = confirmed.json();
    expect(view).toMatchObject({
      status: 'confirmed',
      partySize: 3,
      contact: { name: 'Ada Lovelace', email: 'ada@example.com', phone: null },
      occasion: 'Anniversaire',
      cancellable: true,
      changeable: true,
      cancellationFeeCents: 0,
      maxParty: 12,
    });
    // The smallest private table for three: one 4-top.
    expect(view.tables).toHaveLength(1);
    expect(view.tables[0]).toMatch(/^M([5-9]|10)$/);
    expect(view.guests[0]).toEqual({ menuChoice: 'veggie', dietaryNotes: null });
    // The ticket is its signed token only: the guest's device draws the QR code from it.
    expect(Object.keys(view.ticket)).toEqual(['token']);
    expect(view.ticket.token.split('.')).toHaveLength(3);

    // Idempotent: a retried confirmation changes nothing and sends nothing more.
    const again = await call('POST', `/api/bookings/${h.bookingId}/confirm`, {
      token: h.bookingToken,
      body: confirmBody(3),
    });
    expect(again.statusCode).toBe(200);
    const sent = await emails(h.reference);
    expect(sent.map((e) => e.kind)).toEqual(['booking_confirmed']);
    // The ticket is drawn by the worker when the email leaves, not under the confirm's locks.
    expect(sent[0]!.data.attachmentsFrom).toEqual({
      provider: TICKET_ATTACHMENTS,
      ref: { bookingId: h.bookingId, locale: 'fr' },
    });
    const files = await ticketAttachments(database.serviceDb, {
      keys: identity.keys,
      issuer: identity.issuer,
    })({ bookingId: h.bookingId, locale: 'fr' });
    expect(files.map((f) => [f.filename, f.contentType])).toEqual([
      [`la-diva-${h.reference}.pdf`, 'application/pdf'],
      [`la-diva-${h.reference}.ics`, 'text/calendar; charset=utf-8'],
    ]);
    expect(files[0]!.content.subarray(0, 5).toString()).toBe('%PDF-');
    // The manage link is sealed apart from the payload, which staff and backups can read.
    expect(sent[0]!.data.manageUrl).toBeUndefined();
    expect(JSON.stringify(sent[0]!.data)).not.toContain('#token=');
    expect(sent[0]!.values.manageUrl).toMatch(
      /^http:\/\/localhost:3000\/my-booking#token=[\w-]{43}$/,
    );

    const jwks = (await call('GET', '/api/auth/jwks')).json();
    const checked = await verifyTicketToken(jwks, view.ticket.token, { issuer: identity.issuer });
    expect(checked).toMatchObject({ ok: true, claims: { bookingId: h.bookingId, guests: 3 } });

    const pdf = await call('GET', `/api/bookings/${h.bookingId}/ticket.pdf?lang=en`, {
      token: h.bookingToken,
    });
    expect(pdf.statusCode).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect(pdf.headers['content-disposition']).toBe(
      `attachment; filename="la-diva-${h.reference}.pdf"`,
    );
    expect(pdf.headers['cache-control']).toBe('no-store');
    expect(pdf.rawPayload.subarray(0, 4).toString()).toBe('%PDF');
    const decoded = await qrInPdf(pdf.rawPayload);
    expect(await verifyTicketToken(jwks, decoded, { issuer: identity.issuer })).toMatchObject({
      ok: true,
      claims: { bookingId: h.bookingId, reference: h.reference },
    });

    const ics = await call('GET', `/api/bookings/${h.bookingId}/ticket.ics`, {
      token: h.bookingToken,
    });
    expect(ics.statusCode).toBe(200);
    expect(ics.headers['content-type']).toMatch(/^text\/calendar/);
    expect(ics.body).toContain('BEGIN:VEVENT');
    // The evening starts when the guests are expected (the formula's arrival, before curtain),
    // ends with the show (curtain + its 100 minutes), names the curtain time, and reminds them.
    const curtain = view.performance.startsAt;
    const arrival = view.lines[0]!.arrivalTime;
    expect(new Date(arrival).getTime()).toBeLessThan(new Date(curtain).getTime());
    const unfolded = ics.body.replace(/\r\n[ \t]/g, '');
    // Instants in UTC (…Z): every calendar shows them in its own time zone.
    const utc = (date: Date) => `${date.toISOString().replace(/[-:]/g, '').slice(0, 15)}Z`;
    expect(unfolded).toContain(`DTSTART:${utc(new Date(arrival))}`);
    expect(unfolded).toContain(
      `DTEND:${utc(new Date(new Date(curtain).getTime() + 100 * 60_000))}`,
    );
    const curtainTime = new Intl.DateTimeFormat('fr-FR', {
      timeStyle: 'short',
      timeZone: 'Europe/Paris',
    }).format(new Date(curtain));
    expect(unfolded).toMatch(new RegExp(`SUMMARY:.*\\(Lever de rideau ${curtainTime}\\)`));
    expect(unfolded).toMatch(/BEGIN:VALARM\r\nACTION:DISPLAY\r\nTRIGGER:-PT2H\r\n/);

    const changed = await call('PATCH', `/api/bookings/${h.bookingId}`, {
      token: h.bookingToken,
      body: {
        lines: [{ formulaId: catalogue.formulas.show, zoneId: catalogue.zones.main, guests: 5 }],
      },
    });
    expect(changed.statusCode, changed.body).toBe(200);
    expect(changed.json()).toMatchObject({ partySize: 5, totalCents: 50_000 });
    expect(changed.json().tables[0]).toMatch(/^M1[1-4]$/);
    expect(changed.json().guests).toHaveLength(5);
    const counters = await database.owner.query(
      `select held, sold from performance_zones where performance_id = $1 and zone_id = $2`,
      [performanceId, catalogue.zones.main],
    );
    expect(counters.rows[0]).toEqual({ held: 0, sold: 5 });

    const cancelled = await call('POST', `/api/bookings/${h.bookingId}/cancel`, {
      token: h.bookingToken,
    });
    expect(cancelled.statusCode).toBe(200);
    expect(cancelled.json()).toMatchObject({ status: 'cancelled', tables: [], ticket: null });
    expect((await emails(h.reference)).map((e) => e.kind)).toEqual([
      'booking_confirmed',
      'booking_changed',
      'booking_cancelled',
    ]);
    const after = await database.owner.query(
      `select held, sold from performance_zones where performance_id = $1 and zone_id = $2`,
      [performanceId, catalogue.zones.main],
    );
    expect(after.rows[0]).toEqual({ held: 0, sold: 0 });
  });

  it('tells the guest when only the area changed (same party), with the area and the total', async () => {
    const performanceId = await catalogue.performance();
    const h = await hold(performanceId, 2);
    const confirmed = await call('POST', `/api/bookings/${h.bookingId}/confirm`, {
      token: h.bookingToken,
      body: confirmBody(2),
    });
    expect(confirmed.statusCode, confirmed.body).toBe(200);
    const moved = await call('PATCH', `/api/bookings/${h.bookingId}`, {
      token: h.bookingToken,
      body: {
        lines: [{ formulaId: catalogue.formulas.show, zoneId: catalogue.zones.bar, guests: 2 }],
      },
    });
    expect(moved.statusCode, moved.body).toBe(200);
    const changed = (await emails(h.reference)).find((e) => e.kind === 'booking_changed');
    const zoneName = async (id: string) =>
      (await database.owner.query('select name_fr from zones where id = $1', [id])).rows[0].name_fr;
    expect(changed?.data.changes).toEqual([
      {
        field: 'zone',
        before: await zoneName(catalogue.zones.main),
        after: await zoneName(catalogue.zones.bar),
      },
      { field: 'total', before: 20_000, after: 14_000 },
    ]);
  });

  it('writes every email of a booking in the language its guest booked in, whoever causes it', async () => {
    await database.owner.query(`update shows set title_en = 'The Revue' where id = $1`, [
      catalogue.showId,
    ]);
    const performanceId = await catalogue.performance();
    const h = await hold(performanceId, 2);
    // The UI was in English; the browser says French: the UI's language wins.
    const confirmed = await call('POST', `/api/bookings/${h.bookingId}/confirm`, {
      token: h.bookingToken,
      headers: { 'accept-language': 'fr-FR,fr;q=0.9' },
      body: { ...confirmBody(2), locale: 'en' },
    });
    expect(confirmed.statusCode, confirmed.body).toBe(200);
    expect(confirmed.json()).toMatchObject({ locale: 'en' });

    // The guest changes the party, the menus of all three and the occasion, in one request.
    const tooFew = await call('PATCH', `/api/bookings/${h.bookingId}`, {
      token: h.bookingToken,
      body: {
        lines: [{ formulaId: catalogue.formulas.show, zoneId: catalogue.zones.main, guests: 3 }],
        guests: [{ menuChoice: 'veggie' }, {}],
      },
    });
    expect(tooFew.statusCode).toBe(400);
    expect(tooFew.json()).toMatchObject({ code: 'VALIDATION_FAILED' });
    const changed = await call('PATCH', `/api/bookings/${h.bookingId}`, {
      token: h.bookingToken,
      body: {
        lines: [{ formulaId: catalogue.formulas.show, zoneId: catalogue.zones.main, guests: 3 }],
        guests: [{ menuChoice: 'veggie' }, {}, { menuChoice: 'fish', dietaryNotes: 'no nuts' }],
        occasion: 'Birthday',
      },
    });
    expect(changed.statusCode, changed.body).toBe(200);
    expect(changed.json()).toMatchObject({
      partySize: 3,
      occasion: 'Birthday',
      guests: [
        { menuChoice: 'veggie', dietaryNotes: null },
        { menuChoice: null, dietaryNotes: null },
        { menuChoice: 'fish', dietaryNotes: 'no nuts' },
      ],
    });
    const cleared = await call('PATCH', `/api/bookings/${h.bookingId}`, {
      token: h.bookingToken,
      body: { occasion: '' },
    });
    expect(cleared.json()).toMatchObject({ occasion: null, partySize: 3 });

    // Staff cancel it from a French back office: the guest still reads English.
    const cancelled = await call('POST', `/api/admin/bookings/${h.bookingId}/cancel`, {
      auth: staffAuth,
    });
    expect(cancelled.statusCode, cancelled.body).toBe(200);
    const sent = await emails(h.reference);
    expect(sent.map((e) => e.kind)).toEqual([
      'booking_confirmed',
      'booking_changed',
      'booking_cancelled',
    ]);
    const { rows } = await database.owner.query<{ locale: string }>(
      `select locale from notifications where data->>'reference' = $1 order by created_at`,
      [h.reference],
    );
    expect(rows.map((r) => r.locale)).toEqual(['en', 'en', 'en']);
    expect(sent.every((e) => e.data.showTitle === 'The Revue')).toBe(true);
    // The confirmation states the terms it was made under: the deadline, the fee.
    const { rows: rules } = await database.owner.query<{ deadline: Date; fee: number }>(
      `select p.starts_at - make_interval(hours => r.cancellation_deadline_hours) as deadline,
              r.cancellation_fee_cents as fee
         from performances p cross join sales_rules r where p.id = $1`,
      [performanceId],
    );
    expect(sent[0]!.data).toMatchObject({
      cancellationDeadline: rules[0]!.deadline.toISOString(),
      cancellationFeeCents: rules[0]!.fee,
    });
    expect(confirmed.json().cancellationRules).toEqual({
      deadline: rules[0]!.deadline.toISOString(),
      feeCents: rules[0]!.fee,
    });

    // Without a language in the request, the browser's decides.
    const other = await hold(performanceId, 1);
    const byBrowser = await call('POST', `/api/bookings/${other.bookingId}/confirm`, {
      token: other.bookingToken,
      headers: { 'accept-language': 'en-GB,en;q=0.8' },
      body: confirmBody(1),
    });
    expect(byBrowser.json()).toMatchObject({ locale: 'en' });
  });

  it('shows a booking to its owner, its token and staff; to anyone else it does not exist', async () => {
    const performanceId = await catalogue.performance();
    const mine = await hold(performanceId, 2, { auth: ownerAuth });
    const other = await hold(performanceId, 2);
    const url = `/api/bookings/${mine.bookingId}`;
    expect((await call('GET', url, { auth: ownerAuth })).statusCode).toBe(200);
    expect((await call('GET', url, { token: mine.bookingToken })).statusCode).toBe(200);
    expect((await call('GET', url, { auth: staffAuth })).statusCode).toBe(200);
    for (const caller of [{}, { token: other.bookingToken }, { token: 'not-a-token' }]) {
      const res = await call('GET', url, caller);
      expect(res.statusCode).toBe(404);
      expect(res.json().code).toBe('NOT_FOUND');
    }
    expect((await call('POST', `${url}/cancel`, { token: other.bookingToken })).statusCode).toBe(
      404,
    );
    expect((await call('GET', `${url}/ticket.pdf`, {})).statusCode).toBe(404);
    // A hold has no ticket yet.
    expect((await call('GET', `${url}/ticket.pdf`, { token: mine.bookingToken })).statusCode).toBe(
      409,
    );

    const list = await call('GET', '/api/account/bookings', { auth: ownerAuth });
    expect(list.statusCode).toBe(200);
    expect(list.json().items.map((b: { id: string }) => b.id)).toEqual([mine.bookingId]);
    expect((await call('GET', '/api/account/bookings')).statusCode).toBe(401);
  });

  it('emails a manage link that exchanges, again and again, for a booking token', async () => {
    const performanceId = await catalogue.performance();
    const h = await hold(performanceId, 2);
    await call('POST', `/api/bookings/${h.bookingId}/confirm`, {
      token: h.bookingToken,
      body: confirmBody(2),
    });
    const unknown = await call('POST', '/api/bookings/link', {
      body: { reference: h.reference, email: 'someone@example.com' },
    });
    expect(unknown.statusCode).toBe(202);
    const asked = await call('POST', '/api/bookings/link', {
      body: { reference: h.reference.toLowerCase(), email: 'ADA@example.com' },
    });
    expect(asked.statusCode).toBe(202);
    const sent = await emails(h.reference);
    expect(sent).toHaveLength(2);
    const token = /#token=([\w-]{43})$/.exec(String(sent[1]!.values.manageUrl))![1]!;
    for (let i = 0; i < 2; i++) {
      const res = await call('POST', '/api/bookings/link/exchange', { body: { token } });
      expect(res.statusCode).toBe(200);
      expect(res.json().bookingId).toBe(h.bookingId);
      const got = await call('GET', `/api/bookings/${h.bookingId}`, {
        token: res.json().bookingToken,
      });
      expect(got.json().reference).toBe(h.reference);
    }
    const bad = await call('POST', '/api/bookings/link/exchange', {
      body: { token: 'A'.repeat(43) },
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().code).toBe('INVALID_LINK');
  });

  it('refuses the same extra twice with a 400 naming it, on a hold and on a change', async () => {
    const performanceId = await catalogue.performance({ main: 100 });
    const extras = [
      { extraId: catalogue.extraId, quantity: 30 },
      { extraId: catalogue.extraId, quantity: 30 },
    ];
    const lines = [{ formulaId: catalogue.formulas.show, zoneId: catalogue.zones.main, guests: 2 }];
    const refused = await call('POST', '/api/bookings/holds', {
      body: { performanceId, lines, extras },
      ip: '10.9.9.10',
    });
    expect(refused.statusCode).toBe(400);
    expect(refused.json()).toMatchObject({
      code: 'VALIDATION_FAILED',
      details: { fields: [expect.objectContaining({ path: 'body.extras.1.extraId' })] },
    });
    const h = await hold(performanceId, 2);
    const change = await call('PATCH', `/api/bookings/${h.bookingId}`, {
      token: h.bookingToken,
      body: { extras },
    });
    expect(change.statusCode).toBe(400);
  });

  it('limits holds per address', async () => {
    const performanceId = await catalogue.performance({ main: 100 });
    // More parties than tables: kept without a table, so that only the limit refuses.
    await sellBeyondPlan(performanceId);
    const ip = '10.9.9.9';
    const body = {
      performanceId,
      lines: [{ formulaId: catalogue.formulas.show, zoneId: catalogue.zones.main, guests: 1 }],
    };
    const codes: number[] = [];
    for (let i = 0; i < 31; i++)
      codes.push((await call('POST', '/api/bookings/holds', { body, ip })).statusCode);
    expect(codes.filter((c) => c === 201)).toHaveLength(30);
    const last = await call('POST', '/api/bookings/holds', { body, ip });
    expect(last.statusCode).toBe(429);
    expect(last.headers['retry-after']).toBeDefined();
  });

  it('never seats more guests than a table has seats under 30 concurrent confirmations', async () => {
    const performanceId = await catalogue.performance({ main: 80, bar: 10 });
    // More parties than tables: the ones no table fits are kept, and must not be squeezed in.
    await sellBeyondPlan(performanceId);
    const sizes = Array.from({ length: 30 }, (_, i) => 1 + (i % 4));
    const holds = await Promise.all(
      sizes.map((size, i) =>
        hold(
          performanceId,
          i % 5 === 0 ? 1 : size,
          i % 5 === 0 ? { zone: catalogue.zones.bar } : {},
        ),
      ),
    );
    const results = await Promise.all(
      holds.map(async (h, i) => {
        const guests = i % 5 === 0 ? 1 : sizes[i]!;
        for (;;) {
          const res = await call('POST', `/api/bookings/${h.bookingId}/confirm`, {
            token: h.bookingToken,
            body: confirmBody(guests),
          });
          if (res.statusCode !== 503) return res.statusCode;
        }
      }),
    );
    expect(results.every((code) => code === 200)).toBe(true);
    const { rows } = await database.owner.query<{
      label: string;
      seats: number;
      shared: boolean;
      parties: number;
      guests: number;
    }>(
      `select vt.label, vt.seats, vt.shared, count(*)::int as parties, sum(bt.guests)::int as guests
         from booking_tables bt join venue_tables vt on vt.id = bt.table_id
        where bt.performance_id = $1 group by vt.id`,
      [performanceId],
    );
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) {
      expect(row.guests).toBeLessThanOrEqual(row.seats);
      if (!row.shared) expect(row.parties).toBe(1);
    }
    expect(rows.find((r) => r.label === 'BAR')).toMatchObject({ parties: 6, guests: 6 });
  });

  it('refuses an over-full table in the database itself', async () => {
    const performanceId = await catalogue.performance();
    const h = await hold(performanceId, 2);
    await call('POST', `/api/bookings/${h.bookingId}/confirm`, {
      token: h.bookingToken,
      body: confirmBody(2),
    });
    const other = await hold(performanceId, 2);
    await call('POST', `/api/bookings/${other.bookingId}/confirm`, {
      token: other.bookingToken,
      body: confirmBody(2),
    });
    await expect(
      database.owner.query(
        `insert into booking_tables (booking_id, performance_id, table_id, guests)
         select $2, performance_id, table_id, 1 from booking_tables where booking_id = $1`,
        [h.bookingId, other.bookingId],
      ),
    ).rejects.toThrow();
  });
});

/** The QR code image embedded in the PDF, decoded: pdf-lib stores the PNG's pixels, deflated. */
async function qrInPdf(bytes: Buffer): Promise<string> {
  const pdf = await PDFDocument.load(bytes);
  for (const [, object] of pdf.context.enumerateIndirectObjects()) {
    if (!(object instanceof PDFRawStream)) continue;
    const dict: PDFDict = object.dict;
    if (dict.get(PDFName.of('Subtype')) !== PDFName.of('Image')) continue;
    if (dict.get(PDFName.of('ColorSpace')) !== PDFName.of('DeviceRGB')) continue;
    const width = Number(dict.get(PDFName.of('Width'))!.toString());
    const height = Number(dict.get(PDFName.of('Height'))!.toString());
    const rgb = inflateSync(object.contents);
    const rgba = new Uint8ClampedArray(width * height * 4);
    for (let i = 0; i < width * height; i++) {
      rgba.set([rgb[i * 3]!, rgb[i * 3 + 1]!, rgb[i * 3 + 2]!, 255], i * 4);
    }
    // jsqr is CommonJS with `export default`: under Node's ESM the function is the default's default.
    type Decode = (data: Uint8ClampedArray, w: number, h: number) => { data: string } | null;
    const loaded = jsQRModule as unknown as Decode | { default: Decode };
    const jsQR = typeof loaded === 'function' ? loaded : loaded.default;
    const code = jsQR(rgba, width, height);
    if (code) return code.data;
  }
  throw new Error('no QR code in the PDF');
}
