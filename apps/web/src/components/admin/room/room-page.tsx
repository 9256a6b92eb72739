// /admin/room: tonight's floor plan. Each party on its tables; booking staff move a party by
// dragging it onto a table, or with the keyboard (select it, then "Move to…" or a table of the
// plan), upgrade it to another zone from "Move to…", and seat a walk-in party by tapping a free
// table (or "Walk-in party…"). The move shows at once and is undone if the server refuses it. The door reads the same
// plan. Both the plan and the arrivals list print on their own.
import { useState } from 'react';
import { flushSync } from 'react-dom';
import { useStaffT } from '../staff-messages';
import { useRealtime } from '../../../hooks/use-realtime';
import { useHasRole } from '../ui/use-has-role';
import { QueryError } from '../ui/query-error';
import { Loading } from '../../shared/loading';
import { EmptyState } from '../../shared/empty-state';
import { errorText } from '../ui/error-text';
import { PageHeader } from '../ui/page-header';
import { useMoveParty, useRoom, useSeatWalkIn, type Room } from './api/use-room';
import { ArrivalsList } from './arrivals-list';
import { FloorPlan } from './floor-plan';
import { useRoomT } from './messages';
import { MoveToPanel } from './move-to-panel';
import { PartyCard } from './party-card';
import { PerformancePicker } from './performance-picker';
import { useChosenPerformance } from './use-chosen-performance';
import { applyMove, freeSeatsFor, freeTables, partyName, tableLabels } from './room-model';
import { WalkInPanel, type WalkInRequest } from './walk-in-panel';
import { usePartyDrag } from './use-party-drag';
import { panelClass } from '../../shared/panel-class';
import { eyebrowClass } from '../../shared/heading-class';
import { Button } from '../../shared/button';

const MOVERS = ['admin', 'manager', 'box_office'] as const;

type Printing = 'plan' | 'arrivals' | null;

export function RoomPage() {
  const { at, locale } = useRoomT();
  const chosen = useChosenPerformance();
  const room = useRoom(chosen.performanceId);
  // Live: another staff member's move, a door's check-in, a new booking — the plan reads again.
  useRealtime(chosen.performanceId ? `room:${chosen.performanceId}` : null, () => room.reload());
  const [printing, setPrinting] = useState<Printing>(null);

  function print(which: Exclude<Printing, null>) {
    // Rendered for paper first (only that part visible), then the browser's print dialog.
    flushSync(() => setPrinting(which));
    window.print();
    setPrinting(null);
  }

  const title = room.data
    ? at('titleOf', {
        show:
          locale === 'fr' ? room.data.performance.showTitleFr : room.data.performance.showTitleEn,
      })
    : at('title');
  return (
    <div className="space-y-4" data-printing={printing ?? undefined}>
      <div className="print:hidden">
        <PageHeader
          eyebrow={at('eyebrow')}
          title={title}
          actions={
            room.data && (
              <>
                <Button onClick={() => print('plan')}>{at('print.plan')}</Button>
                <Button onClick={() => print('arrivals')}>{at('print.arrivals')}</Button>
              </>
            )
          }
        />
      </div>
      <PerformancePicker room={room.data} day={chosen.day} onChoose={chosen.choose} />
      {chosen.error && <QueryError error={chosen.error} />}
      {room.error && <QueryError error={room.error} onRetry={room.reload} />}
      {chosen.loading || room.loading ? (
        <Loading lines={6} />
      ) : !chosen.performanceId ? (
        <EmptyState>{at('picker.none')}</EmptyState>
      ) : room.data ? (
        <RoomView room={room.data} printing={printing} />
      ) : null}
    </div>
  );
}

