import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  allocateParty,
  reallocate,
  type AllocTable,
  type Party,
  type Placement,
} from './allocation.ts';

// ---------------------------------------------------------------------------------------------
// Helpers: an independent reading of the rules, written for clarity, not speed.

const table = (
  id: string,
  seats: number,
  neighbours: string[] = [],
  more: Partial<AllocTable> = {},
) => ({ id, zoneId: 'salle', seats, shared: false, neighbours, ...more }) satisfies AllocTable;
const party = (bookingId: string, guests: number, zoneId = 'salle'): Party => ({
  bookingId,
  zoneId,
  guests,
});

function adjacent(tables: readonly AllocTable[], a: string, b: string) {
  const byId = new Map(tables.map((t) => [t.id, t]));
  return Boolean(byId.get(a)?.neighbours.includes(b) || byId.get(b)?.neighbours.includes(a));
}

function connected(tables: readonly AllocTable[], ids: readonly string[]) {
  const seen = new Set([ids[0]]);
  const stack = [ids[0]!];
  while (stack.length > 0) {
    const a = stack.pop()!;
    for (const b of ids) {
      if (seen.has(b) || !adjacent(tables, a, b)) continue;
      seen.add(b);
      stack.push(b);
    }
  }
  return seen.size === ids.length;
}

/** Throws unless the floor respects every invariant of allocation.ts. */
function checkFloor(
  tables: readonly AllocTable[],
  parties: readonly Party[],
  placements: readonly Placement[],
) {
  const byId = new Map(tables.map((t) => [t.id, t]));
  const partyOf = new Map(parties.map((p) => [p.bookingId, p]));
  const load = new Map<string, number>();
  const holders = new Map<string, number>();
  expect(new Set(placements.map((p) => p.bookingId)).size).toBe(placements.length);
  for (const placement of placements) {
    const p = partyOf.get(placement.bookingId)!;
    const mine = placement.tableIds.map((id) => byId.get(id)!);
    expect(placement.guests).toBe(p.guests); // never split: the whole party sits here
    expect(new Set(placement.tableIds).size).toBe(mine.length);
    expect(mine.every((t) => t.zoneId === p.zoneId)).toBe(true);
    expect(connected(tables, placement.tableIds)).toBe(true);
    if (mine.length > 1) {
      expect(mine.every((t) => !t.shared)).toBe(true);
      expect(mine.reduce((s, t) => s + t.seats, 0)).toBeGreaterThanOrEqual(p.guests);
    }
    for (const t of mine) {
      holders.set(t.id, (holders.get(t.id) ?? 0) + 1);
      load.set(t.id, (load.get(t.id) ?? 0) + (mine.length === 1 ? p.guests : t.seats));
    }
  }
  for (const t of tables) {
    expect(load.get(t.id) ?? 0).toBeLessThanOrEqual(t.seats);
    if (!t.shared) expect(holders.get(t.id) ?? 0).toBeLessThanOrEqual(1);
  }
}

/** Smallest by the numbers of `key`, then by the (sorted) ids: the documented tie-break. */
function pick(candidates: string[][], key: (ids: string[]) => number[]) {
  const rank = (ids: string[]) => [...key(ids), ...ids];
  let best: string[] | undefined;
  for (const ids of candidates) {
    const [x, y] = [rank(ids), best && rank(best)];
    const i = y ? x.findIndex((v, j) => v !== y[j]) : 0;
    if (!y || (i !== -1 && x[i]! < y[i]!)) best = ids;
  }
  return best;
}

/** The exact answer of rules 1-3 by exhaustive search, or undefined when nothing fits. */
function oracle(tables: readonly AllocTable[], placements: readonly Placement[], p: Party) {
  const zone = tables.filter((t) => t.zoneId === p.zoneId);
  const seatsOf = (ids: string[]) =>
    ids.reduce((s, id) => s + tables.find((t) => t.id === id)!.seats, 0);
  const touched = new Set(placements.flatMap((pl) => pl.tableIds));
  const privateFree = zone.filter((t) => !t.shared && !touched.has(t.id)).map((t) => t.id);
  const single = privateFree.filter((id) => seatsOf([id]) >= p.guests).map((id) => [id]);
  if (single.length > 0) return pick(single, (ids) => [seatsOf(ids)]);
  const inCombination = (id: string) =>
    placements.some((pl) => pl.tableIds.length > 1 && pl.tableIds.includes(id));
  const freeSeats = ([id]: string[]) =>
    seatsOf([id!]) -
    placements.filter((pl) => pl.tableIds[0] === id).reduce((s, pl) => s + pl.guests, 0);
  const shared = zone
    .filter((t) => t.shared && !inCombination(t.id))
    .map((t) => [t.id])
    .filter((ids) => freeSeats(ids) >= p.guests);
  if (shared.length > 0) return pick(shared, (ids) => [freeSeats(ids)]);
  const groups: string[][] = [];
  for (let mask = 1; mask < 1 << privateFree.length; mask++) {
    const ids = privateFree.filter((_, i) => mask & (1 << i)).sort();
    if (ids.length > 1 && seatsOf(ids) >= p.guests && connected(tables, ids)) groups.push(ids);
  }
  return pick(groups, (ids) => [ids.length, seatsOf(ids)]);
}

