// A realtime availability snapshot (`{ salesOpen, zones: [{ zoneId, seatsLeft }] }`) applied to
// the availability the page holds. A malformed snapshot changes nothing.
import type { PerformanceAvailability } from '../api/types';

export function withLiveSeats(
  current: PerformanceAvailability,
  data: Record<string, unknown>,
): PerformanceAvailability {
  const zones = Array.isArray(data.zones) ? data.zones : [];
  const left = new Map<string, number>();
  for (const zone of zones) {
    if (typeof zone !== 'object' || zone === null) continue;
    const { zoneId, seatsLeft } = zone as Record<string, unknown>;
    if (typeof zoneId === 'string' && typeof seatsLeft === 'number') left.set(zoneId, seatsLeft);
  }
  if (left.size === 0) return current;
  return {
    ...current,
    salesOpen: typeof data.salesOpen === 'boolean' ? data.salesOpen : current.salesOpen,
    zones: current.zones.map((zone) => ({
      ...zone,
      seatsLeft: left.get(zone.zoneId) ?? zone.seatsLeft,
    })),
  };
}
