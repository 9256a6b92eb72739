// Encryption at rest for secrets we must read back (TOTP seeds…): AES-256-GCM, a random 96-bit IV
// per value, the key id in the sealed string so that keys can be rotated, and associated data
// (e.g. the row id) bound to the ciphertext so that a sealed value cannot be moved to another row.
//
// Sealed format: v1.<keyId>.<iv, base64url>.<ciphertext ‖ 16-byte tag, base64url>
import {
  createCipheriv,
  createDecipheriv,
  createSecretKey,
  randomBytes,
  type KeyObject,
} from 'node:crypto';
import { join } from 'node:path';
import { loadOrCreateSecretFile } from './secret-file.ts';
import { z } from 'zod';

export interface EncryptionKey {
  id: string;
  /** A KeyObject rather than a Buffer: logging it never prints the key material. */
  key: KeyObject;
}
/** First = current (used to seal); the others only open older values. */
export type EncryptionKeys = readonly [EncryptionKey, ...EncryptionKey[]];

export interface SecretBox {
  seal(plaintext: string, associatedData?: string): string;
  open(sealed: string, associatedData?: string): string;
}

export class SecretBoxError extends Error {
  override name = 'SecretBoxError';
}

const VERSION = 'v1';
const IV_BYTES = 12;
const TAG_BYTES = 16;
const KEY_BYTES = 32;
const KEY_ID = /^[A-Za-z0-9_-]{1,32}$/;
const BASE64URL = /^[A-Za-z0-9_-]*$/;

/** Path of the generated keys, relative to DATA_DIR. */
export const ENCRYPTION_KEYS_FILE = join('secrets', 'encryption-keys.json');

export function createSecretBox(keys: EncryptionKeys): SecretBox {
  const byId = new Map<string, KeyObject>();
  for (const { id, key } of keys) {
    if (!KEY_ID.test(id)) throw new Error(`Invalid encryption key id "${id}"`);
    if (byId.has(id)) throw new Error(`Duplicate encryption key id "${id}"`);
    if (key.type !== 'secret' || key.symmetricKeySize !== KEY_BYTES) {
      throw new Error(`Encryption key "${id}" must be ${KEY_BYTES} bytes`);
    }
    byId.set(id, key);
  }
  const current = keys[0];
  // The header is authenticated too, so the version and key id cannot be swapped silently.
  const aad = (keyId: string, associatedData = '') =>
    Buffer.from(`${VERSION}.${keyId}.${associatedData}`, 'utf8');

  return {
    seal(plaintext, associatedData) {
      const iv = randomBytes(IV_BYTES);
      const cipher = createCipheriv('aes-256-gcm', current.key, iv, { authTagLength: TAG_BYTES });
      cipher.setAAD(aad(current.id, associatedData));
      const body = Buffer.concat([
        cipher.update(plaintext, 'utf8'),
        cipher.final(),
        cipher.getAuthTag(),
      ]);
      return [VERSION, current.id, iv.toString('base64url'), body.toString('base64url')].join('.');
    },

    open(sealed, associatedData) {
      const parts = sealed.split('.');
      const [version, keyId, ivText, bodyText] = parts;
      if (parts.length !== 4 || version !== VERSION || !keyId || !ivText || !bodyText) {
        throw new SecretBoxError('Sealed value is malformed');
      }
      const key = byId.get(keyId);
      if (!key) throw new SecretBoxError(`Sealed value uses unknown encryption key "${keyId}"`);
      const iv = decodeBase64url(ivText);
      const body = decodeBase64url(bodyText);
      if (!iv || iv.length !== IV_BYTES || !body || body.length < TAG_BYTES) {
        throw new SecretBoxError('Sealed value is malformed');
      }
      // authTagLength pins the tag at 16 bytes: GCM would otherwise accept a truncated one.
      const decipher = createDecipheriv('aes-256-gcm', key, iv, { authTagLength: TAG_BYTES });
      decipher.setAAD(aad(keyId, associatedData));
      decipher.setAuthTag(body.subarray(body.length - TAG_BYTES));
      const ciphertext = body.subarray(0, body.length - TAG_BYTES);
      try {
        return Buffer.concat([decipher.update(ciphertext), decipher.final()]).toString('utf8');
      } catch {
        throw new SecretBoxError(
          'Sealed value failed authentication (altered, wrong key or wrong associated data)',
        );
      }
    },
  };
}

