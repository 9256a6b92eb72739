// A party without a booking, seated tonight in two taps: a free table (tapped on the plan, or
// chosen here), then "Seat 2 at table 7". Guests and formula start at sensible defaults (two, the
// zone's first formula: the cheapest); one key per panel, so a double tap seats one party.
import { useId, useState, type FormEvent } from 'react';
import type { Room } from './api/use-room';
import { useRoomT } from './messages';
import { freeTables } from './room-model';
import { Button } from '../../shared/button';
import { SelectField } from '../../shared/field';
import { Stepper } from '../../shared/stepper';

const newKey = () => `walkin-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;

export interface WalkInRequest {
  tableId: string;
  guests: number;
  formulaId: string;
  idempotencyKey: string;
}

export function WalkInPanel({
  room,
  tableId,
  pending,
  onTable,
  onSeat,
  onClose,
}: {
  room: Room;
  /** The table chosen (on the plan or here). */
  tableId: string | null;
  pending: boolean;
  onTable: (tableId: string) => void;
  onSeat: (request: WalkInRequest) => void;
  onClose: () => void;
}) {
  const { at, num, money, locale } = useRoomT();
  const id = useId();
  const tables = freeTables(room);
  const table = tables.find((t) => t.id === tableId) ?? tables[0];
  const zone = room.zones.find((z) => z.id === table?.zoneId);
  const [guests, setGuests] = useState(2);
  const [formulaId, setFormulaId] = useState('');
  const [key] = useState(newKey);
  const name = (item: { nameFr: string; nameEn: string }) =>
    locale === 'fr' ? item.nameFr : item.nameEn;
  const formula =
    zone?.formulas.find((f) => f.formulaId === formulaId) ?? zone?.formulas[0] ?? undefined;
  const count = table ? Math.min(guests, table.seats) : guests;

  function submit(event: FormEvent) {
    event.preventDefault();
    if (!table || !formula) return;
    onSeat({ tableId: table.id, guests: count, formulaId: formula.formulaId, idempotencyKey: key });
  }

  return (
    <form
      onSubmit={submit}
      aria-labelledby={`${id}-title`}
      className="space-y-3 rounded-md border border-gold/40 bg-ink p-3"
    >
      <h3 id={`${id}-title`} className="text-sm font-semibold text-cream">
        {at('walkIn.title')}
      </h3>
      {!table ? (
        <p className="text-sm text-mist">{at('walkIn.none')}</p>
      ) : (
        <>
          <p className="text-xs text-mist">{at('walkIn.hint')}</p>
          <SelectField
            label={at('walkIn.table')}
            value={table.id}
            onChange={(event) => onTable(event.target.value)}
          >
            {tables.map((t) => {
              const z = room.zones.find((candidate) => candidate.id === t.zoneId);
              return (
                <option key={t.id} value={t.id}>
                  {at('walkIn.tableOption', {
                    label: t.label,
                    seats: num(t.seats),
                    zone: z ? name(z) : '',
                  })}
                </option>
              );
            })}
          </SelectField>
          <Stepper
            label={at('walkIn.guests')}
            value={count}
            min={1}
            max={table.seats}
            onChange={setGuests}
            lessLabel={at('walkIn.less')}
            moreLabel={at('walkIn.more')}
          />
          {formula ? (
            <SelectField
              label={at('walkIn.formula')}
              value={formula.formulaId}
              onChange={(event) => setFormulaId(event.target.value)}
            >
              {zone!.formulas.map((f) => (
                <option key={f.formulaId} value={f.formulaId}>
                  {at('walkIn.formulaOption', { name: name(f), price: money(f.priceCents) })}
                </option>
              ))}
            </SelectField>
          ) : (
            <p className="text-sm text-rose-200">{at('walkIn.noFormula')}</p>
          )}
        </>
      )}
      <div className="flex flex-wrap gap-2">
        {table && formula && (
          <Button type="submit" variant="primary" disabled={pending}>
            {at('walkIn.submit', { n: num(count), label: table.label })}
          </Button>
        )}
        <Button onClick={onClose}>{at('move.close')}</Button>
      </div>
    </form>
  );
}
