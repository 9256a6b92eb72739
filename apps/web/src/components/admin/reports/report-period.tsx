import { ToggleButton } from '../../shared/toggle-button';
import { DateRangeForm } from '../ui/date-range-form';
import { useReportsT } from './messages';
import { presets, type ReportFilters } from './report-filters';

const MAX_DAYS = 400;

/** Four usual periods, or two chosen days (the server takes up to 400 days). */
export function ReportPeriod({
  filters,
  onChange,
}: {
  filters: ReportFilters;
  onChange: (changes: Record<string, string | undefined>) => void;
}) {
  const { at } = useReportsT();
  const choices = presets();

  return (
    <div className="flex flex-wrap items-end gap-x-4 gap-y-3">
      <div role="group" aria-label={at('period.label')} className="flex flex-wrap gap-1">
        {(Object.keys(choices) as (keyof typeof choices)[]).map((name) => {
          const range = choices[name];
          const active = range.from === filters.from && range.to === filters.to;
          return (
            <ToggleButton key={name} pressed={active} onClick={() => onChange(range)}>
              {at(`period.${name}`)}
            </ToggleButton>
          );
        })}
      </div>
      <DateRangeForm
        from={filters.from}
        to={filters.to}
        maxDays={MAX_DAYS}
        labels={{
          form: at('period.label'),
          from: at('period.from'),
          to: at('period.to'),
          apply: at('period.apply'),
          invalid: at('period.invalid'),
        }}
        onApply={(from, to) => onChange({ from, to })}
      />
    </div>
  );
}
