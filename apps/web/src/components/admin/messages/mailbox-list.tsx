import { Link } from 'react-router';
import { useStaffT } from '../staff-messages';
import type { MailboxEntry } from '../api/use-mailbox';
import type { QueryResult } from '../api/use-api-query';
import { ChannelIcon } from '../ui/channel-icon';
import { QueryError } from '../ui/query-error';
import { Loading } from '../../shared/loading';
import { EmptyState } from '../../shared/empty-state';
import { formatDateTime } from '../ui/format';
import { channelLabel } from '../ui/labels';
import { panelClass } from '../../shared/panel-class';

export function MailboxList({
  mailbox,
  selected,
}: {
  mailbox: QueryResult<MailboxEntry[]>;
  selected: string | null;
}) {
  const { t, locale } = useStaffT();
  const items = mailbox.data;
  return (
    <section aria-labelledby="mailbox-list-title" className={panelClass({ padded: false })}>
      <h2
        id="mailbox-list-title"
        className="border-b border-white/10 px-4 py-2.5 text-sm font-semibold text-cream"
      >
        {t('admin.mailbox.listTitle', { count: items?.length ?? '…' })}
      </h2>
      {mailbox.error && (
        <div className="p-3">
          <QueryError error={mailbox.error} onRetry={mailbox.reload} />
        </div>
      )}
      {mailbox.loading && (
        <div className="px-4 py-2">
          <Loading />
        </div>
      )}
      {items?.length === 0 && (
        <div className="p-3">
          <EmptyState>{t('admin.mailbox.empty')}</EmptyState>
        </div>
      )}
      {items && items.length > 0 && (
        <ul className="max-h-[60svh] divide-y divide-white/5 overflow-y-auto">
          {items.map((item) => {
            const current = item.id === selected;
            return (
              <li key={item.id}>
                <Link
                  to={`?message=${item.id}`}
                  aria-current={current ? 'true' : undefined}
                  className={`flex gap-3 px-4 py-2.5 transition-colors ${
                    current
                      ? 'bg-white/[0.07] shadow-[inset_2px_0_0_var(--color-gold)]'
                      : 'hover:bg-white/[0.03]'
                  }`}
                >
                  <span title={channelLabel(t, item.channel)} className="mt-0.5 text-mist">
                    <ChannelIcon channel={item.channel} />
                  </span>
                  <span className="min-w-0 flex-1">
                    <span className="flex items-baseline justify-between gap-3 text-xs text-mist">
                      <span className="truncate">
                        <span className="sr-only">{channelLabel(t, item.channel)} · </span>
                        {item.to}
                      </span>
                      <time dateTime={item.date} className="shrink-0 tabular-nums">
                        {formatDateTime(locale, item.date)}
                      </time>
                    </span>
                    <span className="mt-0.5 block truncate text-sm text-cream">
                      {item.subject || t('admin.mailbox.noSubject')}
                    </span>
                  </span>
                </Link>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
