// One party in the room's list: name, size, formulas, tables, occasion and dietary flags. A
// button selects it (then "Move to…" or a table of the plan); it can also be dragged onto the plan.
import type { PointerEvent } from 'react';
import type { Room, RoomParty } from './api/use-room';
import { useRoomT } from './messages';
import { partyName, tableLabels } from './room-model';

export function PartyCard({
  room,
  party,
  selected,
  canMove,
  onSelect,
  onPointerDown,
}: {
  room: Room;
  party: RoomParty;
  selected: boolean;
  canMove: boolean;
  onSelect: () => void;
  onPointerDown: (event: PointerEvent) => void;
}) {
  const { at, num, locale } = useRoomT();
  const labels = tableLabels(room, party);
  const name = partyName(party, at);
  const body = (
    <>
      <span className="flex items-baseline justify-between gap-2">
        <span className="truncate font-medium text-cream">{name}</span>
        <span className="shrink-0 text-sm text-gold-bright tabular-nums">
          {at('party.size', { n: num(party.partySize) })}
        </span>
      </span>
      <span className="mt-0.5 block text-xs text-mist">
        {party.formulas
          .map((f) => `${num(f.guests)} × ${locale === 'fr' ? f.nameFr : f.nameEn}`)
          .join(' · ')}
      </span>
      <span className="mt-0.5 block text-xs text-mist">
        {labels.length > 0
          ? at('party.tables', { labels: labels.join(', ') })
          : at('party.noTable')}
        {party.status === 'checked_in' && (
          <span className="ml-2 text-emerald-200">{at('party.checkedIn')}</span>
        )}
      </span>
      {party.occasion && (
        <span className="mt-0.5 block text-xs text-sky-200">
          {at('party.occasion', { occasion: party.occasion })}
        </span>
      )}
      {party.dietary.length > 0 && (
        <span className="mt-0.5 block text-xs text-amber-200">
          {at('party.dietary', { notes: party.dietary.join(' · ') })}
        </span>
      )}
    </>
  );
  const frame = `block w-full rounded-md border px-3 py-2 text-left ${
    selected ? 'border-gold bg-gold/10' : 'border-white/10 bg-white/[0.02]'
  }`;
  if (!canMove) return <div className={frame}>{body}</div>;
  return (
    <button
      type="button"
      aria-pressed={selected}
      aria-label={`${at('party.select', { name })}, ${at('party.size', { n: num(party.partySize) })}`}
      onClick={onSelect}
      onPointerDown={onPointerDown}
      className={`${frame} cursor-grab touch-none transition-colors hover:border-gold/60`}
    >
      {body}
    </button>
  );
}
