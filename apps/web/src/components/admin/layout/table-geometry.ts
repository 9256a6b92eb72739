// How a table is drawn on the plan (plan units): its half-size by shape and seats, its seat dots,
// and each zone's colour.
import type { PlanTable } from './plan-state';

const ZONE_TONES = ['#d4af37', '#c084fc', '#60a5fa', '#34d399', '#f472b6', '#fb923c'];

export const zoneTone = (index: number) => ZONE_TONES[index % ZONE_TONES.length]!;

/** Half the table's width and height in plan units. */
export function tableSize(t: Pick<PlanTable, 'shape' | 'seats'>): { w: number; h: number } {
  switch (t.shape) {
    case 'rectangle':
      return { w: 22 + t.seats * 5, h: 22 };
    case 'square': {
      const side = 22 + t.seats * 2;
      return { w: side, h: side };
    }
    case 'high': {
      const r = 16 + t.seats * 1.5;
      return { w: r, h: r };
    }
    default: {
      const r = 22 + t.seats * 2.2;
      return { w: r, h: r };
    }
  }
}

/** The seats as small dots around the table (the room's staff count them at a glance). */
export function seatDots(t: PlanTable): { cx: number; cy: number }[] {
  const { w, h } = tableSize(t);
  if (t.shape === 'rectangle') {
    const top = Math.ceil(t.seats / 2);
    const bottom = t.seats - top;
    const row = (n: number, y: number) =>
      Array.from({ length: n }, (_, i) => ({ cx: t.x - w + ((i + 0.5) * 2 * w) / n, cy: y }));
    return [...row(top, t.y - h - 7), ...row(bottom, t.y + h + 7)];
  }
  const r = Math.max(w, h) + 8;
  return Array.from({ length: t.seats }, (_, i) => {
    const angle = (i / t.seats) * 2 * Math.PI - Math.PI / 2;
    return { cx: t.x + r * Math.cos(angle), cy: t.y + r * Math.sin(angle) };
  });
}
