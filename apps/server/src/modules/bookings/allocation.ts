// Table allocation (DESIGN.md, Domain model): confirmed parties are placed on tables
// automatically; the maître d' can then move them. Pure: no I/O, no clock, no randomness. The
// same input in any order gives the same output (tables are sorted by id, parties by size then
// booking id), so a re-allocation never shuffles guests for no reason.
//
// Rules, tried in this order for one party, only among tables of the party's zone:
//   1. the smallest free private table that seats the whole party (a couple gets a 2-top, not an
//      8-top, which stays free for a larger party);
//   2. else a shared table with enough free seats for the whole party; best fit (fewest free
//      seats), so a large shared table stays open for a large party;
//   3. else the smallest group of free private tables connected through `neighbours` (tables
//      that can be pushed together): fewest tables, then fewest spare seats, then lowest ids.
// Invariants: a party is never split (all its guests sit on its tables, which are one table or
// one connected group) and never spans zones; a private table carries at most one party; a
// shared table never more guests than seats. Combinations use private tables only.

export interface AllocTable {
  readonly id: string;
  readonly zoneId: string;
  readonly seats: number;
  readonly shared: boolean;
  /** Tables this one can be combined with. Read as symmetric: listing it on either side is enough. */
  readonly neighbours: readonly string[];
}

export interface Party {
  readonly bookingId: string;
  readonly zoneId: string;
  readonly guests: number;
}

export interface Placement {
  readonly bookingId: string;
  readonly tableIds: readonly string[];
  readonly guests: number;
}

export type AllocationResult = { ok: true; tableIds: string[] } | { ok: false; reason: 'no_fit' };

export interface ReallocationResult {
  /** Pinned placements first (unchanged), then new ones in the order they were made. */
  placements: Placement[];
  /** Parties that fit nowhere, largest first. */
  unplaced: Party[];
}

/**
 * Most search steps one combination may take (~10 µs each). A 30-table floor of 4- or 6-tops
 * needs at most a few hundred even for 20 guests; a floor of 2-tops where every table touches
 * eight others can exceed it for 16+ guests. Beyond it the search returns the best group of the
 * smallest size found so far, or, if none yet, a greedy group (found whenever one exists).
 */
export const SEARCH_BUDGET = 20_000;

const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/**
 * Where to seat `party`, given what is already placed. A placement of the same booking is ignored,
 * so a change of party size is re-allocated by passing the current placements unchanged.
 */
export function allocateParty(
  tables: readonly AllocTable[],
  placements: readonly Placement[],
  party: Party,
): AllocationResult {
  const { guests } = party;
  if (!Number.isInteger(guests) || guests < 1) {
    throw new RangeError('allocateParty: guests must be a positive integer');
  }
  const zone = tables.filter((t) => t.zoneId === party.zoneId).sort(byId);
  // Guests per table from single-table placements; any table of a combined placement is taken.
  const seated = new Map<string, number>();
  const combined = new Set<string>();
  for (const p of placements) {
    if (p.bookingId === party.bookingId) continue;
    if (p.tableIds.length === 1)
      seated.set(p.tableIds[0]!, (seated.get(p.tableIds[0]!) ?? 0) + p.guests);
    else for (const id of p.tableIds) combined.add(id);
  }
  const isFree = (t: AllocTable) => !seated.has(t.id) && !combined.has(t.id);
  const freePrivate = zone.filter((t) => !t.shared && isFree(t));

  // 1. Smallest fitting private table (sorted by id, so the first of equal size wins).
  let best: AllocTable | undefined;
  for (const t of freePrivate) if (t.seats >= guests && (!best || t.seats < best.seats)) best = t;
  if (best) return { ok: true, tableIds: [best.id] };

  // 2. Shared table with the fewest free seats that still take the whole party.
  let bestShared: { id: string; free: number } | undefined;
  for (const t of zone) {
    if (!t.shared || combined.has(t.id)) continue;
    const free = t.seats - (seated.get(t.id) ?? 0);
    if (free >= guests && (!bestShared || free < bestShared.free)) bestShared = { id: t.id, free };
  }
  if (bestShared) return { ok: true, tableIds: [bestShared.id] };

  // 3. Smallest connected group of free private tables.
  const group = findGroup(freePrivate, guests);
  return group ? { ok: true, tableIds: group } : { ok: false, reason: 'no_fit' };
}

