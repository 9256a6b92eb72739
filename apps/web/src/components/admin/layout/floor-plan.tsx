// The floor plan as SVG: the stage, each zone's area around its tables, neighbour links, and the
// tables at their x/y with their shape and seats. A table is dragged with the pointer, or, once
// selected, moved with the arrow keys (the keyboard's way to do the same). Only the selected table
// (or the first) is in the tab order; the toolbar's list reaches any other.
import type { AdminZone } from '@ladiva/contract/backoffice-catalogue';
import { useMemo, useRef, type KeyboardEvent, type PointerEvent } from 'react';
import { useLayoutT } from './messages';
import type { PlanTable } from './plan-state';
import { seatDots, tableSize, zoneTone } from './table-geometry';

const MARGIN = 160;
const STAGE = 120;
const GRID = 10;
interface Drag {
  ref: string;
  pointer: number;
  startX: number;
  startY: number;
  tableX: number;
  tableY: number;
  moved: boolean;
}

export function FloorPlan({
  zones,
  tables,
  selected,
  editable,
  onSelect,
  onMove,
  onDragStart,
  onRemove,
}: {
  zones: readonly AdminZone[];
  tables: readonly PlanTable[];
  selected: string | null;
  editable: boolean;
  onSelect: (ref: string | null) => void;
  /** `record`: one undo step (a key press); false while a drag goes on. */
  onMove: (ref: string, x: number, y: number, record: boolean) => void;
  onDragStart: () => void;
  onRemove: (ref: string) => void;
}) {
  const { at, locale } = useLayoutT();
  const svg = useRef<SVGSVGElement>(null);
  const drag = useRef<Drag | null>(null);
  const zoneIndex = useMemo(() => new Map(zones.map((z, i) => [z.id, i])), [zones]);
  const zoneName = (id: string) => {
    const zone = zones.find((z) => z.id === id);
    return zone ? (locale === 'fr' ? zone.nameFr : zone.nameEn) : '';
  };

  // The drawing grows in steps of 200 units, so that a small move does not rescale the plan.
  const maxX = Math.max(800, ...tables.map((t) => t.x + tableSize(t).w));
  const maxY = Math.max(400, ...tables.map((t) => t.y + tableSize(t).h));
  const width = Math.ceil((maxX + MARGIN) / 200) * 200 + MARGIN;
  const height = Math.ceil((maxY + MARGIN) / 200) * 200 + STAGE;
  const viewBox = `${-MARGIN} ${-MARGIN - STAGE} ${width} ${height}`;

  const byRef = new Map(tables.map((t) => [t.ref, t]));
  const links = tables.flatMap((t) =>
    t.neighbours
      .filter((n) => t.ref < n && byRef.has(n))
      .map((n) => ({ key: `${t.ref}|${n}`, a: t, b: byRef.get(n)! })),
  );
  const areas = zones
    .map((zone, i) => {
      const own = tables.filter((t) => t.zoneId === zone.id);
      if (own.length === 0) return null;
      const pad = 44;
      const x1 = Math.min(...own.map((t) => t.x - tableSize(t).w)) - pad;
      const y1 = Math.min(...own.map((t) => t.y - tableSize(t).h)) - pad;
      const x2 = Math.max(...own.map((t) => t.x + tableSize(t).w)) + pad;
      const y2 = Math.max(...own.map((t) => t.y + tableSize(t).h)) + pad;
      return { zone, i, x1, y1, x2, y2 };
    })
    .filter((a) => a !== null);
  const focusable = selected ?? tables[0]?.ref ?? null;

  function toPlan(event: PointerEvent) {
    const matrix = svg.current?.getScreenCTM();
    if (!matrix) return null;
    const point = new DOMPoint(event.clientX, event.clientY).matrixTransform(matrix.inverse());
    return { x: point.x, y: point.y };
  }

  function pointerDown(event: PointerEvent<SVGGElement>, t: PlanTable) {
    onSelect(t.ref);
    if (!editable || event.button !== 0) return;
    const at = toPlan(event);
    if (!at) return;
    event.currentTarget.setPointerCapture?.(event.pointerId);
    drag.current = {
      ref: t.ref,
      pointer: event.pointerId,
      startX: at.x,
      startY: at.y,
      tableX: t.x,
      tableY: t.y,
      moved: false,
    };
  }

  function pointerMove(event: PointerEvent<SVGGElement>) {
    const d = drag.current;
    if (!d || d.pointer !== event.pointerId) return;
    const at = toPlan(event);
    if (!at) return;
    const x = Math.round((d.tableX + at.x - d.startX) / GRID) * GRID;
    const y = Math.round((d.tableY + at.y - d.startY) / GRID) * GRID;
    if (!d.moved) {
      if (Math.abs(at.x - d.startX) < 4 && Math.abs(at.y - d.startY) < 4) return;
      d.moved = true;
      onDragStart();
    }
    onMove(d.ref, x, y, false);
  }

  function pointerUp(event: PointerEvent<SVGGElement>) {
    if (drag.current?.pointer === event.pointerId) drag.current = null;
  }

  function keyDown(event: KeyboardEvent<SVGGElement>, t: PlanTable) {
    const step = event.shiftKey ? 50 : GRID;
    const delta = {
      ArrowLeft: [-step, 0],
      ArrowRight: [step, 0],
      ArrowUp: [0, -step],
      ArrowDown: [0, step],
    }[event.key];
    if (delta && editable) {
      event.preventDefault();
      if (selected !== t.ref) onSelect(t.ref);
      onMove(t.ref, t.x + delta[0]!, t.y + delta[1]!, true);
    } else if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      onSelect(t.ref);
    } else if (event.key === 'Escape') {
      onSelect(null);
    } else if ((event.key === 'Delete' || event.key === 'Backspace') && editable) {
      event.preventDefault();
      onRemove(t.ref);
    }
  }

  return (
    <svg
      ref={svg}
      viewBox={viewBox}
      role="group"
      aria-label={at('plan')}
      aria-describedby="plan-help"
      className="block h-auto w-full min-w-[40rem] touch-pan-x touch-pan-y select-none md:min-w-0 md:touch-none"
      onPointerDown={(event) => {
        if (event.target === svg.current) onSelect(null);
      }}
    >
      <rect x={-MARGIN} y={-MARGIN - STAGE} width={width} height={height} fill="transparent" />
      <g aria-hidden="true">
        <rect
          x={0}
          y={-MARGIN - STAGE + 30}
          width={width - 2 * MARGIN}
          height={90}
          rx={45}
          fill="rgba(212,175,55,0.12)"
          stroke="rgba(212,175,55,0.5)"
        />
        <text
          x={(width - 2 * MARGIN) / 2}
          y={-MARGIN - STAGE + 85}
          textAnchor="middle"
          fontSize={34}
          fill="#e8d48a"
          letterSpacing={8}
        >
          {at('stage').toUpperCase()}
        </text>
        {areas.map(({ zone, i, x1, y1, x2, y2 }) => (
          <g key={zone.id}>
            <rect
              x={x1}
              y={y1}
              width={x2 - x1}
              height={y2 - y1}
              rx={24}
              fill={zoneTone(i)}
              fillOpacity={0.05}
              stroke={zoneTone(i)}
              strokeOpacity={0.35}
              strokeDasharray="10 8"
            />
            <text x={x1 + 12} y={y1 + 24} fontSize={20} fill={zoneTone(i)} fillOpacity={0.9}>
              {locale === 'fr' ? zone.nameFr : zone.nameEn}
            </text>
          </g>
        ))}
        {links.map(({ key, a, b }) => (
          <line
            key={key}
            x1={a.x}
            y1={a.y}
            x2={b.x}
            y2={b.y}
            stroke="#f5ecd7"
            strokeOpacity={0.25}
            strokeWidth={3}
            strokeDasharray="6 6"
          />
        ))}
      </g>
      {tables.map((t) => {
        const { w, h } = tableSize(t);
        const tone = zoneTone(zoneIndex.get(t.zoneId) ?? 0);
        const isSelected = t.ref === selected;
        const name = `${at('table.name', { label: t.label, seats: t.seats, zone: zoneName(t.zoneId) })}${t.shared ? `, ${at('table.shared')}` : ''}`;
        return (
          <g
            key={t.ref}
            role="button"
            tabIndex={t.ref === focusable ? 0 : -1}
            aria-label={name}
            aria-pressed={isSelected}
            data-table={t.label}
            className={`outline-none ${editable ? 'cursor-grab active:cursor-grabbing' : 'cursor-pointer'} [&:focus-visible>.ring]:stroke-gold-bright [&:focus-visible>.ring]:[stroke-opacity:1]`}
            onPointerDown={(event) => pointerDown(event, t)}
            onPointerMove={pointerMove}
            onPointerUp={pointerUp}
            onPointerCancel={pointerUp}
            onKeyDown={(event) => keyDown(event, t)}
          >
            {seatDots(t).map((dot, i) => (
              <circle key={i} cx={dot.cx} cy={dot.cy} r={5} fill={tone} fillOpacity={0.55} />
            ))}
            {t.shape === 'rectangle' || t.shape === 'square' ? (
              <rect
                x={t.x - w}
                y={t.y - h}
                width={2 * w}
                height={2 * h}
                rx={6}
                fill="#1a1420"
                stroke={tone}
                strokeWidth={isSelected ? 5 : 2.5}
              />
            ) : (
              <circle
                cx={t.x}
                cy={t.y}
                r={w}
                fill="#1a1420"
                stroke={tone}
                strokeWidth={isSelected ? 5 : 2.5}
                strokeDasharray={t.shape === 'high' ? '4 3' : undefined}
              />
            )}
            <rect
              className="ring"
              x={t.x - w - 14}
              y={t.y - h - 14}
              width={2 * w + 28}
              height={2 * h + 28}
              rx={12}
              fill="none"
              stroke={isSelected ? '#f5ecd7' : 'transparent'}
              strokeOpacity={isSelected ? 0.8 : 0}
              strokeWidth={3}
              strokeDasharray={isSelected ? '8 6' : undefined}
            />
            <text
              x={t.x}
              y={t.y + 2}
              textAnchor="middle"
              fontSize={17}
              fontWeight={600}
              fill="#f5ecd7"
              pointerEvents="none"
            >
              {t.label}
            </text>
            <text
              x={t.x}
              y={t.y + 19}
              textAnchor="middle"
              fontSize={12}
              fill="#f5ecd7"
              fillOpacity={0.7}
              pointerEvents="none"
            >
              {t.seats}
              {t.shared ? ' ⇄' : ''}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
