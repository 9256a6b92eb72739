import { z } from 'zod';

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

const text = (max: number) => z.string().trim().min(1).max(max);

/** What an admin may change. Unknown fields are rejected, never ignored (no mass assignment). */
export const updateVenueBodySchema = z
  .strictObject({
    name: text(120),
    taglineFr: text(200),
    taglineEn: text(200),
    email: z.email().max(254).nullable(),
    phone: z
      .string()
      .trim()
      .regex(/^\+?[0-9 ().-]{6,24}$/, 'Expected a phone number')
      .nullable(),
    address: text(300).nullable(),
  })
  .partial()
  .refine((body) => Object.keys(body).length > 0, { message: 'Nothing to update' })
  .meta({ id: 'UpdateVenue' });
export type UpdateVenueBody = z.infer<typeof updateVenueBodySchema>;
