// What the guest's choice costs, from the availability (price per formula and zone) and the
// show's extras. The server's total of the hold is the final word; this is what is shown before.
import type { PerformanceAvailability, ShowDetail } from '../api/types';
import type { Selection } from './flow-machine';

type Zones = PerformanceAvailability['zones'];

/** The price per guest of a formula in a zone, or null where the zone does not sell it. */
export function priceIn(zones: Zones, zoneId: string, formulaId: string): number | null {
  const zone = zones.find((candidate) => candidate.zoneId === zoneId);
  return zone?.prices.find((price) => price.formulaId === formulaId)?.priceCents ?? null;
}

/** The lowest price of a formula over the zones that sell it and still have room for the party. */
export function lowestPrice(zones: Zones, formulaId: string, partySize = 1): number | null {
  const prices = zones
    .filter((zone) => zone.seatsLeft >= partySize)
    .map((zone) => priceIn(zones, zone.zoneId, formulaId))
    .filter((price): price is number => price !== null);
  return prices.length > 0 ? Math.min(...prices) : null;
}

export interface PriceLine {
  id: string;
  quantity: number;
  unitCents: number;
  totalCents: number;
}

export interface Totals {
  seats: PriceLine | null;
  extras: PriceLine[];
  totalCents: number;
}

export function totalsOf(selection: Selection, zones: Zones, extras: ShowDetail['extras']): Totals {
  const { formulaId, zoneId, partySize } = selection;
  const unit = formulaId && zoneId ? priceIn(zones, zoneId, formulaId) : null;
  const seats =
    unit === null
      ? null
      : {
          id: `${formulaId}:${zoneId}`,
          quantity: partySize,
          unitCents: unit,
          totalCents: unit * partySize,
        };
  const extraLines = extras
    .map((extra) => {
      const quantity = selection.extras[extra.id] ?? 0;
      return {
        id: extra.id,
        quantity,
        unitCents: extra.priceCents,
        totalCents: quantity * extra.priceCents,
      };
    })
    .filter((line) => line.quantity > 0);
  const totalCents =
    (seats?.totalCents ?? 0) + extraLines.reduce((sum, line) => sum + line.totalCents, 0);
  return { seats, extras: extraLines, totalCents };
}
