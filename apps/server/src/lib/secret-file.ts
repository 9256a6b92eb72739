// Secrets generated once into DATA_DIR/secrets (VAPID keys, encryption keys): a 0600 file in a
// 0700 folder, published atomically so that processes starting together end up with one value.
import { randomBytes } from 'node:crypto';
import { chmod, link, mkdir, readFile, unlink, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';

/**
 * Returns the secret stored in `file`, generating it first when there is none. `parse` validates
 * the stored JSON (and throws on anything else); a damaged file is an error, never a reason to
 * generate a new secret — that would silently orphan what the old one signed or sealed.
 */
export async function loadOrCreateSecretFile<T>(
  file: string,
  parse: (json: unknown) => T,
  generate: () => unknown,
  damaged: string,
): Promise<T> {
  const existing = await readSecretFile(file, parse, damaged);
  if (existing !== undefined) return existing;

  const dir = dirname(file);
  await mkdir(dir, { recursive: true, mode: 0o700 });
  await chmod(dir, 0o700); // mkdir's mode does not apply to a directory that already existed
  const temp = `${file}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`;
  await writeFile(temp, JSON.stringify(generate(), null, 2) + '\n', { mode: 0o600, flag: 'wx' });
  try {
    // link() publishes the complete file atomically and, unlike rename(), fails if another
    // process got there first; we then use theirs, so every process has the same secret.
    await link(temp, file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  } finally {
    await unlink(temp);
  }
  const stored = await readSecretFile(file, parse, damaged);
  if (stored === undefined) throw new Error(`${file} vanished right after it was written`);
  return stored;
}

async function readSecretFile<T>(
  file: string,
  parse: (json: unknown) => T,
  damaged: string,
): Promise<T | undefined> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new Error(`${file} is not valid JSON; ${damaged}`);
  }
  return parse(json);
}
