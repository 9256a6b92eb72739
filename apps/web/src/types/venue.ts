import type { Venue } from '@ladiva/contract/venue';

/** The part of the venue's settings that shared layout pieces (footer, contact) display. */
export type VenueContact = Pick<Venue, 'address' | 'phone' | 'email'>;
