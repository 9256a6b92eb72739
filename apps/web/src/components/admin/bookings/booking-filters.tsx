// The list's search and filters. They live in the address (shareable, kept on reload and back):
// the form is submitted with Enter or the button; selects apply at once.
import type { BookingStatus } from '@ladiva/contract/booking';
import { useId, useState, type FormEvent } from 'react';
import { useBookingsT } from './messages';
import { SelectField, TextField, controlClass, labelClass } from '../../shared/field';
import { Button } from '../../shared/button';

// Kept here, not imported from the contract: only its types reach the browser (zod stays out).
const STATUSES: readonly BookingStatus[] = [
  'confirmed',
  'checked_in',
  'no_show',
  'cancelled',
  'held',
  'expired',
];
const SOURCES = ['web', 'phone', 'admin', 'walk_in'] as const;

export interface FilterValues {
  q: string;
  from: string;
  to: string;
  status: string;
  source: string;
}

export function BookingFilters({
  values,
  onChange,
  onReset,
}: {
  values: FilterValues;
  onChange: (values: FilterValues) => void;
  onReset: () => void;
}) {
  const { at } = useBookingsT();
  const id = useId();
  // The typed search, sent on Enter (the parent gives a new `key` when the address changes it).
  const [q, setQ] = useState(values.q);

  function submit(event: FormEvent) {
    event.preventDefault();
    onChange({ ...values, q: q.trim() });
  }

  return (
    <form
      role="search"
      aria-label={at('filters.label')}
      onSubmit={submit}
      className="grid grid-cols-2 gap-3 md:grid-cols-[minmax(14rem,2fr)_repeat(4,minmax(0,1fr))_auto] md:items-end print:hidden"
    >
      <div className="col-span-2 md:col-span-1">
        <label htmlFor={`${id}-q`} className={labelClass}>
          {at('filters.q')}
        </label>
        <input
          id={`${id}-q`}
          type="search"
          value={q}
          minLength={2}
          placeholder={at('filters.qHint')}
          aria-describedby={`${id}-q-hint`}
          onChange={(event) => setQ(event.target.value)}
          className={controlClass}
        />
        <span id={`${id}-q-hint`} className="sr-only">
          {at('filters.qHint')}
        </span>
      </div>
      <TextField
        label={at('filters.from')}
        type="date"
        value={values.from}
        onChange={(event) => onChange({ ...values, q, from: event.target.value })}
      />
      <TextField
        label={at('filters.to')}
        type="date"
        value={values.to}
        min={values.from || undefined}
        onChange={(event) => onChange({ ...values, q, to: event.target.value })}
      />
      <SelectField
        label={at('filters.status')}
        value={values.status}
        onChange={(event) => onChange({ ...values, q, status: event.target.value })}
      >
        <option value="">{at('filters.any')}</option>
        {STATUSES.map((status) => (
          <option key={status} value={status}>
            {at(`status.${status}`)}
          </option>
        ))}
      </SelectField>
      <SelectField
        label={at('filters.source')}
        value={values.source}
        onChange={(event) => onChange({ ...values, q, source: event.target.value })}
      >
        <option value="">{at('filters.any')}</option>
        {SOURCES.map((source) => (
          <option key={source} value={source}>
            {at(`source.${source}`)}
          </option>
        ))}
      </SelectField>
      <div className="col-span-2 flex gap-2 md:col-span-1">
        <Button type="submit" variant="primary">
          {at('filters.apply')}
        </Button>
        <Button onClick={onReset}>{at('filters.reset')}</Button>
      </div>
    </form>
  );
}
