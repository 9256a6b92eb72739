// verifyMacJwt: the synchronous check of tokens made by macJwt (booking tokens). Everything jose
// would refuse for such a token, it refuses: a wrong MAC, another algorithm or typ, an unknown
// header member, another issuer or audience, a missing or past `exp`, a future `nbf`.
import { createHmac, createSecretKey, randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { macJwt, verifyMacJwt } from './jws.ts';

const key = createSecretKey(randomBytes(32));
const now = 1_800_000_000;
const expected = {
  typ: 'booking+jwt',
  issuer: 'https://ladiva.test',
  audience: 'api:booking',
  now,
};
const claims = { iss: expected.issuer, aud: expected.audience, sub: 'x', exp: now + 60 };

/** A token with any header and claims, MACed with `key` (what a holder of the key could make). */
function forged(header: object, body: object, withKey = key): string {
  const part = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
  const input = `${part(header)}.${part(body)}`;
  return `${input}.${createHmac('sha256', withKey).update(input).digest('base64url')}`;
}

describe('verifyMacJwt', () => {
  it('accepts what macJwt made, and answers its claims', () => {
    const token = macJwt(key, { typ: 'booking+jwt', kid: 'k1' }, claims);
    expect(verifyMacJwt(key, token, expected)).toEqual(claims);
  });

  it('refuses a token MACed with another key, or altered', () => {
    const token = macJwt(key, { typ: 'booking+jwt', kid: 'k1' }, claims);
    expect(verifyMacJwt(createSecretKey(randomBytes(32)), token, expected)).toBeUndefined();
    const [head, , mac] = token.split('.');
    const body = Buffer.from(JSON.stringify({ ...claims, sub: 'y' })).toString('base64url');
    expect(verifyMacJwt(key, `${head}.${body}.${mac}`, expected)).toBeUndefined();
    expect(verifyMacJwt(key, 'not.a.token', expected)).toBeUndefined();
    expect(verifyMacJwt(key, 'two.parts', expected)).toBeUndefined();
  });

  it('refuses another algorithm, typ or header member, even with the right MAC', () => {
    const header = { alg: 'HS256', typ: 'booking+jwt' };
    expect(verifyMacJwt(key, forged({ ...header, alg: 'none' }, claims), expected)).toBeUndefined();
    expect(
      verifyMacJwt(key, forged({ ...header, typ: 'at+jwt' }, claims), expected),
    ).toBeUndefined();
    expect(
      verifyMacJwt(key, forged({ ...header, crit: ['b64'], b64: false }, claims), expected),
    ).toBeUndefined();
    expect(verifyMacJwt(key, forged(header, claims), expected)).toEqual(claims);
  });

  it('refuses another issuer or audience, a missing or past exp, a future nbf', () => {
    const header = { alg: 'HS256', typ: 'booking+jwt' };
    const check = (body: object) => verifyMacJwt(key, forged(header, body), expected);
    expect(check({ ...claims, iss: 'https://elsewhere.test' })).toBeUndefined();
    expect(check({ ...claims, aud: 'api' })).toBeUndefined();
    expect(check({ ...claims, aud: ['other', expected.audience] })).toBeDefined();
    expect(check({ ...claims, exp: undefined })).toBeUndefined();
    expect(check({ ...claims, exp: now })).toBeUndefined();
    expect(check({ ...claims, exp: String(now + 60) })).toBeUndefined();
    expect(check({ ...claims, nbf: now + 10 })).toBeUndefined();
    expect(check({ ...claims, nbf: now - 10 })).toBeDefined();
  });
});
