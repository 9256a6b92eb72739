// The one catalogue of error codes (CONVENTIONS.md §6). The server throws them, the web app maps
// them to translated wording. Codes are stable: add new ones, never rename or reuse one.
import { z } from 'zod';

export const ERROR_CODES = [
  'VALIDATION_FAILED',
  'BAD_REQUEST',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'METHOD_NOT_ALLOWED',
  'CONFLICT',
  'PAYLOAD_TOO_LARGE',
  'UNSUPPORTED_MEDIA_TYPE',
  'RATE_LIMITED',
  'BUSY',
  'DATABASE_UNAVAILABLE',
  'INTERNAL',
  // Identity and access (#4).
  'INVALID_CREDENTIALS',
  'EMAIL_NOT_VERIFIED',
  'MFA_REQUIRED',
  'INVALID_CODE',
  'INVALID_LINK',
  'WEAK_PASSWORD',
  'CSRF_FAILED',
  'SESSION_ENDED',
  // An action that needs the current password again: this sign-in is not recent enough (#14).
  'REAUTHENTICATION_REQUIRED',
  // Booking engine (#5).
  'SOLD_OUT',
  'HOLD_EXPIRED',
  'PARTY_TOO_LARGE',
  'SALES_CLOSED',
  'CANCELLATION_CLOSED',
  // No free table seats the party together in this zone (#13): details zoneId, largestParty.
  'NO_TABLE',
  // Back office catalogue (#6).
  'CAPACITY_BELOW_BOOKED',
  'TABLE_IN_USE',
  // Storage (#6).
  'UNSUPPORTED_FILE_TYPE',
  'FILE_TOO_LARGE',
  'IMAGE_TOO_LARGE',
  'INVALID_FILE',
  // Tonight's room (#6).
  'TABLE_FULL',
  // An idempotency key sent again with a different request (#12).
  'IDEMPOTENCY_KEY_REUSED',
  // Notifications (#12): a message's single-use link is no longer kept, so it cannot be resent.
  'LINK_PURGED',
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

export const errorCodeSchema = z.enum(ERROR_CODES);

/** One failing field: where (a path into the request) and why. */
export const fieldErrorSchema = z.object({
  path: z
    .string()
    .describe('Dotted path of the field, prefixed by its location (body, querystring, params)'),
  message: z.string(),
  code: z
    .string()
    .describe('Machine-readable reason, e.g. too_small, invalid_type, unrecognized_keys'),
});
export type FieldError = z.infer<typeof fieldErrorSchema>;

export const errorResponseSchema = z
  .object({
    code: errorCodeSchema,
    message: z.string(),
    details: z
      .object({ fields: z.array(fieldErrorSchema).optional() })
      .catchall(z.unknown())
      .optional(),
    requestId: z.string().optional(),
  })
  .meta({ id: 'ErrorResponse' });
export type ErrorResponse = z.infer<typeof errorResponseSchema>;

/** The error answers a route documents: `{ 400: errorResponseSchema, 404: … }`. */
export function errorResponses<S extends number>(
  ...statuses: S[]
): Record<S, typeof errorResponseSchema> {
  return Object.fromEntries(statuses.map((status) => [status, errorResponseSchema])) as Record<
    S,
    typeof errorResponseSchema
  >;
}
