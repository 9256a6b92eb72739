// The venue layout's rules (pure): a zone's floor plan as staff want it, checked against what is
// saved, and turned into the rows to insert, change and remove. Neighbour links ("these tables
// can be pushed together", read by allocation.ts) stay within the zone and are always symmetric:
// a link given on one side is made on both.
import type { FieldError } from '@ladiva/contract/errors';
import type { TableShape } from '../../db/schema.ts';

export interface TableRow {
  id: string;
  zoneId: string;
  label: string;
  seats: number;
  shape: TableShape;
  x: number;
  y: number;
  shared: boolean;
  neighbourIds: string[];
}

/** A table of the wanted plan: a saved one (id) or a new one (key), neighbours by id or key. */
export interface WantedTable {
  id?: string | undefined;
  key?: string | undefined;
  label: string;
  seats: number;
  shape: TableShape;
  x: number;
  y: number;
  shared: boolean;
  neighbours: string[];
}

export interface LayoutPlan {
  /** The zone's tables after the change, neighbours symmetric and sorted. */
  tables: TableRow[];
  inserts: TableRow[];
  updates: TableRow[];
  removals: string[];
  /** New tables' ids by their keys. */
  created: Record<string, string>;
  errors: FieldError[];
}

const sameRow = (a: TableRow, b: TableRow) =>
  a.label === b.label &&
  a.seats === b.seats &&
  a.shape === b.shape &&
  a.x === b.x &&
  a.y === b.y &&
  a.shared === b.shared &&
  a.neighbourIds.join() === b.neighbourIds.join();

/**
 * Plans a zone's layout. `path` prefixes the field paths of the errors (e.g. `body.zones.0`).
 * When `errors` is not empty, nothing must be written.
 */
export function planZoneLayout(
  zoneId: string,
  current: readonly TableRow[],
  wanted: readonly WantedTable[],
  newId: () => string,
  path = 'body',
): LayoutPlan {
  const errors: FieldError[] = [];
  const fail = (at: string, code: string, message: string) =>
    errors.push({ path: `${path}.${at}`, code, message });
  const saved = new Map(current.map((t) => [t.id, t]));
  const created: Record<string, string> = {};
  const idOf = new Map<string, string>();

  wanted.forEach((t, i) => {
    const ref = t.id ?? t.key!;
    if (idOf.has(ref)) fail(`tables.${i}`, 'duplicate_table', 'This table is listed twice.');
    if (t.id !== undefined && !saved.has(t.id)) {
      fail(`tables.${i}.id`, 'unknown_table', 'No such table in this zone.');
    }
    const tableId = t.id ?? newId();
    if (t.key !== undefined) created[t.key] = tableId;
    idOf.set(ref, tableId);
  });

  const labels = new Map<string, number>();
  wanted.forEach((t, i) => {
    const seen = labels.get(t.label);
    if (seen !== undefined) {
      fail(`tables.${i}.label`, 'duplicate_label', `Table ${i} has the same label as ${seen}.`);
    }
    labels.set(t.label, i);
  });

  // Links by table id, made symmetric.
  const links = new Map<string, Set<string>>();
  for (const t of wanted) links.set(idOf.get(t.id ?? t.key!)!, new Set());
  wanted.forEach((t, i) => {
    const self = idOf.get(t.id ?? t.key!)!;
    t.neighbours.forEach((ref, j) => {
      const other = idOf.get(ref);
      if (other === undefined) {
        fail(
          `tables.${i}.neighbours.${j}`,
          'unknown_neighbour',
          'Neighbours must be tables of the same zone, in this plan.',
        );
      } else if (other === self) {
        fail(`tables.${i}.neighbours.${j}`, 'self_neighbour', 'A table is not its own neighbour.');
      } else {
        links.get(self)!.add(other);
        links.get(other)!.add(self);
      }
    });
  });
  const tables: TableRow[] = wanted.map((t) => {
    const tableId = idOf.get(t.id ?? t.key!)!;
    return {
      id: tableId,
      zoneId,
      label: t.label,
      seats: t.seats,
      shape: t.shape,
      x: t.x,
      y: t.y,
      shared: t.shared,
      neighbourIds: [...links.get(tableId)!].sort(),
    };
  });
  const kept = new Set(tables.map((t) => t.id));
  return {
    tables,
    inserts: tables.filter((t) => !saved.has(t.id)),
    updates: tables.filter((t) => saved.has(t.id) && !sameRow(t, saved.get(t.id)!)),
    removals: current.filter((t) => !kept.has(t.id)).map((t) => t.id),
    created,
    errors,
  };
}

/** The plan as it stands, as wanted tables (the start of a change to one table). */
export const asWanted = (rows: readonly TableRow[]): WantedTable[] =>
  rows.map(({ id, label, seats, shape, x, y, shared, neighbourIds }) => ({
    id,
    label,
    seats,
    shape,
    x,
    y,
    shared,
    neighbours: [...neighbourIds],
  }));

/**
 * The wanted plan when one table's own links are replaced: that table's links become exactly
 * `neighbours`; the links between other tables stay as they are.
 */
export function withLinksOf(
  plan: WantedTable[],
  tableRef: string,
  neighbours: readonly string[],
): WantedTable[] {
  return plan.map((t) =>
    (t.id ?? t.key) === tableRef
      ? { ...t, neighbours: [...neighbours] }
      : { ...t, neighbours: t.neighbours.filter((n) => n !== tableRef) },
  );
}