/** Strict: Buffer.from() silently skips invalid characters and ignores the last char's spare bits. */
function decodeBase64url(text: string): Buffer | undefined {
  if (!BASE64URL.test(text)) return undefined;
  const bytes = Buffer.from(text, 'base64url');
  return bytes.toString('base64url') === text ? bytes : undefined;
}

export interface LoadEncryptionKeysOptions {
  dataDir: string;
  /** ENCRYPTION_KEYS: comma-separated `id:base64key` (32 bytes each), current key first. */
  envKeys?: string | undefined;
}

const KEY_TEXT = /^[A-Za-z0-9+/_-]{43}=?$/; // 32 bytes in base64 or base64url
const storedKeys = z.object({
  keys: z.array(z.object({ id: z.string(), key: z.string() })).min(1),
});

/**
 * Keys from ENCRYPTION_KEYS when set; otherwise generated once into DATA_DIR (0600 file in a
 * 0700 directory) and shared by every process. To rotate, put a new key first and keep the old
 * ones until every value has been resealed.
 */
export async function loadEncryptionKeys(
  options: LoadEncryptionKeysOptions,
): Promise<EncryptionKeys> {
  const { dataDir, envKeys } = options;
  if (envKeys !== undefined && envKeys.trim() !== '') {
    const entries = envKeys.split(',').map((entry, index) => {
      const separator = entry.indexOf(':');
      // Never echo an entry: it may be a bare key. Only a well-formed id is safe to name.
      if (separator === -1)
        throw new Error(`ENCRYPTION_KEYS entry ${index + 1} must be id:base64key`);
      return { id: entry.slice(0, separator).trim(), key: entry.slice(separator + 1).trim() };
    });
    return toKeys(entries, 'ENCRYPTION_KEYS');
  }

  return loadOrCreateSecretFile(
    join(dataDir, ENCRYPTION_KEYS_FILE),
    (json) => {
      const parsed = storedKeys.safeParse(json);
      if (!parsed.success) {
        throw new Error(`${ENCRYPTION_KEYS_FILE} must hold { keys: [{ id, key }, …] }`);
      }
      return toKeys(parsed.data.keys, ENCRYPTION_KEYS_FILE);
    },
    () => ({
      keys: [
        {
          id: `k${randomBytes(4).toString('hex')}`,
          key: randomBytes(KEY_BYTES).toString('base64'),
        },
      ],
    }),
    'restore it from a backup (a new key could not open what the old one sealed)',
  );
}

/** The process's one secret box, from ENCRYPTION_KEYS or DATA_DIR (loaded once at start). */
export async function loadSecretBox(options: LoadEncryptionKeysOptions): Promise<SecretBox> {
  return createSecretBox(await loadEncryptionKeys(options));
}

function toKeys(entries: { id: string; key: string }[], source: string): EncryptionKeys {
  const ids = new Set<string>();
  const keys = entries.map(({ id, key }, index) => {
    const where = `${source} entry ${index + 1}`;
    if (!KEY_ID.test(id)) throw new Error(`${where}: the id must be 1-32 of A-Z a-z 0-9 _ -`);
    if (ids.has(id)) throw new Error(`${where}: duplicate id "${id}"`);
    ids.add(id);
    if (!KEY_TEXT.test(key)) {
      throw new Error(
        `${where} ("${id}"): the key must be 32 bytes in base64 (openssl rand -base64 32)`,
      );
    }
    return { id, key: createSecretKey(Buffer.from(key, 'base64')) };
  });
  const [current, ...older] = keys;
  if (!current) throw new Error(`${source} holds no key`);
  return [current, ...older];
}
