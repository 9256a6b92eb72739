// Pure rules of the room page: free seats of a table for a party, and a move applied to the plan
// before the server confirms it (the optimistic view, dropped on refusal). The server splits the
// guests the same way: per zone, over the chosen tables in order, each taking what it has free.
import type { Room, RoomParty, RoomTable } from './api/use-room';
import type { useRoomT } from './messages';

/** Seats of `table` a party could take: its own guests there count as free, others' do not. */
export function freeSeatsFor(table: RoomTable, party: RoomParty | undefined, room: Room): number {
  const own = party?.tables.find((t) => t.tableId === table.id)?.guests ?? 0;
  if (!table.shared) {
    const others = room.parties.some(
      (p) => p.bookingId !== party?.bookingId && p.tables.some((t) => t.tableId === table.id),
    );
    // A table kept for a booking in progress is taken too.
    return others || table.held > 0 ? 0 : table.seats;
  }
  return Math.max(0, table.seats - table.seated - table.held + own);
}

/** The guests a party has in each zone, from its formulas' lines (spread evenly when unknown). */
function guestsByZone(party: RoomParty, tables: readonly RoomTable[]): Map<string, number> {
  const zones = new Map<string, number>();
  for (const seat of party.tables) {
    const zoneId = tables.find((t) => t.id === seat.tableId)?.zoneId;
    if (zoneId) zones.set(zoneId, (zones.get(zoneId) ?? 0) + seat.guests);
  }
  // A party not seated yet: its whole size in its (first) zone.
  if (zones.size === 0 && party.zoneIds[0]) zones.set(party.zoneIds[0], party.partySize);
  return zones;
}

/** The plan as it will be once `bookingId` sits at `tableIds`; null if it cannot (no seats). */
export function applyMove(room: Room, bookingId: string, tableIds: readonly string[]): Room | null {
  const party = room.parties.find((p) => p.bookingId === bookingId);
  if (!party) return null;
  const chosen = tableIds.map((id) => room.tables.find((t) => t.id === id));
  if (chosen.some((t) => !t || !party.zoneIds.includes(t.zoneId))) return null;
  const zoneGuests = guestsByZone(party, room.tables);
  const targetZones = new Set(chosen.map((t) => t!.zoneId));
  const kept = party.tables.filter(
    (seat) => !targetZones.has(room.tables.find((t) => t.id === seat.tableId)?.zoneId ?? ''),
  );
  const placed: { tableId: string; guests: number }[] = [];
  for (const zoneId of targetZones) {
    let left = zoneGuests.get(zoneId) ?? (targetZones.size === 1 ? party.partySize : 0);
    for (const table of chosen.filter((t) => t!.zoneId === zoneId)) {
      const here = Math.min(freeSeatsFor(table!, party, room), left);
      left -= here;
      placed.push({ tableId: table!.id, guests: here });
    }
    if (left > 0) return null;
  }
  const seats = [...kept, ...placed];
  const parties = room.parties.map((p) =>
    p.bookingId === bookingId ? { ...p, tables: seats } : p,
  );
  return {
    ...room,
    parties,
    tables: room.tables.map((table) => ({
      ...table,
      seated: parties.reduce(
        (sum, p) => sum + (p.tables.find((t) => t.tableId === table.id)?.guests ?? 0),
        0,
      ),
    })),
  };
}

/** The parties seated at a table. */
export const partiesAt = (room: Room, tableId: string) =>
  room.parties.filter((p) => p.tables.some((t) => t.tableId === tableId));

/** The labels of a party's tables, in order. */
export const tableLabels = (room: Room, party: RoomParty) =>
  party.tables
    .map((seat) => room.tables.find((t) => t.id === seat.tableId)?.label)
    .filter((label): label is string => Boolean(label))
    .sort((a, b) => a.localeCompare(b, undefined, { numeric: true }));

/** A party's name; a walk-in, or a guest whose contact was erased, by its reference. */
export function partyName(party: RoomParty, at: ReturnType<typeof useRoomT>['at']) {
  if (party.walkIn) return at('party.walkIn', { reference: party.reference });
  return party.name ?? at('party.anonymous', { reference: party.reference });
}

/** Tables nobody sits at or keeps tonight, zone by zone as the venue orders them. */
export function freeTables(room: Room) {
  const zoneIndex = new Map(room.zones.map((zone, index) => [zone.id, index]));
  return room.tables
    .filter((table) => table.seated === 0 && table.held === 0)
    .sort(
      (a, b) =>
        (zoneIndex.get(a.zoneId) ?? 0) - (zoneIndex.get(b.zoneId) ?? 0) ||
        a.label.localeCompare(b.label, undefined, { numeric: true }),
    );
}

/**
 * Tables of other zones a party could be upgraded to: its one zone's formulas are all sold there,
 * the zone has places left for the whole party, and the table free seats.
 */
export function upgradeTables(room: Room, party: RoomParty) {
  if (party.zoneIds.length !== 1) return [];
  return room.tables
    .filter((table) => !party.zoneIds.includes(table.zoneId))
    .filter((table) => {
      const zone = room.zones.find((z) => z.id === table.zoneId);
      return (
        zone !== undefined &&
        zone.seatsLeft >= party.partySize &&
        party.formulas.every((f) => zone.formulas.some((o) => o.formulaId === f.formulaId))
      );
    })
    .map((table) => ({ table, free: freeSeatsFor(table, party, room) }))
    .filter(({ free }) => free > 0);
}
