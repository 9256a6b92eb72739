// Guests per formula and zone for the phone booking: one number field per formula a zone serves,
// each labelled with its price, under the zone's places left.
import type { PerformanceAvailability, ShowDetail } from './api/use-catalogue';
import { useBookingsT } from './messages';
import { TextField } from '../../shared/field';

/** Guests keyed "formulaId:zoneId". */
export type Counts = Record<string, number>;

export function PlacesPicker({
  zones,
  formulas,
  counts,
  onCounts,
}: {
  zones: PerformanceAvailability['zones'];
  formulas: ShowDetail['formulas'];
  counts: Counts;
  onCounts: (counts: Counts) => void;
}) {
  const { at, money, num, locale } = useBookingsT();
  const name = (item: { nameFr: string; nameEn: string }) =>
    locale === 'fr' ? item.nameFr : item.nameEn;
  return (
    <fieldset className="space-y-3">
      <legend className="mb-2 text-sm font-medium text-cream">{at('phone.places')}</legend>
      <div className="grid gap-3 md:grid-cols-2">
        {zones.map((zone) => (
          <div key={zone.zoneId} className="rounded-md border border-white/10 p-3">
            <p className="mb-2 text-sm text-cream">
              {at('phone.zoneLeft', { zone: name(zone), left: num(zone.seatsLeft) })}
            </p>
            <div className="grid gap-2 sm:grid-cols-2">
              {zone.prices.map((price) => {
                const formula = formulas.find((f) => f.id === price.formulaId);
                if (!formula) return null;
                const key = `${price.formulaId}:${zone.zoneId}`;
                return (
                  <TextField
                    key={key}
                    label={
                      <>
                        {/* Short on screen; the zone and "per guest" for screen readers. */}
                        <span aria-hidden="true">
                          {name(formula)} · {money(price.priceCents)}
                        </span>
                        <span className="sr-only">
                          {at('phone.guestsOf', {
                            formula: name(formula),
                            zone: name(zone),
                            price: money(price.priceCents),
                          })}
                        </span>
                      </>
                    }
                    type="number"
                    inputMode="numeric"
                    min={0}
                    max={Math.min(100, zone.seatsLeft)}
                    disabled={zone.seatsLeft === 0}
                    placeholder="0"
                    value={counts[key] ?? ''}
                    onChange={(event) =>
                      onCounts({ ...counts, [key]: Math.max(0, Number(event.target.value) || 0) })
                    }
                  />
                );
              })}
            </div>
          </div>
        ))}
      </div>
    </fieldset>
  );
}
