// The first start's setup link (printed in the server log when no admin was configured): the
// first admin's account. Then sign in and set up the second factor.
import { useState } from 'react';
import { Link } from 'react-router';
import { useT } from '../../hooks/use-t';
import { setupFirstAdmin } from './api/auth-api';
import { useLinkInfo } from './api/use-link-info';
import { AuthLayout } from './ui/auth-layout';
import { buttonPrimary } from './ui/classes';
import { LinkStates } from './ui/link-states';
import { useLinkToken } from './ui/link-token';
import { NewPasswordForm } from './ui/new-password-form';

export default function SetupPage() {
  const { t } = useT();
  const token = useLinkToken();
  const link = useLinkInfo(token, 'setup');
  const [done, setDone] = useState(false);

  if (link.status !== 'ready') {
    return (
      <LinkStates
        state={link}
        title={t('auth.setup.title')}
        invalidText={t('auth.setup.invalidText')}
      />
    );
  }
  if (done) {
    return (
      <AuthLayout
        title={t('auth.invitation.doneTitle')}
        lead={t('auth.invitation.doneText')}
        step="done"
      >
        <Link to="/sign-in?next=/admin" className={`${buttonPrimary} w-full`}>
          {t('auth.signIn.submit')}
        </Link>
      </AuthLayout>
    );
  }
  return (
    <AuthLayout title={t('auth.setup.title')} lead={t('auth.setup.lead')} step="form">
      <NewPasswordForm
        email={link.info.email}
        submitLabel={t('auth.setup.submit')}
        onSubmit={async ({ email, password, displayName }) => {
          await setupFirstAdmin(token ?? '', email, password, displayName);
          setDone(true);
        }}
      />
    </AuthLayout>
  );
}
