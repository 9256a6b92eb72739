// Test support for web-push-channel.test.ts: what a push service does with a request that is
// not about the payload (the payload is decrypted in the test, as the browser would).
import { createPublicKey, verify } from 'node:crypto';
import { Agent, type RequestOptions } from 'node:https';
import { createConnection, type Socket } from 'node:net';

// web-push always calls https.request. To reach a plain-HTTP push service the test hands it, via
// its documented `agent` option, an https.Agent whose sockets are plain TCP. Production passes no
// agent, so every push goes over TLS (a test proves an http:// endpoint then gets no plaintext).
export class PlainTcpAgent extends Agent {
  override createConnection(options: RequestOptions): Socket {
    return createConnection({ host: options.host ?? '127.0.0.1', port: Number(options.port) });
  }
}

export interface VapidAuthorization {
  /** The `k=` parameter: the application server's public key. */
  publicKey: string;
  claims: Record<string, unknown>;
}

/** Parses `vapid t=<jwt>, k=<key>` (RFC 8292) and checks the JWT's ES256 signature with `k`. */
export function verifyVapidAuthorization(authorization: string | undefined): VapidAuthorization {
  const match = /^vapid t=([\w-]+)\.([\w-]+)\.([\w-]+), k=([\w-]+)$/.exec(authorization ?? '');
  if (!match) throw new Error(`Not a VAPID authorization: ${authorization}`);
  const [, header = '', claims = '', signature = '', publicKey = ''] = match;
  const point = Buffer.from(publicKey, 'base64url');
  const key = createPublicKey({
    format: 'jwk',
    key: {
      kty: 'EC',
      crv: 'P-256',
      x: point.subarray(1, 33).toString('base64url'),
      y: point.subarray(33, 65).toString('base64url'),
    },
  });
  const signed = Buffer.from(`${header}.${claims}`);
  const sig = Buffer.from(signature, 'base64url');
  if (!verify('sha256', signed, { key, dsaEncoding: 'ieee-p1363' }, sig)) {
    throw new Error('The VAPID JWT signature does not match its k= key');
  }
  const decoded = JSON.parse(Buffer.from(claims, 'base64url').toString('utf8')) as unknown;
  return { publicKey, claims: decoded as Record<string, unknown> };
}
