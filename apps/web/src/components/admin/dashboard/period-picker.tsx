import { ToggleButton } from '../../shared/toggle-button';
import { DateRangeForm } from '../ui/date-range-form';
import { useDashboardT } from './messages';
import type { DashboardRange, Period } from './period';

const PRESETS = ['tonight', 'week', 'month'] as const satisfies readonly Period[];

/** Tonight, the next 7 or 30 days, or two chosen days. */
export function PeriodPicker({
  range,
  onChange,
}: {
  range: DashboardRange;
  onChange: (changes: Record<string, string | undefined>) => void;
}) {
  const { at } = useDashboardT();
  return (
    <div className="flex flex-wrap items-end gap-x-6 gap-y-3">
      <div role="group" aria-label={at('period.label')} className="flex flex-wrap gap-1">
        {PRESETS.map((value) => (
          <ToggleButton
            key={value}
            pressed={range.period === value}
            onClick={() => onChange({ period: value, from: undefined, to: undefined })}
          >
            {at(`period.${value}`)}
          </ToggleButton>
        ))}
      </div>
      <DateRangeForm
        from={range.from}
        to={range.to}
        pressed={range.period === 'custom'}
        labels={{
          form: at('period.custom'),
          from: at('period.from'),
          to: at('period.to'),
          apply: at('period.apply'),
          invalid: at('period.invalid'),
        }}
        onApply={(from, to) => onChange({ period: 'custom', from, to })}
      />
    </div>
  );
}
