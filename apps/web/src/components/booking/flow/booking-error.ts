// Every booking failure in words from the catalogue, with the way forward it offers.
import type { BookingTranslate } from '../../../hooks/use-booking-t';
import { ApiError } from '../../../lib/api/api-request';
import type { Translate } from '../../../lib/i18n/catalogue';

/**
 * zone: back to the zone choice with fresh availability; rehold: hold the same places again;
 * call: the venue's phone; otherDate: back to the show's calendar; retry: the same request again;
 * fix: the guest corrects the form.
 */
export type WayForward = 'zone' | 'rehold' | 'call' | 'otherDate' | 'retry' | 'fix';

export interface BookingProblem {
  message: string;
  action: WayForward;
}

export function describeBookingError(
  t: Translate,
  bt: BookingTranslate,
  error: unknown,
): BookingProblem {
  if (!(error instanceof ApiError)) return { message: t('error.NETWORK'), action: 'retry' };
  const seatsLeft = error.details.seatsLeft;
  switch (error.code) {
    case 'SOLD_OUT': {
      const left =
        typeof seatsLeft === 'number' && seatsLeft > 0
          ? ` ${bt('flow.soldOut.left', { count: seatsLeft })}`
          : '';
      return { message: t('error.SOLD_OUT') + left, action: 'zone' };
    }
    case 'NO_TABLE': {
      const largest = error.details.largestParty;
      const hint =
        typeof largest === 'number' && largest > 0
          ? ` ${bt('flow.noTable.largest', { count: largest })}`
          : '';
      return { message: t('error.NO_TABLE') + hint, action: 'zone' };
    }
    case 'HOLD_EXPIRED':
      return { message: t('error.HOLD_EXPIRED'), action: 'rehold' };
    // The key went out with another choice: holding again takes a new one.
    case 'IDEMPOTENCY_KEY_REUSED':
      return { message: t('error.IDEMPOTENCY_KEY_REUSED'), action: 'rehold' };
    case 'PARTY_TOO_LARGE':
      return { message: t('error.PARTY_TOO_LARGE'), action: 'call' };
    case 'SALES_CLOSED':
      return { message: t('error.SALES_CLOSED'), action: 'otherDate' };
    case 'VALIDATION_FAILED':
      return { message: t('error.VALIDATION_FAILED'), action: 'fix' };
    case 'RATE_LIMITED': {
      const seconds = error.retryAfterSeconds;
      return {
        message: seconds
          ? t('error.rateLimitedFor', { minutes: Math.max(1, Math.ceil(seconds / 60)) })
          : t('error.RATE_LIMITED'),
        action: 'retry',
      };
    }
    default:
      return { message: t(`error.${error.code}`), action: 'retry' };
  }
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * Whether the request may have been lost on the way, or the server could not decide it right now:
 * busy (a lock it could not take in time), its database away, a gateway without an answer, or no
 * network at all. Its outcome is unknown or nothing happened; never "refused".
 */
export function isTransient(error: unknown): boolean {
  if (!(error instanceof ApiError)) return false;
  return (
    error.code === 'BUSY' ||
    error.code === 'DATABASE_UNAVAILABLE' ||
    error.code === 'NETWORK' ||
    [502, 503, 504].includes(error.status)
  );
}

/**
 * Runs `attempt`, and again after a pause while the answer is transient: the same request (the
 * same idempotency key for a hold; confirming or changing a booking twice changes it once), so a
 * retry never books twice. The pause follows Retry-After, growing when there is none.
 */
export async function retryWhileUnavailable<T>(
  attempt: () => Promise<T>,
  { tries = 4, wait = sleep }: { tries?: number; wait?: (ms: number) => Promise<void> } = {},
): Promise<T> {
  for (let i = 1; ; i++) {
    try {
      return await attempt();
    } catch (error) {
      if (!isTransient(error) || i >= tries) throw error;
      const seconds = (error as ApiError).retryAfterSeconds ?? Math.min(i, 3);
      await wait(seconds * 1000);
    }
  }
}
