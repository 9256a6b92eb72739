// Manage links (`/my-booking#token=…`), emailed on confirmation and on request. The token is 32
// random bytes in base64url (43 characters); only its SHA-256 is stored (booking_links, 0009).
// Unlike the account links of auth-links.ts it is reusable until the evening is over (the
// performance's start + 1 day), so the link in the confirmation email keeps working; the web app
// exchanges it at once for a short booking token and drops it from the address bar.
import { createHash, randomBytes } from 'node:crypto';
import { sql } from 'kysely';
import type { Tx } from '../../db/request-context.ts';

export const MANAGE_PAGE = '/my-booking';

const hash = (token: string) => createHash('sha256').update(token, 'utf8').digest();

export const manageUrl = (publicUrl: string, token: string) =>
  `${publicUrl}${MANAGE_PAGE}#token=${token}`;

/** A new manage link for the booking, in the caller's transaction (service role). */
export async function createManageLink(tx: Tx, bookingId: string): Promise<string> {
  const token = randomBytes(32).toString('base64url');
  await tx
    .insertInto('bookingLinks')
    .values({
      bookingId,
      tokenHash: hash(token),
      expiresAt: sql<Date>`(select p.starts_at + interval '1 day'
                              from public.bookings b
                              join public.performances p on p.id = b.performance_id
                             where b.id = ${bookingId})`,
    })
    .execute();
  return token;
}

/** A new manage link's token and the hash stored for it (hex), for a caller that writes it. */
export function newManageToken(): { token: string; tokenHash: string } {
  const token = randomBytes(32).toString('base64url');
  return { token, tokenHash: hash(token).toString('hex') };
}

/** The booking a live link opens, or undefined (unknown, expired). */
export async function findManageLink(tx: Tx, token: string): Promise<string | undefined> {
  const row = await tx
    .selectFrom('bookingLinks')
    .select('bookingId')
    .where('tokenHash', '=', hash(token))
    .where('expiresAt', '>', sql<Date>`now()`)
    .executeTakeFirst();
  return row?.bookingId;
}
