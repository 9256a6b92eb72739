// Where the account is signed in: this device marked, any other one can be signed out.
import type { SessionSummary } from '@ladiva/contract/auth';
import { useCallback, useState } from 'react';
import { useT } from '../../../hooks/use-t';
import { AccountSection } from '../account-layout';
import { listSessions, revokeOtherSessions, revokeSession } from '../api/account-api';
import { useLoad } from '../../../hooks/use-load';
import { errorMessage } from '../../../lib/api/error-message';
import { describeDevice, formatInstant } from '../ui/format';
import { Alert } from '../../shared/alert';
import { Button } from '../../shared/button';
import { LoadFailedText } from '../../shared/load-failed';

export function SessionsList() {
  const { t, locale } = useT();
  const fetcher = useCallback((signal: AbortSignal) => listSessions(signal), []);
  const sessions = useLoad(fetcher);
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const items = sessions.data?.items ?? [];
  const others = items.filter((item) => !item.current);

  async function run(key: string, action: () => Promise<unknown>, done: string) {
    setError(null);
    setNotice(null);
    setBusy(key);
    try {
      await action();
      setNotice(done);
      sessions.reload();
    } catch (failure) {
      setError(errorMessage(t, failure));
    } finally {
      setBusy(null);
    }
  }

  const deviceName = (item: SessionSummary) =>
    describeDevice(item.userAgent) ?? t('security.sessions.unknownDevice');

  return (
    <AccountSection
      id="sessions-title"
      title={t('security.sessions.title')}
      lead={t('security.sessions.lead')}
    >
      {error || sessions.error ? (
        <Alert tone="error" className="mb-4">
          {error ?? <LoadFailedText error={sessions.error} onRetry={sessions.reload} />}
        </Alert>
      ) : (
        <Alert tone="success" className="mb-4">
          {notice}
        </Alert>
      )}
      {sessions.loading && items.length === 0 ? (
        <p role="status" className="text-sm text-mist">
          {t('app.loading')}
        </p>
      ) : (
        <ul className="divide-y divide-white/10">
          {[...items]
            .sort((a, b) => Number(b.current) - Number(a.current))
            .map((item) => (
              <li key={item.id} className="flex flex-wrap items-center gap-x-4 gap-y-2 py-3">
                <div className="min-w-0 flex-1">
                  <p className="flex flex-wrap items-center gap-2 font-medium text-cream">
                    {deviceName(item)}
                    {item.current && (
                      <span className="rounded-full bg-gold/15 px-2.5 py-0.5 text-xs font-semibold text-gold-bright">
                        {t('security.sessions.current')}
                      </span>
                    )}
                  </p>
                  <p className="mt-0.5 text-sm text-mist">
                    {t('security.sessions.lastSeen', {
                      date: formatInstant(locale, item.lastSeenAt),
                    })}
                    {item.ip && ` · ${item.ip}`}
                  </p>
                </div>
                {!item.current && (
                  <Button
                    size="small"
                    disabled={busy !== null}
                    aria-label={t('security.sessions.revokeOne', { device: deviceName(item) })}
                    onClick={() =>
                      run(item.id, () => revokeSession(item.id), t('security.sessions.revoked'))
                    }
                  >
                    {t('security.sessions.revoke')}
                  </Button>
                )}
              </li>
            ))}
        </ul>
      )}
      {others.length > 0 && (
        <Button
          disabled={busy !== null}
          onClick={() => run('others', revokeOtherSessions, t('security.sessions.othersRevoked'))}
          className="mt-4"
        >
          {t('security.sessions.revokeOthers')}
        </Button>
      )}
    </AccountSection>
  );
}
