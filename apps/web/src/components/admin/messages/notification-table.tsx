import { Link } from 'react-router';
import { useStaffT } from '../staff-messages';
import type { QueryResult } from '../api/use-api-query';
import type { Notification } from '../api/use-notifications';
import { ChannelIcon } from '../ui/channel-icon';
import { QueryError } from '../ui/query-error';
import { Loading } from '../../shared/loading';
import { EmptyState } from '../../shared/empty-state';
import { formatDateTime } from '../ui/format';
import { channelLabel, kindLabel } from '../ui/labels';
import { StatusBadge } from '../ui/status-badge';
import { panelClass } from '../../shared/panel-class';
import { Button } from '../../shared/button';

const th = 'px-3 py-2 text-left text-xs font-medium text-mist';

/**
 * A real table (the columns compare across rows). Each row's message name is a link that covers
 * the row, so the whole row is a target and the keyboard meets one stop per row. On a phone the
 * secondary columns fold under the message name.
 */
export function NotificationTable({
  list,
  selected,
  linkTo,
  onMore,
}: {
  list: QueryResult<Notification[]>;
  selected: string | null;
  linkTo: (id: string) => string;
  onMore: (() => void) | undefined;
}) {
  const { t, locale } = useStaffT();
  const items = list.data;
  return (
    <div className={`${panelClass({ padded: false })} overflow-hidden`}>
      {list.error && (
        <div className="p-3">
          <QueryError error={list.error} onRetry={list.reload} />
        </div>
      )}
      {list.loading && (
        <div className="px-4 py-3">
          <Loading lines={5} />
        </div>
      )}
      {items?.length === 0 && (
        <div className="p-3">
          <EmptyState>{t('admin.log.empty')}</EmptyState>
        </div>
      )}
      {items && items.length > 0 && (
        <table className="w-full text-sm">
          <caption className="sr-only">{t('admin.log.caption')}</caption>
          <thead className="border-b border-white/10 bg-white/[0.02]">
            <tr>
              <th scope="col" className={th}>
                {t('admin.filters.status')}
              </th>
              <th scope="col" className={`${th} w-full`}>
                {t('admin.log.message')}
              </th>
              <th scope="col" className={`${th} hidden sm:table-cell`}>
                {t('admin.log.created')}
              </th>
              <th scope="col" className={`${th} hidden text-right sm:table-cell`}>
                {t('admin.log.attempts')}
              </th>
            </tr>
          </thead>
          <tbody className="divide-y divide-white/5">
            {items.map((item) => {
              const current = item.id === selected;
              return (
                <tr
                  key={item.id}
                  className={`relative align-top transition-colors ${
                    current
                      ? 'bg-white/[0.07] shadow-[inset_2px_0_0_var(--color-gold)]'
                      : 'hover:bg-white/[0.03]'
                  }`}
                >
                  <td className="px-3 py-2.5 whitespace-nowrap">
                    <StatusBadge status={item.status} />
                  </td>
                  <td className="max-w-0 px-3 py-2.5">
                    <Link
                      to={linkTo(item.id)}
                      aria-current={current ? 'true' : undefined}
                      className="block truncate font-medium text-cream after:absolute after:inset-0 hover:text-gold-bright"
                    >
                      {kindLabel(t, item.kind)}
                    </Link>
                    <span className="mt-0.5 flex items-center gap-1.5 text-xs text-mist">
                      <ChannelIcon channel={item.channel} className="size-3.5 shrink-0" />
                      <span className="sr-only">{channelLabel(t, item.channel)} · </span>
                      <span className="truncate">{item.recipient}</span>
                    </span>
                    <span className="mt-0.5 block text-xs text-mist tabular-nums sm:hidden">
                      {formatDateTime(locale, item.createdAt)}
                    </span>
                  </td>
                  <td className="hidden px-3 py-2.5 whitespace-nowrap text-mist tabular-nums sm:table-cell">
                    <time dateTime={item.createdAt}>{formatDateTime(locale, item.createdAt)}</time>
                  </td>
                  <td className="hidden px-3 py-2.5 text-right whitespace-nowrap text-mist tabular-nums sm:table-cell">
                    {item.attempts}/{item.maxAttempts}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
      {onMore && (
        <div className="border-t border-white/10 p-3 text-center">
          <Button onClick={onMore}>{t('admin.log.more')}</Button>
        </div>
      )}
    </div>
  );
}
