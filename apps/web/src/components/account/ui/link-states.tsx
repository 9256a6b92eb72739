// What a page opened from an emailed link shows before its form: the link being checked, a link
// that no longer works (and where to get a new one), or a failure to retry.
import type { ReactNode } from 'react';
import { useT } from '../../../hooks/use-t';
import type { LinkInfoState } from '../api/use-link-info';
import { GuestPage } from '../../shared/guest-page';
import { errorMessage } from '../../../lib/api/error-message';
import { Alert } from '../../shared/alert';
import { Button, ButtonLink } from '../../shared/button';

export function LinkStates({
  state,
  title,
  invalidText,
  invalidAction,
}: {
  state: Exclude<LinkInfoState, { status: 'ready' }>;
  title: string;
  invalidText: string;
  /** Where a fresh link comes from (e.g. "forgot password" again). */
  invalidAction?: ReactNode;
}) {
  const { t } = useT();
  if (state.status === 'loading') {
    return (
      <GuestPage width="card" title={title} focusKey="loading">
        <p role="status" className="text-center text-mist">
          {t('auth.link.checking')}
        </p>
      </GuestPage>
    );
  }
  if (state.status === 'failed') {
    return (
      <GuestPage width="card" title={title} focusKey="failed">
        <Alert tone="error" className="mb-5">
          {errorMessage(t, state.error)}
        </Alert>
        <Button variant="primary" onClick={state.retry} className="w-full">
          {t('auth.retry')}
        </Button>
      </GuestPage>
    );
  }
  return (
    <GuestPage
      width="card"
      title={t('auth.link.invalidTitle')}
      lead={invalidText}
      focusKey="invalid"
    >
      {invalidAction ?? (
        <ButtonLink variant="primary" to="/" className="w-full">
          {t('notFound.back')}
        </ButtonLink>
      )}
    </GuestPage>
  );
}
