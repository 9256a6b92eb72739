// A guest page's failed read: what went wrong in words, and a retry (the staff screens have
// admin/ui/query-error.tsx, which also shows the request id).
import type { ReactNode } from 'react';
import { useT } from '../../hooks/use-t';
import { errorMessage } from '../../lib/api/error-message';
import { Alert } from './alert';
import { LinkButton } from './text-link';

/** The words and the retry, for an alert that says something else when all is well. */
export function LoadFailedText({
  error,
  onRetry,
  message,
}: {
  error: unknown;
  onRetry: () => void;
  /** Said instead of the error's own words (a page's "not found"). */
  message?: ReactNode;
}) {
  const { t } = useT();
  return (
    <>
      {message ?? errorMessage(t, error)}{' '}
      <LinkButton inline onClick={onRetry}>
        {t('auth.retry')}
      </LinkButton>
    </>
  );
}

/** The alert of a read that failed. */
export function LoadFailed({
  className,
  ...text
}: Parameters<typeof LoadFailedText>[0] & { className?: string }) {
  return (
    <Alert tone="error" {...(className ? { className } : {})}>
      <LoadFailedText {...text} />
    </Alert>
  );
}
