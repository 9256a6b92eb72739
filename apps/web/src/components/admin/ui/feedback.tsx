// Loading, failure and empty states shared by the staff pages.
import type { ReactNode } from 'react';
import { useT } from '../../../hooks/use-t';
import type { ApiError } from '../api/api-client';
import { buttonSecondary } from './classes';
import { errorText } from './error-text';

export function QueryError({ error, onRetry }: { error: ApiError; onRetry?: () => void }) {
  const { t } = useT();
  return (
    <div role="alert" className="rounded-md border border-rose-400/30 bg-rose-950/30 p-4 text-sm">
      <p className="font-medium text-rose-100">{t('admin.error.title')}</p>
      <p className="mt-1 text-mist">{errorText(t, error)}</p>
      {error.requestId && (
        <p className="mt-1 font-mono text-xs text-mist/70">
          {t('admin.error.requestId', { id: error.requestId })}
        </p>
      )}
      {onRetry && (
        <button type="button" onClick={onRetry} className={`${buttonSecondary} mt-3`}>
          {t('admin.error.retry')}
        </button>
      )}
    </div>
  );
}

/** Grey lines where content will be; announced once to screen readers. */
export function Loading({ lines = 4 }: { lines?: number }) {
  const { t } = useT();
  return (
    <div role="status" className="space-y-3 py-2">
      <span className="sr-only">{t('app.loading')}</span>
      {Array.from({ length: lines }, (_, index) => (
        <div
          key={index}
          aria-hidden="true"
          className="h-4 animate-pulse rounded bg-white/[0.06] motion-reduce:animate-none"
          style={{ width: `${90 - ((index * 17) % 40)}%` }}
        />
      ))}
    </div>
  );
}

export function EmptyState({ children }: { children: ReactNode }) {
  return (
    <div className="flex min-h-40 items-center justify-center rounded-md border border-dashed border-white/10 p-6 text-center text-sm text-mist">
      {children}
    </div>
  );
}
