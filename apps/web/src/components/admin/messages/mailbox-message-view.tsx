import { useRef } from 'react';
import { useStaffT } from '../staff-messages';
import { useMailboxMessage, type MailboxMessage } from '../api/use-mailbox-message';
import { ArrowLeftIcon, LockIcon, PaperclipIcon } from '../ui/channel-icon';
import { EmailFrame, PlainText } from '../ui/email-frame';
import { QueryError } from '../ui/query-error';
import { Loading } from '../../shared/loading';
import { EmptyState } from '../../shared/empty-state';
import { formatBytes, formatDateTime } from '../ui/format';
import { channelLabel } from '../ui/labels';
import { Tabs } from '../../shared/tabs';
import { useFocusOnNarrow } from '../ui/use-focus-on-narrow';
import { panelClass } from '../../shared/panel-class';

export function MailboxMessageView({ id, onBack }: { id: string; onBack: () => void }) {
  const { t } = useStaffT();
  const message = useMailboxMessage(id);
  const article = useRef<HTMLElement>(null);
  useFocusOnNarrow(article, id);

  return (
    <article
      ref={article}
      tabIndex={-1}
      aria-labelledby="mailbox-message-title"
      aria-busy={message.loading}
      className={`${panelClass({ padded: false })} p-4 focus:outline-none sm:p-5`}
    >
      <button
        type="button"
        onClick={onBack}
        className="-ml-1 mb-3 inline-flex min-h-9 items-center gap-1.5 rounded-md px-1 text-sm text-mist hover:text-gold-bright lg:hidden"
      >
        <ArrowLeftIcon />
        {t('admin.backToList')}
      </button>
      {message.loading && <Loading lines={6} />}
      {message.error?.status === 404 ? (
        <EmptyState>{t('admin.gone')}</EmptyState>
      ) : (
        message.error && <QueryError error={message.error} onRetry={message.reload} />
      )}
      {message.data && <MessageContent message={message.data} />}
    </article>
  );
}

function MessageContent({ message }: { message: MailboxMessage }) {
  const { t, locale } = useStaffT();
  const subject = message.subject || t('admin.mailbox.noSubject');
  const headers: [string, string][] = [
    [t('admin.message.to'), message.to],
    [t('admin.message.date'), formatDateTime(locale, message.date, true)],
    [t('admin.message.channel'), channelLabel(t, message.channel)],
    [t('admin.message.id'), message.id],
  ];
  return (
    <>
      <h2 id="mailbox-message-title" className="text-lg leading-snug font-semibold text-cream">
        {subject}
      </h2>
      <dl className="mt-3 grid grid-cols-[auto_minmax(0,1fr)] gap-x-4 gap-y-1 text-sm">
        {headers.map(([name, value]) => (
          <div key={name} className="contents">
            <dt className="text-mist">{name}</dt>
            <dd className="break-words text-cream">{value}</dd>
          </div>
        ))}
      </dl>
      {message.maskedLinks > 0 && <MaskedLinksNote count={message.maskedLinks} />}
      <div className="mt-5">
        {message.html === null ? (
          <PlainText text={message.text} />
        ) : (
          <Tabs
            key={message.id}
            label={t('admin.message.tabs')}
            tabs={[
              {
                id: 'html',
                label: t('admin.message.html'),
                panel: (
                  <EmailFrame
                    src={message.htmlUrl ?? `/api/mailbox/${message.id}/html`}
                    title={t('admin.message.frame', { subject })}
                  />
                ),
              },
              {
                id: 'text',
                label: t('admin.message.text'),
                panel: <PlainText text={message.text} />,
              },
            ]}
          />
        )}
      </div>
      <h3 className="mt-5 text-sm font-semibold text-cream">{t('admin.message.attachments')}</h3>
      {message.attachments.length === 0 ? (
        <p className="mt-1 text-sm text-mist">{t('admin.message.noAttachments')}</p>
      ) : (
        <ul className="mt-2 space-y-1.5 text-sm">
          {message.attachments.map((attachment, index) => (
            <li key={`${attachment.filename}-${index}`} className="flex items-center gap-2">
              <PaperclipIcon className="size-4 shrink-0 text-mist" />
              <span className="min-w-0 truncate text-cream">{attachment.filename}</span>
              <span className="shrink-0 text-xs text-mist">
                {attachment.contentType} · {formatBytes(locale, attachment.size)}
              </span>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

/**
 * Says why a link in the message does not work: the server masked the codes of personal links
 * (password, invitation, booking) because the reader is not the recipient (issue #12).
 */
function MaskedLinksNote({ count }: { count: number }) {
  const { t } = useStaffT();
  return (
    <div
      role="note"
      aria-labelledby="mailbox-masked-title"
      className="mt-4 flex gap-3 rounded-md border border-gold/30 bg-gold/[0.06] p-3 text-sm"
    >
      <LockIcon className="mt-0.5 size-4 shrink-0 text-gold-bright" />
      <div>
        <p id="mailbox-masked-title" className="font-medium text-cream">
          {t('admin.message.masked.title')}
        </p>
        <p className="mt-0.5 text-mist">
          {count === 1 ? t('admin.message.masked.one') : t('admin.message.masked.many', { count })}
        </p>
      </div>
    </div>
  );
}
