import { PASSWORD_MIN_LENGTH } from '@ladiva/contract/auth-vocabulary';
import { useT } from '../../../hooks/use-t';

/**
 * What makes a good password, checked live where the page can (the length); the server is the
 * judge of the rest (common passwords, the account's own name or email).
 */
export function PasswordHints({ password }: { password: string }) {
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
