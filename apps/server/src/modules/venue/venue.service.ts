import type { UpdateVenueBody, Venue } from '@ladiva/contract/venue';
import type { Db } from '../../db/database.ts';
import { withRequestContext, type RequestClaims } from '../../db/request-context.ts';
import { forbidden, notFound } from '../../lib/app-error.ts';
import * as repository from './venue.repository.ts';

type Row = NonNullable<Awaited<ReturnType<typeof repository.findVenue>>>;

const toVenue = (row: Row): Venue => ({ ...row, updatedAt: row.updatedAt.toISOString() });

export async function getVenue(db: Db, claims: RequestClaims): Promise<Venue> {
  const row = await withRequestContext(db, claims, repository.findVenue);
  if (!row) throw notFound('The venue is not configured.');
  return toVenue(row);
}

/**
 * The database decides who may change the venue (RLS: admins with a second factor). The route
 * checks the role too; without that check, this is still refused.
 */
export async function updateVenue(
  db: Db,
  claims: RequestClaims,
  changes: UpdateVenueBody,
): Promise<Venue> {
  const row = await withRequestContext(db, claims, (tx) => repository.updateVenue(tx, changes));
  if (!row) throw forbidden('Only an administrator can change the venue.');
  return toVenue(row);
}
