// Two chosen days, from and to (venue dates, `YYYY-MM-DD`), applied together: the custom period
// of the dashboard and of the reports. The words come from the area that uses it.
import { useId, useState, type FormEvent } from 'react';
import { addDays } from './paris-day';
import { TextField, controlClass, labelClass } from '../../shared/field';
import { Button } from '../../shared/button';

export interface DateRangeLabels {
  /** The form's name. */
  form: string;
  from: string;
  to: string;
  apply: string;
  invalid: string;
}

export function DateRangeForm({
  from: initialFrom,
  to: initialTo,
  maxDays,
  pressed,
  labels,
  onApply,
}: {
  from: string;
  to: string;
  /** The longest range accepted, in days (none: any). */
  maxDays?: number;
  /** Whether the chosen range is the one shown (the apply button is then pressed). */
  pressed?: boolean;
  labels: DateRangeLabels;
  onApply: (from: string, to: string) => void;
}) {
  const id = useId();
  const [from, setFrom] = useState(initialFrom);
  const [to, setTo] = useState(initialTo);
  const invalid =
    !from || !to || from > to || (maxDays !== undefined && addDays(from, maxDays) < to);

  function submit(event: FormEvent) {
    event.preventDefault();
    if (!invalid) onApply(from, to);
  }

  return (
    <form onSubmit={submit} aria-label={labels.form} className="flex flex-wrap items-end gap-2">
      <TextField
        label={labels.from}
        type="date"
        value={from}
        onChange={(event) => setFrom(event.target.value)}
        controlClassName="w-40"
      />
      <div>
        <label htmlFor={`${id}-to`} className={labelClass}>
          {labels.to}
        </label>
        <input
          id={`${id}-to`}
          type="date"
          value={to}
          min={from}
          onChange={(event) => setTo(event.target.value)}
          aria-describedby={invalid ? `${id}-invalid` : undefined}
          className={`${controlClass} w-40`}
        />
      </div>
      <Button
        type="submit"
        disabled={invalid}
        {...(pressed === undefined ? {} : { 'aria-pressed': pressed })}
      >
        {labels.apply}
      </Button>
      {invalid && (
        <p id={`${id}-invalid`} className="w-full text-xs text-rose-200">
          {labels.invalid}
        </p>
      )}
    </form>
  );
}
