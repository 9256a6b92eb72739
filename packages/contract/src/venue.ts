import { z } from 'zod';
import { text } from './text.ts';

/** The venue's public identity and contact details (one row). */
export const venueSchema = z
  .object({
    name: z.string(),
    taglineFr: z.string(),
    taglineEn: z.string(),
    timezone: z.string(),
    currency: z.string().length(3),
    email: z.string().nullable(),
    phone: z.string().nullable(),
    address: z.string().nullable(),
    updatedAt: z.iso.datetime({ offset: true }),
  })
  .meta({ id: 'Venue' });
export type Venue = z.infer<typeof venueSchema>;

const shortText = (max: number) => text().trim().min(1).max(max);

/** What an admin may change. Unknown fields are rejected, never ignored (no mass assignment). */
export const updateVenueBodySchema = z
  .strictObject({
    name: shortText(120),
    taglineFr: shortText(200),
    taglineEn: shortText(200),
    email: z.email().max(254).nullable(),
    phone: text()
      .trim()
      .regex(/^\+?[0-9 ().-]{6,24}$/, 'Expected a phone number')
      .nullable(),
    address: shortText(300).nullable(),
  })
  .partial()
  .refine((body) => Object.keys(body).length > 0, { message: 'Nothing to update' })
  .meta({ id: 'UpdateVenue' });
export type UpdateVenueBody = z.infer<typeof updateVenueBodySchema>;

/**
 * The venue's usual evening, in its local time: what the staff forms propose for a new
 * performance or season, what the API assumes when a request leaves the doors out, and what the
 * demo plays. A default only: every performance keeps its own start and doors, and the guests'
 * copy is computed from those (ADR 0028).
 */
export const USUAL_EVENING = { curtainTime: '21:00', doorsMinutesBefore: 120 } as const;
