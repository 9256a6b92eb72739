import { describe, expect, it } from 'vitest';
import type { PerformanceAvailability } from '../api/types';
import { withLiveSeats } from './live-seats';

const current = {
  salesOpen: true,
  zones: [
    { zoneId: 'a', seatsLeft: 10 },
    { zoneId: 'b', seatsLeft: 4 },
  ],
} as unknown as PerformanceAvailability;

describe('live seats', () => {
  it('applies a snapshot zone by zone, and the sales state', () => {
    const next = withLiveSeats(current, {
      salesOpen: false,
      zones: [{ zoneId: 'b', seatsLeft: 0 }],
    });
    expect(next.zones.map((z) => z.seatsLeft)).toEqual([10, 0]);
    expect(next.salesOpen).toBe(false);
  });

  it('ignores a malformed snapshot', () => {
    expect(withLiveSeats(current, { zones: 'nope' })).toBe(current);
    expect(withLiveSeats(current, { zones: [{ zoneId: 1 }] })).toBe(current);
  });
});
