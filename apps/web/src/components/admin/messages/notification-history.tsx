import { useStaffT } from '../staff-messages';
import type { NotificationDetail } from '../api/use-notification';
import { formatDateTime } from '../ui/format';
import { StatusBadge } from '../ui/status-badge';

/** The status changes in the order they happened, as a timeline. */
export function NotificationHistory({ events }: { events: NotificationDetail['events'] }) {
  const { t, locale } = useStaffT();
  return (
    <div className="mt-5">
      <h3 className="text-sm font-semibold text-cream">{t('admin.detail.history')}</h3>
      {events.length === 0 ? (
        <p className="mt-1 text-sm text-mist">{t('admin.detail.noHistory')}</p>
      ) : (
        <ol className="mt-2 border-l border-white/10 pl-4">
          {events.map((event, index) => (
            <li key={`${event.at}-${index}`} className="relative pb-3 last:pb-0">
              <span
                aria-hidden="true"
                className="absolute top-1.5 -left-[1.3rem] size-2 rounded-full border border-white/30 bg-night"
              />
              <div className="flex flex-wrap items-baseline gap-x-3">
                <StatusBadge status={event.status} />
                <time dateTime={event.at} className="text-xs text-mist tabular-nums">
                  {formatDateTime(locale, event.at, true)}
                </time>
              </div>
              {event.detail && (
                <p className="mt-0.5 text-xs break-words text-mist">{event.detail}</p>
              )}
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}
