// Password fields: a "show" toggle (typing on a phone is easier when you can check it), the
// browser's password manager told which password it is, and the live hints of a good new one.
import { PASSWORD_MIN_LENGTH } from '@ladiva/contract/auth-vocabulary';
import { forwardRef, useState } from 'react';
import { useT } from '../../hooks/use-t';
import { TextField, type TextFieldProps } from './field';

type PasswordFieldProps = Omit<TextFieldProps, 'type' | 'addon'>;

export const PasswordField = forwardRef<HTMLInputElement, PasswordFieldProps>(
  function PasswordField(props, ref) {
    const { t } = useT();
    const [visible, setVisible] = useState(false);
    return (
      <TextField
        ref={ref}
        {...props}
        type={visible ? 'text' : 'password'}
        spellCheck={false}
        autoCapitalize="none"
        addon={
          <button
            type="button"
            aria-pressed={visible}
            onClick={() => setVisible((shown) => !shown)}
            className="min-h-9 rounded-lg px-3 text-sm font-medium text-gold hover:text-gold-bright"
          >
            {t('auth.password.show')}
          </button>
        }
      />
    );
  },
);

type NamedPasswordProps = Omit<PasswordFieldProps, 'label' | 'autoComplete'> & { label?: string };

/** The password the account has now (signing in, confirming who one is). */
export const CurrentPasswordField = forwardRef<HTMLInputElement, NamedPasswordProps>(
  function CurrentPasswordField({ label, ...props }, ref) {
    const { t } = useT();
    return (
      <PasswordField
        ref={ref}
        label={label ?? t('auth.password.current')}
        autoComplete="current-password"
        required
        {...props}
      />
    );
  },
);

/** A password being chosen, with the live hints of what makes a good one. */
export const NewPasswordField = forwardRef<
  HTMLInputElement,
  Omit<PasswordFieldProps, 'autoComplete' | 'hint' | 'value'> & { value: string }
>(function NewPasswordField(props, ref) {
  return (
    <PasswordField
      ref={ref}
      autoComplete="new-password"
      hint={<PasswordHints password={props.value} />}
      {...props}
    />
  );
});

/**
 * What makes a good password, checked live where the page can (the length); the server is the
 * judge of the rest (common passwords, the account's own name or email).
 */
function PasswordHints({ password }: { password: string }) {
  const { t } = useT();
  const long = [...password].length >= PASSWORD_MIN_LENGTH;
  return (
    <ul className="space-y-1">
      <li className={`flex items-center gap-2 ${long ? 'text-emerald-200' : ''}`}>
        <span
          aria-hidden="true"
          className={`inline-block size-2 rotate-45 ${long ? 'bg-emerald-300' : 'border border-mist/60'}`}
        />
        {t('auth.password.hintLength', { min: PASSWORD_MIN_LENGTH })}
        <span className="sr-only">{long ? t('auth.password.hintMet') : ''}</span>
      </li>
      <li className="flex items-center gap-2">
        <span aria-hidden="true" className="inline-block size-2 rotate-45 border border-mist/60" />
        {t('auth.password.hintCommon')}
      </li>
    </ul>
  );
}
