// Messages → Mailbox: what the product "sent" while no SMTP or SMS provider is configured, read
// as a guest would receive it. List and message side by side on wide screens; on a phone the
// message replaces the list (the browser's back button returns to it).
import { useSearchParams } from 'react-router';
import { useStaffT } from '../staff-messages';
import { useMailbox } from '../api/use-mailbox';
import { EmptyState } from '../../shared/empty-state';
import { PageHeader } from '../ui/page-header';
import { RefreshButton } from '../ui/refresh-button';
import { MailboxList } from './mailbox-list';
import { MailboxMessageView } from './mailbox-message-view';
import { TestEmailForm } from './test-email-form';

export function MailboxPage() {
  const { t } = useStaffT();
  const mailbox = useMailbox();
  const [params, setParams] = useSearchParams();
  const selected = params.get('message');

  return (
    <>
      <PageHeader
        eyebrow={t('admin.nav.messages')}
        title={t('admin.mailbox.title')}
        lead={t('admin.mailbox.lead')}
        actions={<RefreshButton onClick={mailbox.reload} busy={mailbox.fetching} />}
      />
      <div className="grid gap-5 lg:grid-cols-[minmax(0,21rem)_minmax(0,1fr)] xl:grid-cols-[minmax(0,25rem)_minmax(0,1fr)]">
        <div className={`space-y-4 ${selected ? 'hidden lg:block' : ''}`}>
          <MailboxList mailbox={mailbox} selected={selected} />
          <TestEmailForm />
        </div>
        <div className={selected ? '' : 'hidden lg:block'}>
          {selected ? (
            <MailboxMessageView id={selected} onBack={() => setParams({})} />
          ) : (
            <EmptyState>{t('admin.selectHint')}</EmptyState>
          )}
        </div>
      </div>
    </>
  );
}
