import { useStaffT } from '../staff-messages';
import type { QueryResult } from '../api/use-api-query';
import type { NotificationStats } from '../api/use-notification-stats';
import { STATUSES, type NotificationStatus } from '../api/vocabulary';
import { formatDuration } from '../ui/format';
import { statusLabel } from '../ui/labels';
import { STATUS_TONE } from '../ui/status-tone';

/** Counts per status, each a shortcut to filter the table by it, and the oldest waiting. */
export function NotificationStatsBar({
  stats,
  active,
  onPick,
}: {
  stats: QueryResult<NotificationStats>;
  active: NotificationStatus | undefined;
  onPick: (status: NotificationStatus) => void;
}) {
  const { t, locale } = useStaffT();
  const data = stats.data;
  const oldest = data?.oldestQueuedSeconds ?? 0;
  return (
    <section aria-labelledby="stats-title" aria-busy={stats.loading}>
      <h2 id="stats-title" className="sr-only">
        {t('admin.stats.label')}
      </h2>
      <div className="flex flex-wrap items-center gap-x-4 gap-y-2">
        <ul className="flex flex-wrap gap-1.5">
          {STATUSES.map((status) => {
            const pressed = status === active;
            return (
              <li key={status}>
                <button
                  type="button"
                  aria-pressed={pressed}
                  onClick={() => onPick(status)}
                  className={`inline-flex min-h-9 items-center gap-2 rounded-md border px-2.5 text-xs transition-colors ${
                    pressed
                      ? 'border-gold/60 bg-white/[0.07] text-cream'
                      : 'border-white/10 bg-ink text-mist hover:border-white/25'
                  }`}
                >
                  <span
                    aria-hidden="true"
                    className={`size-2 shrink-0 rounded-full ${STATUS_TONE[status].dot}`}
                  />
                  {statusLabel(t, status)}
                  <span className="text-sm font-semibold text-cream tabular-nums">
                    {data ? (data.byStatus[status] ?? 0) : '–'}
                  </span>
                </button>
              </li>
            );
          })}
        </ul>
        <p className="text-xs text-mist">
          {t('admin.stats.oldest')}{' '}
          <span className={oldest > 300 ? 'font-semibold text-amber-200' : 'text-cream'}>
            {data ? (oldest > 0 ? formatDuration(locale, oldest) : t('admin.stats.none')) : '–'}
          </span>
        </p>
      </div>
    </section>
  );
}