// ---------------------------------------------------------------------------------------------
// Generators: small floors (≤ 9 tables, so the oracle's 2^9 subsets stay cheap), two zones,
// random neighbour edges (some across zones, which must be ignored), parties of 1 to 14.

const ZONES = ['balcon', 'salle'];
const floorArb = fc
  .record({
    specs: fc.array(
      fc.record({
        zoneId: fc.constantFrom(...ZONES),
        seats: fc.integer({ min: 1, max: 8 }),
        shared: fc.integer({ min: 0, max: 3 }).map((n) => n === 0),
      }),
      { minLength: 1, maxLength: 9 },
    ),
    edges: fc.array(fc.tuple(fc.nat(8), fc.nat(8)), { maxLength: 14 }),
  })
  .map(({ specs, edges }) => {
    const ids = specs.map((_, i) => `t${String(i).padStart(2, '0')}`);
    return specs.map((spec, i): AllocTable => ({
      id: ids[i]!,
      ...spec,
      // Each edge listed on one side only: the module reads neighbours symmetrically.
      neighbours: edges
        .filter(([a, b]) => a === i && b < ids.length && b !== a)
        .map(([, b]) => ids[b]!),
    }));
  });
const partiesArb = fc
  .array(
    fc.record({ zoneId: fc.constantFrom(...ZONES), guests: fc.integer({ min: 1, max: 14 }) }),
    {
      maxLength: 8,
    },
  )
  .map((list) => list.map((p, i): Party => ({ bookingId: `b${i}`, ...p })));

