// The Ed25519 key pair that signs access tokens (DESIGN.md, Security: asymmetric key, fixed
// algorithm list). The private key comes from JWT_PRIVATE_KEY or is generated once into
// DATA_DIR/secrets; an optional JWT_PREVIOUS_PUBLIC_KEY keeps tokens signed before a rotation
// valid until they expire. Nothing here ever puts key material into an error message.
import {
  createHash,
  createPrivateKey,
  createPublicKey,
  createSecretKey,
  generateKeyPairSync,
  hkdfSync,
  type KeyObject,
} from 'node:crypto';
import { join } from 'node:path';
import { importJWK, type CryptoKey } from 'jose';
import { loadOrCreateSecretFile } from '../../lib/secret-file.ts';

export const SIGNING_ALGORITHM = 'EdDSA';

/** Path of the generated private key, relative to DATA_DIR. */
export const SIGNING_KEY_FILE = join('secrets', 'jwt-signing-key.json');

export interface PublicJwk {
  readonly kty: 'OKP';
  readonly crv: 'Ed25519';
  readonly x: string;
  readonly kid: string;
  readonly alg: typeof SIGNING_ALGORITHM;
  readonly use: 'sig';
}

interface PrivateJwk {
  kty: 'OKP';
  crv: 'Ed25519';
  x: string;
  d: string;
  kid: string;
  alg: typeof SIGNING_ALGORITHM;
}

export interface SigningKeys {
  /** `kid` of the key new tokens are signed with. */
  readonly kid: string;
  readonly privateKey: CryptoKey;
  /**
   * A secret for tokens only this server reads (booking tokens, HS256): derived from the private
   * key (HKDF), so it rotates with it and needs no configuration of its own.
   */
  readonly macKey: KeyObject;
  readonly publicJwk: PublicJwk;
  /** For `/.well-known/jwks.json`: the current public key, then the previous one if any. */
  readonly jwks: { readonly keys: readonly PublicJwk[] };
  /** Every key a token may be verified with, by `kid` (current and previous). */
  readonly verificationKeys: ReadonlyMap<string, CryptoKey>;
  readonly source: 'env' | 'file';
}

export interface LoadSigningKeysOptions {
  dataDir: string;
  /** JWT_PRIVATE_KEY: a private Ed25519 JWK (JSON) with a `kid`; wins over the generated file. */
  envPrivateKeyJwk?: string | undefined;
  /** JWT_PREVIOUS_PUBLIC_KEY: the public JWK (JSON) of the key used before a rotation. */
  envPreviousPublicKeyJwk?: string | undefined;
}

export async function loadSigningKeys(options: LoadSigningKeysOptions): Promise<SigningKeys> {
  const { dataDir, envPrivateKeyJwk, envPreviousPublicKeyJwk } = options;
  let privateJwk: PrivateJwk;
  let source: SigningKeys['source'];
  if (isSet(envPrivateKeyJwk)) {
    privateJwk = parsePrivateJwk(parseEnvJson(envPrivateKeyJwk, 'JWT_PRIVATE_KEY'), (why) => {
      throw new Error(`JWT_PRIVATE_KEY is not a usable Ed25519 private JWK: ${why}`);
    });
    source = 'env';
  } else {
    const file = join(dataDir, SIGNING_KEY_FILE);
    const damaged =
      'restore it from a backup, or delete it to generate a new key (everyone is signed out)';
    privateJwk = await loadOrCreateSecretFile(
      file,
      (json) =>
        parsePrivateJwk(json, (why) => {
          throw new Error(`${file} is not a usable Ed25519 private JWK (${why}); ${damaged}`);
        }),
      generatePrivateJwk,
      damaged,
    );
    source = 'file';
  }

  const publicJwk = toPublicJwk(privateJwk);
  const privateKey = await importKey(privateJwk, true);
  const macKey = createSecretKey(
    Buffer.from(
      hkdfSync('sha256', Buffer.from(privateJwk.d, 'base64url'), '', 'ladiva mac key v1', 32),
    ),
  );
  const verificationKeys = new Map<string, CryptoKey>([
    [publicJwk.kid, await importKey(publicJwk)],
  ]);
  const published = [publicJwk];

  if (isSet(envPreviousPublicKeyJwk)) {
    const fail = (why: string): never => {
      throw new Error(`JWT_PREVIOUS_PUBLIC_KEY is not a usable Ed25519 public JWK: ${why}`);
    };
    const previous = parsePublicJwk(
      parseEnvJson(envPreviousPublicKeyJwk, 'JWT_PREVIOUS_PUBLIC_KEY'),
      fail,
    );
    if (previous.kid === publicJwk.kid) fail('its kid is the kid of the current key');
    verificationKeys.set(previous.kid, await importKey(previous));
    published.push(previous);
  }

  return {
    kid: publicJwk.kid,
    privateKey,
    macKey,
    publicJwk,
    jwks: Object.freeze({ keys: Object.freeze(published) }),
    verificationKeys,
    source,
  };
}

