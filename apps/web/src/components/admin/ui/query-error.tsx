// A staff page's failed request: what went wrong in words, the request id a developer can find in
// the logs, and a retry.
import { useStaffT } from '../staff-messages';
import { Alert } from '../../shared/alert';
import { Button } from '../../shared/button';
import type { ApiError } from '../../../lib/api/api-request';
import { errorText } from './error-text';

export function QueryError({ error, onRetry }: { error: ApiError; onRetry?: () => void }) {
  const { t } = useStaffT();
  return (
    <Alert
      tone="error"
      title={t('admin.error.title')}
      actions={onRetry && <Button onClick={onRetry}>{t('admin.error.retry')}</Button>}
    >
      <p>{errorText(t, error)}</p>
      {error.requestId && (
        <p className="mt-1 font-mono text-xs text-mist/70">
          {t('admin.error.requestId', { id: error.requestId })}
        </p>
      )}
    </Alert>
  );
}
