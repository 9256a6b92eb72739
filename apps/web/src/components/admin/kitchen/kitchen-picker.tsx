import { isDay, parisDay } from '../ui/paris-day';
import { useKitchenT } from './messages';
import type { KitchenTarget } from './use-kitchen-sheet';
import { useUpcomingPerformances } from './use-upcoming-performances';
import { SelectField, TextField } from '../../shared/field';
import { Button } from '../../shared/button';

/** A day (default tonight), then the whole day or one of its performances. */
export function KitchenPicker({
  day,
  performanceId,
  onChange,
}: {
  day: string;
  performanceId: string | null;
  onChange: (target: KitchenTarget) => void;
}) {
  const { at, when, locale } = useKitchenT();
  const upcoming = useUpcomingPerformances();
  const today = parisDay();
  const ofDay = (upcoming.data ?? []).filter(
    (performance) => parisDay(performance.startsAt) === day,
  );
  return (
    <div
      role="group"
      aria-label={at('picker.label')}
      className="flex flex-wrap items-end gap-3 print:hidden"
    >
      <TextField
        label={at('picker.day')}
        type="date"
        value={day}
        onChange={(event) => {
          if (isDay(event.target.value)) onChange({ date: event.target.value });
        }}
        controlClassName="w-44"
      />
      <SelectField
        label={at('picker.performance')}
        className="min-w-56 flex-1 sm:flex-none"
        value={performanceId ?? ''}
        aria-busy={upcoming.loading}
        onChange={(event) =>
          onChange(event.target.value ? { performanceId: event.target.value } : { date: day })
        }
      >
        <option value="">{at('picker.wholeDay')}</option>
        {ofDay.map((performance) => (
          <option key={performance.id} value={performance.id}>
            {when(performance.startsAt, { hour: '2-digit', minute: '2-digit' })} ·{' '}
            {locale === 'fr' ? performance.titleFr : performance.titleEn}
          </option>
        ))}
        {/* The chosen performance stays listed even when it is not in the coming programme. */}
        {performanceId && !ofDay.some((performance) => performance.id === performanceId) && (
          <option value={performanceId}>{at('picker.performance')}</option>
        )}
      </SelectField>
      {(day !== today || performanceId) && (
        <Button onClick={() => onChange({ date: today })}>{at('picker.tonight')}</Button>
      )}
    </div>
  );
}
