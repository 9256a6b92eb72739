// TOTP (RFC 6238) second factor: SHA-1, 6 digits, 30 s steps — what every authenticator app
// reads from an otpauth:// QR code. A code is accepted for the current step and one step either
// side (clock drift), and only for a step later than the last one used: a code, or any earlier
// one, is never accepted twice.
import * as OTPAuth from 'otpauth';
import QRCode from 'qrcode';

export const TOTP_PERIOD_SECONDS = 30;
export const TOTP_DIGITS = 6;
/** Steps either side of now that still count (±30 s). */
export const TOTP_WINDOW = 1;

export interface TotpSecret {
  /** Base32, as typed into an authenticator by hand. */
  base32: string;
  otpauthUrl: string;
}

function totp(base32: string, label = 'account'): OTPAuth.TOTP {
  return new OTPAuth.TOTP({
    issuer: 'La Diva',
    label,
    algorithm: 'SHA1',
    digits: TOTP_DIGITS,
    period: TOTP_PERIOD_SECONDS,
    secret: OTPAuth.Secret.fromBase32(base32),
  });
}

/** A new 160-bit secret and its otpauth:// URL, labelled with the account's email. */
export function generateTotpSecret(accountLabel: string, issuer: string): TotpSecret {
  const secret = new OTPAuth.Secret({ size: 20 });
  const otp = new OTPAuth.TOTP({
    issuer,
    label: accountLabel,
    algorithm: 'SHA1',
    digits: TOTP_DIGITS,
    period: TOTP_PERIOD_SECONDS,
    secret,
  });
  return { base32: secret.base32, otpauthUrl: otp.toString() };
}

/** The otpauth URL as an SVG QR code in a data: URL (the CSP allows data: images). */
export async function totpQrCodeDataUrl(otpauthUrl: string): Promise<string> {
  const svg = await QRCode.toString(otpauthUrl, {
    type: 'svg',
    errorCorrectionLevel: 'M',
    margin: 2,
  });
  return `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`;
}

/**
 * The time step a code matches, or null. A match at or before `lastUsedStep` is refused: that is a
 * replay. The caller stores the returned step as the new last used step, atomically.
 */
export function matchTotpStep(
  base32: string,
  code: string,
  lastUsedStep: number,
  now: number = Date.now(),
): number | null {
  if (!/^\d{6}$/.test(code)) return null;
  const delta = totp(base32).validate({ token: code, timestamp: now, window: TOTP_WINDOW });
  if (delta === null) return null;
  const step = Math.floor(now / 1000 / TOTP_PERIOD_SECONDS) + delta;
  return step > lastUsedStep ? step : null;
}

/** The code of a step (tests and the e2e authenticator). */
export function totpCodeAt(base32: string, timestamp: number): string {
  return totp(base32).generate({ timestamp });
}
