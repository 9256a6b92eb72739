import { describe, expect, it } from 'vitest';
import {
  asWanted,
  planZoneLayout,
  withLinksOf,
  type TableRow,
  type WantedTable,
} from './catalogue-admin.layout.ts';

const Z = 'zone';
const row = (id: string, neighbourIds: string[] = [], label = id): TableRow => ({
  id,
  zoneId: Z,
  label,
  seats: 4,
  shape: 'round',
  x: 0,
  y: 0,
  shared: false,
  neighbourIds,
});
const want = (ref: string, neighbours: string[] = [], extra: Partial<WantedTable> = {}) => ({
  ...(ref.startsWith('new:') ? { key: ref } : { id: ref }),
  label: ref,
  seats: 4,
  shape: 'round' as const,
  x: 0,
  y: 0,
  shared: false,
  neighbours,
  ...extra,
});
let counter = 0;
const newId = () => `id${++counter}`;

describe('planZoneLayout', () => {
  it('makes links symmetric, resolves keys of new tables, diffs with what is saved', () => {
    counter = 0;
    const current = [row('a'), row('b'), row('c')];
    const plan = planZoneLayout(
      Z,
      current,
      [want('a', ['b']), want('b', [], { x: 10 }), want('new:d', ['a'])],
      newId,
    );
    expect(plan.errors).toEqual([]);
    expect(plan.created).toEqual({ 'new:d': 'id1' });
    const byId = Object.fromEntries(plan.tables.map((t) => [t.id, t.neighbourIds]));
    expect(byId).toEqual({ a: ['b', 'id1'], b: ['a'], id1: ['a'] });
    expect(plan.inserts.map((t) => t.id)).toEqual(['id1']);
    expect(plan.updates.map((t) => t.id)).toEqual(['a', 'b']);
    expect(plan.removals).toEqual(['c']);
  });

  it('changes nothing when the plan is what is saved', () => {
    const current = [row('a', ['b']), row('b', ['a'])];
    const plan = planZoneLayout(Z, current, asWanted(current), newId);
    expect(plan).toMatchObject({ inserts: [], updates: [], removals: [], errors: [] });
  });

  it('refuses unknown tables, other zones’ neighbours, self links, twins and repeated labels', () => {
    const plan = planZoneLayout(
      Z,
      [row('a'), row('b')],
      [
        want('a', ['elsewhere', 'a']),
        want('b', [], { label: 'a' }),
        want('ghost'),
        want('new:x'),
        want('new:x'),
      ],
      newId,
      'body.zones.0',
    );
    expect(plan.errors.map((e) => `${e.path} ${e.code}`).sort()).toEqual(
      [
        'body.zones.0.tables.0.neighbours.0 unknown_neighbour',
        'body.zones.0.tables.0.neighbours.1 self_neighbour',
        'body.zones.0.tables.1.label duplicate_label',
        'body.zones.0.tables.2.id unknown_table',
        'body.zones.0.tables.4 duplicate_table',
        'body.zones.0.tables.4.label duplicate_label',
      ].sort(),
    );
  });
});

describe('withLinksOf', () => {
  it('replaces one table’s links and keeps the others’', () => {
    const current = [row('a', ['b', 'c']), row('b', ['a', 'c']), row('c', ['a', 'b'])];
    const plan = planZoneLayout(Z, current, withLinksOf(asWanted(current), 'a', ['b']), newId);
    const byId = Object.fromEntries(plan.tables.map((t) => [t.id, t.neighbourIds]));
    expect(byId).toEqual({ a: ['b'], b: ['a', 'c'], c: ['b'] });
    expect(plan.updates.map((t) => t.id)).toEqual(['a', 'c']);
  });
});
