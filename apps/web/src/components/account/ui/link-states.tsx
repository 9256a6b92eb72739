// What a page opened from an emailed link shows before its form: the link being checked, a link
// that no longer works (and where to get a new one), or a failure to retry.
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { useT } from '../../../hooks/use-t';
import type { LinkInfoState } from '../api/use-link-info';
import { AuthLayout } from './auth-layout';
import { buttonPrimary } from './classes';
import { errorMessage } from './error-message';
import { FormAlert } from './form-alert';

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
      <AuthLayout title={title} step="loading">
        <p role="status" className="text-center text-mist">
          {t('auth.link.checking')}
        </p>
      </AuthLayout>
    );
  }
  if (state.status === 'failed') {
    return (
      <AuthLayout title={title} step="failed">
        <FormAlert error={errorMessage(t, state.error)} className="mb-5" />
        <button type="button" onClick={state.retry} className={`${buttonPrimary} w-full`}>
          {t('auth.retry')}
        </button>
      </AuthLayout>
    );
  }
  return (
    <AuthLayout title={t('auth.link.invalidTitle')} lead={invalidText} step="invalid">
      {invalidAction ?? (
        <Link to="/" className={`${buttonPrimary} w-full`}>
          {t('notFound.back')}
        </Link>
      )}
    </AuthLayout>
  );
}
