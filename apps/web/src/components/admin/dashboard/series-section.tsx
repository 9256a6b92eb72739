import { useId, type ReactNode } from 'react';
import { useDashboardT } from './messages';
import { SERIES_DAYS, type SeriesDays } from './period';
import { SelectField } from '../../shared/field';

/** The bookings charts, with the span they cover (the last 7, 30 or 90 days). */
export function SeriesSection({
  days,
  onDays,
  children,
}: {
  days: SeriesDays;
  onDays: (days: SeriesDays) => void;
  children: ReactNode;
}) {
  const { at } = useDashboardT();
  const id = useId();
  return (
    <section aria-labelledby={`${id}-title`} className="space-y-3">
      <div className="flex flex-wrap items-end justify-between gap-3">
        <h2 id={`${id}-title`} className="text-lg font-semibold text-cream">
          {at('charts.title')}
        </h2>
        <SelectField
          label={at('charts.period')}
          className="w-48"
          value={days}
          onChange={(event) => onDays(Number(event.target.value) as SeriesDays)}
        >
          {SERIES_DAYS.map((value) => (
            <option key={value} value={value}>
              {at(`charts.days${value}`)}
            </option>
          ))}
        </SelectField>
      </div>
      {children}
    </section>
  );
}
