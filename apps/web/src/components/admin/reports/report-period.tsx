import { useId, useState, type FormEvent } from 'react';
import { buttonSecondary, field, label } from '../ui/classes';
import { addDays } from '../ui/paris-day';
import { useReportsT } from './messages';
import { presets, type ReportFilters } from './report-filters';

const MAX_DAYS = 400;

const chip = (active: boolean) =>
  `min-h-10 rounded-md px-3 text-sm font-medium transition-colors ${
    active
      ? 'bg-white/[0.08] text-cream shadow-[inset_0_-2px_0_var(--color-gold)]'
      : 'text-mist hover:bg-white/[0.04] hover:text-cream'
  }`;

/** Four usual periods, or two chosen days (the server takes up to 400 days). */
export function ReportPeriod({
  filters,
  onChange,
}: {
  filters: ReportFilters;
  onChange: (changes: Record<string, string | undefined>) => void;
}) {
  const { at } = useReportsT();
  const id = useId();
  const [from, setFrom] = useState(filters.from);
  const [to, setTo] = useState(filters.to);
  const invalid = !from || !to || from > to || addDays(from, MAX_DAYS) < to;
  const choices = presets();

  function submit(event: FormEvent) {
    event.preventDefault();
    if (!invalid) onChange({ from, to });
  }

  return (
    <div className="flex flex-wrap items-end gap-x-4 gap-y-3">
      <div role="group" aria-label={at('period.label')} className="flex flex-wrap gap-1">
        {(Object.keys(choices) as (keyof typeof choices)[]).map((name) => {
          const range = choices[name];
          const active = range.from === filters.from && range.to === filters.to;
          return (
            <button
              key={name}
              type="button"
              aria-pressed={active}
              onClick={() => onChange(range)}
              className={chip(active)}
            >
              {at(`period.${name}`)}
            </button>
          );
        })}
      </div>
      <form
        onSubmit={submit}
        aria-label={at('period.label')}
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
        <button type="submit" disabled={invalid} className={buttonSecondary}>
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
