import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkPassword } from './password-policy.ts';

const lines = (file: string) =>
  readFileSync(new URL(file, import.meta.url), 'utf8')
    .split('\n')
    .filter((line) => line !== '' && !line.startsWith('#'));

// Far from any list entry, so that only the length decides.
const filler = (n: number) => 'Ωv7#kQz!pR2@mX9&'.repeat(10).slice(0, n);

describe('checkPassword: length', () => {
  it('accepts 8 to 128 characters', () => {
    expect(checkPassword(filler(7))).toEqual({ ok: false, reason: 'too_short' });
    expect(checkPassword(filler(8))).toEqual({ ok: true });
    expect(checkPassword(filler(128))).toEqual({ ok: true });
    expect(checkPassword(filler(129))).toEqual({ ok: false, reason: 'too_long' });
    expect(checkPassword('x'.repeat(1_000_000))).toEqual({ ok: false, reason: 'too_long' });
  });

  it('counts an emoji or an accented letter as one character', () => {
    // 🎭 is two UTF-16 units, one code point.
    expect(checkPassword('🎭🎭🎭🎭🎭🎭🎭')).toEqual({ ok: false, reason: 'too_short' });
    expect(checkPassword('🎭🎭🎭🎭🎭🎭🎭🎭')).toEqual({ ok: true });
    expect(checkPassword('🎭'.repeat(128))).toEqual({ ok: true });
    expect(checkPassword('🎭'.repeat(129))).toEqual({ ok: false, reason: 'too_long' });
    // "é" typed as e + combining acute (two code points) is NFC-normalised to one character.
    expect(checkPassword('e\u0301'.repeat(7))).toEqual({ ok: false, reason: 'too_short' });
    expect(checkPassword('e\u0301'.repeat(8))).toEqual({ ok: true });
    expect(checkPassword('été-créol')).toEqual({ ok: true });
    expect(checkPassword('étéétéé')).toEqual({ ok: false, reason: 'too_short' });
  });
});

describe('checkPassword: common passwords', () => {
  it('ships the 10,000 most common passwords and a French supplement', () => {
    const list = lines('common-passwords.txt');
    expect(list).toHaveLength(10_000);
    expect(list.slice(0, 2)).toEqual(['123456', 'password']);
    expect(list).toContain('azerty');
    expect(lines('common-passwords-fr.txt')).toContain('motdepasse');
  });

  it.each(['password', 'motdepasse', 'azertyuiop', 'iloveyou', '12345678', 'baseball'])(
    'rejects %s',
    (password) => {
      expect(checkPassword(password)).toEqual({ ok: false, reason: 'common' });
    },
  );

  it('rejects short common ones as too short first', () => {
    expect(checkPassword('123456')).toEqual({ ok: false, reason: 'too_short' });
    expect(checkPassword('azerty')).toEqual({ ok: false, reason: 'too_short' });
  });

  it('ignores case', () => {
    expect(checkPassword('PassWord')).toEqual({ ok: false, reason: 'common' });
    expect(checkPassword('MOTDEPASSE')).toEqual({ ok: false, reason: 'common' });
  });

  it('accepts a passphrase', () => {
    expect(checkPassword('plumes et paillettes au cabaret')).toEqual({ ok: true });
  });
});

describe('checkPassword: personal information', () => {
  const context = { email: 'Marie.Dupont+diva@example.fr', name: 'Anne-Sophie Li' };

  it.each(['marie.dupont2024', 'xxDUPONTxx!', 'MarieLaDiva99', 'ANNESOPHIE!!', 'sophie-cabaret'])(
    'rejects %s',
    (password) => {
      expect(checkPassword(password, context)).toEqual({
        ok: false,
        reason: 'contains_personal_info',
      });
    },
  );

  it('ignores parts shorter than 4 characters', () => {
    // The name's "Li" would otherwise block every password containing "li".
    expect(checkPassword('lilas-en-fleurs', context)).toEqual({ ok: true });
    expect(checkPassword('joe-the-tapdancer', { email: 'joe@example.fr' })).toEqual({ ok: true });
    expect(checkPassword('joel-the-tapdancer', { email: 'joel@example.fr' })).toEqual({
      ok: false,
      reason: 'contains_personal_info',
    });
  });

  it('accepts the same password without context', () => {
    expect(checkPassword('marie.dupont2024')).toEqual({ ok: true });
  });
});
