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
