// Messages → Delivery log: every notification, its status and attempts; filters in the address
// (shareable, and the back button undoes them); a row opens its detail beside the table, or in
// its place on a phone.
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { useStaffT } from '../staff-messages';
import { useNotificationStats } from '../api/use-notification-stats';
import { useNotifications } from '../api/use-notifications';
import { isChannel, isStatus } from '../api/vocabulary';
import { EmptyState } from '../../shared/empty-state';
import { PageHeader } from '../ui/page-header';
import { RefreshButton } from '../ui/refresh-button';
import { LogFilters } from './log-filters';
import { NotificationDetailPanel } from './notification-detail-panel';
import { NotificationStatsBar } from './notification-stats-bar';
import { NotificationTable } from './notification-table';

const PAGE = 50;
const MAX = 200;

export function DeliveryLogPage() {
  const { t } = useStaffT();
  const [params, setParams] = useSearchParams();
  const rawStatus = params.get('status');
  const rawChannel = params.get('channel');
  const status = isStatus(rawStatus) ? rawStatus : undefined;
  const channel = isChannel(rawChannel) ? rawChannel : undefined;
  const selected = params.get('id');
  const [limit, setLimit] = useState(PAGE);

  const list = useNotifications({ status, channel, limit });
  const stats = useNotificationStats();

  /** Changes some search parameters, keeps the others. */
  function update(changes: Record<string, string | undefined>) {
    setParams((current) => {
      const next = new URLSearchParams(current);
      for (const [name, value] of Object.entries(changes)) {
        if (value) next.set(name, value);
        else next.delete(name);
      }
      return next;
    });
  }
  const filter = (changes: Record<string, string | undefined>) => {
    setLimit(PAGE);
    update(changes);
  };

  return (
    <>
      <PageHeader
        eyebrow={t('admin.nav.messages')}
        title={t('admin.log.title')}
        lead={t('admin.log.lead')}
        actions={
          <RefreshButton
            busy={list.fetching || stats.fetching}
            onClick={() => {
              list.reload();
              stats.reload();
            }}
          />
        }
      />
      <div className="grid gap-5 lg:grid-cols-[minmax(0,1fr)_21rem] xl:grid-cols-[minmax(0,1fr)_24rem]">
        <div className={`min-w-0 space-y-4 ${selected ? 'hidden lg:block' : ''}`}>
          <NotificationStatsBar
            stats={stats}
            active={status}
            onPick={(picked) => filter({ status: picked === status ? undefined : picked })}
          />
          <LogFilters status={status} channel={channel} onChange={filter} />
          <NotificationTable
            list={list}
            selected={selected}
            linkTo={(id) => {
              const next = new URLSearchParams(params);
              next.set('id', id);
              return `?${next}`;
            }}
            onMore={
              list.data?.length === limit && limit < MAX
                ? () => setLimit((current) => Math.min(current + PAGE, MAX))
                : undefined
            }
          />
        </div>
        <div className={selected ? 'min-w-0' : 'hidden lg:block'}>
          {selected ? (
            <NotificationDetailPanel
              key={selected}
              id={selected}
              onClose={() => update({ id: undefined })}
            />
          ) : (
            <EmptyState>{t('admin.selectHint')}</EmptyState>
          )}
        </div>
      </div>
    </>
  );
}
