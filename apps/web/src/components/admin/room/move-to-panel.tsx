// The keyboard way to move a party: tick tables of its zone(s) with free seats, then "Move". The
// seats chosen are counted live; the server validates and splits the guests by seats.
import { useId, useState, type FormEvent } from 'react';
import { buttonPrimary, buttonSecondary } from '../ui/classes';
import type { Room, RoomParty } from './api/use-room';
import { useRoomT } from './messages';
import { freeSeatsFor, partyName } from './room-model';

export function MoveToPanel({
  room,
  party,
  pending,
  onMove,
  onClose,
}: {
  room: Room;
  party: RoomParty;
  pending: boolean;
  onMove: (tableIds: string[]) => void;
  onClose: () => void;
}) {
  const { at, num } = useRoomT();
  const id = useId();
  const [chosen, setChosen] = useState<string[]>([]);
  const options = room.tables
    .filter((table) => party.zoneIds.includes(table.zoneId))
    .map((table) => ({ table, free: freeSeatsFor(table, party, room) }))
    .filter(({ free }) => free > 0)
    .sort((a, b) => a.table.label.localeCompare(b.table.label, undefined, { numeric: true }));
  const seats = options
    .filter(({ table }) => chosen.includes(table.id))
    .reduce((sum, { free }) => sum + free, 0);
  const name = partyName(party, at);

  function submit(event: FormEvent) {
    event.preventDefault();
    if (chosen.length > 0) onMove(chosen);
  }

  return (
    <form
      onSubmit={submit}
      aria-labelledby={`${id}-title`}
      className="space-y-3 rounded-md border border-gold/40 bg-ink p-3"
    >
      <h3 id={`${id}-title`} className="text-sm font-semibold text-cream">
        {at('move.title', { name })}
      </h3>
      {options.length === 0 ? (
        <p className="text-sm text-mist">{at('move.none')}</p>
      ) : (
        <fieldset>
          <legend className="mb-2 text-xs text-mist">
            {at('move.hint', { n: num(party.partySize) })}
          </legend>
          <div className="grid max-h-64 grid-cols-1 gap-1 overflow-y-auto sm:grid-cols-2">
            {options.map(({ table, free }) => (
              <label
                key={table.id}
                className="flex min-h-10 items-center gap-2 rounded px-2 text-sm text-cream hover:bg-white/5"
              >
                <input
                  type="checkbox"
                  checked={chosen.includes(table.id)}
                  onChange={(event) =>
                    setChosen((current) =>
                      event.target.checked
                        ? [...current, table.id]
                        : current.filter((tableId) => tableId !== table.id),
                    )
                  }
                  className="size-4 accent-gold"
                />
                {at('move.option', {
                  label: table.label,
                  free: num(free),
                  seats: num(table.seats),
                })}
              </label>
            ))}
          </div>
        </fieldset>
      )}
      <p
        aria-live="polite"
        className={`text-xs ${seats >= party.partySize ? 'text-emerald-200' : 'text-mist'}`}
      >
        {at('move.chosen', { seats: num(seats), n: num(party.partySize) })}
      </p>
      <div className="flex flex-wrap gap-2">
        <button type="submit" disabled={pending || chosen.length === 0} className={buttonPrimary}>
          {at('move.submit')}
        </button>
        <button type="button" onClick={onClose} className={buttonSecondary}>
          {at('move.close')}
        </button>
      </div>
    </form>
  );
}
