// Opened from a staff invitation: choose a password, then sign in and set up the second factor
// (every staff role needs one; the staff area asks for it before anything else).
import { useT } from '../../hooks/use-t';
import { acceptInvitation } from './api/auth-api';
import { StaffAccountLinkPage } from './ui/staff-account-link-page';

export default function InvitationPage() {
  const { t } = useT();
  return (
    <StaffAccountLinkPage
      kind="invitation"
      title={t('auth.invitation.title')}
      lead={t('auth.invitation.lead')}
      invalidText={t('auth.invitation.invalidText')}
      submitLabel={t('auth.invitation.submit')}
      onSubmit={(token, { password, displayName }) =>
        acceptInvitation(token, password, displayName)
      }
    />
  );
}
