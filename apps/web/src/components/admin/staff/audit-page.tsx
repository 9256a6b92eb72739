// /admin/audit: the append-only audit log, newest first, fifty at a time.
import { useStaffT } from '../staff-messages';
import { useAuditLog, type AuditEntry } from '../api/use-audit';
import { QueryError } from '../ui/query-error';
import { Loading } from '../../shared/loading';
import { EmptyState } from '../../shared/empty-state';
import { formatDateTime } from '../ui/format';
import { PageHeader } from '../ui/page-header';
import { RefreshButton } from '../ui/refresh-button';
import { RequireAdmin } from './require-admin';
import { panelClass } from '../../shared/panel-class';
import { Button } from '../../shared/button';

export function AuditPage() {
  const { t } = useStaffT();
  return (
    <div className="max-w-5xl">
      <PageHeader
        eyebrow={t('admin.nav.team')}
        title={t('admin.audit.title')}
        lead={t('admin.audit.lead')}
      />
      <RequireAdmin>
        <AuditLog />
      </RequireAdmin>
    </div>
  );
}

function AuditLog() {
  const { t } = useStaffT();
  const log = useAuditLog();
  const { first } = log;
  return (
    <section aria-labelledby="audit-list-title" aria-busy={first.loading}>
      <div className="mb-3 flex items-center justify-between gap-3">
        <h2 id="audit-list-title" className="text-lg font-semibold text-cream">
          {t('admin.audit.listTitle')}
        </h2>
        <RefreshButton onClick={first.reload} busy={first.fetching} />
      </div>
      {first.loading && <Loading />}
      {first.error && <QueryError error={first.error} onRetry={first.reload} />}
      {first.data && log.entries.length === 0 && <EmptyState>{t('admin.audit.empty')}</EmptyState>}
      <ol className="space-y-2">
        {log.entries.map((entry) => (
          <AuditRow key={entry.id} entry={entry} />
        ))}
      </ol>
      {log.moreError && (
        <div className="mt-3">
          <QueryError error={log.moreError} />
        </div>
      )}
      {log.hasMore && (
        <Button
          onClick={() => void log.loadMore()}
          disabled={log.loadingMore}
          aria-busy={log.loadingMore}
          className="mt-4"
        >
          {log.loadingMore ? t('app.loading') : t('admin.log.more')}
        </Button>
      )}
    </section>
  );
}

function AuditRow({ entry }: { entry: AuditEntry }) {
  const { t, locale } = useStaffT();
  const changes = entry.before != null || entry.after != null;
  return (
    <li className={`${panelClass({ padded: false })} px-4 py-3 text-sm`}>
      <div className="flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1">
        <p className="font-mono text-[0.8rem] break-all text-gold-bright">{entry.action}</p>
        <p className="text-xs text-mist">
          <time dateTime={entry.at}>{formatDateTime(locale, entry.at, true)}</time>
        </p>
      </div>
      <dl className="mt-1.5 grid grid-cols-[auto_minmax(0,1fr)] gap-x-3 gap-y-0.5 text-xs text-mist">
        <dt>{t('admin.audit.actor')}</dt>
        <dd className="break-all text-cream/90">
          {entry.actorId ?? t('admin.audit.system')}
          {entry.actorRoles.length > 0 && ` · ${entry.actorRoles.join(', ')}`}
        </dd>
        {entry.targetType && (
          <>
            <dt>{t('admin.audit.target')}</dt>
            <dd className="break-all text-cream/90">
              {entry.targetType}
              {entry.targetId && ` · ${entry.targetId}`}
            </dd>
          </>
        )}
        {entry.ip && (
          <>
            <dt>{t('admin.audit.ip')}</dt>
            <dd className="text-cream/90">{entry.ip}</dd>
          </>
        )}
      </dl>
      {changes && (
        <details className="mt-2">
          <summary className="inline-flex min-h-9 cursor-pointer items-center text-xs text-gold hover:text-gold-bright">
            {t('admin.audit.changes')}
          </summary>
          <pre className="mt-1 max-h-64 overflow-auto rounded-md bg-night p-3 font-mono text-[0.75rem] break-words whitespace-pre-wrap text-cream/90">
            {JSON.stringify({ before: entry.before, after: entry.after }, null, 2)}
          </pre>
        </details>
      )}
    </li>
  );
}
