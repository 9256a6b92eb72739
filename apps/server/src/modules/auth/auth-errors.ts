// The refusals the identity flows share, worded once.
import { AppError } from '../../lib/app-error.ts';
import { checkPassword } from './password-policy.ts';

export const invalidCredentials = () =>
  new AppError('INVALID_CREDENTIALS', 401, 'The email or the password is not right.');

export const invalidLink = () =>
  new AppError('INVALID_LINK', 400, 'This link has expired or has already been used.');

export const invalidCode = () => new AppError('INVALID_CODE', 401, 'This code is not right.');

export const mfaRequired = () =>
  new AppError('MFA_REQUIRED', 403, 'A code from your authenticator app is required.');

export const sessionEnded = () =>
  new AppError('SESSION_ENDED', 401, 'Your session has ended; please sign in.');

/** Refuses a new password the policy rejects (password-policy.ts), saying why. */
export function assertStrongPassword(
  password: string,
  context: { email?: string | undefined; name?: string | null | undefined },
): void {
  const check = checkPassword(password, { email: context.email, name: context.name ?? undefined });
  if (!check.ok) {
    throw new AppError('WEAK_PASSWORD', 400, 'Please choose another password.', {
      reason: check.reason,
    });
  }
}