describe('allocation properties', () => {
  it('reallocate keeps every invariant: seats, zone, connected, never split, private tables', () => {
    fc.assert(
      fc.property(floorArb, partiesArb, (tables, parties) => {
        const { placements, unplaced } = reallocate(tables, parties);
        checkFloor(tables, parties, placements);
        const ids = [...placements.map((p) => p.bookingId), ...unplaced.map((p) => p.bookingId)];
        expect(ids.sort()).toEqual(parties.map((p) => p.bookingId).sort());
      }),
      { numRuns: 300 },
    );
  });

  it('allocateParty picks exactly what an exhaustive search of the rules picks; no_fit only when nothing fits', () => {
    fc.assert(
      fc.property(
        floorArb,
        partiesArb,
        fc.constantFrom(...ZONES),
        fc.integer({ min: 1, max: 14 }),
        (tables, parties, zoneId, guests) => {
          const { placements } = reallocate(tables, parties);
          const newcomer: Party = { bookingId: 'new', zoneId, guests };
          const result = allocateParty(tables, placements, newcomer);
          const expected = oracle(tables, placements, newcomer);
          expect(result).toEqual(
            expected ? { ok: true, tableIds: expected } : { ok: false, reason: 'no_fit' },
          );
          if (result.ok) {
            const mine = { bookingId: 'new', tableIds: result.tableIds, guests };
            checkFloor(tables, [...parties, newcomer], [...placements, mine]);
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  // Claim: if in every zone the parties, sorted by size descending (g1 ≥ g2 ≥ …), and the private
  // tables, sorted by seats descending (s1 ≥ s2 ≥ …), satisfy s_i ≥ g_i for every i, then
  // reallocate places everyone. Proof: party i (placed i-th, largest first) fits every table of
  // N_i = {private tables with seats ≥ g_i}, and |N_i| ≥ i since s_1..s_i ≥ g_i. Each earlier
  // party j < i took one table (by induction, rule 1), from N_j ⊆ N_i. So at most i-1 tables of N_i
  // are taken and one is free: rule 1 seats party i. Shared tables and edges change nothing.
  it('places every party when each zone has a private table for each party, largest to largest', () => {
    const instance = floorArb.chain((tables) => {
      const perZone = ZONES.map((zoneId) => {
        const seats = tables.filter((t) => t.zoneId === zoneId && !t.shared).map((t) => t.seats);
        seats.sort((a, b) => b - a);
        return fc
          .nat(seats.length)
          .chain((n) => fc.tuple(...seats.slice(0, n).map((s) => fc.integer({ min: 1, max: s }))))
          .map((guests) => guests.map((g) => ({ zoneId, guests: g })));
      });
      return fc.tuple(fc.constant(tables), fc.tuple(...perZone));
    });
    fc.assert(
      fc.property(instance, ([tables, zones]) => {
        const parties = zones.flat().map((p, i): Party => ({ bookingId: `b${i}`, ...p }));
        const { placements, unplaced } = reallocate(tables, parties);
        expect(unplaced).toEqual([]);
        checkFloor(tables, parties, placements);
      }),
      { numRuns: 300 },
    );
  });

  it('is deterministic: the same floor and parties in any order give the same placements', () => {
    const instance = fc
      .tuple(floorArb, partiesArb)
      .chain(([tables, parties]) =>
        fc.tuple(
          fc.constant(tables),
          fc.constant(parties),
          fc.shuffledSubarray(tables, { minLength: tables.length }),
          fc.shuffledSubarray(parties, { minLength: parties.length }),
        ),
      );
    fc.assert(
      fc.property(instance, ([tables, parties, shuffledTables, shuffledParties]) => {
        const reversed = shuffledTables.map((t) => ({
          ...t,
          neighbours: [...t.neighbours].reverse(),
        }));
        expect(reallocate(reversed, shuffledParties)).toEqual(reallocate(tables, parties));
      }),
      { numRuns: 200 },
    );
  });
});

describe('allocation examples', () => {
  const floor = [
    table('t1', 2),
    table('t2', 8),
    table('t3', 6, ['t4']),
    table('t4', 4, ['t5']),
    table('t5', 8),
    table('h1', 10, [], { shared: true, zoneId: 'balcon' }),
  ];

  it('gives a couple a 2-top, not an 8-top', () => {
    expect(allocateParty(floor, [], party('b1', 2))).toEqual({ ok: true, tableIds: ['t1'] });
    const taken = [{ bookingId: 'x', tableIds: ['t1'], guests: 2 }];
    expect(allocateParty(floor, taken, party('b1', 2))).toEqual({ ok: true, tableIds: ['t4'] });
  });

  it('combines neighbours 6 + 4 for a party of 10 (not 4 + 8: more spare seats)', () => {
    expect(allocateParty(floor, [], party('b1', 10))).toEqual({ ok: true, tableIds: ['t3', 't4'] });
    expect(allocateParty(floor, [], party('b1', 18))).toEqual({
      ok: true,
      tableIds: ['t3', 't4', 't5'],
    });
  });

  it('returns no_fit when sold out, and never seats a party in another zone', () => {
    const full = reallocate(floor, [
      party('a', 2),
      party('b', 8),
      party('c', 6),
      party('d', 4),
      party('e', 8),
    ]);
    expect(full.unplaced).toEqual([]);
    expect(allocateParty(floor, full.placements, party('z', 1))).toEqual({
      ok: false,
      reason: 'no_fit',
    });
    expect(allocateParty(floor, [], party('z', 11, 'balcon'))).toEqual({
      ok: false,
      reason: 'no_fit',
    });
  });

  it('seats several parties at a shared table, never beyond its seats', () => {
    const { placements, unplaced } = reallocate(floor, [
      party('a', 4, 'balcon'),
      party('b', 6, 'balcon'),
      party('c', 1, 'balcon'),
    ]);
    expect(placements).toEqual([
      { bookingId: 'b', tableIds: ['h1'], guests: 6 },
      { bookingId: 'a', tableIds: ['h1'], guests: 4 },
    ]);
    expect(unplaced).toEqual([party('c', 1, 'balcon')]);
  });

  it('re-places a party whose size changed, ignoring its own current placement', () => {
    const current = [{ bookingId: 'b1', tableIds: ['t1'], guests: 2 }];
    expect(allocateParty(floor, current, party('b1', 3))).toEqual({ ok: true, tableIds: ['t4'] });
  });

  it("keeps pinned placements (moved by the maître d') as they are", () => {
    const pinned = [{ bookingId: 'p', tableIds: ['t2'], guests: 2 }];
    const { placements } = reallocate(floor, [party('p', 2), party('q', 7)], pinned);
    expect(placements).toEqual([...pinned, { bookingId: 'q', tableIds: ['t5'], guests: 7 }]);
  });

  // Bounded by SEARCH_BUDGET, then greedy; no timing assertion (budgets are not unit-tested).
  it('stays bounded on a pathological plan (30 one-seat tables, all adjacent)', () => {
    const ids = Array.from({ length: 30 }, (_, i) => `c${String(i).padStart(2, '0')}`);
    const clique = ids.map((id) =>
      table(
        id,
        1,
        ids.filter((other) => other !== id),
      ),
    );
    const result = allocateParty(clique, [], party('big', 20));
    expect(result).toEqual({ ok: true, tableIds: ids.slice(0, 20) });
  });

  it('refuses a party of no one', () => {
    expect(() => allocateParty(floor, [], party('b1', 0))).toThrow(RangeError);
  });
});
