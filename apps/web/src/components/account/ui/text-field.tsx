import { forwardRef, useId, useState, type InputHTMLAttributes, type ReactNode } from 'react';
import { useT } from '../../../hooks/use-t';
import { input } from './classes';
import { PasswordHints } from './password-hints';

export interface TextFieldProps extends Omit<InputHTMLAttributes<HTMLInputElement>, 'id'> {
  label: string;
  /** Shown under the label, announced with the field. */
  hint?: ReactNode;
  error?: string | null | undefined;
  /** A control beside the input (e.g. "show"). */
  addon?: ReactNode;
}

/** A labelled input whose hint and error are tied to it (aria-describedby, aria-invalid). */
export const TextField = forwardRef<HTMLInputElement, TextFieldProps>(function TextField(
  { label, hint, error, addon, className = '', ...props },
  ref,
) {
  const id = useId();
  const describedBy = [hint ? `${id}-hint` : '', error ? `${id}-error` : '']
    .filter(Boolean)
    .join(' ');
  return (
    <div className={className}>
      <label htmlFor={id} className="mb-1.5 block text-sm font-medium text-cream">
        {label}
      </label>
      <div className="relative">
        <input
          ref={ref}
          id={id}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy || undefined}
          className={`${input} ${addon ? 'pr-24' : ''}`}
          {...props}
        />
        {addon && <div className="absolute inset-y-0 right-1.5 flex items-center">{addon}</div>}
      </div>
      {hint && (
        <div id={`${id}-hint`} className="mt-1.5 text-sm text-mist">
          {hint}
        </div>
      )}
      {error && (
        <p id={`${id}-error`} className="mt-1.5 text-sm text-rose-200">
          {error}
        </p>
      )}
    </div>
  );
});

type PasswordFieldProps = Omit<TextFieldProps, 'type' | 'addon'>;

/** A password input with a "show" toggle: typing on a phone is easier when you can check it. */
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

type NamedFieldProps = Omit<TextFieldProps, 'label'> & { label?: string };

/** An email address: no capitals, no spelling fixes, the email keyboard. */
export const EmailField = forwardRef<HTMLInputElement, Omit<NamedFieldProps, 'type'>>(
  function EmailField({ label, ...props }, ref) {
    const { t } = useT();
    return (
      <TextField
        ref={ref}
        label={label ?? t('auth.email')}
        type="email"
        inputMode="email"
        autoCapitalize="none"
        spellCheck={false}
        {...props}
      />
    );
  },
);

/** The password the account has now (signing in, confirming who one is). */
export const CurrentPasswordField = forwardRef<
  HTMLInputElement,
  Omit<NamedFieldProps, 'type' | 'addon' | 'autoComplete'>
>(function CurrentPasswordField({ label, ...props }, ref) {
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
});

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
