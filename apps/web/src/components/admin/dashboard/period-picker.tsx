import { useId, useState, type FormEvent } from 'react';
import { buttonSecondary, field, label } from '../ui/classes';
import { useDashboardT } from './messages';
import type { DashboardRange, Period } from './period';

const PRESETS = ['tonight', 'week', 'month'] as const satisfies readonly Period[];

const preset = (active: boolean) =>
  `min-h-10 rounded-md px-3 text-sm font-medium transition-colors ${
    active
      ? 'bg-white/[0.08] text-cream shadow-[inset_0_-2px_0_var(--color-gold)]'
      : 'text-mist hover:bg-white/[0.04] hover:text-cream'
  }`;

/** Tonight, the next 7 or 30 days, or two chosen days. */
export function PeriodPicker({
  range,
  onChange,
}: {
  range: DashboardRange;
  onChange: (changes: Record<string, string | undefined>) => void;
}) {
  const { at } = useDashboardT();
  const id = useId();
  const [from, setFrom] = useState(range.from);
  const [to, setTo] = useState(range.to);
  const invalid = !from || !to || from > to;

  function submit(event: FormEvent) {
    event.preventDefault();
    if (!invalid) onChange({ period: 'custom', from, to });
  }

  return (
    <div className="flex flex-wrap items-end gap-x-6 gap-y-3">
      <div role="group" aria-label={at('period.label')} className="flex flex-wrap gap-1">
        {PRESETS.map((value) => (
          <button
            key={value}
            type="button"
            aria-pressed={range.period === value}
            onClick={() => onChange({ period: value, from: undefined, to: undefined })}
            className={preset(range.period === value)}
          >
            {at(`period.${value}`)}
          </button>
        ))}
      </div>
      <form
        onSubmit={submit}
        aria-label={at('period.custom')}
        className="flex flex-wrap items-end gap-2"
      >
        <div>
          <label htmlFor={`${id}-from`} className={label}>
            {at('period.from')}
          </label>
          <input
            id={`${id}-from`}
            type="date"
            value={from}
            onChange={(event) => setFrom(event.target.value)}
            className={`${field} w-40`}
          />
        </div>
        <div>
          <label htmlFor={`${id}-to`} className={label}>
            {at('period.to')}
          </label>
          <input
            id={`${id}-to`}
            type="date"
            value={to}
            min={from}
            onChange={(event) => setTo(event.target.value)}
            aria-describedby={invalid ? `${id}-invalid` : undefined}
            className={`${field} w-40`}
          />
        </div>
        <button
          type="submit"
          disabled={invalid}
          aria-pressed={range.period === 'custom'}
          className={buttonSecondary}
        >
          {at('period.apply')}
        </button>
        {invalid && (
          <p id={`${id}-invalid`} className="w-full text-xs text-rose-200">
            {at('period.invalid')}
          </p>
        )}
      </form>
    </div>
  );
}
