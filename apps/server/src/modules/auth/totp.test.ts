import { describe, expect, it } from 'vitest';
import {
  generateRecoveryCodes,
  hashRecoveryCode,
  normaliseRecoveryCode,
} from './recovery-codes.ts';
import {
  generateTotpSecret,
  matchTotpStep,
  TOTP_PERIOD_SECONDS,
  totpCodeAt,
  totpQrCodeDataUrl,
} from './totp.ts';

const PERIOD = TOTP_PERIOD_SECONDS * 1000;

describe('TOTP', () => {
  // RFC 6238 appendix B, SHA-1 secret "12345678901234567890", truncated to 6 digits.
  const rfcSecret = 'GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ';

  it('computes the RFC 6238 test vectors', () => {
    expect(totpCodeAt(rfcSecret, 59_000)).toBe('287082');
    expect(totpCodeAt(rfcSecret, 1_111_111_109_000)).toBe('081804');
    expect(totpCodeAt(rfcSecret, 2_000_000_000_000)).toBe('279037');
  });

  it('accepts the current step and one either side, and returns the step matched', () => {
    const now = 1_800_000_000_000;
    const step = Math.floor(now / PERIOD);
    for (const delta of [-1, 0, 1]) {
      const code = totpCodeAt(rfcSecret, (step + delta) * PERIOD);
      expect(matchTotpStep(rfcSecret, code, 0, now)).toBe(step + delta);
    }
    expect(matchTotpStep(rfcSecret, totpCodeAt(rfcSecret, (step + 2) * PERIOD), 0, now)).toBeNull();
    expect(matchTotpStep(rfcSecret, totpCodeAt(rfcSecret, (step - 2) * PERIOD), 0, now)).toBeNull();
  });

  it('refuses a code of a step already used, or of any earlier step (replay)', () => {
    const now = 1_800_000_000_000;
    const step = Math.floor(now / PERIOD);
    const code = totpCodeAt(rfcSecret, now);
    expect(matchTotpStep(rfcSecret, code, step, now)).toBeNull();
    expect(matchTotpStep(rfcSecret, code, step + 1, now)).toBeNull();
    expect(matchTotpStep(rfcSecret, code, step - 1, now)).toBe(step);
  });

  it('refuses anything that is not six digits', () => {
    for (const code of ['', '12345', '1234567', 'abcdef', '12 345']) {
      expect(matchTotpStep(rfcSecret, code, 0)).toBeNull();
    }
  });

  it('generates 160-bit secrets with an otpauth URL, and a QR code as an SVG data URL', async () => {
    const secret = generateTotpSecret('camille@example.com', 'La Diva');
    expect(secret.base32).toMatch(/^[A-Z2-7]{32}$/);
    expect(secret.otpauthUrl).toContain('issuer=La%20Diva');
    expect(generateTotpSecret('a@b.c', 'La Diva').base32).not.toBe(secret.base32);
    const qr = await totpQrCodeDataUrl(secret.otpauthUrl);
    expect(Buffer.from(qr.split(',')[1]!, 'base64').toString()).toContain('<svg');
  });
});

describe('recovery codes', () => {
  it('are ten distinct codes of an unambiguous alphabet', () => {
    const codes = generateRecoveryCodes();
    expect(codes).toHaveLength(10);
    expect(new Set(codes).size).toBe(10);
    for (const code of codes) expect(code).toMatch(/^[a-hjkmnp-z2-9]{5}-[a-hjkmnp-z2-9]{5}$/);
  });

  it('match whatever the case, spaces or dashes', () => {
    const [code] = generateRecoveryCodes(1);
    const typed = ` ${code!.toUpperCase().replace('-', ' ')} `;
    expect(normaliseRecoveryCode(typed)).toBe(code!.replace('-', ''));
    expect(hashRecoveryCode(typed).equals(hashRecoveryCode(code!))).toBe(true);
  });
});
