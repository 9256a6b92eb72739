// Which performance the room shows: `?performance=<id>`, or else the first one of `?day=` (by
// default today, in Paris). A day input and the day's performances switch between them.
import { isDay, parisDay } from '../ui/paris-day';
import type { Room } from './api/use-room';
import { useRoomT } from './messages';
import { SelectField, TextField } from '../../shared/field';

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
  const shownDay = room ? parisDay(room.performance.startsAt) : day;
  return (
    <div className="flex flex-wrap items-end gap-3 print:hidden">
      <TextField
        label={at('picker.day')}
        type="date"
        value={shownDay}
        onChange={(event) => isDay(event.target.value) && onChoose({ day: event.target.value })}
        controlClassName="w-auto"
      />
      {room && room.sameDay.length > 1 && (
        <SelectField
          label={at('picker.performance')}
          value={room.performance.id}
          onChange={(event) => onChoose({ performance: event.target.value })}
          controlClassName="w-auto"
        >
          {room.sameDay.map((p) => (
            <option key={p.id} value={p.id}>
              {when(p.startsAt, { hour: '2-digit', minute: '2-digit' })} ·{' '}
              {locale === 'fr' ? p.showTitleFr : p.showTitleEn}
            </option>
          ))}
        </SelectField>
      )}
    </div>
  );
}
