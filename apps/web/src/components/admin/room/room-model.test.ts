import { describe, expect, it } from 'vitest';
import { ALICE, BRUNO, ROOM, T1, T2, T3 } from './room-fixtures';
import { applyMove, freeSeatsFor } from './room-model';

describe('the room model', () => {
  it('counts a private table held by another party as having no free seats', () => {
    const alice = ROOM.parties.find((p) => p.bookingId === ALICE);
    expect(freeSeatsFor(ROOM.tables[1]!, alice, ROOM)).toBe(0);
    expect(freeSeatsFor(ROOM.tables[0]!, alice, ROOM)).toBe(4);
    expect(freeSeatsFor(ROOM.tables[2]!, alice, ROOM)).toBe(6);
  });

  it('moves a party, freeing its old table and seating it on the new one', () => {
    const next = applyMove(ROOM, ALICE, [T3])!;
    expect(next.parties.find((p) => p.bookingId === ALICE)!.tables).toEqual([
      { tableId: T3, guests: 3 },
    ]);
    expect(next.tables.map((t) => t.seated)).toEqual([0, 2, 3]);
  });

  it('splits a party over several tables in order, and refuses what does not fit', () => {
    const shrunk = {
      ...ROOM,
      tables: ROOM.tables.map((t) => (t.id === T3 ? { ...t, seats: 2 } : t)),
    };
    const next = applyMove(shrunk, ALICE, [T3, T1])!;
    expect(next.parties.find((p) => p.bookingId === ALICE)!.tables).toEqual([
      { tableId: T3, guests: 2 },
      { tableId: T1, guests: 1 },
    ]);
    expect(applyMove(ROOM, ALICE, [T2])).toBeNull();
    expect(applyMove(ROOM, BRUNO, ['00000000-0000-4000-8000-000000000000'])).toBeNull();
  });
});
