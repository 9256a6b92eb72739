import { describe, expect, it } from 'vitest';
import { clientIp, normaliseIp, trustedProxyList, untrustedForwarder } from './client-ip.ts';

const request = (remoteAddress: string | undefined, xff?: string | string[]) => ({
  socket: { remoteAddress },
  headers: xff === undefined ? {} : { 'x-forwarded-for': xff },
});

const PROXIES = ['10.0.0.0/8', '192.168.1.7', 'fd00::/8'];

describe('clientIp', () => {
  it('is the socket peer when no proxy is trusted, whatever the header says', () => {
    expect(clientIp(request('203.0.113.9', '1.1.1.1'), [])).toBe('203.0.113.9');
  });

  it('ignores a spoofed header from a peer that is not a trusted proxy', () => {
    expect(clientIp(request('203.0.113.9', '1.1.1.1, 10.0.0.3'), PROXIES)).toBe('203.0.113.9');
  });

  it('takes the address a single trusted proxy saw', () => {
    expect(clientIp(request('10.1.2.3', '198.51.100.4'), PROXIES)).toBe('198.51.100.4');
  });

  it('walks a chain through two trusted proxies, from the right', () => {
    // client → 192.168.1.7 (appends the client) → 10.0.0.5 (appends 192.168.1.7) → us
    expect(clientIp(request('10.0.0.5', '198.51.100.4, 192.168.1.7'), PROXIES)).toBe(
      '198.51.100.4',
    );
  });

  it('does not believe what the client wrote to the left of the first untrusted hop', () => {
    const xff = '6.6.6.6, 198.51.100.4, 192.168.1.7';
    expect(clientIp(request('10.0.0.5', xff), PROXIES)).toBe('198.51.100.4');
  });

  it('reads a header sent several times as one list', () => {
    expect(clientIp(request('10.0.0.5', ['198.51.100.4', '192.168.1.7']), PROXIES)).toBe(
      '198.51.100.4',
    );
  });

  it('handles IPv6 peers, hops and CIDRs', () => {
    expect(clientIp(request('fd00::1', '2001:DB8::42, fd12::9'), PROXIES)).toBe('2001:db8::42');
    expect(clientIp(request('2001:db8::1', '198.51.100.4'), PROXIES)).toBe('2001:db8::1');
  });

  it('unwraps IPv4-mapped peers before checking them', () => {
    expect(clientIp(request('::ffff:10.0.0.5', '198.51.100.4'), PROXIES)).toBe('198.51.100.4');
    expect(clientIp(request('::ffff:203.0.113.9', '1.1.1.1'), PROXIES)).toBe('203.0.113.9');
  });

  it('stops at a malformed entry and keeps the last real address', () => {
    expect(clientIp(request('10.0.0.5', 'not-an-ip'), PROXIES)).toBe('10.0.0.5');
    expect(clientIp(request('10.0.0.5', '198.51.100.4, <script>, 192.168.1.7'), PROXIES)).toBe(
      '192.168.1.7',
    );
    expect(clientIp(request('10.0.0.5', ', ,'), PROXIES)).toBe('10.0.0.5');
  });

  it('accepts the ports some proxies add', () => {
    expect(clientIp(request('10.0.0.5', '198.51.100.4:5123'), PROXIES)).toBe('198.51.100.4');
    expect(clientIp(request('10.0.0.5', '[2001:db8::7]:443'), PROXIES)).toBe('2001:db8::7');
  });

  it('falls back to the furthest hop when every hop is trusted, and to the peer with no header', () => {
    expect(clientIp(request('10.0.0.5', '10.9.9.9, 192.168.1.7'), PROXIES)).toBe('10.9.9.9');
    expect(clientIp(request('10.0.0.5'), PROXIES)).toBe('10.0.0.5');
  });

  it('says unknown when the socket has no address', () => {
    expect(clientIp(request(undefined, '1.1.1.1'), PROXIES)).toBe('unknown');
  });
});

describe('trustedProxyList', () => {
  it('rejects entries that are not addresses or CIDRs', () => {
    expect(() => trustedProxyList(['10.0.0.0/33'])).toThrow(/Invalid trusted proxy/);
    expect(() => trustedProxyList(['localhost'])).toThrow(/Invalid trusted proxy/);
    expect(() => trustedProxyList(['10.0.0.0/8/1'])).toThrow(/Invalid trusted proxy/);
    expect(() => trustedProxyList(['::1/abc'])).toThrow(/Invalid trusted proxy/);
  });
});

describe('normaliseIp', () => {
  it('returns undefined for anything that is not an address', () => {
    expect(normaliseIp('1.2.3')).toBeUndefined();
    expect(normaliseIp('999.1.1.1')).toBeUndefined();
    expect(normaliseIp('')).toBeUndefined();
  });
});

describe('untrustedForwarder', () => {
  it('names a peer that sends X-Forwarded-For without being trusted', () => {
    expect(untrustedForwarder(request('203.0.113.9', '1.1.1.1'), [])).toBe('203.0.113.9');
    expect(untrustedForwarder(request('::ffff:203.0.113.9', '1.1.1.1'), PROXIES)).toBe(
      '203.0.113.9',
    );
  });

  it('says nothing of a trusted proxy, nor of a request without the header', () => {
    expect(untrustedForwarder(request('10.1.2.3', '198.51.100.4'), PROXIES)).toBeUndefined();
    expect(untrustedForwarder(request('203.0.113.9'), [])).toBeUndefined();
  });
});
