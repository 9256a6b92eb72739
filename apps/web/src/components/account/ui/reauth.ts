import type { Translate } from '../../../lib/i18n/catalogue';

export interface ReauthValues {
  password: string;
  code: string;
}

export interface ReauthErrors {
  password?: string | undefined;
  code?: string | undefined;
}

/** Checks the typed values; the messages say what is missing. */
export function checkReauth(t: Translate, values: ReauthValues, mfa: boolean): ReauthErrors {
  return {
    ...(values.password ? {} : { password: t('auth.password.required') }),
    ...(mfa && !/^\d{6}$/.test(values.code.replace(/\s+/g, ''))
      ? { code: t('auth.mfa.codeInvalid') }
      : {}),
  };
}

/** The body fields the API wants from the typed values. */
export function reauthBody(values: ReauthValues, mfa: boolean) {
  return {
    currentPassword: values.password,
    ...(mfa ? { code: values.code.replace(/\s+/g, '') } : {}),
  };
}
