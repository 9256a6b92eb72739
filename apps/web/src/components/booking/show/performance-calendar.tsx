// A month of performances at a glance: each evening coloured by its places left. A grid of day
// buttons with one tab stop (arrows move by day and week, Home/End by week, PageUp/PageDown by
// month), as the WAI-ARIA date-picker pattern does.
import { useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useBookingT } from '../../../hooks/use-booking-t';
import type { PerformanceSummary } from '../api/types';
import {
  addDays,
  addMonths,
  byDay,
  dayAvailability,
  monthGrid,
  monthOf,
  type Availability,
} from './calendar-model';

const TONE: Record<Availability | 'none', string> = {
  available: 'border-emerald-300/60 bg-emerald-400/10 text-cream hover:bg-emerald-400/20',
  few: 'border-amber-300/80 bg-amber-400/15 text-cream hover:bg-amber-400/25',
  soldOut: 'border-white/10 text-mist/70 line-through',
  closed: 'border-white/10 text-mist/70',
  none: 'border-transparent text-mist/40',
};
const DOT: Record<Availability, string> = {
  available: 'bg-emerald-300',
  few: 'bg-amber-300',
  soldOut: 'bg-rose-300/70',
  closed: 'bg-mist/60',
};
const LEGEND: readonly Availability[] = ['available', 'few', 'soldOut'];

interface Props {
  performances: readonly PerformanceSummary[];
  selectedDay: string | null;
  onSelect: (day: string) => void;
}

export function PerformanceCalendar({ performances, selectedDay, onSelect }: Props) {
  const { bt, when, locale } = useBookingT();
  const days = useMemo(() => byDay(performances), [performances]);
  const first = selectedDay ?? [...days.keys()][0] ?? new Date().toISOString().slice(0, 10);
  const [focusDay, setFocusDay] = useState(first);
  const [month, setMonth] = useState(monthOf(first));
  const moved = useRef(false);
  const grid = useRef<HTMLTableElement>(null);

  useEffect(() => {
    if (!moved.current) return;
    moved.current = false;
    grid.current?.querySelector<HTMLButtonElement>(`[data-day="${focusDay}"]`)?.focus();
  }, [focusDay, month]);

  const stateOf = (day: string): Availability | 'none' => {
    const list = days.get(day);
    return list ? dayAvailability(list) : 'none';
  };

  function moveTo(day: string) {
    moved.current = true;
    setFocusDay(day);
    setMonth(monthOf(day));
  }

  function onKeyDown(event: KeyboardEvent<HTMLButtonElement>, day: string) {
    const weekday = (new Date(`${day}T00:00:00Z`).getUTCDay() + 6) % 7;
    const deltas: Record<string, number> = {
      ArrowLeft: -1,
      ArrowRight: 1,
      ArrowUp: -7,
      ArrowDown: 7,
      Home: -weekday,
      End: 6 - weekday,
    };
    if (event.key in deltas) {
      event.preventDefault();
      moveTo(addDays(day, deltas[event.key]!));
    } else if (event.key === 'PageUp' || event.key === 'PageDown') {
      event.preventDefault();
      const target = addMonths(monthOf(day), event.key === 'PageUp' ? -1 : 1);
      moveTo(`${target}-01`);
    }
  }

  const title = when(`${month}-15T12:00:00Z`, { month: 'long', year: 'numeric' });
  const weekdays = monthGrid('2024-01')[0]!.map((day) =>
    when(`${day ?? '2024-01-01'}T12:00:00Z`, { weekday: 'short' }),
  );
  const label = (day: string, state: Availability | 'none') =>
    bt('show.calendar.day', {
      date: when(`${day}T12:00:00Z`, { weekday: 'long', day: 'numeric', month: 'long' }),
      state: state === 'none' ? bt('show.calendar.noShow') : bt(`show.calendar.${state}`),
    });

  const monthHasShows = [...days.keys()].some((day) => monthOf(day) === month);
  const monthButton =
    'inline-flex size-11 items-center justify-center rounded-full border border-gold/30 text-xl text-cream hover:border-gold hover:text-gold-bright';

  return (
    <div lang={locale}>
      <div className="flex items-center justify-between gap-3">
        <button
          type="button"
          className={monthButton}
          aria-label={bt('show.calendar.prev')}
          onClick={() => setMonth(addMonths(month, -1))}
        >
          ‹
        </button>
        <h3
          id="calendar-month"
          aria-live="polite"
          className="font-display text-2xl text-cream first-letter:uppercase"
        >
          {title}
        </h3>
        <button
          type="button"
          className={monthButton}
          aria-label={bt('show.calendar.next')}
          onClick={() => setMonth(addMonths(month, 1))}
        >
          ›
        </button>
      </div>
      <table
        ref={grid}
        role="grid"
        aria-labelledby="calendar-month"
        className="mt-4 w-full table-fixed"
      >
        <thead>
          <tr>
            {weekdays.map((name) => (
              <th key={name} scope="col" className="pb-2 text-xs font-medium text-mist uppercase">
                {name}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {monthGrid(month).map((week, index) => (
            <tr key={index}>
              {week.map((day, column) => {
                if (!day) return <td key={column} />;
                const state = stateOf(day);
                const selected = day === selectedDay;
                const tabbable =
                  day === focusDay || (monthOf(focusDay) !== month && day.endsWith('-01'));
                return (
                  <td key={day} className="p-0.5 text-center" aria-selected={selected}>
                    <button
                      type="button"
                      data-day={day}
                      tabIndex={tabbable ? 0 : -1}
                      aria-label={label(day, state)}
                      aria-pressed={selected}
                      aria-disabled={state === 'none' ? true : undefined}
                      onKeyDown={(event) => onKeyDown(event, day)}
                      onFocus={() => setFocusDay(day)}
                      onClick={() => state !== 'none' && onSelect(day)}
                      className={`relative mx-auto flex aspect-square w-full max-w-12 flex-col items-center justify-center rounded-xl border text-sm tabular-nums transition-colors focus-visible:outline-2 focus-visible:outline-gold ${TONE[state]} ${
                        selected ? 'ring-2 ring-gold ring-offset-2 ring-offset-night' : ''
                      }`}
                    >
                      {Number(day.slice(8))}
                      {state !== 'none' && (
                        <span
                          aria-hidden="true"
                          className={`mt-0.5 size-1.5 rounded-full ${DOT[state]}`}
                        />
                      )}
                    </button>
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
      {!monthHasShows && (
        <p className="mt-3 text-center text-sm text-mist">{bt('show.calendar.none')}</p>
      )}
      <ul className="mt-4 flex flex-wrap justify-center gap-x-5 gap-y-2 text-xs text-mist">
        {LEGEND.map((state) => (
          <li key={state} className="flex items-center gap-2">
            <span aria-hidden="true" className={`size-2 rounded-full ${DOT[state]}`} />
            {bt(`show.calendar.${state}`)}
          </li>
        ))}
      </ul>
    </div>
  );
}
