import { describe, expect, it, vi } from 'vitest';
import { ApiError } from '../../../lib/api/api-request';
import type { Translate } from '../../../lib/i18n/catalogue';
import { translate } from '../../../lib/i18n/catalogue';
import { bookingFr } from '../../../lib/i18n/messages-booking-fr';
import { fr } from '../../../lib/i18n/messages-fr';
import type { BookingTranslate } from '../../../hooks/use-booking-t';
import { describeBookingError, retryWhileUnavailable } from './booking-error';

const t = ((key: string, params?: Record<string, string | number>) =>
  translate(fr, key, params)) as Translate;
const bt = ((key: string, params?: Record<string, string | number>) =>
  translate(bookingFr, key, params)) as BookingTranslate;
const fail = (status: number, code: ApiError['code'], details: Record<string, unknown> = {}) =>
  new ApiError(status, code, 'server text', 'req-1', details);

describe('booking errors in words, with a way forward', () => {
  it('sends a sold-out zone back to the zone choice, with the places left when known', () => {
    const problem = describeBookingError(t, bt, fail(409, 'SOLD_OUT', { seatsLeft: 3 }));
    expect(problem.action).toBe('zone');
    expect(problem.message).toBe(`${fr['error.SOLD_OUT']} Places restantes dans cette zone : 3.`);
    expect(describeBookingError(t, bt, fail(409, 'SOLD_OUT')).message).toBe(fr['error.SOLD_OUT']);
  });

  it('sends a party no table seats back to the zone choice, with the largest party it can seat', () => {
    const problem = describeBookingError(
      t,
      bt,
      fail(409, 'NO_TABLE', { zoneId: 'z', largestParty: 2 }),
    );
    expect(problem).toEqual({
      message: `${fr['error.NO_TABLE']} Plus grand groupe que cette zone peut encore accueillir : 2.`,
      action: 'zone',
    });
    expect(describeBookingError(t, bt, fail(409, 'NO_TABLE', { largestParty: 0 })).message).toBe(
      fr['error.NO_TABLE'],
    );
  });

  it('offers to hold again after an expiry, and the phone for a large party', () => {
    expect(describeBookingError(t, bt, fail(409, 'HOLD_EXPIRED'))).toEqual({
      message: fr['error.HOLD_EXPIRED'],
      action: 'rehold',
    });
    expect(describeBookingError(t, bt, fail(422, 'PARTY_TOO_LARGE')).action).toBe('call');
    expect(describeBookingError(t, bt, fail(409, 'SALES_CLOSED')).action).toBe('otherDate');
  });

  it('holds again under a new key when the key was already used for another choice', () => {
    expect(describeBookingError(t, bt, fail(422, 'IDEMPOTENCY_KEY_REUSED'))).toEqual({
      message: fr['error.IDEMPOTENCY_KEY_REUSED'],
      action: 'rehold',
    });
  });

  it('never shows the server text; network failures and rate limits are retried', () => {
    expect(describeBookingError(t, bt, new TypeError('boom'))).toEqual({
      message: fr['error.NETWORK'],
      action: 'retry',
    });
    const limited = describeBookingError(
      t,
      bt,
      fail(429, 'RATE_LIMITED', { retryAfterSeconds: 90 }),
    );
    expect(limited.message).toBe('Trop de tentatives. Réessayez dans 2 min.');
    expect(describeBookingError(t, bt, fail(400, 'VALIDATION_FAILED')).action).toBe('fix');
  });
});

describe('retryWhileUnavailable', () => {
  it('retries a BUSY answer after a pause, then returns the answer', async () => {
    const wait = vi.fn(() => Promise.resolve());
    const attempt = vi
      .fn<() => Promise<string>>()
      .mockRejectedValueOnce(fail(503, 'BUSY'))
      .mockResolvedValueOnce('held');
    await expect(retryWhileUnavailable(attempt, { wait })).resolves.toBe('held');
    expect(attempt).toHaveBeenCalledTimes(2);
    expect(wait).toHaveBeenCalledWith(1000);
  });

  it('retries while the database is away or the network is down (#12), as Retry-After says', async () => {
    const wait = vi.fn(() => Promise.resolve());
    const attempt = vi
      .fn<() => Promise<string>>()
      .mockRejectedValueOnce(fail(503, 'DATABASE_UNAVAILABLE', { retryAfterSeconds: 2 }))
      .mockRejectedValueOnce(new ApiError(0, 'NETWORK', 'offline'))
      .mockRejectedValueOnce(new ApiError(502, 'BAD_RESPONSE', 'bad gateway'))
      .mockResolvedValueOnce('confirmed');
    await expect(retryWhileUnavailable(attempt, { wait, tries: 4 })).resolves.toBe('confirmed');
    expect(wait.mock.calls).toEqual([[2000], [2000], [3000]]);
  });

  it('gives up after the last try, and never retries another error', async () => {
    const wait = vi.fn(() => Promise.resolve());
    const busy = vi.fn(() => Promise.reject(fail(503, 'BUSY')));
    await expect(retryWhileUnavailable(busy, { wait, tries: 3 })).rejects.toMatchObject({
      code: 'BUSY',
    });
    expect(busy).toHaveBeenCalledTimes(3);
    for (const [status, code] of [
      [409, 'SOLD_OUT'],
      [500, 'INTERNAL'],
      [410, 'HOLD_EXPIRED'],
    ] as const) {
      const refused = vi.fn(() => Promise.reject(fail(status, code)));
      await expect(retryWhileUnavailable(refused, { wait })).rejects.toMatchObject({ code });
      expect(refused).toHaveBeenCalledTimes(1);
    }
  });
});
