import { useRef } from 'react';
import { useStaffT } from '../staff-messages';
import { useNotification, type NotificationDetail } from '../api/use-notification';
import { ChannelIcon } from '../ui/channel-icon';
import { QueryError } from '../ui/query-error';
import { Loading } from '../../shared/loading';
import { EmptyState } from '../../shared/empty-state';
import { formatDateTime } from '../ui/format';
import { channelLabel, kindLabel, localeLabel } from '../ui/labels';
import { StatusBadge } from '../ui/status-badge';
import { useFocusOnNarrow } from '../ui/use-focus-on-narrow';
import { NotificationActions } from './notification-actions';
import { NotificationHistory } from './notification-history';
import { panelClass } from '../../shared/panel-class';

export function NotificationDetailPanel({ id, onClose }: { id: string; onClose: () => void }) {
  const { t } = useStaffT();
  const detail = useNotification(id);
  const section = useRef<HTMLElement>(null);
  useFocusOnNarrow(section, id);

  return (
    <section
      ref={section}
      tabIndex={-1}
      aria-labelledby="notification-title"
      aria-busy={detail.loading}
      className={`${panelClass({ padded: false })} p-4 focus:outline-none lg:sticky lg:top-6`}
    >
      <div className="mb-3 flex items-start justify-between gap-3">
        <h2 id="notification-title" className="text-base font-semibold text-cream">
          {detail.data ? kindLabel(t, detail.data.kind) : t('admin.detail.title')}
        </h2>
        <button
          type="button"
          onClick={onClose}
          className="-mt-1 -mr-1 min-h-9 shrink-0 rounded-md px-2 text-sm text-mist hover:text-gold-bright"
        >
          {t('admin.detail.close')}
        </button>
      </div>
      {detail.loading && <Loading lines={6} />}
      {detail.error?.status === 404 ? (
        <EmptyState>{t('admin.gone')}</EmptyState>
      ) : (
        detail.error && <QueryError error={detail.error} onRetry={detail.reload} />
      )}
      {detail.data && <DetailBody notification={detail.data} reload={detail.reload} />}
    </section>
  );
}

function DetailBody({
  notification: n,
  reload,
}: {
  notification: NotificationDetail;
  reload: () => void;
}) {
  const { t, locale } = useStaffT();
  const when = (iso: string | null) => (iso ? formatDateTime(locale, iso, true) : '—');
  const facts: [string, string][] = [
    [t('admin.detail.recipient'), n.recipient],
    [t('admin.language'), localeLabel(t, n.locale)],
    [
      t('admin.log.attempts'),
      t('admin.detail.attemptsOf', { count: n.attempts, max: n.maxAttempts }),
    ],
    [t('admin.log.created'), when(n.createdAt)],
    [t('admin.detail.sendAt'), when(n.sendAt)],
    [t('admin.detail.sentAt'), when(n.sentAt)],
    [t('admin.detail.provider'), n.providerMessageId ?? '—'],
  ];
  return (
    <>
      <p className="flex flex-wrap items-center gap-x-4 gap-y-1">
        <StatusBadge status={n.status} />
        <span className="inline-flex items-center gap-1.5 text-xs text-mist">
          <ChannelIcon channel={n.channel} className="size-3.5" />
          {channelLabel(t, n.channel)}
        </span>
      </p>
      <dl className="mt-3 grid grid-cols-[auto_minmax(0,1fr)] gap-x-4 gap-y-1 text-sm">
        {facts.map(([name, value]) => (
          <div key={name} className="contents">
            <dt className="text-mist">{name}</dt>
            <dd className="break-words text-cream">{value}</dd>
          </div>
        ))}
      </dl>
      {n.lastError && (
        <div className="mt-3 rounded-md border border-amber-300/25 bg-amber-950/30 p-3">
          <p className="text-xs font-medium text-amber-200">{t('admin.detail.lastError')}</p>
          <p className="mt-1 font-mono text-xs break-words text-cream/90">{n.lastError}</p>
        </div>
      )}
      <NotificationActions notification={n} reload={reload} />
      <NotificationHistory events={n.events} />
    </>
  );
}
