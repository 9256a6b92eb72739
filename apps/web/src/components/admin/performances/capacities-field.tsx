// Capacity per zone for a new performance or season, prefilled with each zone's table seats.
import type { AdminZone } from '@ladiva/contract/backoffice-catalogue';
import type { Capacities } from './capacities';
import { usePerformancesT } from './messages';
import { controlClass } from '../../shared/field';

export function CapacitiesField({
  zones,
  values,
  onChange,
}: {
  zones: readonly AdminZone[];
  values: Capacities;
  onChange: (values: Capacities) => void;
}) {
  const { at, locale } = usePerformancesT();
  return (
    <fieldset>
      <legend className="text-sm font-semibold text-cream">{at('form.capacities')}</legend>
      <p className="mb-2 text-xs text-mist">{at('form.capacitiesHint')}</p>
      <div className="grid grid-cols-2 gap-3 sm:grid-cols-4">
        {zones.map((zone) => {
          const name = locale === 'fr' ? zone.nameFr : zone.nameEn;
          return (
            <div key={zone.id}>
              <label
                htmlFor={`cap-${zone.id}`}
                className="mb-1 block text-xs font-medium text-mist"
              >
                {name}
              </label>
              <input
                id={`cap-${zone.id}`}
                type="number"
                inputMode="numeric"
                min={0}
                max={10000}
                aria-label={at('form.capacityOf', { zone: name })}
                value={values[zone.id] ?? String(zone.seats)}
                onChange={(event) => onChange({ ...values, [zone.id]: event.target.value })}
                className={controlClass}
              />
            </div>
          );
        })}
      </div>
    </fieldset>
  );
}
