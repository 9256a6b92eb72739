// A booking's history as a timeline, newest last: what happened, when, and who did it.
import type { BookingEvent } from '@ladiva/contract/backoffice-bookings';
import { useBookingsT } from './messages';

function eventDetail(event: BookingEvent, at: ReturnType<typeof useBookingsT>['at']) {
  if (event.kind === 'note') return event.note ?? at('history.noteErased');
  if (event.kind === 'moved' && Array.isArray(event.data.tables)) {
    return at('history.moved', { tables: (event.data.tables as string[]).join(', ') });
  }
  return null;
}

export function BookingHistory({ events }: { events: readonly BookingEvent[] }) {
  const { at, when } = useBookingsT();
  if (events.length === 0) return <p className="text-sm text-mist">{at('history.empty')}</p>;
  return (
    <ol className="relative space-y-4 border-l border-white/10 pl-5">
      {events.map((event) => {
        const detail = eventDetail(event, at);
        const actor = event.actor
          ? (event.actor.name ?? at('history.guest'))
          : at('history.system');
        return (
          <li key={event.id} className="relative">
            <span
              aria-hidden="true"
              className={`absolute top-1.5 -left-[1.6rem] size-2.5 rounded-full ring-4 ring-ink ${
                event.kind === 'note' ? 'bg-gold' : 'bg-white/40'
              }`}
            />
            <p className="text-sm text-cream">
              <span className="font-medium">{at(`history.kind.${event.kind}`)}</span>
              <span className="text-mist"> · {actor}</span>
            </p>
            <p className="text-xs text-mist tabular-nums">
              <time dateTime={event.at}>
                {when(event.at, { dateStyle: 'medium', timeStyle: 'short' })}
              </time>
            </p>
            {detail && (
              <p className="mt-1 text-sm whitespace-pre-line break-words text-cream/90">{detail}</p>
            )}
          </li>
        );
      })}
    </ol>
  );
}
