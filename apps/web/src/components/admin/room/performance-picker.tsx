// Which performance the room shows: `?performance=<id>`, or else the first one of `?day=` (by
// default today, in Paris). A day input and the day's performances switch between them.
import { useId } from 'react';
import { field, label } from '../ui/classes';
import { isDay, parisDay } from '../ui/paris-day';
import type { Room } from './api/use-room';
import { useRoomT } from './messages';

export function PerformancePicker({
  room,
  day,
  onChoose,
}: {
  room: Room | undefined;
  day: string;
  onChoose: (next: { performance?: string; day?: string }) => void;
}) {
  const { at, when, locale } = useRoomT();
  const id = useId();
  const shownDay = room ? parisDay(room.performance.startsAt) : day;
  return (
    <div className="flex flex-wrap items-end gap-3 print:hidden">
      <div>
        <label htmlFor={`${id}-day`} className={label}>
          {at('picker.day')}
        </label>
        <input
          id={`${id}-day`}
          type="date"
          value={shownDay}
          onChange={(event) => isDay(event.target.value) && onChoose({ day: event.target.value })}
          className={`${field} w-auto`}
        />
      </div>
      {room && room.sameDay.length > 1 && (
        <div>
          <label htmlFor={`${id}-perf`} className={label}>
            {at('picker.performance')}
          </label>
          <select
            id={`${id}-perf`}
            value={room.performance.id}
            onChange={(event) => onChoose({ performance: event.target.value })}
            className={`${field} w-auto`}
          >
            {room.sameDay.map((p) => (
              <option key={p.id} value={p.id}>
                {when(p.startsAt, { hour: '2-digit', minute: '2-digit' })} ·{' '}
                {locale === 'fr' ? p.showTitleFr : p.showTitleEn}
              </option>
            ))}
          </select>
        </div>
      )}
    </div>
  );
}
