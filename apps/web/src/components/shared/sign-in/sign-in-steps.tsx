// The two steps of a sign-in as forms, for any frame: the guest's card or the staff area's door.
// `alert` replaces the password step's error box where a page has more to offer (the guest's
// "resend the confirmation email").
import type { ReactNode } from 'react';
import { useT } from '../../../hooks/use-t';
import { Alert } from '../alert';
import { Button } from '../button';
import { EmailField } from '../field';
import { SecondFactorField } from '../mfa/second-factor-field';
import { CurrentPasswordField } from '../password-field';
import { LinkButton, TextLink } from '../text-link';
import type { RefObject } from 'react';
import type { SignInFlow } from './use-sign-in';

export function PasswordStep({
  flow,
  inputRef,
  alert,
}: {
  flow: SignInFlow;
  /** The password's field (the hook selects it after a wrong password). */
  inputRef: RefObject<HTMLInputElement>;
  alert?: ReactNode;
}) {
  const { t } = useT();
  return (
    <form noValidate onSubmit={flow.submitPassword} className="space-y-5">
      {alert ?? <Alert tone="error">{flow.error}</Alert>}
      <EmailField
        label={t('auth.email')}
        autoComplete="username"
        required
        value={flow.email}
        onChange={(event) => flow.setEmail(event.target.value)}
      />
      <CurrentPasswordField
        ref={inputRef}
        label={t('auth.password')}
        value={flow.password}
        onChange={(event) => flow.setPassword(event.target.value)}
      />
      <p className="-mt-2 text-right text-sm">
        <TextLink to="/forgot-password">{t('auth.signIn.forgot')}</TextLink>
      </p>
      <Button type="submit" variant="primary" disabled={flow.pending} className="w-full">
        {flow.pending ? t('auth.pending') : t('auth.signIn.submit')}
      </Button>
    </form>
  );
}

export function CodeStep({
  flow,
  inputRef,
}: {
  flow: SignInFlow;
  /** The code's field (the hook focuses it after a refusal). */
  inputRef: RefObject<HTMLInputElement>;
}) {
  const { t } = useT();
  const methods = flow.challenge?.methods ?? [];
  return (
    <form noValidate onSubmit={flow.submitCode} className="space-y-5">
      <Alert tone="error">{flow.error}</Alert>
      <SecondFactorField
        ref={inputRef}
        mode={flow.mode}
        value={flow.code}
        onChange={flow.setCode}
        onModeChange={methods.length > 1 ? flow.setMode : undefined}
        error={flow.fieldError}
      />
      <Button type="submit" variant="primary" disabled={flow.pending} className="w-full">
        {flow.pending ? t('auth.pending') : t('auth.mfa.submit')}
      </Button>
      <LinkButton onClick={flow.backToPassword}>{t('auth.mfa.back')}</LinkButton>
    </form>
  );
}
