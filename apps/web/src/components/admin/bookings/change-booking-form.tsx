// Changes a booking's lines (formula, zone, guests) and extras through the engine: the places are
// re-counted and re-seated there, the guest gets an email. Formulas and extras come from the
// booking's show; each formula offers only the zones that serve it.
import { useId, useState, type FormEvent } from 'react';
import { useStaffT } from '../staff-messages';
import { Loading } from '../../shared/loading';
import { errorText } from '../ui/error-text';
import { useChangeBooking, type AdminBookingDetail } from './api/use-booking';
import { useAvailability, useShow } from './api/use-catalogue';
import { useBookingsT } from './messages';
import { SelectField, TextField } from '../../shared/field';
import { Button } from '../../shared/button';

interface Line {
  key: number;
  formulaId: string;
  zoneId: string;
  guests: number;
}

export function ChangeBookingForm({
  booking,
  onClose,
  onDone,
}: {
  booking: AdminBookingDetail;
  onClose: () => void;
  onDone: (message: string) => void;
}) {
  const { t, locale } = useStaffT();
  const { at, money, num } = useBookingsT();
  const id = useId();
  const availability = useAvailability(booking.performance.id);
  const show = useShow(availability.data?.showId ?? null);
  const change = useChangeBooking();
  const [lines, setLines] = useState<Line[]>(() =>
    booking.lines.map((line, index) => ({
      key: index,
      formulaId: line.formulaId,
      zoneId: line.zoneId,
      guests: line.guests,
    })),
  );
  const [extras, setExtras] = useState<Record<string, number>>(() =>
    Object.fromEntries(booking.extras.map((extra) => [extra.extraId, extra.quantity])),
  );
  const [error, setError] = useState<string | null>(null);

  if (!availability.data || !show.data) {
    return availability.error || show.error ? (
      <p role="alert" className="text-sm text-rose-200">
        {errorText(t, (availability.error ?? show.error)!)}
      </p>
    ) : (
      <Loading lines={3} />
    );
  }
  const name = (item: { nameFr: string; nameEn: string }) =>
    locale === 'fr' ? item.nameFr : item.nameEn;
  const zones = availability.data.zones;
  const formulas = show.data.formulas;
  const zonesFor = (formulaId: string) =>
    zones.filter((zone) => zone.prices.some((price) => price.formulaId === formulaId));

  function edit(key: number, patch: Partial<Line>) {
    setLines((current) =>
      current.map((line) => {
        if (line.key !== key) return line;
        const next = { ...line, ...patch };
        // A formula not served in the chosen zone takes the first zone that serves it.
        if (!zonesFor(next.formulaId).some((zone) => zone.zoneId === next.zoneId)) {
          next.zoneId = zonesFor(next.formulaId)[0]?.zoneId ?? next.zoneId;
        }
        return next;
      }),
    );
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    setError(null);
    const outcome = await change.run({
      id: booking.id,
      locale: locale === 'en' ? 'en' : 'fr',
      lines: lines
        .filter((line) => line.guests > 0)
        .map(({ formulaId, zoneId, guests }) => ({ formulaId, zoneId, guests })),
      extras: Object.entries(extras)
        .filter(([, quantity]) => quantity > 0)
        .map(([extraId, quantity]) => ({ extraId, quantity })),
    });
    if (!outcome.ok) return setError(errorText(t, outcome.error));
    onDone(
      at('change.done', {
        party: num(outcome.value.partySize),
        total: money(outcome.value.totalCents),
      }),
    );
  }

  return (
    <form
      onSubmit={(event) => void submit(event)}
      aria-labelledby={`${id}-title`}
      className="space-y-4 rounded-md border border-gold/30 bg-white/[0.03] p-4"
    >
      <h3 id={`${id}-title`} className="font-display text-xl text-cream">
        {at('change.title')}
      </h3>
      {lines.map((line, index) => (
        <fieldset
          key={line.key}
          className="grid gap-3 sm:grid-cols-[2fr_2fr_6rem_auto] sm:items-end"
        >
          <legend className="sr-only">{at('change.line', { n: index + 1 })}</legend>
          <SelectField
            label={at('detail.formula')}
            value={line.formulaId}
            onChange={(event) => edit(line.key, { formulaId: event.target.value })}
          >
            {formulas.map((formula) => (
              <option key={formula.id} value={formula.id}>
                {name(formula)}
              </option>
            ))}
          </SelectField>
          <SelectField
            label={at('detail.zone')}
            value={line.zoneId}
            onChange={(event) => edit(line.key, { zoneId: event.target.value })}
          >
            {zonesFor(line.formulaId).map((zone) => (
              <option key={zone.zoneId} value={zone.zoneId}>
                {at('phone.zoneLeft', { zone: name(zone), left: num(zone.seatsLeft) })}
              </option>
            ))}
          </SelectField>
          <TextField
            label={at('detail.guests')}
            type="number"
            inputMode="numeric"
            min={0}
            max={100}
            value={line.guests}
            onChange={(event) => edit(line.key, { guests: Number(event.target.value) || 0 })}
          />
          <Button
            disabled={lines.length === 1}
            aria-label={at('change.removeLine', { n: index + 1 })}
            onClick={() => setLines((current) => current.filter((l) => l.key !== line.key))}
          >
            ✕
          </Button>
        </fieldset>
      ))}
      <Button
        onClick={() => {
          const formula = formulas[0];
          const zone = formula ? zonesFor(formula.id)[0] : undefined;
          if (!formula || !zone) return;
          setLines((current) => [
            ...current,
            {
              key: Math.max(0, ...current.map((l) => l.key)) + 1,
              formulaId: formula.id,
              zoneId: zone.zoneId,
              guests: 1,
            },
          ]);
        }}
      >
        {at('change.addLine')}
      </Button>
      {show.data.extras.length > 0 && (
        <fieldset className="grid gap-3 sm:grid-cols-3">
          <legend className="mb-2 text-sm font-medium text-cream">{at('change.extras')}</legend>
          {show.data.extras.map((extra) => (
            <TextField
              key={extra.id}
              label={at('phone.extraQty', { extra: name(extra), price: money(extra.priceCents) })}
              type="number"
              min={0}
              max={50}
              value={extras[extra.id] ?? 0}
              onChange={(event) =>
                setExtras((current) => ({
                  ...current,
                  [extra.id]: Number(event.target.value) || 0,
                }))
              }
            />
          ))}
        </fieldset>
      )}
      {error && (
        <p role="alert" className="text-sm text-rose-200">
          {error}
        </p>
      )}
      <div className="flex flex-wrap gap-2">
        <Button type="submit" variant="primary" disabled={change.pending}>
          {at('change.save')}
        </Button>
        <Button onClick={onClose}>{at('change.close')}</Button>
      </div>
    </form>
  );
}
