// The keyboard way to move a party: tick tables of its zone(s) with free seats, then "Move" — or,
// as a courtesy upgrade, tables of another zone with places left (same price; the server checks
// the zone's capacity). The seats chosen are counted live; the server splits the guests by seats.
import { useId, useState, type FormEvent } from 'react';
import type { Room, RoomParty } from './api/use-room';
import { useRoomT } from './messages';
import { freeSeatsFor, partyName, upgradeTables } from './room-model';
import { Button } from '../../shared/button';
import { Checkbox } from '../../shared/checkbox';

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
  onMove: (tableIds: string[], changeZone: boolean) => void;
  onClose: () => void;
}) {
  const { at, num, locale } = useRoomT();
  const id = useId();
  const [chosen, setChosen] = useState<string[]>([]);
  const options = room.tables
    .filter((table) => party.zoneIds.includes(table.zoneId))
    .map((table) => ({ table, free: freeSeatsFor(table, party, room) }))
    .filter(({ free }) => free > 0)
    .sort((a, b) => a.table.label.localeCompare(b.table.label, undefined, { numeric: true }));
  const upgrades = upgradeTables(room, party).sort(
    (a, b) =>
      a.table.zoneId.localeCompare(b.table.zoneId) ||
      a.table.label.localeCompare(b.table.label, undefined, { numeric: true }),
  );
  const seats = [...options, ...upgrades]
    .filter(({ table }) => chosen.includes(table.id))
    .reduce((sum, { free }) => sum + free, 0);
  const name = partyName(party, at);
  const zoneName = (zoneId: string) => {
    const zone = room.zones.find((z) => z.id === zoneId);
    return zone ? (locale === 'fr' ? zone.nameFr : zone.nameEn) : '';
  };
  /** Tables of one zone at a time: ticking a table of another zone starts the choice again. */
  const zoneOf = (tableId: string) => room.tables.find((t) => t.id === tableId)?.zoneId;
  const toggle = (tableId: string, checked: boolean) =>
    setChosen((current) =>
      checked
        ? [...current.filter((other) => zoneOf(other) === zoneOf(tableId)), tableId]
        : current.filter((other) => other !== tableId),
    );
  const upgrading = chosen.length > 0 && !party.zoneIds.includes(zoneOf(chosen[0]!) ?? '');

  function submit(event: FormEvent) {
    event.preventDefault();
    if (chosen.length > 0) onMove(chosen, upgrading);
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
              <Checkbox
                key={table.id}
                className="rounded px-2 hover:bg-white/5"
                label={at('move.option', {
                  label: table.label,
                  free: num(free),
                  seats: num(table.seats),
                })}
                checked={chosen.includes(table.id)}
                onChange={(checked) => toggle(table.id, checked)}
              />
            ))}
          </div>
        </fieldset>
      )}
      {upgrades.length > 0 && (
        <fieldset>
          <legend className="mb-2 text-xs text-mist">{at('move.upgrade')}</legend>
          <div className="grid max-h-48 grid-cols-1 gap-1 overflow-y-auto sm:grid-cols-2">
            {upgrades.map(({ table, free }) => (
              <Checkbox
                key={table.id}
                className="rounded px-2 hover:bg-white/5"
                label={at('move.upgradeOption', {
                  zone: zoneName(table.zoneId),
                  label: table.label,
                  free: num(free),
                  seats: num(table.seats),
                })}
                checked={chosen.includes(table.id)}
                onChange={(checked) => toggle(table.id, checked)}
              />
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
        <Button type="submit" variant="primary" disabled={pending || chosen.length === 0}>
          {at('move.submit')}
        </Button>
        <Button onClick={onClose}>{at('move.close')}</Button>
      </div>
    </form>
  );
}