function isSet(value: string | undefined): value is string {
  return value !== undefined && value.trim() !== '';
}

/** JSON.parse's own message quotes the input: never let it reach a log. */
function parseEnvJson(text: string, name: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    throw new Error(`${name} is not valid JSON (expected a JWK object)`);
  }
}

// 32 bytes in base64url without padding.
const KEY_BYTES = /^[A-Za-z0-9_-]{43}$/;
const KID = /^[\x21-\x7e]{1,128}$/;

function parsePublicJwk(json: unknown, fail: (why: string) => never): PublicJwk {
  if (typeof json !== 'object' || json === null || Array.isArray(json)) fail('not a JSON object');
  const jwk = json as Record<string, unknown>;
  if (jwk.kty !== 'OKP' || jwk.crv !== 'Ed25519') fail('kty must be "OKP" and crv "Ed25519"');
  if ('d' in jwk) fail('it holds a private key ("d"), which must never be published');
  if (typeof jwk.x !== 'string' || !KEY_BYTES.test(jwk.x)) fail('"x" must be 32 bytes base64url');
  if (typeof jwk.kid !== 'string' || !KID.test(jwk.kid)) fail('"kid" is missing or invalid');
  if (jwk.alg !== undefined && jwk.alg !== SIGNING_ALGORITHM) fail('"alg" must be "EdDSA"');
  if (jwk.use !== undefined && jwk.use !== 'sig') fail('"use" must be "sig"');
  return Object.freeze({
    kty: 'OKP',
    crv: 'Ed25519',
    x: jwk.x as string,
    kid: jwk.kid as string,
    alg: SIGNING_ALGORITHM,
    use: 'sig',
  });
}

function parsePrivateJwk(json: unknown, fail: (why: string) => never): PrivateJwk {
  if (typeof json !== 'object' || json === null || Array.isArray(json)) fail('not a JSON object');
  const jwk = json as Record<string, unknown>;
  if (jwk.kty !== 'OKP' || jwk.crv !== 'Ed25519') fail('kty must be "OKP" and crv "Ed25519"');
  if (typeof jwk.d !== 'string' || !KEY_BYTES.test(jwk.d)) fail('"d" must be 32 bytes base64url');
  if (typeof jwk.x !== 'string' || !KEY_BYTES.test(jwk.x)) fail('"x" must be 32 bytes base64url');
  if (typeof jwk.kid !== 'string' || !KID.test(jwk.kid)) fail('"kid" is missing or invalid');
  if (jwk.alg !== undefined && jwk.alg !== SIGNING_ALGORITHM) fail('"alg" must be "EdDSA"');
  const { d, x, kid } = jwk as { d: string; x: string; kid: string };
  // A public half that does not belong to the private one would publish a JWKS that verifies
  // nothing we sign: check it here rather than at the first login.
  let derived: unknown;
  try {
    derived = createPublicKey(
      createPrivateKey({ key: { kty: 'OKP', crv: 'Ed25519', d, x }, format: 'jwk' }),
    ).export({ format: 'jwk' }).x;
  } catch {
    fail('"d" is not an Ed25519 private key');
  }
  if (derived !== x) fail('"x" is not the public key of "d"');
  return { kty: 'OKP', crv: 'Ed25519', x, d, kid, alg: SIGNING_ALGORITHM };
}

function toPublicJwk({ x, kid }: PrivateJwk): PublicJwk {
  return Object.freeze({ kty: 'OKP', crv: 'Ed25519', x, kid, alg: SIGNING_ALGORITHM, use: 'sig' });
}

function generatePrivateJwk(): PrivateJwk {
  const { privateKey } = generateKeyPairSync('ed25519');
  const { x, d } = privateKey.export({ format: 'jwk' }) as { x: string; d: string };
  return { kty: 'OKP', crv: 'Ed25519', x, d, kid: jwkThumbprint(x), alg: SIGNING_ALGORITHM };
}

/** RFC 7638 thumbprint of an Ed25519 public key: a stable, collision-free `kid`. */
function jwkThumbprint(x: string): string {
  return createHash('sha256')
    .update(JSON.stringify({ crv: 'Ed25519', kty: 'OKP', x }))
    .digest('base64url');
}

async function importKey(jwk: PublicJwk | PrivateJwk, isPrivate = false): Promise<CryptoKey> {
  const { kty, crv, x } = jwk;
  const material = isPrivate ? { kty, crv, x, d: (jwk as PrivateJwk).d } : { kty, crv, x };
  return (await importJWK(material, SIGNING_ALGORITHM, { extractable: false })) as CryptoKey;
}