function RoomView({ room: server, printing }: { room: Room; printing: Printing }) {
  const { t } = useStaffT();
  const { at, when } = useRoomT();
  const canMove = useHasRole(MOVERS);
  const move = useMoveParty();
  const seatWalkIn = useSeatWalkIn();
  const [selectedId, setSelectedId] = useState<string | null>(null);
  // A walk-in being seated: the table chosen so far (null: not yet).
  const [walkIn, setWalkIn] = useState<{ tableId: string | null } | null>(null);
  const [moving, setMoving] = useState(false);
  // The optimistic view: shown until the server's next answer replaces `base`.
  const [optimistic, setOptimistic] = useState<{ base: Room; room: Room } | null>(null);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const room = optimistic && optimistic.base === server ? optimistic.room : server;
  const selected = room.parties.find((p) => p.bookingId === selectedId);

  async function moveParty(bookingId: string, tableIds: string[], changeZone = false) {
    const party = room.parties.find((p) => p.bookingId === bookingId);
    if (!party) return;
    const name = partyName(party, at);
    // An upgrade is shown once the server has checked the other zone's places.
    const next = changeZone ? null : applyMove(room, bookingId, tableIds);
    if (next) setOptimistic({ base: server, room: next });
    setMessage({ ok: true, text: at('move.moving', { name }) });
    setMoving(false);
    const outcome = await move.run({
      performanceId: room.performance.id,
      bookingId,
      tableIds,
      ...(changeZone ? { changeZone } : {}),
    });
    if (!outcome.ok) {
      setOptimistic(null);
      setMessage({
        ok: false,
        text: at('move.failed', { name, reason: errorText(t, outcome.error) }),
      });
      return;
    }
    const moved = outcome.value.parties.find((p) => p.bookingId === bookingId);
    setMessage({
      ok: true,
      text: at('move.done', {
        name,
        labels: moved ? tableLabels(outcome.value, moved).join(', ') : '',
      }),
    });
  }

  async function seat(request: WalkInRequest) {
    const label = room.tables.find((t) => t.id === request.tableId)?.label ?? '';
    const outcome = await seatWalkIn.run({ performanceId: room.performance.id, ...request });
    if (!outcome.ok) {
      setMessage({
        ok: false,
        text: at('walkIn.failed', { label, reason: errorText(t, outcome.error) }),
      });
      return;
    }
    setWalkIn(null);
    setMessage({ ok: true, text: at('walkIn.done', { n: request.guests, label }) });
  }

  const drag = usePartyDrag((bookingId, tableId) => void moveParty(bookingId, [tableId]));
  const mover = room.parties.find((p) => p.bookingId === (drag.drag?.bookingId ?? selectedId));
  // A party selected: the tables it may move to. None: the free tables, each a walk-in's seat.
  const targetIds = new Set(
    mover
      ? room.tables
          .filter((t) => mover.zoneIds.includes(t.zoneId) && freeSeatsFor(t, mover, room) > 0)
          .map((t) => t.id)
      : canMove
        ? freeTables(room).map((t) => t.id)
        : [],
  );
  const unplaced = room.parties.filter((p) => p.tables.length === 0);
  const placed = room.parties.filter((p) => p.tables.length > 0);
  const date = when(room.performance.startsAt, {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    hour: '2-digit',
    minute: '2-digit',
  });

  const card = (party: Room['parties'][number]) => (
    <li key={party.bookingId} className="space-y-2">
      <PartyCard
        room={room}
        party={party}
        selected={party.bookingId === selectedId}
        canMove={canMove}
        onSelect={() => {
          setSelectedId(party.bookingId === selectedId ? null : party.bookingId);
          setMoving(party.bookingId !== selectedId);
          setWalkIn(null);
        }}
        onPointerDown={(event) => drag.onPointerDown(party.bookingId, event)}
      />
      {party.tables.length === 0 && room.tables.some((t) => party.zoneIds.includes(t.zoneId)) && (
        <Proposal
          room={room}
          party={party}
          canMove={canMove}
          pending={move.pending}
          onApply={(tableIds) => void moveParty(party.bookingId, tableIds)}
        />
      )}
      {canMove && moving && party.bookingId === selectedId && (
        <MoveToPanel
          room={room}
          party={party}
          pending={move.pending}
          onMove={(tableIds, changeZone) => void moveParty(party.bookingId, tableIds, changeZone)}
          onClose={() => setMoving(false)}
        />
      )}
    </li>
  );

  return (
    <>
      <p className="text-sm text-mist print:hidden">
        {canMove ? at('lead', { date }) : at('leadReadOnly', { date })}
      </p>
      {room.sellBeyondPlan && canMove && (
        <p className="rounded-md border border-amber-300/40 bg-amber-300/10 px-3 py-2 text-sm text-amber-100 print:hidden">
          {at('plan.beyond')}
        </p>
      )}
      <p
        role="status"
        className={`text-sm empty:hidden print:hidden ${message?.ok ? 'text-emerald-200' : 'text-rose-200'}`}
      >
        {message?.text}
      </p>
      {canMove && (
        <div className="print:hidden">
          {walkIn ? (
            <WalkInPanel
              room={room}
              tableId={walkIn.tableId}
              pending={seatWalkIn.pending}
              onTable={(tableId) => setWalkIn({ tableId })}
              onSeat={(request) => void seat(request)}
              onClose={() => setWalkIn(null)}
            />
          ) : (
            <Button
              onClick={() => {
                setSelectedId(null);
                setMoving(false);
                setWalkIn({ tableId: null });
              }}
            >
              {at('walkIn.open')}
            </Button>
          )}
        </div>
      )}
      <div className="grid gap-4 xl:grid-cols-[minmax(0,1fr)_22rem] print:block">
        <section
          aria-label={at('plan.title')}
          className={`${panelClass({ padded: false })} min-w-0 p-3 print:border-0 print:bg-white print:p-0 print:text-black ${printing === 'arrivals' ? 'print:hidden' : ''}`}
        >
          <h2 className="hidden print:mb-2 print:block print:text-lg print:text-black">
            {room.performance.showTitleFr} · {date}
          </h2>
          {room.tables.length === 0 ? (
            <EmptyState>{at('plan.noTables')}</EmptyState>
          ) : (
            <FloorPlan
              room={room}
              selectedId={selectedId}
              targetIds={targetIds}
              canMove={canMove}
              onTable={(tableId) =>
                selected ? void moveParty(selected.bookingId, [tableId]) : setWalkIn({ tableId })
              }
              onPartyPointerDown={drag.onPointerDown}
            />
          )}
        </section>
        <section
          aria-label={at('parties.title', { count: room.parties.length })}
          className={`${panelClass({ padded: false })} p-3 print:hidden`}
        >
          <h2 className={`${eyebrowClass} mb-3`}>
            {at('parties.title', { count: room.parties.length })}
          </h2>
          {room.parties.length === 0 ? (
            <p className="text-sm text-mist">{at('parties.empty')}</p>
          ) : (
            <div className="max-h-[70vh] space-y-4 overflow-y-auto pr-1">
              {unplaced.length > 0 && (
                <div>
                  <h3 className="mb-2 text-xs font-semibold text-amber-200">
                    {at('parties.unplaced', { count: unplaced.length })}
                  </h3>
                  <ul className="space-y-2">{unplaced.map(card)}</ul>
                </div>
              )}
              <div>
                {unplaced.length > 0 && (
                  <h3 className="mb-2 text-xs font-semibold text-mist">{at('parties.placed')}</h3>
                )}
                <ul className="space-y-2">{placed.map(card)}</ul>
              </div>
            </div>
          )}
        </section>
      </div>
      <section
        aria-label={at('arrivals.title')}
        className={`${panelClass({ padded: false })} p-3 print:border-0 print:bg-white print:p-0 print:text-black ${printing === 'plan' ? 'print:hidden' : ''}`}
      >
        <h2 className={`${eyebrowClass} mb-3 print:text-black`}>{at('arrivals.title')}</h2>
        <ArrivalsList room={room} />
      </section>
      {drag.drag && mover && (
        <div
          aria-hidden="true"
          className="pointer-events-none fixed z-50 rounded-md border border-gold bg-ink px-3 py-1.5 text-sm text-cream shadow-xl"
          style={{ left: drag.drag.x + 12, top: drag.drag.y + 12 }}
        >
          {partyName(mover, at)} · {mover.partySize}
        </div>
      )}
    </>
  );
}

/** Where the server proposes to seat a party that has no table, applied with one move. */
function Proposal({
  room,
  party,
  canMove,
  pending,
  onApply,
}: {
  room: Room;
  party: Room['parties'][number];
  canMove: boolean;
  pending: boolean;
  onApply: (tableIds: string[]) => void;
}) {
  const { at } = useRoomT();
  const proposal = party.proposal;
  if (!proposal) return <p className="px-1 text-xs text-rose-200">{at('proposal.none')}</p>;
  const labels = proposal.tableIds
    .map((id) => room.tables.find((t) => t.id === id)?.label ?? '?')
    .join(' + ');
  return (
    <div className="flex flex-wrap items-center gap-2 px-1 text-xs text-amber-100">
      <span>{at(proposal.together ? 'proposal.together' : 'proposal.squeeze', { labels })}</span>
      {canMove && (
        <Button size="small" disabled={pending} onClick={() => onApply(proposal.tableIds)}>
          {at('proposal.apply', { name: partyName(party, at) })}
        </Button>
      )}
    </div>
  );
}
