// Seating a batch of parties on a performance's floor as it stands (ADR 0026). Pure: the callers
// read the floor under the performance's allocation lock (migration 0021, performance_floor) and
// write what this decides. allocation.ts decides each party's tables; this file decides the order
// and what a party that fits nowhere becomes.
//
// A zone with no tables at all is sold by its seat count alone (standing room): its guests need no
// table. In a zone with tables, a party the free tables cannot seat without splitting it is
// refused — or, when the performance sells beyond its plan, kept without a table for the maître d'.
import { allocateParty, spreadParty, type AllocTable, type Placement } from './allocation.ts';
import type { ZoneCount } from './inventory.ts';

/** A performance's floor: performance_floor's JSON. */
export interface Floor {
  sellBeyondPlan: boolean;
  tables: AllocTable[];
  seated: { bookingId: string; tableId: string; guests: number; zoneId: string }[];
}

export interface PartyToSeat {
  bookingId: string;
  /** Guests per zone. */
  counts: readonly ZoneCount[];
}

export interface Seat {
  bookingId: string;
  tableId: string;
  guests: number;
}

export interface SeatingPlan {
  seats: Seat[];
  /** Parties refused: the first zone that could not seat them, and the largest party it still can. */
  refused: Map<string, { zoneId: string; largestParty: number }>;
  /** Parties kept without a table in some zone (selling beyond the plan). */
  unseated: Set<string>;
}

/** The placements the floor's rows describe: one per party and zone. */
export function placementsOf(seated: readonly Floor['seated'][number][]): Placement[] {
  const grouped = new Map<string, { bookingId: string; tableIds: string[]; guests: number }>();
  for (const row of seated) {
    const key = `${row.bookingId}/${row.zoneId}`;
    const placement = grouped.get(key) ?? { bookingId: row.bookingId, tableIds: [], guests: 0 };
    placement.tableIds.push(row.tableId);
    placement.guests += row.guests;
    grouped.set(key, placement);
  }
  return [...grouped.values()];
}

/** The largest party (at most `below` - 1 guests) the zone's free tables can still seat; 0: none. */
export function largestParty(
  tables: readonly AllocTable[],
  placements: readonly Placement[],
  zoneId: string,
  below: number,
): number {
  for (let guests = below - 1; guests >= 1; guests--) {
    if (allocateParty(tables, placements, { bookingId: '', zoneId, guests }).ok) return guests;
  }
  return 0;
}

/**
 * Seats `parties` on `floor`, largest first (big parties take the big tables and the combinations,
 * so the batch wastes fewest seats), ties in the order given. Parties already on the floor are
 * placed again from scratch only if listed; the floor's other placements stand.
 */
export function seatParties(floor: Floor, parties: readonly PartyToSeat[]): SeatingPlan {
  const listed = new Set(parties.map((p) => p.bookingId));
  const placements = placementsOf(floor.seated.filter((row) => !listed.has(row.bookingId)));
  const planned = new Set(floor.tables.map((t) => t.zoneId));
  const plan: SeatingPlan = { seats: [], refused: new Map(), unseated: new Set() };
  const size = (p: PartyToSeat) => p.counts.reduce((sum, c) => sum + c.guests, 0);
  const order = parties.map((party, index) => ({ party, index, guests: size(party) }));
  order.sort((a, b) => b.guests - a.guests || a.index - b.index);

  for (const { party } of order) {
    const mine: { placement: Placement; seats: Seat[] }[] = [];
    let refusedIn: ZoneCount | undefined;
    for (const zone of party.counts) {
      if (zone.guests === 0 || !planned.has(zone.zoneId)) continue;
      // Its zones are distinct (counts by zone), so its own placements never compete.
      const result = allocateParty(floor.tables, placements, {
        bookingId: party.bookingId,
        ...zone,
      });
      if (result.ok) {
        mine.push({
          placement: { bookingId: party.bookingId, tableIds: result.tableIds, guests: zone.guests },
          seats: spreadParty(floor.tables, result.tableIds, zone.guests).map((seat) => ({
            bookingId: party.bookingId,
            ...seat,
          })),
        });
      } else if (floor.sellBeyondPlan) {
        plan.unseated.add(party.bookingId);
      } else {
        refusedIn = zone;
        break;
      }
    }
    if (refusedIn) {
      plan.refused.set(party.bookingId, {
        zoneId: refusedIn.zoneId,
        largestParty: 0, // filled in below, once the batch is seated
      });
      continue;
    }
    for (const { placement, seats } of mine) {
      placements.push(placement);
      plan.seats.push(...seats);
    }
  }
  for (const [bookingId, refusal] of plan.refused) {
    const party = parties.find((p) => p.bookingId === bookingId)!;
    const wanted = party.counts.find((c) => c.zoneId === refusal.zoneId)!.guests;
    refusal.largestParty = largestParty(floor.tables, placements, refusal.zoneId, wanted);
  }
  return plan;
}

export interface Proposal {
  tableIds: string[];
  /** The rules' own seating (one table, or tables pushed together); else chairs must move. */
  together: boolean;
}

/**
 * Where the maître d' could seat parties that have no table in a zone with tables (sold beyond
 * the plan), largest first, each proposal counted as taken for the next: the rules' seating when
 * the free tables allow it, else the fewest free private tables whose seats take the guests once
 * chairs are moved (largest first). A party with no proposal is absent: its zone has no free seats.
 */
export function proposeSeats(
  tables: readonly AllocTable[],
  placements: readonly Placement[],
  parties: readonly { bookingId: string; zoneId: string; guests: number }[],
): Map<string, Proposal> {
  const proposals = new Map<string, Proposal>();
  const taken = [...placements];
  const order = [...parties].sort(
    (a, b) => b.guests - a.guests || (a.bookingId < b.bookingId ? -1 : 1),
  );
  for (const party of order) {
    const fit = allocateParty(tables, taken, party);
    let proposal: Proposal | undefined;
    if (fit.ok) proposal = { tableIds: fit.tableIds, together: true };
    else {
      const used = new Set(taken.flatMap((p) => p.tableIds));
      const free = tables
        .filter((t) => t.zoneId === party.zoneId && !t.shared && !used.has(t.id))
        .sort((a, b) => b.seats - a.seats || (a.id < b.id ? -1 : 1));
      const chosen: string[] = [];
      let seats = 0;
      for (const table of free) {
        if (seats >= party.guests) break;
        chosen.push(table.id);
        seats += table.seats;
      }
      if (seats >= party.guests) proposal = { tableIds: chosen, together: false };
    }
    if (!proposal) continue;
    proposals.set(party.bookingId, proposal);
    taken.push({ bookingId: party.bookingId, tableIds: proposal.tableIds, guests: party.guests });
  }
  return proposals;
}
