// Field schemas shared by the kinds. Links must be http(s): a `javascript:` URL in a button is
// the one thing escaping cannot neutralise, so it is refused at the door.
import { z } from 'zod';

export const text = (max: number) => z.string().trim().min(1).max(max);
export const link = z.url({ protocol: /^https?$/, message: 'Expected an http(s) URL' });
export const instant = z.iso.datetime({ offset: true });
export const cents = z.number().int().min(0);

export const reference = z
  .string()
  .trim()
  .regex(/^[A-Z0-9-]{4,20}$/, 'Expected a booking reference such as LD-7K3Q9X');

/** What every booking message says about the evening. */
export const bookingFields = {
  reference,
  guestName: text(120),
  showTitle: text(160),
  performanceStartsAt: instant,
  partySize: z.number().int().min(1).max(60),
};

/** The booking as it stands (confirmation, change). */
export const bookingDetailFields = {
  ...bookingFields,
  formula: text(120),
  zone: text(80),
  totalCents: cents,
  manageUrl: link,
};

export const venueBrandingSchema = z.object({
  name: text(120),
  address: z.string().trim().max(300).nullable(),
  phone: z.string().trim().max(40).nullable(),
  email: z.string().trim().max(254).nullable(),
  publicUrl: link,
});
