// The first start's setup link (printed in the server log when no admin was configured): the
// first admin's account. Then sign in and set up the second factor.
import { useT } from '../../hooks/use-t';
import { setupFirstAdmin } from './api/auth-api';
import { StaffAccountLinkPage } from './ui/staff-account-link-page';

export default function SetupPage() {
  const { t } = useT();
  return (
    <StaffAccountLinkPage
      kind="setup"
      title={t('auth.setup.title')}
      lead={t('auth.setup.lead')}
      invalidText={t('auth.setup.invalidText')}
      submitLabel={t('auth.setup.submit')}
      onSubmit={(token, { email, password, displayName }) =>
        setupFirstAdmin(token, email, password, displayName)
      }
    />
  );
}
