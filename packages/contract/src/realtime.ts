// Realtime over WebSocket (`/api/realtime`, #15): the frames a client sends and receives. A frame
// is one JSON object of at most 4 KB. Channels:
// - `availability:<performanceId>` (anyone): the places left per zone, pushed as a snapshot at
//   most every 100 ms while they change;
// - `room:<performanceId>` (booking staff and the door, after an `auth` frame): "the room changed",
//   the signal to read the plan, the arrivals and the lists again.
// Every event carries the feed's cursor; a client that reconnects subscribes `after` its last
// cursor and gets what it missed (a snapshot, or `refetch` when the feed no longer reaches back).
import { z } from 'zod';

/** The feed's position: a transaction id, as decimal digits (beyond JavaScript's safe integers). */
export const cursorSchema = z.string().regex(/^\d{1,20}$/, 'Expected a cursor');

export const REALTIME_CHANNEL = /^(availability|room):[0-9a-f-]{36}$/;
export const channelSchema = z
  .string()
  .max(80)
  .regex(REALTIME_CHANNEL, 'Expected availability:<performance id> or room:<performance id>');

export const MAX_SUBSCRIPTIONS = 20;
export const MAX_FRAME_BYTES = 4096;

export const clientFrameSchema = z.discriminatedUnion('type', [
  z.strictObject({
    type: z.literal('subscribe'),
    channel: channelSchema,
    /** The cursor of the last event received on this channel (a reconnect). */
    after: cursorSchema.optional(),
  }),
  z.strictObject({ type: z.literal('unsubscribe'), channel: channelSchema }),
  /** A staff member's access token (sent again before it expires, to keep staff channels). */
  z.strictObject({ type: z.literal('auth'), token: z.string().min(20).max(4000) }),
  z.strictObject({ type: z.literal('ping') }),
]);
export type ClientFrame = z.infer<typeof clientFrameSchema>;

export const availabilityDataSchema = z.object({
  salesOpen: z.boolean(),
  zones: z.array(z.object({ zoneId: z.uuid(), seatsLeft: z.int() })),
});
export type AvailabilityData = z.infer<typeof availabilityDataSchema>;

export const REALTIME_ERRORS = [
  'BAD_FRAME',
  'UNKNOWN_CHANNEL',
  'FORBIDDEN',
  'TOO_MANY_SUBSCRIPTIONS',
  'TOKEN_EXPIRED',
  'INVALID_TOKEN',
  'UNAVAILABLE',
] as const;

export const serverFrameSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('subscribed'), channel: channelSchema, cursor: cursorSchema }),
  z.object({ type: z.literal('unsubscribed'), channel: channelSchema }),
  z.object({
    type: z.literal('event'),
    channel: channelSchema,
    cursor: cursorSchema,
    /** availability: AvailabilityData; room: {} (read the room again). */
    data: z.record(z.string(), z.unknown()),
  }),
  /** The feed no longer reaches back to the cursor given: read the resource again. */
  z.object({ type: z.literal('refetch'), channel: channelSchema, cursor: cursorSchema }),
  z.object({ type: z.literal('authenticated'), expiresAt: z.iso.datetime({ offset: true }) }),
  z.object({
    type: z.literal('error'),
    code: z.enum(REALTIME_ERRORS),
    message: z.string(),
    channel: z.string().optional(),
  }),
  z.object({ type: z.literal('pong') }),
]);
export type ServerFrame = z.infer<typeof serverFrameSchema>;
