import { PASSWORD_MIN_LENGTH } from '@ladiva/contract/auth-vocabulary';

/** A plausible address: the server validates it properly; this catches typing slips early. */
export function looksLikeEmail(value: string): boolean {
  return /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value.trim());
}

/** A plausible phone number (digits, spaces, + ( ) . -), as the contract's phone schema. */
export function looksLikePhone(value: string): boolean {
  return /^\+?[0-9 ().-]{6,24}$/.test(value.trim());
}

/** The length check the page makes before sending (the rest is the server's). */
export function passwordTooShort(password: string): boolean {
  return [...password].length < PASSWORD_MIN_LENGTH;
}
