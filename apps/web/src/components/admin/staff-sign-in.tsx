// The staff area's own sign-in, where a signed-out visitor of /admin lands (the address stays):
// worded for the team, in the staff look, with no invitation to create a guest account (staff are
// invited). The steps are the guest's (shared/sign-in); once signed in, the gate takes over.
import { CodeStep, PasswordStep } from '../shared/sign-in/sign-in-steps';
import { useSignIn } from '../shared/sign-in/use-sign-in';
import { GateFrame } from './gate-frame';
import { useStaffT } from './staff-messages';

const lead = 'mt-2 mb-6 text-sm leading-relaxed text-mist';

export function StaffSignIn() {
  const { t } = useStaffT();
  const [flow, { passwordInput, codeInput }] = useSignIn();
  if (flow.challenge) {
    return (
      <GateFrame title={t('auth.mfa.title')} focusKey="mfa" signedIn={false}>
        <p className={lead}>{t('auth.mfa.lead')}</p>
        <CodeStep flow={flow} inputRef={codeInput} />
      </GateFrame>
    );
  }
  return (
    <GateFrame
      title={t('admin.signIn.title')}
      pageName={t('auth.signIn.title')}
      focusKey="password"
      signedIn={false}
    >
      <p className={lead}>{t('admin.signIn.lead')}</p>
      <PasswordStep flow={flow} inputRef={passwordInput} />
    </GateFrame>
  );
}
