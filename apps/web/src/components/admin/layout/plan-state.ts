// The layout editor's state (pure): every zone's tables as the editor has them, the saved plan to
// compare with, and the history for undo. Tables are named by `ref`: the id of a saved table, or
// `new:<n>` for one added here (the key the API takes to link neighbours before they have ids).
import type {
  AdminZone,
  PLAN_SIZE as CONTRACT_PLAN_SIZE,
  SaveLayoutBody,
  TABLE_SHAPES as CONTRACT_SHAPES,
} from '@ladiva/contract/backoffice-catalogue';

/** The contract's values (type imports keep zod out of the bundle; the types check they agree). */
export const PLAN_SIZE = 10_000 satisfies typeof CONTRACT_PLAN_SIZE;
export const TABLE_SHAPES = [
  'round',
  'square',
  'rectangle',
  'high',
] as const satisfies typeof CONTRACT_SHAPES;
export type TableShape = (typeof TABLE_SHAPES)[number];

export interface PlanTable {
  ref: string;
  zoneId: string;
  label: string;
  seats: number;
  shape: TableShape;
  x: number;
  y: number;
  shared: boolean;
  /** Refs of the tables of the same zone it can be pushed together with (kept symmetric). */
  neighbours: string[];
}

export interface EditorState {
  saved: PlanTable[];
  tables: PlanTable[];
  /** Earlier versions of `tables`, newest last. */
  past: PlanTable[][];
  selected: string | null;
  nextKey: number;
}

export type Action =
  | { type: 'load'; zones: readonly AdminZone[] }
  | { type: 'select'; ref: string | null }
  /** A step of a drag or a key press: `record` false while a drag goes on (one undo per drag). */
  | { type: 'move'; ref: string; x: number; y: number; record: boolean }
  | { type: 'checkpoint' }
  | {
      type: 'update';
      ref: string;
      patch: Partial<Pick<PlanTable, 'label' | 'seats' | 'shape' | 'shared'>>;
    }
  | { type: 'neighbour'; ref: string; other: string; linked: boolean }
  | { type: 'add'; zoneId: string; x: number; y: number; label: string; shape: TableShape }
  | { type: 'remove'; ref: string }
  | { type: 'undo' }
  | { type: 'revert' };

const HISTORY = 100;
const clamp = (value: number) => Math.min(PLAN_SIZE, Math.max(0, Math.round(value)));

export function tablesOf(zones: readonly AdminZone[]): PlanTable[] {
  return zones.flatMap((zone) =>
    zone.tables.map((t) => ({
      ref: t.id,
      zoneId: t.zoneId,
      label: t.label,
      seats: t.seats,
      shape: t.shape,
      x: t.x,
      y: t.y,
      shared: t.shared,
      neighbours: [...t.neighbourIds].sort(),
    })),
  );
}

export function initialState(zones: readonly AdminZone[]): EditorState {
  const tables = tablesOf(zones);
  return { saved: tables, tables, past: [], selected: null, nextKey: 1 };
}

const record = (state: EditorState): PlanTable[][] => [...state.past, state.tables].slice(-HISTORY);

export function reducer(state: EditorState, action: Action): EditorState {
  const change = (tables: PlanTable[], keep = true): EditorState => ({
    ...state,
    tables,
    past: keep ? record(state) : state.past,
  });
  switch (action.type) {
    case 'load':
      return initialState(action.zones);
    case 'select':
      return { ...state, selected: action.ref };
    case 'checkpoint':
      return { ...state, past: record(state) };
    case 'move': {
      const x = clamp(action.x);
      const y = clamp(action.y);
      return change(
        state.tables.map((t) => (t.ref === action.ref ? { ...t, x, y } : t)),
        action.record,
      );
    }
    case 'update':
      return change(
        state.tables.map((t) => (t.ref === action.ref ? { ...t, ...action.patch } : t)),
      );
    case 'neighbour': {
      const link = (t: PlanTable, other: string) => ({
        ...t,
        neighbours: action.linked
          ? [...new Set([...t.neighbours, other])].sort()
          : t.neighbours.filter((n) => n !== other),
      });
      return change(
        state.tables.map((t) =>
          t.ref === action.ref
            ? link(t, action.other)
            : t.ref === action.other
              ? link(t, action.ref)
              : t,
        ),
      );
    }
    case 'add': {
      const ref = `new:t${state.nextKey}`;
      const table: PlanTable = {
        ref,
        zoneId: action.zoneId,
        label: action.label,
        seats: 4,
        shape: action.shape,
        x: clamp(action.x),
        y: clamp(action.y),
        shared: false,
        neighbours: [],
      };
      return { ...change([...state.tables, table]), selected: ref, nextKey: state.nextKey + 1 };
    }
    case 'remove':
      return {
        ...change(
          state.tables
            .filter((t) => t.ref !== action.ref)
            .map((t) => ({ ...t, neighbours: t.neighbours.filter((n) => n !== action.ref) })),
        ),
        selected: state.selected === action.ref ? null : state.selected,
      };
    case 'undo': {
      const previous = state.past.at(-1);
      if (!previous) return state;
      const selected = previous.some((t) => t.ref === state.selected) ? state.selected : null;
      return { ...state, tables: previous, past: state.past.slice(0, -1), selected };
    }
    case 'revert':
      return state.tables === state.saved ? state : { ...change(state.saved), selected: null };
  }
}

const comparable = (tables: readonly PlanTable[]) =>
  JSON.stringify([...tables].sort((a, b) => (a.ref < b.ref ? -1 : 1)));

/** How many tables differ from the saved plan (added, removed or changed). */
export function changeCount(state: EditorState): number {
  if (state.tables === state.saved) return 0;
  const saved = new Map(state.saved.map((t) => [t.ref, JSON.stringify(t)]));
  const now = new Map(state.tables.map((t) => [t.ref, JSON.stringify(t)]));
  let count = 0;
  for (const [ref, text] of now) if (saved.get(ref) !== text) count += 1;
  for (const ref of saved.keys()) if (!now.has(ref)) count += 1;
  return count === 0 && comparable(state.tables) !== comparable(state.saved) ? 1 : count;
}

export const removedTables = (state: EditorState) =>
  state.saved.filter((t) => !state.tables.some((now) => now.ref === t.ref));

/** PUT /api/admin/layout: every zone with exactly the tables it should have. */
export function layoutBody(
  zones: readonly AdminZone[],
  tables: readonly PlanTable[],
): SaveLayoutBody {
  return {
    zones: zones.map((zone) => ({
      zoneId: zone.id,
      tables: tables
        .filter((t) => t.zoneId === zone.id)
        .map((t) => ({
          ...(t.ref.startsWith('new:') ? { key: t.ref } : { id: t.ref }),
          label: t.label.trim(),
          seats: t.seats,
          shape: t.shape,
          x: t.x,
          y: t.y,
          shared: t.shared,
          neighbours: t.neighbours,
        })),
    })),
  };
}

/** "B7" after B1…B6: the zone's initial and the next free number. */
export function nextLabel(zone: AdminZone, tables: readonly PlanTable[]): string {
  const prefix = (zone.code[0] ?? 'T').toUpperCase();
  const taken = new Set(tables.filter((t) => t.zoneId === zone.id).map((t) => t.label));
  let n = tables.filter((t) => t.zoneId === zone.id).length + 1;
  while (taken.has(`${prefix}${n}`)) n += 1;
  return `${prefix}${n}`;
}
