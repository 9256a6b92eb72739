// A page opened from a link that creates a staff account (an invitation, or the first start's
// setup link): the link checked, a password chosen, then sign in and set up the second factor
// (every staff role needs one; the staff area asks for it before anything else).
import { useState } from 'react';
import { useT } from '../../../hooks/use-t';
import { useLinkInfo } from '../api/use-link-info';
import { GuestPage } from '../../shared/guest-page';
import { LinkStates } from './link-states';
import { useLinkToken } from '../../../hooks/use-link-token';
import { NewPasswordForm, type NewPasswordValues } from './new-password-form';
import { ButtonLink } from '../../shared/button';

export function StaffAccountLinkPage({
  kind,
  title,
  lead,
  invalidText,
  submitLabel,
  onSubmit,
}: {
  kind: 'invitation' | 'setup';
  title: string;
  lead: string;
  invalidText: string;
  submitLabel: string;
  onSubmit: (token: string, values: NewPasswordValues) => Promise<unknown>;
}) {
  const { t } = useT();
  const token = useLinkToken();
  const link = useLinkInfo(token, kind);
  const [done, setDone] = useState(false);

  if (link.status !== 'ready') {
    return <LinkStates state={link} title={title} invalidText={invalidText} />;
  }
  if (done) {
    return (
      <GuestPage
        width="card"
        title={t('auth.invitation.doneTitle')}
        lead={t('auth.invitation.doneText')}
        focusKey="done"
      >
        {/* The staff area signs in at its own door. */}
        <ButtonLink variant="primary" to="/admin" className="w-full">
          {t('auth.signIn.submit')}
        </ButtonLink>
      </GuestPage>
    );
  }
  return (
    <GuestPage width="card" title={title} lead={lead} focusKey="form">
      <NewPasswordForm
        email={link.info.email}
        submitLabel={submitLabel}
        onSubmit={async (values) => {
          await onSubmit(token ?? '', values);
          setDone(true);
        }}
      />
    </GuestPage>
  );
}
