// Opened from a staff invitation: choose a password, then sign in and set up the second factor
// (every staff role needs one; the staff area asks for it before anything else).
import { useState } from 'react';
import { Link } from 'react-router';
import { useT } from '../../hooks/use-t';
import { acceptInvitation } from './api/auth-api';
import { useLinkInfo } from './api/use-link-info';
import { AuthLayout } from './ui/auth-layout';
import { buttonPrimary } from './ui/classes';
import { LinkStates } from './ui/link-states';
import { useLinkToken } from './ui/link-token';
import { NewPasswordForm } from './ui/new-password-form';

export default function InvitationPage() {
  const { t } = useT();
  const token = useLinkToken();
  const link = useLinkInfo(token, 'invitation');
  const [done, setDone] = useState(false);

  if (link.status !== 'ready') {
    return (
      <LinkStates
        state={link}
        title={t('auth.invitation.title')}
        invalidText={t('auth.invitation.invalidText')}
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
    <AuthLayout title={t('auth.invitation.title')} lead={t('auth.invitation.lead')} step="form">
      <NewPasswordForm
        email={link.info.email}
        submitLabel={t('auth.invitation.submit')}
        onSubmit={async ({ password, displayName }) => {
          await acceptInvitation(token ?? '', password, displayName);
          setDone(true);
        }}
      />
    </AuthLayout>
  );
}