/**
 * Places every party from scratch (after a change or a cancellation), largest first so that big
 * parties get the big tables and the combinations; ties by booking id. Pinned placements (moved by
 * hand by the maître d') are kept as they are, and their parties are not placed again.
 */
export function reallocate(
  tables: readonly AllocTable[],
  parties: readonly Party[],
  pinned: readonly Placement[] = [],
): ReallocationResult {
  const ids = new Set(parties.map((p) => p.bookingId));
  if (ids.size !== parties.length) throw new RangeError('reallocate: a booking appears twice');
  const pinnedIds = new Set(pinned.map((p) => p.bookingId));
  const order = parties
    .filter((p) => !pinnedIds.has(p.bookingId))
    .sort((a, b) => b.guests - a.guests || (a.bookingId < b.bookingId ? -1 : 1));
  const placements: Placement[] = [...pinned];
  const unplaced: Party[] = [];
  for (const party of order) {
    const result = allocateParty(tables, placements, party);
    if (result.ok)
      placements.push({
        bookingId: party.bookingId,
        tableIds: result.tableIds,
        guests: party.guests,
      });
    else unplaced.push(party);
  }
  return { placements, unplaced };
}

interface Candidate {
  members: number[];
  spare: number;
}

/** Is `a` a better group than `b`: fewer tables, then fewer spare seats, then lower ids. */
function better(a: Candidate, b: Candidate | undefined): boolean {
  if (!b) return true;
  if (a.members.length !== b.members.length) return a.members.length < b.members.length;
  if (a.spare !== b.spare) return a.spare < b.spare;
  const x = [...a.members].sort((p, q) => p - q);
  const y = [...b.members].sort((p, q) => p - q);
  for (let i = 0; i < x.length; i++) if (x[i] !== y[i]) return x[i]! < y[i]!;
  return false;
}

/**
 * The best connected group of ≥ 2 tables seating `guests` (free private tables of one zone, sorted
 * by id), or undefined. Exhaustive by group size (ESU enumeration of connected sets, each visited
 * once, pruned by seat bounds) within SEARCH_BUDGET; greedy beyond it.
 */
