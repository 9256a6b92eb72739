import type { UpdateVenueBody } from '@ladiva/contract/venue';
import type { Tx } from '../../db/request-context.ts';

const columns = [
  'name',
  'taglineFr',
  'taglineEn',
  'timezone',
  'currency',
  'email',
  'phone',
  'address',
  'updatedAt',
] as const;

export function findVenue(tx: Tx) {
  return tx.selectFrom('venueSettings').select(columns).executeTakeFirst();
}

/** Returns the updated row, or undefined when RLS let no row be updated. */
export function updateVenue(tx: Tx, changes: UpdateVenueBody) {
  return tx
    .updateTable('venueSettings')
    .set({ ...changes, updatedAt: new Date() })
    .returning(columns)
    .executeTakeFirst();
}
