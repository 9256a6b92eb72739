// /account/security: password, email, second factor and the devices signed in.
import { useT } from '../../hooks/use-t';
import { AccountLayout } from './account-layout';
import { ChangeEmail } from './security/change-email';
import { ChangePassword } from './security/change-password';
import { SessionsList } from './security/sessions-list';
import { TwoFactor } from './security/two-factor';
import { RequireSession } from './ui/require-session';

export default function SecurityPage() {
  const { t } = useT();
  return (
    <RequireSession>
      {(session) => (
        <AccountLayout session={session} title={t('security.title')}>
          <TwoFactor session={session} />
          <ChangePassword session={session} />
          <ChangeEmail session={session} />
          <SessionsList />
        </AccountLayout>
      )}
    </RequireSession>
  );
}
