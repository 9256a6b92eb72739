// Capacities per zone as typed in a form, and the body the API takes.
import type { AdminZone } from '@ladiva/contract/backoffice-catalogue';

export type Capacities = Record<string, string>;

export const defaultCapacities = (zones: readonly AdminZone[]): Capacities =>
  Object.fromEntries(zones.map((zone) => [zone.id, String(zone.seats)]));

/** The body's `capacities`, or undefined to let the server use the seats. */
export function capacitiesBody(zones: readonly AdminZone[], values: Capacities) {
  const list = zones.map((zone) => ({
    zoneId: zone.id,
    capacity: Math.max(0, Math.round(Number(values[zone.id] ?? zone.seats) || 0)),
  }));
  return list.every((item, i) => item.capacity === zones[i]?.seats) ? undefined : list;
}
