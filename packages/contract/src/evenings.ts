// The venue's evenings as guests read them on the home page ("Thursday to Saturday: dinner from
// 19:00, curtain up at 21:00"), computed from the performances and formulas (ADR 0028).
import { z } from 'zod';

/** A wall-clock time at the venue, HH:MM (24 h). */
const localTime = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/);

export const eveningSchema = z
  .object({
    /** ISO weekdays (1 = Monday … 7 = Sunday) that play at these times, in order. */
    weekdays: z.array(z.int().min(1).max(7)).min(1),
    curtain: localTime,
    doors: localTime,
    /** When dinner guests are expected: the earliest arrival of a formula with a menu. */
    dinner: localTime.nullable(),
  })
  .meta({ id: 'Evening' });
export type Evening = z.infer<typeof eveningSchema>;

/** One entry per timetable, the earliest weekday first. */
export const eveningListSchema = z.array(eveningSchema).meta({ id: 'EveningList' });
