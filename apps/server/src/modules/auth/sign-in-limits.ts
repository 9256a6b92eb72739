// How many failed sign-ins are allowed, and to whom (issue #12; ADR 0016). A lock that anyone can
// trigger is a denial of service, so no single limit stops an account's owner:
//   - an address that fails on an account is stopped on that account (5 in 15 minutes), not on
//     others, and the account is not stopped elsewhere;
//   - the account itself slows down only under a distributed attack: 20 failures from anywhere in
//     an hour, then 50 in a day, cap the guesses an attacker with many addresses gets;
//   - a device already signed in to the account (it holds a live refresh cookie of it) passes
//     those: its own failures are counted on their own, 5 in 15 minutes;
//   - an address that fails on many accounts (password spraying) is slowed after 50 in
//     15 minutes; behind a proxy missing from TRUSTED_PROXIES every client shares that address,
//     which the server reports in its log.
// Failures alone are counted (a success costs nothing), checked before the password is verified:
// a blocked attempt learns nothing about the password.
import type { RateLimitRule } from '../perimeter/rate-limit.ts';

export const PAIR_FAILURE_LIMIT = 5;
export const PAIR_WINDOW_SECONDS = 15 * 60;
export const ACCOUNT_FAILURE_LIMIT = 20;
export const ACCOUNT_WINDOW_SECONDS = 3600;
export const ACCOUNT_DAILY_FAILURE_LIMIT = 50;
export const ADDRESS_FAILURE_LIMIT = 50;
export const ADDRESS_WINDOW_SECONDS = 15 * 60;

export interface SignInAttempt {
  /** The normalised email typed (an unknown account is limited exactly like a known one). */
  email: string;
  /** The client's address (client-ip.ts). */
  ip: string;
  /** The session of a live refresh cookie of this very account, sent with the attempt. */
  knownDeviceSessionId?: string | undefined;
}

/** The buckets an attempt is checked against before the password, and charged on a failure. */
export function signInRules({ email, ip, knownDeviceSessionId }: SignInAttempt): RateLimitRule[] {
  if (knownDeviceSessionId) {
    return [
      {
        scope: 'login.failure:device',
        key: `${email} ${knownDeviceSessionId}`,
        limit: PAIR_FAILURE_LIMIT,
        windowSeconds: PAIR_WINDOW_SECONDS,
      },
    ];
  }
  return [
    {
      scope: 'login.failure:email+ip',
      key: `${email} ${ip}`,
      limit: PAIR_FAILURE_LIMIT,
      windowSeconds: PAIR_WINDOW_SECONDS,
    },
    {
      scope: 'login.failure:email',
      key: email,
      limit: ACCOUNT_FAILURE_LIMIT,
      windowSeconds: ACCOUNT_WINDOW_SECONDS,
    },
    {
      scope: 'login.failure:email:day',
      key: email,
      limit: ACCOUNT_DAILY_FAILURE_LIMIT,
      windowSeconds: 24 * 3600,
    },
    {
      scope: 'login.failure:ip',
      key: ip,
      limit: ADDRESS_FAILURE_LIMIT,
      windowSeconds: ADDRESS_WINDOW_SECONDS,
    },
  ];
}