function findGroup(free: readonly AllocTable[], guests: number): string[] | undefined {
  const n = free.length;
  const index = new Map(free.map((t, i) => [t.id, i]));
  const adjacency: Set<number>[] = free.map(() => new Set());
  free.forEach((t, i) => {
    for (const id of t.neighbours) {
      const j = index.get(id);
      if (j === undefined || j === i) continue;
      adjacency[i]!.add(j);
      adjacency[j]!.add(i);
    }
  });
  const adj = adjacency.map((s) => [...s].sort((a, b) => a - b));
  const seats = free.map((t) => t.seats);

  // Only components with enough seats can hold the party; no group is larger than one of them.
  const component = new Array<number>(n).fill(-1);
  const totals: number[] = [];
  for (let s = 0; s < n; s++) {
    if (component[s] !== -1) continue;
    const c = totals.push(0) - 1;
    const stack = [s];
    component[s] = c;
    while (stack.length > 0) {
      const u = stack.pop()!;
      totals[c]! += seats[u]!;
      for (const v of adj[u]!) {
        if (component[v] !== -1) continue;
        component[v] = c;
        stack.push(v);
      }
    }
  }
  const starts = [...free.keys()].filter((i) => totals[component[i]!]! >= guests);
  if (starts.length === 0) return undefined;
  const sizes = new Map<number, number>();
  for (const i of starts) sizes.set(component[i]!, (sizes.get(component[i]!) ?? 0) + 1);
  const maxSize = Math.max(...sizes.values());
  const maxSeats = Math.max(...starts.map((i) => seats[i]!));
  const minSeats = Math.min(...starts.map((i) => seats[i]!));
  // Fewest tables that could possibly reach `guests`: the largest ones, added up.
  const descending = starts.map((i) => seats[i]!).sort((a, b) => b - a);
  let lower = 0;
  for (let sum = 0; sum < guests; lower++) sum += descending[lower]!;

  let steps = 0;
  const cover = new Array<number>(n).fill(0); // how many members each table is, or touches
  const mark = (u: number, by: number) => {
    cover[u]! += by;
    for (const v of adj[u]!) cover[v]! += by;
  };
  for (let k = Math.max(2, lower); k <= maxSize; k++) {
    let best: Candidate | undefined;
    const extend = (members: number[], sum: number, ext: number[], root: number): void => {
      steps++;
      if (members.length === k) {
        const found = { members: [...members], spare: sum - guests };
        if (sum >= guests && better(found, best)) best = found;
        return;
      }
      const left = k - members.length;
      if (sum + left * maxSeats < guests) return; // cannot reach the party size
      // Cannot beat the best: more spare seats, or as many from a later root (the best's lowest
      // table, members[0], is its root: a later root's group loses the tie on ids).
      const leastSpare = sum + left * minSeats - guests;
      if (
        best &&
        (leastSpare > best.spare || (leastSpare === best.spare && best.members[0] !== root))
      ) {
        return;
      }
      for (let i = 0; i < ext.length && steps < SEARCH_BUDGET; i++) {
        const w = ext[i]!;
        // ESU: extend only with tables above the root not yet in or next to the group.
        const next = ext.slice(i + 1);
        for (const u of adj[w]!) if (u > root && cover[u] === 0) next.push(u);
        members.push(w);
        mark(w, 1);
        extend(members, sum + seats[w]!, next, root);
        mark(w, -1);
        members.pop();
      }
    };
    for (const root of starts) {
      // No spare seat: only a group with lower ids could tie, and later roots have higher ones.
      if (steps >= SEARCH_BUDGET || (best as Candidate | undefined)?.spare === 0) break;
      mark(root, 1);
      extend(
        [root],
        seats[root]!,
        adj[root]!.filter((u) => u > root),
        root,
      );
      mark(root, -1);
    }
    const found = best as Candidate | undefined;
    if (found) return toIds(found.members);
    if (steps >= SEARCH_BUDGET) break;
  }
  const greedy = greedyGroup(starts, adj, seats, guests);
  return greedy ? toIds(greedy.members) : undefined;

  function toIds(members: number[]) {
    return [...members].sort((a, b) => a - b).map((i) => free[i]!.id);
  }
}

/** From each start, add the largest adjacent table until the party fits; keep the best group. */
function greedyGroup(
  starts: readonly number[],
  adj: readonly number[][],
  seats: readonly number[],
  guests: number,
): Candidate | undefined {
  let best: Candidate | undefined;
  for (const start of starts) {
    const members = [start];
    const inGroup = new Set(members);
    let sum = seats[start]!;
    while (sum < guests) {
      let pick = -1;
      for (const m of members) {
        for (const v of adj[m]!) {
          if (
            !inGroup.has(v) &&
            (pick === -1 || seats[v]! > seats[pick]! || (seats[v] === seats[pick] && v < pick))
          )
            pick = v;
        }
      }
      if (pick === -1) break;
      members.push(pick);
      inGroup.add(pick);
      sum += seats[pick]!;
    }
    const found = { members, spare: sum - guests };
    if (sum >= guests && members.length > 1 && better(found, best)) best = found;
  }
  return best;
}

/**
 * How a party sits at the tables it was given: each table filled in turn (every table of a
 * minimal group gets someone), for booking_tables.
 */
export function spreadParty(
  tables: readonly AllocTable[],
  tableIds: readonly string[],
  guests: number,
): { tableId: string; guests: number }[] {
  let left = guests;
  return tableIds.map((tableId) => {
    const seats = tables.find((t) => t.id === tableId)!.seats;
    const here = Math.min(seats, left);
    left -= here;
    return { tableId, guests: here };
  });
}
