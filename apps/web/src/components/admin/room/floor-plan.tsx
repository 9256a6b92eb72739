// The floor plan as SVG: every table of the performance's zones at its place, its shape and
// seats, filled by how many guests sit there, with the first party's name. A party is dragged
// from its table (or from the list) onto another; with the keyboard, a table is a button that
// seats the selected party there — or, with no party selected, a free table seats a walk-in. The door sees the same plan, without the buttons.
import type { PointerEvent as ReactPointerEvent } from 'react';
import type { Room, RoomTable } from './api/use-room';
import { useRoomT } from './messages';
import { partiesAt } from './room-model';

const ZONE_STROKES = ['#d4af37', '#7dd3fc', '#f9a8d4', '#86efac', '#fdba74', '#c4b5fd'];
const PAD = 60;

// Tables sit about 100 units apart in the layout editor: as large as that allows.
const radius = (table: RoomTable) => Math.min(46, 32 + table.seats * 2);

export function FloorPlan({
  room,
  selectedId,
  targetIds,
  canMove,
  onTable,
  onPartyPointerDown,
}: {
  room: Room;
  /** The selected party: its tables are outlined. */
  selectedId: string | null;
  /** Tables the selected or dragged party may go to. */
  targetIds: ReadonlySet<string>;
  canMove: boolean;
  /** A table activated with the keyboard or a click while a party is selected. */
  onTable: (tableId: string) => void;
  onPartyPointerDown: (bookingId: string, event: ReactPointerEvent) => void;
}) {
  const { at, locale, num } = useRoomT();
  const { tables } = room;
  const minX = Math.min(...tables.map((t) => t.x)) - PAD;
  const minY = Math.min(...tables.map((t) => t.y)) - PAD;
  const maxX = Math.max(...tables.map((t) => t.x)) + PAD;
  const maxY = Math.max(...tables.map((t) => t.y)) + PAD;
  const zoneIndex = new Map(room.zones.map((zone, index) => [zone.id, index]));
  const selectedTables = new Set(
    room.parties.find((p) => p.bookingId === selectedId)?.tables.map((t) => t.tableId) ?? [],
  );

  return (
    <div className="space-y-2">
      <ul className="flex flex-wrap gap-x-4 gap-y-1 text-xs text-mist print:text-black">
        {room.zones.map((zone, index) => (
          <li key={zone.id} className="flex items-center gap-1.5">
            <span
              aria-hidden="true"
              className="size-2.5 rounded-full"
              style={{ background: ZONE_STROKES[index % ZONE_STROKES.length] }}
            />
            {locale === 'fr' ? zone.nameFr : zone.nameEn}
          </li>
        ))}
      </ul>
      {/* Scrolls sideways on a phone: focusable so the keyboard can scroll it too. */}
      <div
        role="region"
        aria-label={at('plan.scroll')}
        tabIndex={0}
        className="overflow-x-auto print:overflow-visible"
      >
        <svg
          role="group"
          aria-label={at('plan.label', {
            tables: num(tables.length),
            parties: num(room.parties.length),
          })}
          viewBox={`${minX} ${minY} ${maxX - minX} ${maxY - minY}`}
          className="h-auto w-full min-w-[40rem] touch-none rounded-md border border-white/10 bg-night select-none print:min-w-0 print:border-black print:bg-white"
        >
          {tables.map((table) => {
            const here = partiesAt(room, table.id);
            const stroke = ZONE_STROKES[(zoneIndex.get(table.zoneId) ?? 0) % ZONE_STROKES.length];
            const fill =
              table.seated === 0 && table.held > 0
                ? 'rgba(148,163,184,0.3)'
                : table.seated === 0
                  ? 'rgba(255,255,255,0.04)'
                  : table.seated >= table.seats
                    ? 'rgba(212,175,55,0.55)'
                    : 'rgba(212,175,55,0.25)';
            const r = radius(table);
            const names = here.map((p) => p.name ?? p.reference).join(', ');
            const label =
              at('plan.table', {
                label: table.label,
                seated: num(table.seated),
                seats: num(table.seats),
                names: names ? ` : ${names}` : '',
              }) + (table.held > 0 ? at('plan.held', { n: num(table.held) }) : '');
            const isTarget = targetIds.has(table.id);
            const interactive = canMove && isTarget;
            const first = here[0];
            return (
              <g
                key={table.id}
                data-table-id={table.id}
                transform={`translate(${table.x} ${table.y})`}
                onPointerDown={
                  canMove && first
                    ? (event) => onPartyPointerDown(first.bookingId, event)
                    : undefined
                }
                {...(interactive
                  ? {
                      role: 'button',
                      tabIndex: 0,
                      'aria-label': label,
                      onClick: () => onTable(table.id),
                      onKeyDown: (event: React.KeyboardEvent) => {
                        if (event.key === 'Enter' || event.key === ' ') {
                          event.preventDefault();
                          onTable(table.id);
                        }
                      },
                    }
                  : { role: 'img', 'aria-label': label })}
                className={`outline-none focus-visible:[&>.shape]:stroke-[6] ${
                  interactive ? 'cursor-pointer' : canMove && first ? 'cursor-grab' : ''
                }`}
              >
                <title>{label}</title>
                {table.shape === 'round' || table.shape === 'high' ? (
                  <circle
                    className="shape print:fill-white print:stroke-black"
                    r={table.shape === 'high' ? r * 0.8 : r}
                    fill={fill}
                    stroke={selectedTables.has(table.id) ? '#fff' : stroke}
                    strokeWidth={selectedTables.has(table.id) ? 5 : isTarget ? 3.5 : 2}
                    strokeDasharray={table.shared ? '6 4' : undefined}
                  />
                ) : (
                  <rect
                    className="shape print:fill-white print:stroke-black"
                    x={table.shape === 'rectangle' ? -r * 1.3 : -r}
                    y={-r * 0.85}
                    width={table.shape === 'rectangle' ? r * 2.6 : r * 2}
                    height={r * 1.7}
                    rx={6}
                    fill={fill}
                    stroke={selectedTables.has(table.id) ? '#fff' : stroke}
                    strokeWidth={selectedTables.has(table.id) ? 5 : isTarget ? 3.5 : 2}
                    strokeDasharray={table.shared ? '6 4' : undefined}
                  />
                )}
                <text
                  y={first ? -10 : 2}
                  textAnchor="middle"
                  className="fill-cream text-[19px] font-semibold print:fill-black"
                >
                  {table.label}
                </text>
                <text
                  y={first ? 7 : 20}
                  textAnchor="middle"
                  className="fill-mist text-[14px] print:fill-black"
                >
                  {num(table.seated)}/{num(table.seats)}
                </text>
                {first && (
                  <text
                    y={25}
                    textAnchor="middle"
                    className="fill-gold-bright text-[13px] font-medium print:fill-black"
                  >
                    {truncate(first.name ?? first.reference, 10)}
                    {here.length > 1 ? ` +${here.length - 1}` : ''}
                  </text>
                )}
              </g>
            );
          })}
        </svg>
      </div>
    </div>
  );
}

const truncate = (text: string, max: number) =>
  text.length > max ? `${text.slice(0, max - 1)}…` : text;
