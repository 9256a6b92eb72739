// Identity and access vocabulary as plain values, with no zod import: the browser bundle uses
// these directly, and auth.ts builds its schemas from them.
export const STAFF_ROLES = ['admin', 'manager', 'box_office', 'door', 'kitchen'] as const;
export type StaffRole = (typeof STAFF_ROLES)[number];

/** Consents a guest can give or withdraw; each record keeps the wording version it was given on. */
export const CONSENT_KINDS = ['terms', 'marketing_email', 'marketing_sms'] as const;
export type ConsentKind = (typeof CONSENT_KINDS)[number];

/** The wording currently shown for each consent; bump when the text changes. */
export const CONSENT_WORDING_VERSION = '2026-11';

export const PASSWORD_MIN_LENGTH = 8;
export const PASSWORD_MAX_LENGTH = 128;

/** Why a password was refused (details.reason of a WEAK_PASSWORD error). */
export const PASSWORD_REJECTIONS = [
  'too_short',
  'too_long',
  'common',
  'contains_personal_info',
] as const;
export type PasswordRejection = (typeof PASSWORD_REJECTIONS)[number];

/** Header carrying the CSRF token on cookie-authenticated requests (refresh, sign-out). */
export const CSRF_HEADER = 'x-csrf-token';
/** Readable by the page (not HttpOnly): the double-submit half of the CSRF check. */
export const CSRF_COOKIE = '__Host-ladiva-csrf';
